/**
 * What every store decides when it writes, whatever its database: the story a new article joins
 * (a stored near-duplicate found through its MinHash bands) and the merged event a new report
 * joins (a stored report of the same sub-event type, near in place and days, that `sameEvent`
 * accepts). A store only fetches the candidates; the choice is made here, so SQLite and
 * PostgreSQL merge alike.
 */
import { dayIndex, dayString } from '../doc/days.js'
import { MAX_SPAN_DAYS, type Event, type Statement } from '../doc/schema.js'
import { actorKey, boxAround, MAX_DAYS, MAX_KM, sameEvent } from '../dedup/events.js'
import { isNearDuplicate } from '../dedup/minhash.js'

/** A stored article sharing a band with the new one. */
export interface StoryCandidate {
  story: string
  signature: string
}

/**
 * The story of the first candidate (in the order given: band by band) whose signature is a
 * near-duplicate of `signature`, or null for a new story.
 */
export function firstNearDuplicate(candidates: Iterable<StoryCandidate>, signature: string): string | null {
  for (const c of candidates) if (isNearDuplicate(c.signature, signature)) return c.story
  return null
}

/**
 * Where a store looks for the stored reports an event may join: its sub-event type, the days
 * `[from, until)` (a report told over a span of days starts up to MAX_SPAN_DAYS earlier, from
 * `spanFrom`, and its last day must reach `from`), and a lat/lon box around its place.
 */
export interface ReportQuery {
  type: string
  from: string
  spanFrom: string
  until: string
  minLat: number
  maxLat: number
  minLon: number
  maxLon: number
}

/** The candidate search of an event, or null when it merges with nothing (no place or no readable date, see `sameEvent`). */
export function reportQuery(e: Event): ReportQuery | null {
  const loc = e.location
  const days = loc && e.date ? dayRange(e.date, MAX_DAYS) : null
  const last = e.dateEnd && e.date && e.dateEnd > e.date ? dayRange(e.dateEnd, MAX_DAYS) : days
  const spanFrom = days ? dayRange(days.from, MAX_SPAN_DAYS) : null
  if (!loc || !days || !last || !spanFrom) return null
  return { type: e.subEventType, from: days.from, spanFrom: spanFrom.from, until: last.until, ...boxAround(loc.lat, loc.lon, MAX_KM) }
}

/** A stored report found by `reportQuery`: its row number, merged event and the event itself. */
export interface ReportCandidate {
  n: number
  cluster: number
  event: Event
}

/**
 * The merged event `e` joins: the first agreeing report's, or null for a merged event of its own.
 * When reports of several merged events agree, `order` (the store's own order of the candidates'
 * row numbers, asked only then) breaks the tie.
 */
export function chooseCluster(e: Event, candidates: readonly ReportCandidate[], order?: () => readonly number[]): number | null {
  const agree = candidates.filter((c) => sameEvent(e, c.event))
  if (agree.length === 0) return null
  const cluster = agree[0]!.cluster
  if (!order || agree.every((c) => c.cluster === cluster)) return cluster
  const clusterOf = new Map(agree.map((c) => [c.n, c.cluster]))
  for (const n of order()) {
    const c = clusterOf.get(n)
    if (c !== undefined) return c
  }
  return cluster
}

/**
 * The dates within `days` of a `YYYY-MM-DD` date (its first 10 characters, as `daysApart` reads it), as
 * a half-open string range [from, until) over `YYYY-MM-DD…` strings; null for a date that is not one.
 */
export function dayRange(date: string, days: number): { from: string; until: string } | null {
  const t = dayIndex(date)
  return Number.isNaN(t) ? null : { from: dayString(t - days), until: dayString(t + days + 1) }
}

/** Every actor name and key of an event, lower-cased, for the actor filter. */
export function eventActors(e: Event): string {
  const all = [e.actor1, e.actor2, ...e.assocActor1, ...e.assocActor2]
  return all.flatMap((a) => (a ? [a.name.toLowerCase(), actorKey(a) ?? ''] : [])).join('\n')
}

/** The text a statement is searched by: its content, and its speaker as the article names or describes them. */
export function statementSpeaker(text: string, s: Statement): string | null {
  return s.speaker?.name ?? s.speaker?.description ?? (s.speaker ? text.slice(s.speaker.start, s.speaker.end) : null)
}
