/**
 * Search filters to SQL: each filter is one parameterised condition (user values are never spliced
 * into SQL). Country names in French or English become ISO codes, since places and events store
 * the code.
 */
import { boxAround } from '../../dedup/events.js'
import { spanStartBound } from '../calendar.js'
import { countryCode } from '../countries.js'
import type { SearchFilters } from '../store.js'

export interface Where {
  sql: string[]
  params: unknown[]
}

/**
 * Filters on the article row `a` (joined in every search): language, outlet or URL (of the
 * article or of any sighting of it), and with `dates` the publication date. These are cheap per
 * row and rarely selective, so they are tested on each candidate, which stops at the limit.
 */
export function articleRowConditions(f: SearchFilters, w: Where, dates: boolean): void {
  if (f.language) push(w, 'a.language = ?', f.language.toLowerCase())
  if (f.source) {
    const like = `%${escapeLike(f.source)}%`
    push(w, `(a.source LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\' OR a.n IN (SELECT article FROM sightings WHERE source LIKE ? ESCAPE '\\' OR url LIKE ? ESCAPE '\\'))`, like, like, like, like)
  }
  if (dates && f.from) push(w, 'a.published >= ?', f.from)
  if (dates && f.to) push(w, 'a.published <= ?', f.to)
}

/**
 * Filters an article satisfies through its places and events, as sets of article numbers tested
 * against `col`. Often very selective (a place, a type), so they must not cost a subquery per
 * full-text match: each set is built once from its index and probed by number.
 */
export function articleSets(f: SearchFilters, w: Where, col: string): void {
  if (f.country) {
    const c = countryCode(f.country)
    push(w, `(${col} IN (SELECT article FROM places WHERE country = ?) OR ${col} IN (SELECT article FROM events WHERE country = ?))`, c, c)
  }
  if (f.admin1) {
    push(w, `${col} IN (SELECT article FROM places WHERE admin1 = ? OR admin1_name LIKE ? ESCAPE '\\')`, f.admin1, `%${escapeLike(f.admin1)}%`)
  }
  if (f.eventType) push(w, `${col} IN (SELECT article FROM events WHERE event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE)`, f.eventType, f.eventType)
  if (f.actor) {
    const like = `%${escapeLike(f.actor.toLowerCase())}%`
    push(w, `(${col} IN (SELECT article FROM events WHERE actors LIKE ? ESCAPE '\\') OR ${col} IN (SELECT article FROM mentions WHERE text LIKE ? ESCAPE '\\' OR actor_id = ?))`, like, like, f.actor)
  }
  if (f.near) {
    const b = boxAround(f.near.lat, f.near.lon, f.near.km)
    push(w, `(${col} IN (SELECT article FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND dist_km(lat, lon, ?, ?) <= ?)
      OR ${col} IN (SELECT e.article FROM events_rtree r JOIN events e ON e.n = r.n WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ? AND dist_km(e.lat, e.lon, ?, ?) <= ?))`,
    b.minLat, b.maxLat, b.minLon, b.maxLon, f.near.lat, f.near.lon, f.near.km, b.minLat, b.maxLat, b.minLon, b.maxLon, f.near.lat, f.near.lon, f.near.km)
  }
}

/** Filters on one event row `e`. */
export function eventConditions(f: SearchFilters, w: Where): void {
  // An event told over a span of days is found by a date inside it: its first day may come up to
  // MAX_SPAN_DAYS before `from` (a bound the date index still reads as a range).
  if (f.from) push(w, 'e.date >= ? AND coalesce(e.date_end, e.date) >= ?', spanStartBound(f.from), f.from)
  if (f.to) push(w, 'substr(e.date, 1, 10) <= ?', f.to)
  if (f.country) push(w, 'e.country = ?', countryCode(f.country))
  if (f.admin1) push(w, `e.admin1 LIKE ? ESCAPE '\\'`, `%${escapeLike(f.admin1)}%`)
  if (f.eventType) push(w, '(e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)', f.eventType, f.eventType)
  if (f.actor) push(w, `e.actors LIKE ? ESCAPE '\\'`, `%${escapeLike(f.actor.toLowerCase())}%`)
  if (f.near) {
    const b = boxAround(f.near.lat, f.near.lon, f.near.km)
    // Near the event's place or any other place it is told at (`event_places`).
    push(w, `e.n IN (SELECT n FROM events_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?)
      AND (dist_km(e.lat, e.lon, ?, ?) <= ? OR EXISTS (SELECT 1 FROM event_places p WHERE p.event = e.n AND dist_km(p.lat, p.lon, ?, ?) <= ?))`,
    b.minLat, b.maxLat, b.minLon, b.maxLon, f.near.lat, f.near.lon, f.near.km, f.near.lat, f.near.lon, f.near.km)
  }
}

function push(w: Where, sql: string, ...params: unknown[]): void {
  w.sql.push(sql)
  w.params.push(...params)
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

export function whereClause(w: Where): string {
  return w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''
}

export function andClause(w: Where): string {
  return w.sql.length ? `AND ${w.sql.join(' AND ')}` : ''
}
