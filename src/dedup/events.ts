/**
 * Cross-article event merging: two reports describe one event when their sub-event type agrees,
 * their places lie within `MAX_KM` of each other, their days within `MAX_DAYS` (a happening told
 * over a span of days, `date` to `dateEnd`, is near every day of it), and their actors
 * agree (the same actor id, or the same normalised name; a side one report leaves unknown does not
 * contradict the other). Events without a place or a date are never merged: there is nothing to check.
 */
import { distanceKm } from '../doc/geo.js'
import { dayIndex } from '../doc/days.js'
import type { Event } from '../doc/schema.js'

export const MAX_KM = 25
export const MAX_DAYS = 1


/** Whole days between two `YYYY-MM-DD` dates (or longer ISO dates, read by their first 10 characters). */
export function daysApart(a: string, b: string): number {
  return Math.abs(dayIndex(a) - dayIndex(b))
}

/** Whole days between two events' spans of days (`date` to `dateEnd`, or the one day): 0 when they share a day. */
export function spanGap(a: Pick<Event, 'date' | 'dateEnd'>, b: Pick<Event, 'date' | 'dateEnd'>): number {
  if (!a.date || !b.date) return Infinity
  const aEnd = a.dateEnd && a.dateEnd > a.date ? a.dateEnd : a.date
  const bEnd = b.dateEnd && b.dateEnd > b.date ? b.dateEnd : b.date
  if (aEnd.slice(0, 10) < b.date.slice(0, 10)) return daysApart(aEnd, b.date)
  if (bEnd.slice(0, 10) < a.date.slice(0, 10)) return daysApart(bEnd, a.date)
  return 0
}

const MARKS = /\p{M}/gu
const NOT_WORD = /[^\p{L}\p{N}]+/gu

export function actorKey(a: Event['actor1']): string | null {
  if (!a) return null
  if (a.actorId) return `id:${a.actorId}`
  const name = a.name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim()
  return name ? `name:${name}` : null
}

/**
 * Two sides agree when either is unknown, when both have the same actor id, or when they are named
 * alike: one report may resolve a description the other names as well ("Civilians (Syria)" with
 * and without its id).
 */
function actorsAgree(x: Event['actor1'], y: Event['actor1']): boolean {
  const a = actorKey(x)
  const b = actorKey(y)
  if (a === null || b === null || a === b) return true
  const named = (e: NonNullable<Event['actor1']>) => actorKey({ ...e, actorId: null })
  return named(x!) === named(y!)
}

/** True when two events, from the same or different articles, are reports of one event. */
export function sameEvent(a: Event, b: Event): boolean {
  if (a.subEventType !== b.subEventType) return false
  if (!a.location || !b.location || !a.date || !b.date) return false
  if (spanGap(a, b) > MAX_DAYS) return false
  if (distanceKm(a.location.lat, a.location.lon, b.location.lat, b.location.lon) > MAX_KM) return false
  // Actor 1 and actor 2 must agree as sides; reports that swap the sides do not describe one event.
  return actorsAgree(a.actor1, b.actor1) && actorsAgree(a.actor2, b.actor2)
}

/** A lat/lon box around a point wide enough to hold every place within `km` (for an R*Tree query). */
export function boxAround(lat: number, lon: number, km: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = km / 111.0
  const cos = Math.max(0.01, Math.cos((lat * Math.PI) / 180))
  const dLon = Math.min(180, km / (111.32 * cos))
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon }
}
