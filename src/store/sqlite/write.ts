/**
 * Writing analysed articles: one transaction per batch, idempotent by content hash. A new article
 * joins the story of a stored near-duplicate (MinHash bands, then the estimated Jaccard similarity); each of
 * its events joins the merged event of a stored report it agrees with (R*Tree box, then `sameEvent`).
 */
import type Database from 'better-sqlite3'
import type { Analysis, Event } from '../../doc/schema.js'
import { signatureBands } from '../../dedup/minhash.js'
import { chooseCluster, eventActors, firstNearDuplicate, reportQuery, statementSpeaker, type StoryCandidate } from '../merge.js'
import { packAnalysis } from '../pack.js'
import type { PutResult, Sighting, StoredAnalysis } from '../store.js'
import type { Db } from './open.js'

type Statement = Database.Statement<unknown[]>

export interface Writer {
  put(batch: { stored: StoredAnalysis; sighting: Sighting }[]): PutResult
}

export function createWriter(db: Db): Writer {
  const q = {
    find: db.prepare('SELECT n FROM articles WHERE id = ?').pluck(),
    article: db.prepare(`INSERT INTO articles (id, story_id, url, source, title, author, published, language, text, signature, analysis, ingested_at)
      VALUES (@id, @story, @url, @source, @title, @author, @published, @language, @text, @signature, @analysis, @now)`),
    fts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    sighting: db.prepare('INSERT OR IGNORE INTO sightings (article, input, url, source, seen_at) VALUES (?, ?, ?, ?, ?)'),
    band: db.prepare('INSERT OR IGNORE INTO minhash_bands (band, value, article) VALUES (?, ?, ?)'),
    candidates: db.prepare(`SELECT a.story_id AS story, a.signature AS signature FROM minhash_bands b JOIN articles a ON a.n = b.article
      WHERE b.band = ? AND b.value = ? LIMIT 50`),
    mention: db.prepare('INSERT INTO mentions (article, start, "end", text, kind, actor_id) VALUES (?, ?, ?, ?, ?, ?)'),
    place: db.prepare(`INSERT INTO places (article, start, "end", text, geoname_id, name, lat, lon, country, admin1, admin1_name, geo_precision)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    timex: db.prepare('INSERT INTO timexes (article, start, "end", type, value) VALUES (?, ?, ?, ?, ?)'),
    statement: db.prepare(`INSERT INTO statements (article, start, "end", kind, content_start, content_end, content, speaker, speaker_actor, cue)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    statementFts: db.prepare('INSERT INTO statements_fts (rowid, content, speaker) VALUES (?, ?, ?)'),
    event: db.prepare(`INSERT INTO events (article, idx, cluster, event_type, sub_event_type, date, date_end, country, admin1, lat, lon, actors, json)
      VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    cluster: db.prepare('UPDATE events SET cluster = ? WHERE n = ?'),
    rtree: db.prepare('INSERT INTO events_rtree (n, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)'),
    eventPlace: db.prepare('INSERT INTO event_places (event, lat, lon) VALUES (?, ?, ?)'),
    // Reports of the same sub-event type within MAX_DAYS (dates are YYYY-MM-DD, so the day range is a
    // string range) and within the box, read through the (sub-event type, date) index: a handful of
    // rows, where the R*Tree box alone holds every report ever stored at a busy place (a country's
    // centroid) and made each write scan them all. The type is asked twice: without case to use the
    // index (declared NOCASE for searches), then exactly, as the merge has always compared it.
    // A report told over a span of days starts up to MAX_SPAN_DAYS earlier: `@spanFrom` bounds the
    // index range, its last day (`date_end`) is checked on the row.
    nearEvents: db.prepare(`SELECT n, cluster FROM events
      WHERE sub_event_type = @type COLLATE NOCASE AND date >= @spanFrom AND date < @until AND coalesce(date_end, date) >= @from AND sub_event_type = @type
        AND lat BETWEEN @minLat AND @maxLat AND lon BETWEEN @minLon AND @maxLon AND article != @article`),
    // The same reports in the R*Tree's order (unary + keeps the R*Tree driving the scan): the order in
    // which the store has always tried them, asked only when reports of several merged events agree.
    rtreeOrder: db.prepare(`SELECT e.n FROM events_rtree r JOIN events e ON e.n = r.n
      WHERE r.max_lat >= @minLat AND r.min_lat <= @maxLat AND r.max_lon >= @minLon AND r.min_lon <= @maxLon
        AND e.sub_event_type = @type AND e.article != @article AND +e.date >= @spanFrom AND +e.date < @until AND coalesce(e.date_end, e.date) >= @from`).pluck(),
    eventJson: db.prepare('SELECT json FROM events WHERE n = ?').pluck(),
  }

  const putOne = (stored: StoredAnalysis, sighting: Sighting, now: string, result: PutResult): void => {
    const a = stored.analysis
    const existing = q.find.get(a.article.id) as number | undefined
    if (existing !== undefined) {
      q.sighting.run(existing, sighting.input, sighting.url, sighting.source, now)
      result.existing++
      return
    }
    const bands = signatureBands(stored.signature)
    const story = findStory(q.candidates, bands, stored.signature)
    if (story) result.nearDuplicates++
    const n = Number(
      q.article.run({
        id: a.article.id,
        story: story ?? a.article.id,
        url: a.article.url,
        source: a.article.source,
        title: a.article.title,
        author: a.article.author,
        published: a.article.published,
        language: a.article.language,
        text: a.article.text,
        signature: stored.signature,
        analysis: stored.packed ? Buffer.from(stored.packed.buffer, stored.packed.byteOffset, stored.packed.byteLength) : packAnalysis(a),
        now,
      }).lastInsertRowid,
    )
    q.fts.run(n, a.article.title ?? '', a.article.text)
    q.sighting.run(n, sighting.input, sighting.url, sighting.source, now)
    bands.forEach((v, i) => q.band.run(i, v, n))
    writeLayers(q, n, a)
    result.added++
  }

  return {
    put(batch) {
      const result: PutResult = { added: 0, existing: 0, nearDuplicates: 0 }
      const now = new Date().toISOString()
      db.transaction(() => {
        for (const { stored, sighting } of batch) putOne(stored, sighting, now, result)
      }).immediate()
      return result
    },
  }
}

/** Candidates band by band, as the band index lists them (`firstNearDuplicate` takes the first that is near). */
function findStory(candidates: Statement, bands: number[], signature: string): string | null {
  function* all(): Generator<StoryCandidate> {
    for (let i = 0; i < bands.length; i++) yield* candidates.all(i, bands[i]) as StoryCandidate[]
  }
  return firstNearDuplicate(all(), signature)
}

function writeLayers(q: Record<string, Statement>, n: number, a: Analysis): void {
  const text = a.article.text
  for (const m of a.mentions) q.mention!.run(n, m.start, m.end, m.text, m.kind, m.actorId)
  for (const p of a.places) {
    q.place!.run(n, p.start, p.end, p.text, p.geonameId, p.name, p.lat, p.lon, p.countryCode, p.admin1Code, p.admin1Name, p.geoPrecision)
  }
  for (const t of a.timexes) q.timex!.run(n, t.start, t.end, t.type, t.value)
  for (const s of a.statements) {
    const content = text.slice(s.content.start, s.content.end)
    const speaker = statementSpeaker(text, s)
    const sn = Number(
      q.statement!.run(n, s.start, s.end, s.kind, s.content.start, s.content.end, content, speaker, s.speaker?.actorId ?? null, s.cue?.lemma ?? null).lastInsertRowid,
    )
    q.statementFts!.run(sn, content, speaker ?? '')
  }
  a.events.forEach((e, idx) => writeEvent(q, n, idx, e))
}

function writeEvent(q: Record<string, Statement>, article: number, idx: number, e: Event): void {
  const loc = e.location
  const en = Number(
    q.event!.run(article, idx, e.eventType, e.subEventType, e.date, e.dateEnd ?? null, loc?.countryCode ?? null, loc?.admin1Name ?? loc?.admin1Code ?? null,
      loc?.lat ?? null, loc?.lon ?? null, eventActors(e), JSON.stringify(e)).lastInsertRowid,
  )
  let cluster = en
  if (loc) {
    // The R*Tree box holds every place of the event; the other places are kept for the distance test.
    const all = [loc, ...(e.otherLocations ?? [])]
    const lats = all.map((p) => p.lat)
    const lons = all.map((p) => p.lon)
    q.rtree!.run(en, Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons))
    for (const p of e.otherLocations ?? []) q.eventPlace!.run(en, p.lat, p.lon)
  }
  const query = reportQuery(e)
  if (query) {
    const params = { ...query, article }
    const near = (q.nearEvents!.all(params) as { n: number; cluster: number }[])
      .map((c) => ({ ...c, event: JSON.parse(q.eventJson!.get(c.n) as string) as Event }))
    // Reports of several merged events agree: the first of them in the R*Tree's order, as always.
    cluster = chooseCluster(e, near, () => q.rtreeOrder!.all(params) as number[]) ?? en
  }
  q.cluster!.run(cluster, en)
}
