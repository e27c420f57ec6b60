/** Reading the PostgreSQL store: articles, stories, merged events, statements, counts and the consistency check. */
import type { Analysis } from '../../doc/schema.js'
import { BANDS } from '../../dedup/minhash.js'
import { toTsQueryText } from '../fts-query.js'
import { unpackAnalysis } from '../pack.js'
import { limitOf, mergeReports, type ReportRow } from '../results.js'
import { SNIPPET_HEAD, withSnippets } from '../snippet.js'
import type { ArticleHit, MergedEvent, SearchFilters, StatementHit, StoreStats, Story } from '../store.js'
import { articleRowConditions, articleSets, eventConditions, sourceCondition, Where } from './filters.js'
import { LATEST_VERSION } from './migrations.js'
import type { Pool } from './open.js'

/** The user's words as a tsquery over unaccented text, as the `fts` columns hold it. */
const TSQUERY = (param: string) => `plainto_tsquery('simple', sitrep_unaccent(${param}))`

export async function getAnalysis(pool: Pool, id: string): Promise<Analysis | null> {
  const r = await pool.query<{ text: string; analysis: Buffer }>('SELECT text, analysis FROM articles WHERE id = $1', [id])
  const row = r.rows[0]
  return row ? unpackAnalysis(row.analysis, row.text) : null
}

export async function getStory(pool: Pool, storyId: string): Promise<Story | null> {
  const r = await pool.query<Story['articles'][number]>('SELECT id, title, source, url, published FROM articles WHERE story_id = $1 ORDER BY n', [storyId])
  return r.rows.length ? { id: storyId, articles: r.rows } : null
}

export async function searchArticles(pool: Pool, f: SearchFilters): Promise<ArticleHit[]> {
  const q = f.text ? toTsQueryText(f.text) : null
  if (f.text && !q) return []
  const w = new Where()
  // Newest publications first, with words or without (ties: the last stored first). The page is
  // chosen first and only its rows are read whole: the text's head and the counts of a row left out
  // would cost as much as the search.
  const order = 'a.published DESC NULLS LAST, a.n DESC'
  let page: string
  if (q) {
    // Every match with its date from `article_words` (migration 2), sorted; an outlet filter then
    // reads the article rows in that order until the page is full (LATERAL … LIMIT 1: one row at a
    // time, where a join would read every article's outlet).
    articleRowConditions(f, w, true, false)
    articleSets(f, w, 'a.n')
    const matches = `SELECT a.n, a.published FROM sitrep_article_matches(${TSQUERY(w.add(q))}) a ${w.where()} ORDER BY ${order}`
    const rowConditions = w.sql.length
    sourceCondition(f, w)
    const source = w.sql.splice(rowConditions)
    page = source.length
      ? `SELECT m.n FROM (${matches}) m CROSS JOIN LATERAL (SELECT 1 FROM articles a WHERE a.n = m.n AND ${source.join(' AND ')} LIMIT 1) outlet
        ORDER BY m.published DESC NULLS LAST, m.n DESC LIMIT ${w.add(limitOf(f))}`
      : `${matches} LIMIT ${w.add(limitOf(f))}`
  } else {
    articleRowConditions(f, w, true)
    articleSets(f, w, 'a.n')
    page = `SELECT a.n FROM articles a ${w.where()} ORDER BY ${order} LIMIT ${w.add(limitOf(f))}`
  }
  const r = await pool.query<Omit<ArticleHit, 'snippet'> & { head: string }>(`SELECT a.id, a.title, a.published, a.language, a.source, a.url, a.story_id AS "storyId",
      (SELECT count(*)::integer FROM events e WHERE e.article = a.n) AS events,
      (SELECT count(*)::integer FROM statements s WHERE s.article = a.n) AS statements,
      left(a.text, ${SNIPPET_HEAD}) AS head
    FROM (${page}) page JOIN articles a ON a.n = page.n
    ORDER BY ${order}`, w.params)
  return withSnippets(r.rows, f.text)
}

