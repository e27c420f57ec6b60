/**
 * Search filters to PostgreSQL conditions, one parameterised condition each, exactly as the SQLite
 * store's (`../sqlite/filters.ts`): the same columns, the same matching (LIKE there is
 * case-insensitive for ASCII, so ILIKE here), with PostGIS `ST_DWithin` on the sphere for
 * distances, read through the GiST indexes.
 */
import { spanStartBound } from '../calendar.js'
import { countryCode } from '../countries.js'
import type { SearchFilters } from '../store.js'

/** Conditions and their values; `add` returns the placeholder of a value. */
export class Where {
  readonly sql: string[] = []
  readonly params: unknown[] = []

  add(value: unknown): string {
    this.params.push(value)
    return `$${this.params.length}`
  }

  push(sql: string): void {
    this.sql.push(sql)
  }

  where(): string {
    return this.sql.length ? `WHERE ${this.sql.join(' AND ')}` : ''
  }

  and(): string {
    return this.sql.length ? `AND ${this.sql.join(' AND ')}` : ''
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** `ST_DWithin` of a geography column and the filter's point, on the sphere as `distanceKm` measures. */
function within(w: Where, col: string, near: NonNullable<SearchFilters['near']>): string {
  return `ST_DWithin(${col}, ST_SetSRID(ST_MakePoint(${w.add(near.lon)}::float8, ${w.add(near.lat)}::float8), 4326)::geography, ${w.add(near.km * 1000)}::float8, false)`
}

/**
 * Filters on the article row `a`: language, outlet or URL (of the article or any sighting of it),
 * and with `dates` the publication date. Without `source`, the outlet is left to
 * `sourceCondition`: a row of `article_words` (number, date, language) can stand for `a`.
 */
export function articleRowConditions(f: SearchFilters, w: Where, dates: boolean, source = true): void {
  if (f.language) w.push(`a.language = ${w.add(f.language.toLowerCase())}`)
  if (source) sourceCondition(f, w)
  if (dates && f.from) w.push(`a.published >= ${w.add(f.from)}`)
  if (dates && f.to) w.push(`a.published <= ${w.add(f.to)}`)
}

/** The outlet or URL filter on the article row `a` (of the article or any sighting of it). */
export function sourceCondition(f: SearchFilters, w: Where): void {
  if (!f.source) return
  const like = w.add(`%${escapeLike(f.source)}%`)
  w.push(`(a.source ILIKE ${like} OR a.url ILIKE ${like} OR a.n IN (SELECT article FROM sightings WHERE source ILIKE ${like} OR url ILIKE ${like}))`)
}

/**
 * Filters an article satisfies through its places and events, as sets of article numbers tested
 * against `col`. Each is one set (a UNION, never an OR of two), so the planner can start from it
 * when it is small rather than test the words of every article against it.
 */
export function articleSets(f: SearchFilters, w: Where, col: string): void {
  if (f.country) {
    const c = w.add(countryCode(f.country))
    w.push(`${col} IN (SELECT article FROM places WHERE country = ${c} UNION SELECT article FROM events WHERE country = ${c})`)
  }
  if (f.admin1) {
    w.push(`${col} IN (SELECT article FROM places WHERE admin1 = ${w.add(f.admin1)} OR admin1_name ILIKE ${w.add(`%${escapeLike(f.admin1)}%`)})`)
  }
  if (f.eventType) {
    const t = w.add(f.eventType.toLowerCase())
    w.push(`${col} IN (SELECT article FROM events WHERE lower(event_type) = ${t} OR lower(sub_event_type) = ${t})`)
  }
  if (f.actor) {
    const like = w.add(`%${escapeLike(f.actor.toLowerCase())}%`)
    w.push(`${col} IN (SELECT article FROM events WHERE actors LIKE ${like} UNION SELECT article FROM mentions WHERE text ILIKE ${like} OR actor_id = ${w.add(f.actor)})`)
  }
  if (f.near) {
    // As in SQLite: any place of the article, or the place of one of its events.
    w.push(`${col} IN (SELECT article FROM places WHERE ${within(w, 'geog', f.near)} UNION SELECT article FROM events WHERE ${within(w, 'geog', f.near)})`)
  }
}

/** Filters on one event row `e`. */
export function eventConditions(f: SearchFilters, w: Where): void {
  // An event told over a span of days is found by a date inside it.
  if (f.from) w.push(`e.date >= ${w.add(spanStartBound(f.from))} AND coalesce(e.date_end, e.date) >= ${w.add(f.from)}`)
  if (f.to) w.push(`substr(e.date, 1, 10) <= ${w.add(f.to)}`)
  if (f.country) w.push(`e.country = ${w.add(countryCode(f.country))}`)
  if (f.admin1) w.push(`e.admin1 ILIKE ${w.add(`%${escapeLike(f.admin1)}%`)}`)
  if (f.eventType) {
    const t = w.add(f.eventType.toLowerCase())
    w.push(`(lower(e.event_type) = ${t} OR lower(e.sub_event_type) = ${t})`)
  }
  if (f.actor) w.push(`e.actors LIKE ${w.add(`%${escapeLike(f.actor.toLowerCase())}%`)}`)
  // Near the event's place or any other place it is told at (`event_places`).
  if (f.near) w.push(`e.n IN (SELECT n FROM events WHERE ${within(w, 'geog', f.near)} UNION SELECT event FROM event_places WHERE ${within(w, 'geog', f.near)})`)
}
