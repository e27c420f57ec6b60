/** Reading the store: articles, stories, merged events, statements and counts. */
import type { Analysis, Event } from '../../doc/schema.js'
import { toFtsQuery } from '../fts-query.js'
import { unpackAnalysis } from '../pack.js'
import { makeSnippet, SNIPPET_HEAD } from '../snippet.js'
import type { ArticleHit, MergedEvent, SearchFilters, StatementHit, StoreStats, Story } from '../store.js'
import { articleConditions, articleContentConditions, eventConditions, whereClause, type Where } from './filters.js'
import type { Db } from './open.js'

export const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100_000

function limitOf(f: SearchFilters): number {
  return Math.min(MAX_LIMIT, Math.max(1, f.limit ?? DEFAULT_LIMIT))
}

export function getAnalysis(db: Db, id: string): Analysis | null {
  const row = db.prepare('SELECT text, analysis FROM articles WHERE id = ?').get(id) as { text: string; analysis: Buffer } | undefined
  return row ? unpackAnalysis(row.analysis, row.text) : null
}

export function getStory(db: Db, storyId: string): Story | null {
  const rows = db.prepare('SELECT id, title, source, url, published FROM articles WHERE story_id = ? ORDER BY n').all(storyId) as Story['articles']
  return rows.length ? { id: storyId, articles: rows } : null
}

export function searchArticles(db: Db, f: SearchFilters): ArticleHit[] {
  const w: Where = { sql: [], params: [] }
  const q = f.text ? toFtsQuery(f.text) : null
  articleConditions(f, w, false)
  articleContentConditions(f, w)
  const select = `a.id, a.title, a.published, a.language, a.source, a.url, a.story_id AS storyId,
    (SELECT count(*) FROM events e WHERE e.article = a.n) AS events,
    (SELECT count(*) FROM statements s WHERE s.article = a.n) AS statements`
  if (f.text && !q) return []
  // With words, the FTS index drives the query newest first and stops at the limit.
  const sql = q
    ? `SELECT ${select}, substr(a.text, 1, ${SNIPPET_HEAD}) AS head
       FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid
       WHERE articles_fts MATCH ? ${w.sql.length ? `AND ${w.sql.join(' AND ')}` : ''}
       ORDER BY articles_fts.rowid DESC LIMIT ?`
    : `SELECT ${select}, substr(a.text, 1, ${SNIPPET_HEAD}) AS head FROM articles a ${whereClause(w)} ORDER BY a.n DESC LIMIT ?`
  const params = q ? [q, ...w.params, limitOf(f)] : [...w.params, limitOf(f)]
  return (db.prepare(sql).all(...params) as (Omit<ArticleHit, 'snippet'> & { head: string })[]).map(({ head, ...h }) => ({ ...h, snippet: makeSnippet(head, f.text) }))
}

export function searchStatements(db: Db, f: SearchFilters): StatementHit[] {
  const w: Where = { sql: [], params: [] }
  articleConditions(f, w, false)
  const add = (sql: string, ...params: unknown[]) => {
    w.sql.push(sql)
    w.params.push(...params)
  }
  if (f.from) add('a.published >= ?', f.from)
  if (f.to) add('a.published <= ?', f.to)
  if (f.actor) add('(s.speaker LIKE ? OR s.speaker_actor = ?)', `%${f.actor}%`, f.actor)
  const q = f.text ? toFtsQuery(f.text) : null
  if (f.text && !q) return []
  // Statement text is searched in the statements index, not the article index.
  if (q) add('s.n IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)', q)
  const sql = `SELECT a.id AS articleId, a.title, a.published, a.source, s.kind, s.speaker, s.cue, s.content,
      s.content_start AS start, s.content_end AS "end"
    FROM statements s JOIN articles a ON a.n = s.article ${whereClause(w)}
    ORDER BY s.n DESC LIMIT ?`
  return db.prepare(sql).all(...w.params, limitOf(f)) as StatementHit[]
}

interface EventRow {
  n: number
  cluster: number
  json: string
  articleId: string
  text: string
  articleSource: string | null
  url: string | null
}

export function searchEvents(db: Db, f: SearchFilters): MergedEvent[] {
  const w: Where = { sql: [], params: [] }
  articleConditions(f, w, true)
  eventConditions(f, w)
  // Newest events first; reports without a date sort last.
  const clusters = db
    .prepare(`SELECT e.cluster FROM events e JOIN articles a ON a.n = e.article ${whereClause(w)}
      GROUP BY e.cluster ORDER BY max(coalesce(e.date, '')) DESC, e.cluster DESC LIMIT ?`)
    .pluck()
    .all(...w.params, limitOf(f)) as number[]
  const members = db.prepare(`SELECT e.n, e.cluster, e.json, a.id AS articleId, a.text, a.source AS articleSource, a.url
    FROM events e JOIN articles a ON a.n = e.article WHERE e.cluster = ? ORDER BY e.n`)
  const sources = db.prepare(`SELECT DISTINCT coalesce(s.source, a.source, s.url, s.input) FROM events e
    JOIN articles a ON a.n = e.article JOIN sightings s ON s.article = a.n WHERE e.cluster = ? ORDER BY 1`).pluck()
  return clusters.map((c) => {
    const rows = members.all(c) as EventRow[]
    const first = JSON.parse(rows[0]!.json) as Event
    const evidence = rows.flatMap((r) => {
      const e = r.n === rows[0]!.n ? first : (JSON.parse(r.json) as Event)
      return e.evidence.map((span) => ({ articleId: r.articleId, span, text: r.text.slice(span.start, span.end) }))
    })
    const src = sources.all(c) as string[]
    return { id: `ev-${c}`, event: first, sourceCount: src.length, sources: src, evidence }
  })
}

export function readStats(db: Db): StoreStats {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number
  const counts = (sql: string) => Object.fromEntries((db.prepare(sql).raw().all() as [string | null, number][]).map(([k, v]) => [k ?? 'unknown', v]))
  return {
    articles: one('SELECT count(*) FROM articles'),
    stories: one('SELECT count(DISTINCT story_id) FROM articles'),
    sightings: one('SELECT count(*) FROM sightings'),
    events: one('SELECT count(*) FROM events'),
    mergedEvents: one('SELECT count(DISTINCT cluster) FROM events'),
    statements: one('SELECT count(*) FROM statements'),
    byLanguage: counts('SELECT language, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC'),
    byEventType: counts(`SELECT event_type || ' / ' || sub_event_type, count(DISTINCT cluster) FROM events GROUP BY 1 ORDER BY 2 DESC`),
    byCountry: counts('SELECT country, count(DISTINCT cluster) FROM events GROUP BY 1 ORDER BY 2 DESC'),
    byMonth: counts('SELECT substr(published, 1, 7), count(*) FROM articles GROUP BY 1 ORDER BY 1'),
    bySource: counts('SELECT coalesce(source, \'unknown\'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC LIMIT 50'),
  }
}

export function checkDatabase(db: Db): string[] {
  const problems = (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok')
  for (const t of ['articles_fts', 'statements_fts']) {
    try {
      db.prepare(`INSERT INTO ${t}(${t}) VALUES ('integrity-check')`).run()
    } catch (e) {
      problems.push(`${t}: ${(e as Error).message}`)
    }
  }
  return problems
}
