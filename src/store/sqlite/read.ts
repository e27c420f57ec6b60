/** Reading the store: articles, stories, merged events, statements and counts. */
import type { Analysis } from '../../doc/schema.js'
import { toFtsQuery } from '../fts-query.js'
import { unpackAnalysis } from '../pack.js'
import { limitOf, mergeReports, type ReportRow } from '../results.js'
import { makeSnippet, SNIPPET_HEAD } from '../snippet.js'
import type { ArticleHit, MergedEvent, SearchFilters, StatementHit, StoreStats, Story } from '../store.js'
import { andClause, articleRowConditions, articleSets, eventConditions, whereClause, type Where } from './filters.js'
import type { Db } from './open.js'

export function getAnalysis(db: Db, id: string): Analysis | null {
  const row = db.prepare('SELECT text, analysis FROM articles WHERE id = ?').get(id) as { text: string; analysis: Buffer } | undefined
  return row ? unpackAnalysis(row.analysis, row.text) : null
}

export function getStory(db: Db, storyId: string): Story | null {
  const rows = db.prepare('SELECT id, title, source, url, published FROM articles WHERE story_id = ? ORDER BY n').all(storyId) as Story['articles']
  return rows.length ? { id: storyId, articles: rows } : null
}

export function searchArticles(db: Db, f: SearchFilters): ArticleHit[] {
  const q = f.text ? toFtsQuery(f.text) : null
  if (f.text && !q) return []
  const w: Where = { sql: [], params: [] }
  const select = `a.id, a.title, a.published, a.language, a.source, a.url, a.story_id AS storyId,
    (SELECT count(*) FROM events e WHERE e.article = a.n) AS events,
    (SELECT count(*) FROM statements s WHERE s.article = a.n) AS statements,
    substr(a.text, 1, ${SNIPPET_HEAD}) AS head`
  let sql: string
  if (q) {
    // The FTS index drives the query, newest first, and stops at the limit.
    // The unary + keeps SQLite from handing the sets to FTS5 as rowid lookups (one index seek
    // per member of a large set); they are probed per match instead.
    articleSets(f, w, '+articles_fts.rowid')
    articleRowConditions(f, w, true)
    sql = `SELECT ${select} FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid
      WHERE articles_fts MATCH ? ${andClause(w)} ORDER BY articles_fts.rowid DESC LIMIT ?`
    w.params.unshift(q)
  } else {
    // Without words, the newest publications first, read down the date index.
    articleRowConditions(f, w, true)
    articleSets(f, w, 'a.n')
    // (Forced: the planner otherwise reads every article of a language, then sorts them.)
    sql = `SELECT ${select} FROM articles a INDEXED BY articles_published ${whereClause(w)} ORDER BY a.published DESC, a.n DESC LIMIT ?`
  }
  const rows = db.prepare(sql).all(...w.params, limitOf(f)) as (Omit<ArticleHit, 'snippet'> & { head: string })[]
  return rows.map(({ head, ...h }) => ({ ...h, snippet: makeSnippet(head, f.text) }))
}