export async function searchStatements(pool: Pool, f: SearchFilters): Promise<StatementHit[]> {
  const q = f.text ? toTsQueryText(f.text) : null
  if (f.text && !q) return []
  const w = new Where()
  if (q) w.push(`s.fts @@ ${TSQUERY(w.add(q))}`)
  articleRowConditions(f, w, true)
  // Place, type and area filters hold for the article a statement is in; the actor is the speaker.
  articleSets({ ...f, actor: undefined }, w, 'a.n')
  if (f.actor) w.push(`(s.speaker ILIKE ${w.add(`%${f.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR s.speaker_actor = ${w.add(f.actor)})`)
  // Newest publications first, with words or without, an article's statements in its order.
  const order = 'a.published DESC NULLS LAST, a.n DESC, s.n'
  const r = await pool.query<StatementHit>(`SELECT a.id AS "articleId", a.title, a.published, a.source, s.kind, s.speaker, s.cue, s.content,
      s.content_start AS start, s.content_end AS "end"
    FROM statements s JOIN articles a ON a.n = s.article ${w.where()} ORDER BY ${order} LIMIT ${w.add(limitOf(f))}`, w.params)
  return r.rows
}

export async function searchEvents(pool: Pool, f: SearchFilters): Promise<MergedEvent[]> {
  const q = f.text ? toTsQueryText(f.text) : null
  if (f.text && !q) return []
  const limit = limitOf(f)
  const w = new Where()
  // The matching articles as one set (read through the GIN index), probed per report.
  if (q) w.push(`e.article IN (SELECT n FROM sitrep_article_matches(${TSQUERY(w.add(q))}))`)
  eventConditions(f, w)
  articleRowConditions(f, w, false)
  // Reports of the newest events first, with words or without (ties: the last stored first), cut
  // once the page holds the limit's number of merged events (several reports may share one); the
  // article row is joined only when a filter needs it.
  const join = f.language || f.source ? 'JOIN articles a ON a.n = e.article' : ''
  const page = limit * 4
  const sql = `SELECT e.cluster FROM events e ${join} ${w.where()} ORDER BY e.date DESC NULLS LAST, e.n DESC LIMIT ${page} OFFSET `
  const seen = new Set<number>()
  for (let offset = 0; seen.size < limit; offset += page) {
    const r = await pool.query<{ cluster: number }>(sql + offset, w.params)
    for (const x of r.rows) if (seen.size < limit) seen.add(x.cluster)
    if (r.rows.length < page) break
  }
  const clusters = [...seen]
  if (clusters.length === 0) return []
  // Every report and source of the chosen clusters in two queries, not two per cluster.
  const reports = await pool.query<ReportRow>(`SELECT e.cluster, e.json, a.id AS "articleId"
    FROM events e JOIN articles a ON a.n = e.article WHERE e.cluster = ANY($1::integer[]) ORDER BY e.n`, [clusters])
  const ids = [...new Set(reports.rows.map((r) => r.articleId))]
  const texts = new Map((await pool.query<{ id: string; text: string }>('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [ids])).rows.map((r) => [r.id, r.text]))
  // Sources in byte order, as SQLite sorts them, whatever the database's collation.
  const sources = await pool.query<{ cluster: number; source: string }>(`SELECT DISTINCT e.cluster, coalesce(s.source, a.source, s.url, s.input) COLLATE "C" AS source
    FROM events e JOIN articles a ON a.n = e.article JOIN sightings s ON s.article = a.n WHERE e.cluster = ANY($1::integer[]) ORDER BY 2`, [clusters])
  return mergeReports(clusters, reports.rows, texts, sources.rows)
}

export async function readStats(pool: Pool): Promise<StoreStats> {
  const totals = await pool.query<Record<'articles' | 'stories' | 'sightings' | 'events' | 'mergedEvents' | 'statements', number>>(`SELECT
    (SELECT count(*)::integer FROM articles) AS articles,
    (SELECT count(DISTINCT story_id)::integer FROM articles) AS stories,
    (SELECT count(*)::integer FROM sightings) AS sightings,
    (SELECT count(*)::integer FROM events) AS events,
    (SELECT count(DISTINCT cluster)::integer FROM events) AS "mergedEvents",
    (SELECT count(*)::integer FROM statements) AS statements`)
  const counts = async (sql: string) => {
    const r = await pool.query<{ k: string | null; v: number }>(sql)
    return Object.fromEntries(r.rows.map(({ k, v }) => [k ?? 'unknown', v]))
  }
  return {
    ...totals.rows[0]!,
    byLanguage: await counts('SELECT language AS k, count(*)::integer AS v FROM articles GROUP BY 1 ORDER BY 2 DESC, 1'),
    byEventType: await counts(`SELECT event_type || ' / ' || sub_event_type AS k, count(DISTINCT cluster)::integer AS v FROM events GROUP BY 1 ORDER BY 2 DESC, 1`),
    byCountry: await counts('SELECT country AS k, count(DISTINCT cluster)::integer AS v FROM events GROUP BY 1 ORDER BY 2 DESC, 1'),
    byMonth: await counts('SELECT substr(published, 1, 7) AS k, count(*)::integer AS v FROM articles GROUP BY 1 ORDER BY 1 NULLS FIRST'),
    bySource: await counts(`SELECT coalesce(source, 'unknown') AS k, count(*)::integer AS v FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`),
  }
}

/**
 * The store's consistency: the schema at this sitrep's version with its extensions, valid
 * indexes, and references the foreign keys cannot express (a story, a merged event, the bands and
 * sightings every article has). Each problem is one line; none when the store is sound.
 */
export async function checkDatabase(pool: Pool): Promise<string[]> {
  const problems: string[] = []
  const one = async (sql: string) => (await pool.query<{ v: number }>(sql)).rows[0]?.v ?? 0
  const version = await one('SELECT max(version) AS v FROM schema_version')
  if (version !== LATEST_VERSION) problems.push(`schema version ${version}, expected ${LATEST_VERSION}`)
  const ext = await pool.query<{ extname: string }>(`SELECT extname FROM pg_extension WHERE extname IN ('postgis', 'unaccent')`)
  for (const name of ['postgis', 'unaccent']) if (!ext.rows.some((r) => r.extname === name)) problems.push(`extension ${name} is missing`)
  const invalid = await pool.query<{ name: string }>(`SELECT i.indexrelid::regclass::text AS name FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'articles'::regclass) AND NOT (i.indisvalid AND i.indisready)`)
  for (const r of invalid.rows) problems.push(`index ${r.name} is not valid (rebuild it with REINDEX)`)
  const checks: [string, string][] = [
    ['articles belong to a story whose first article is missing', 'SELECT count(*)::integer AS v FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = a.story_id)'],
    ['articles have no words row (article_words)', 'SELECT count(*)::integer AS v FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_words w WHERE w.n = a.n)'],
    ['articles have no sighting', 'SELECT count(*)::integer AS v FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sightings s WHERE s.article = a.n)'],
    [`articles do not have their ${BANDS} MinHash bands`, `SELECT count(*)::integer AS v FROM articles a WHERE (SELECT count(*) FROM minhash_bands b WHERE b.article = a.n) <> ${BANDS}`],
    ['event reports belong to a merged event with no report', 'SELECT count(*)::integer AS v FROM events e WHERE NOT EXISTS (SELECT 1 FROM events c WHERE c.n = e.cluster)'],
    ['event reports have a place but no geography', 'SELECT count(*)::integer AS v FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL AND geog IS NULL'],
  ]
  for (const [what, sql] of checks) {
    const n = await one(sql)
    if (n > 0) problems.push(`${n} ${what}`)
  }
  return problems
}
