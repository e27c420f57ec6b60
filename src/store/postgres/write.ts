/**
 * Writing analysed articles to PostgreSQL: one transaction per batch under the write lock,
 * idempotent by content hash. The story an article joins and the merged event a report joins are
 * chosen by `../merge.ts`, as in the SQLite store; here they are only fetched. A layer is written
 * with one statement an article (arrays unnested), not one a row.
 */
import type { Analysis, Event } from '../../doc/schema.js'
import { signatureBands } from '../../dedup/minhash.js'
import { chooseCluster, eventActors, firstNearDuplicate, reportQuery, statementSpeaker, type StoryCandidate } from '../merge.js'
import { packAnalysis } from '../pack.js'
import type { PutResult, Sighting, StoredAnalysis } from '../store.js'
import { underWriteLock, type Client, type Pool } from './open.js'

type Batch = { stored: StoredAnalysis; sighting: Sighting }[]

export async function putBatch(pool: Pool, batch: Batch): Promise<PutResult> {
  const result: PutResult = { added: 0, existing: 0, nearDuplicates: 0 }
  const now = new Date().toISOString()
  // Writers take turns, so a near-duplicate or a report written by another ingest is seen.
  await underWriteLock(pool, async (c) => {
    for (const { stored, sighting } of batch) await putOne(c, stored, sighting, now, result)
  })
  return result
}

const SIGHTING = 'INSERT INTO sightings (article, input, url, source, seen_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING'

/** Records a sighting of a stored article; false when it is not stored. */
export async function seeArticle(pool: Pool, id: string, s: Sighting): Promise<boolean> {
  const r = await pool.query<{ n: number }>(`WITH a AS (SELECT n FROM articles WHERE id = $1),
    s AS (INSERT INTO sightings (article, input, url, source, seen_at) SELECT n, $2, $3, $4, $5 FROM a ON CONFLICT DO NOTHING)
    SELECT n FROM a`, [id, s.input, s.url, s.source, new Date().toISOString()])
  return r.rows.length > 0
}

async function putOne(c: Client, stored: StoredAnalysis, sighting: Sighting, now: string, result: PutResult): Promise<void> {
  const a = stored.analysis
  const found = await c.query<{ n: number }>('SELECT n FROM articles WHERE id = $1', [a.article.id])
  if (found.rows[0]) {
    await c.query(SIGHTING, [found.rows[0].n, sighting.input, sighting.url, sighting.source, now])
    result.existing++
    return
  }
  const bands = signatureBands(stored.signature)
  const story = firstNearDuplicate(await storyCandidates(c, bands), stored.signature)
  if (story) result.nearDuplicates++
  const packed = stored.packed ? Buffer.from(stored.packed.buffer, stored.packed.byteOffset, stored.packed.byteLength) : Buffer.from(packAnalysis(a))
  const inserted = await c.query<{ n: number }>(`INSERT INTO articles (id, story_id, url, source, title, author, published, language, text, signature, analysis, ingested_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING n`,
  [a.article.id, story ?? a.article.id, a.article.url, a.article.source, a.article.title, a.article.author, a.article.published, a.article.language,
    a.article.text, stored.signature, packed, now])
  const n = inserted.rows[0]!.n
  await c.query(`INSERT INTO article_words (n, published, language, fts)
    VALUES ($1, $2, $3, to_tsvector('simple', sitrep_unaccent(coalesce($4::text, '') || ' ' || $5::text)))`, [n, a.article.published, a.article.language, a.article.title, a.article.text])
  await c.query(SIGHTING, [n, sighting.input, sighting.url, sighting.source, now])
  await c.query('INSERT INTO minhash_bands (band, value, article) SELECT b, v, $3 FROM unnest($1::smallint[], $2::integer[]) AS t(b, v) ON CONFLICT DO NOTHING',
    [bands.map((_, i) => i), bands, n])
  await writeLayers(c, n, a)
  result.added++
}

/** Stored articles sharing a band, band by band and in article order within a band (at most 50 a band), as the SQLite store reads them. */
async function storyCandidates(c: Client, bands: number[]): Promise<StoryCandidate[]> {
  const r = await c.query<StoryCandidate>(`SELECT x.story, x.signature FROM unnest($1::smallint[], $2::integer[]) AS q(band, value)
    CROSS JOIN LATERAL (SELECT a.story_id AS story, a.signature, b.article FROM minhash_bands b JOIN articles a ON a.n = b.article
      WHERE b.band = q.band AND b.value = q.value ORDER BY b.article LIMIT 50) x
    ORDER BY q.band, x.article`, [bands.map((_, i) => i), bands])
  return r.rows
}

