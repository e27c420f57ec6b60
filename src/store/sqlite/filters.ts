/**
 * Search filters to SQL: each filter is one parameterised condition (user values are never spliced
 * into SQL), on articles (`a`) or on events (`e`). Country names in French or English become ISO
 * codes, since places and events store the code.
 */
import { boxAround } from '../../dedup/events.js'
import { countryCode } from '../countries.js'
import { toFtsQuery } from '../fts-query.js'
import type { SearchFilters } from '../store.js'

export interface Where {
  sql: string[]
  params: unknown[]
}

/** Conditions every search shares: on the article row `a`. */
export function articleConditions(f: SearchFilters, w: Where, useFts: boolean): void {
  if (f.text && useFts) {
    const q = toFtsQuery(f.text)
    // No word at all (only punctuation): nothing can match, rather than everything.
    w.sql.push(q ? 'a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)' : '0')
    if (q) w.params.push(q)
  }
  if (f.language) push(w, 'a.language = ?', f.language.toLowerCase())
  if (f.source) {
    const like = `%${escapeLike(f.source)}%`
    push(w, `(a.source LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM sightings s WHERE s.article = a.n AND (s.source LIKE ? ESCAPE '\\' OR s.url LIKE ? ESCAPE '\\')))`, like, like, like, like)
  }
}

/** Filters that an article satisfies through its places or events. */
export function articleContentConditions(f: SearchFilters, w: Where): void {
  if (f.from) push(w, 'a.published >= ?', f.from)
  if (f.to) push(w, 'a.published <= ?', f.to)
  if (f.country) {
    const c = countryCode(f.country)
    push(w, '(EXISTS (SELECT 1 FROM places p WHERE p.article = a.n AND p.country = ?) OR EXISTS (SELECT 1 FROM events e WHERE e.article = a.n AND e.country = ?))', c, c)
  }
  if (f.admin1) {
    const like = `%${escapeLike(f.admin1)}%`
    push(w, `EXISTS (SELECT 1 FROM places p WHERE p.article = a.n AND (p.admin1 = ? OR p.admin1_name LIKE ? ESCAPE '\\'))`, f.admin1, like)
  }
  if (f.eventType) push(w, 'EXISTS (SELECT 1 FROM events e WHERE e.article = a.n AND (e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE))', f.eventType, f.eventType)
  if (f.actor) {
    const like = `%${escapeLike(f.actor.toLowerCase())}%`
    push(w, `(EXISTS (SELECT 1 FROM events e WHERE e.article = a.n AND e.actors LIKE ? ESCAPE '\\') OR EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.n AND (m.text LIKE ? ESCAPE '\\' OR m.actor_id = ?)))`, like, like, f.actor)
  }
  if (f.near) {
    const b = boxAround(f.near.lat, f.near.lon, f.near.km)
    push(w, `(EXISTS (SELECT 1 FROM places p WHERE p.article = a.n AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? AND dist_km(p.lat, p.lon, ?, ?) <= ?)
      OR EXISTS (SELECT 1 FROM events e WHERE e.article = a.n AND e.n IN (SELECT n FROM events_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?) AND dist_km(e.lat, e.lon, ?, ?) <= ?))`,
    b.minLat, b.maxLat, b.minLon, b.maxLon, f.near.lat, f.near.lon, f.near.km, b.minLat, b.maxLat, b.minLon, b.maxLon, f.near.lat, f.near.lon, f.near.km)
  }
}

/** Filters on one event row `e` (joined to its article `a`). */
export function eventConditions(f: SearchFilters, w: Where): void {
  if (f.from) push(w, 'e.date >= ?', f.from)
  if (f.to) push(w, 'substr(e.date, 1, 10) <= ?', f.to)
  if (f.country) push(w, 'e.country = ?', countryCode(f.country))
  if (f.admin1) push(w, `e.admin1 LIKE ? ESCAPE '\\'`, `%${escapeLike(f.admin1)}%`)
  if (f.eventType) push(w, '(e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)', f.eventType, f.eventType)
  if (f.actor) push(w, `e.actors LIKE ? ESCAPE '\\'`, `%${escapeLike(f.actor.toLowerCase())}%`)
  if (f.near) {
    const b = boxAround(f.near.lat, f.near.lon, f.near.km)
    push(w, 'e.n IN (SELECT n FROM events_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?) AND dist_km(e.lat, e.lon, ?, ?) <= ?',
      b.minLat, b.maxLat, b.minLon, b.maxLon, f.near.lat, f.near.lon, f.near.km)
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
