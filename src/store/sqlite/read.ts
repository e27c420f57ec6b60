/** Reading the store: articles, stories, merged events, statements and counts. */
import type { Analysis } from '../../doc/schema.js'
import { toFtsQuery } from '../fts-query.js'
import { unpackAnalysis } from '../pack.js'
import { limitOf, mergeReports, type ReportRow } from '../results.js'
import { SNIPPET_HEAD, withSnippets } from '../snippet.js'
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

/**
 * Full-text matches fewer than this are few: sorting them by date, read for each from the
 * (number, date) index, is cheaper than walking down the date index, which for a rare word or one
 * of years ago reads most articles. More are found by that walk, each article's number probed in
 * the set of matches, which stops at the limit. On 100,000 articles the sort takes about 0.5 µs a
 * match and the walk at most 8 ms (`bench/search.ts`).
 */
const FEW_MATCHES = 10_000

/** True when `table`'s index has fewer than `few` matches of `q` (counting stops there). */
function fewMatches(db: Db, table: 'articles_fts' | 'statements_fts', q: string, few: number): boolean {
  const n = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`).pluck().get(q, few) as number
  return n < few
}

/** `few`: the number of matches from which a search with words walks down the date index (tests choose a plan with it). */
export function searchArticles(db: Db, f: SearchFilters, few = FEW_MATCHES): ArticleHit[] {
  const q = f.text ? toFtsQuery(f.text) : null
  if (f.text && !q) return []
  const w: Where = { sql: [], params: [] }
  // Newest publications first, with words or without (ties: the last stored first). The page is
  // chosen on row numbers first and only its rows are read whole: the text's head and the counts
  // of a row left out would cost as much as the search. (CROSS JOIN: the page first; otherwise the
  // planner reads every article down the date index for the final order.)
  const order = 'ORDER BY a.published DESC, a.n DESC'
  let page: string
  if (q && fewMatches(db, 'articles_fts', q, few)) {
    // A rare word: its matches, sorted. CROSS JOIN keeps the matches first (a filter's index first
    // would ask FTS5 once per row), and the unary + keeps SQLite from handing the sets to FTS5 as
    // rowid lookups (one index seek per member of a large set); they are probed per match instead.
    w.sql.push('articles_fts MATCH ?')
    w.params.push(q)
    articleSets(f, w, '+articles_fts.rowid')
    articleRowConditions(f, w, true)
    page = `SELECT a.n FROM articles_fts CROSS JOIN articles a INDEXED BY articles_n_published ON a.n = articles_fts.rowid ${whereClause(w)} ${order} LIMIT ?`
  } else {
    // A common word, or none: down the date index, each article's number probed in the set of
    // matches (built once), stopping at the limit.
    if (q) {
      w.sql.push('a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)')
      w.params.push(q)
    }
    articleRowConditions(f, w, true)
    articleSets(f, w, 'a.n')
    // (Forced: the planner otherwise reads every article of a language, then sorts them.)
    page = `SELECT a.n FROM articles a INDEXED BY articles_published ${whereClause(w)} ${order} LIMIT ?`
  }
  const select = `a.id, a.title, a.published, a.language, a.source, a.url, a.story_id AS storyId,
    (SELECT count(*) FROM events e WHERE e.article = a.n) AS events,
    (SELECT count(*) FROM statements s WHERE s.article = a.n) AS statements,
    substr(a.text, 1, ${SNIPPET_HEAD}) AS head`
  const rows = db.prepare(`SELECT ${select} FROM (${page}) page CROSS JOIN articles a ON a.n = page.n ${order}`)
    .all(...w.params, limitOf(f)) as (Omit<ArticleHit, 'snippet'> & { head: string })[]
  return withSnippets(rows, f.text)
}

/** `few`: the number of matches from which a search with words walks down the date index (tests choose a plan with it). */
export function searchStatements(db: Db, f: SearchFilters, few = FEW_MATCHES): StatementHit[] {
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
  // Newest publications first, with words or without (as articles and events are), an article's
  // statements in the order it gives them. Where statements are many (an annotated store has
  // several an article, a common word matches many), reading down the date index fills the page
  // at once; where they are few, that walk would read every article for nothing, and sorting the
  // few statements is cheaper.
  const order = 'ORDER BY a.published DESC, a.n DESC, s.n'
  if (q) {
    // The page is chosen on row numbers, and only its rows are read whole.
    const page = fewMatches(db, 'statements_fts', q, few)
      ? `SELECT s.n FROM statements_fts CROSS JOIN statements s ON s.n = statements_fts.rowid CROSS JOIN articles a INDEXED BY articles_n_published ON a.n = s.article
         WHERE statements_fts MATCH ? ${andClause(w)} ${order} LIMIT ?`
      : `SELECT s.n FROM articles a INDEXED BY articles_published JOIN statements s ON s.article = a.n
         WHERE s.n IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?) ${andClause(w)} ${order} LIMIT ?`
    return db.prepare(`${select} FROM (${page}) page CROSS JOIN statements s ON s.n = page.n CROSS JOIN articles a ON a.n = s.article ${order}`)
      .all(q, ...w.params, limitOf(f)) as StatementHit[]
  }
  // Row numbers stand for the counts: max(n) is one index seek, count(*) a scan.
  const rare = (db.prepare('SELECT coalesce(max(n), 0) FROM statements').pluck().get() as number) < (db.prepare('SELECT coalesce(max(n), 0) FROM articles').pluck().get() as number)
  const from = rare ? 'statements s JOIN articles a ON a.n = s.article' : 'articles a INDEXED BY articles_published JOIN statements s ON s.article = a.n'
  return db.prepare(`${select} FROM ${from} ${whereClause(w)} ${order} LIMIT ?`).all(...w.params, limitOf(f)) as StatementHit[]
}

/** `few`: the number of matches from which a search with words walks down the date index (tests choose a plan with it). */
export function searchEvents(db: Db, f: SearchFilters, few = FEW_MATCHES): MergedEvent[] {
  const q = f.text ? toFtsQuery(f.text) : null
  if (f.text && !q) return []
  const w: Where = { sql: [], params: [] }
  // The article row is joined only when a filter needs it.
  const article = f.language || f.source ? 'JOIN articles a ON a.n = e.article' : ''
  let from: string
  if (q && fewMatches(db, 'articles_fts', q, few)) {
    // Few matching articles: their events, sorted (the matches first, as for articles).
    w.sql.push('articles_fts MATCH ?')
    w.params.push(q)
    from = `articles_fts CROSS JOIN events e ON e.article = articles_fts.rowid ${article}`
  } else {
    // Down the date index (or a filter's index, then sorted), each report's article probed in the
    // set of matches.
    if (q) {
      w.sql.push('+e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)')
      w.params.push(q)
    }
    from = `events e ${article}`
  }
  eventConditions(f, w)
  articleRowConditions(f, w, false)
  // Reports of the newest events first, with words or without (ties: the last stored first), cut
  // once the page holds the limit's number of merged events (several reports may share one).
  const scan = db.prepare(`SELECT e.cluster FROM ${from} ${whereClause(w)} ORDER BY e.date DESC, e.n DESC LIMIT ? OFFSET ?`).pluck()
  const seen = new Set<number>()
  const page = limitOf(f) * 4
  for (let offset = 0; seen.size < limitOf(f); offset += page) {
    const rows = scan.all(...w.params, page, offset) as number[]
    for (const c of rows) if (seen.size < limitOf(f)) seen.add(c)
    if (rows.length < page) break
  }
  const clusters = [...seen]
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