export function searchStatements(db: Db, f: SearchFilters): StatementHit[] {
  const q = f.text ? toFtsQuery(f.text) : null
  if (f.text && !q) return []
  const w: Where = { sql: [], params: [] }
  articleRowConditions(f, w, true)
  // Place, type and area filters hold for the article a statement is in, as for articles; the
  // actor is the speaker, below.
  articleSets({ ...f, actor: undefined }, w, 'a.n')
  if (f.actor) {
    w.sql.push('(s.speaker LIKE ? OR s.speaker_actor = ?)')
    w.params.push(`%${f.actor}%`, f.actor)
  }
  const select = `SELECT a.id AS articleId, a.title, a.published, a.source, s.kind, s.speaker, s.cue, s.content,
      s.content_start AS start, s.content_end AS "end"`
  // Statement text is searched in the statements index, the last stored first.
  if (q) {
    return db.prepare(`${select} FROM statements_fts JOIN statements s ON s.n = statements_fts.rowid JOIN articles a ON a.n = s.article
       WHERE statements_fts MATCH ? ${andClause(w)} ORDER BY statements_fts.rowid DESC LIMIT ?`).all(q, ...w.params, limitOf(f)) as StatementHit[]
  }
  // Without words, newest publications first (as articles and events are), an article's
  // statements in the order it gives them. Where articles have statements (an annotated store has
  // several an article), reading down the date index fills the page at once; where they are rare,
  // that walk would read every article for nothing, and sorting the few statements is cheaper.
  // Row numbers stand for the counts: max(n) is one index seek, count(*) a scan.
  const rare = (db.prepare('SELECT coalesce(max(n), 0) FROM statements').pluck().get() as number) < (db.prepare('SELECT coalesce(max(n), 0) FROM articles').pluck().get() as number)
  const from = rare ? 'statements s JOIN articles a ON a.n = s.article' : 'articles a INDEXED BY articles_published JOIN statements s ON s.article = a.n'
  return db.prepare(`${select} FROM ${from} ${whereClause(w)} ORDER BY a.published DESC, a.n DESC, s.n LIMIT ?`).all(...w.params, limitOf(f)) as StatementHit[]
}

export function searchEvents(db: Db, f: SearchFilters): MergedEvent[] {
  const q = f.text ? toFtsQuery(f.text) : null
  if (f.text && !q) return []
  const w: Where = { sql: [], params: [] }
  eventConditions(f, w)
  let clusters: number[]
  if (q) {
    // Events of the newest matching articles; several reports may share a cluster, so read more.
    articleRowConditions(f, w, false)
    const rows = db.prepare(`SELECT e.cluster FROM articles_fts JOIN events e ON e.article = articles_fts.rowid JOIN articles a ON a.n = e.article
      WHERE articles_fts MATCH ? ${andClause(w)} ORDER BY articles_fts.rowid DESC LIMIT ?`).pluck().all(q, ...w.params, limitOf(f) * 10) as number[]
    clusters = [...new Set(rows)].slice(0, limitOf(f))
  } else {
    articleRowConditions(f, w, false)
    // Newest reports first, read down the date index (or a filter's index, then sorted) and cut
    // at the limit; the article row is joined only when a filter needs it.
    const join = f.language || f.source ? 'JOIN articles a ON a.n = e.article' : ''
    const scan = db.prepare(`SELECT e.cluster FROM events e ${join} ${whereClause(w)} ORDER BY e.date DESC, e.n DESC LIMIT ? OFFSET ?`).pluck()
    const seen = new Set<number>()
    const page = limitOf(f) * 4
    for (let offset = 0; seen.size < limitOf(f); offset += page) {
      const rows = scan.all(...w.params, page, offset) as number[]
      for (const c of rows) if (seen.size < limitOf(f)) seen.add(c)
      if (rows.length < page) break
    }
    clusters = [...seen]
  }
  if (clusters.length === 0) return []
  // Every report and source of the chosen clusters in two queries, not two per cluster.
  const list = clusters.map(() => '?').join(',')
  const rows = db.prepare(`SELECT e.cluster, e.json, a.id AS articleId
    FROM events e JOIN articles a ON a.n = e.article WHERE e.cluster IN (${list}) ORDER BY e.n`).all(...clusters) as ReportRow[]
  const ids = [...new Set(rows.map((r) => r.articleId))]
  const texts = new Map((db.prepare(`SELECT id, text FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`).raw().all(...ids) as [string, string][]))
  const sourceRows = db.prepare(`SELECT DISTINCT e.cluster, coalesce(s.source, a.source, s.url, s.input) AS source FROM events e
    JOIN articles a ON a.n = e.article JOIN sightings s ON s.article = a.n WHERE e.cluster IN (${list}) ORDER BY 2`).all(...clusters) as { cluster: number; source: string }[]
  return mergeReports(clusters, rows, texts, sourceRows)
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