/** Inserts rows given as columns: one statement, whatever the number of rows. */
async function insertColumns(c: Client, table: string, columns: Record<string, [type: string, values: unknown[]]>, article: number): Promise<void> {
  const names = Object.keys(columns)
  const rows = columns[names[0]!]![1].length
  if (rows === 0) return
  const arrays = names.map((k, i) => `$${i + 2}::${columns[k]![0]}[]`).join(', ')
  await c.query(`INSERT INTO ${table} (article, ${names.map((k) => `"${k}"`).join(', ')}) SELECT $1, * FROM unnest(${arrays})`,
    [article, ...names.map((k) => columns[k]![1])])
}

async function writeLayers(c: Client, n: number, a: Analysis): Promise<void> {
  const text = a.article.text
  const m = a.mentions
  await insertColumns(c, 'mentions', {
    start: ['integer', m.map((x) => x.start)], end: ['integer', m.map((x) => x.end)], text: ['text', m.map((x) => x.text)],
    kind: ['text', m.map((x) => x.kind)], actor_id: ['text', m.map((x) => x.actorId)],
  }, n)
  const p = a.places
  await insertColumns(c, 'places', {
    start: ['integer', p.map((x) => x.start)], end: ['integer', p.map((x) => x.end)], text: ['text', p.map((x) => x.text)],
    geoname_id: ['integer', p.map((x) => x.geonameId)], name: ['text', p.map((x) => x.name)],
    lat: ['float8', p.map((x) => x.lat)], lon: ['float8', p.map((x) => x.lon)], country: ['text', p.map((x) => x.countryCode)],
    admin1: ['text', p.map((x) => x.admin1Code)], admin1_name: ['text', p.map((x) => x.admin1Name)], geo_precision: ['integer', p.map((x) => x.geoPrecision)],
  }, n)
  const t = a.timexes
  await insertColumns(c, 'timexes', {
    start: ['integer', t.map((x) => x.start)], end: ['integer', t.map((x) => x.end)], type: ['text', t.map((x) => x.type)], value: ['text', t.map((x) => x.value)],
  }, n)
  // Statements keep their order: their row numbers rank them as SQLite's do.
  const s = a.statements
  await insertColumns(c, 'statements', {
    start: ['integer', s.map((x) => x.start)], end: ['integer', s.map((x) => x.end)], kind: ['text', s.map((x) => x.kind)],
    content_start: ['integer', s.map((x) => x.content.start)], content_end: ['integer', s.map((x) => x.content.end)],
    content: ['text', s.map((x) => text.slice(x.content.start, x.content.end))], speaker: ['text', s.map((x) => statementSpeaker(text, x))],
    speaker_actor: ['text', s.map((x) => x.speaker?.actorId ?? null)], cue: ['text', s.map((x) => x.cue?.lemma ?? null)],
  }, n)
  for (const [idx, e] of a.events.entries()) await writeEvent(c, n, idx, e)
}

async function writeEvent(c: Client, article: number, idx: number, e: Event): Promise<void> {
  const loc = e.location
  let cluster: number | null = null
  const query = reportQuery(e)
  if (query) {
    // The same reports as the SQLite store's (type, date) index lists them, in its order: date, merged event, row.
    const near = await c.query<{ n: number; cluster: number; json: string }>(`SELECT n, cluster, json FROM events
      WHERE sub_event_type = $1 AND date >= $2 AND date < $3 AND coalesce(date_end, date) >= $4
        AND lat BETWEEN $5 AND $6 AND lon BETWEEN $7 AND $8 AND article <> $9
      ORDER BY date, cluster, n`, [query.type, query.spanFrom, query.until, query.from, query.minLat, query.maxLat, query.minLon, query.maxLon, article])
    // Without an R*Tree there is no other order to break a tie between merged events: the first by date is kept.
    cluster = chooseCluster(e, near.rows.map((r) => ({ n: r.n, cluster: r.cluster, event: JSON.parse(r.json) as Event })))
  }
  const r = await c.query<{ n: number }>(`INSERT INTO events (n, article, idx, cluster, event_type, sub_event_type, date, date_end, country, admin1, lat, lon, actors, json)
    SELECT v.n, $1, $2, coalesce($3, v.n), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 FROM (SELECT nextval(pg_get_serial_sequence('events', 'n'))::integer AS n) v
    RETURNING n`,
  [article, idx, cluster, e.eventType, e.subEventType, e.date, e.dateEnd ?? null, loc?.countryCode ?? null, loc?.admin1Name ?? loc?.admin1Code ?? null,
    loc?.lat ?? null, loc?.lon ?? null, eventActors(e), JSON.stringify(e)])
  const others = loc ? (e.otherLocations ?? []) : []
  if (others.length > 0) {
    await c.query('INSERT INTO event_places (event, lat, lon) SELECT $1, * FROM unnest($2::float8[], $3::float8[])', [r.rows[0]!.n, others.map((o) => o.lat), others.map((o) => o.lon)])
  }
}
