/**
 * The overview's filters as the URL hash carries them (`#/?q=Aleppo&from=2016-12-01`), so a
 * filtered view survives a reload, the back button and being sent to a colleague; and the filters
 * an export of what is shown uses (the brushed range narrows the dates). Pure, tested without a
 * browser.
 */
import { distanceKm } from '../../src/doc/geo.js'
import { dayNumber, dayString } from './buckets.js'
import type { Filters } from './types.js'

export const FILTER_KEYS = ['q', 'type', 'actor', 'country', 'admin1', 'lang', 'source', 'from', 'to', 'near'] as const

/** The filters of an overview hash; unknown keys and empty values are dropped. */
export function filtersFromHash(hash: string): Filters {
  const m = /^#\/?(?:\?(.*))?$/.exec(hash)
  const params = new URLSearchParams(m?.[1] ?? '')
  const f: Filters = {}
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim()
    if (v) f[key] = v
  }
  return f
}

export function overviewHash(f: Filters): string {
  const p = new URLSearchParams()
  for (const key of FILTER_KEYS) if (f[key]) p.set(key, f[key]!)
  const s = p.toString()
  return s ? `#/?${s}` : '#/'
}

/**
 * A filter's value as its form field shows it: the date pickers take whole days, so a month or
 * year bound from a link (`from=2016-12`) shows as its first or last day, and means the same.
 */
export function formValue(key: (typeof FILTER_KEYS)[number], value: string | undefined): string {
  if (!value) return ''
  if (key === 'from' && /^\d{4}(-\d{2})?$/.test(value)) return value.length === 4 ? `${value}-01-01` : `${value}-01`
  if (key === 'to' && /^\d{4}(-\d{2})?$/.test(value)) return dayString(lastDay(value))
  return value
}

/** The filters narrowed to a brushed range of days: the later start and the earlier end win. */
export function withRange(f: Filters, range: { from: string; to: string } | null): Filters {
  if (!range) return f
  const later = (a: string | undefined, b: string) => (a && dayNumber(a)! > dayNumber(b)! ? a : b)
  const earlier = (a: string | undefined, b: string) => (a && lastDay(a) < dayNumber(b)! ? a : b)
  return { ...f, from: later(f.from, range.from), to: earlier(f.to, range.to) }
}

/** The last day of a bound given as a day, a month (`2016-12`) or a year (`2016`). */
function lastDay(bound: string): number {
  if (bound.length === 10) return dayNumber(bound)!
  const [y, m] = bound.split('-').map(Number) as [number, number | undefined]
  return m === undefined ? dayNumber(`${y + 1}`)! - 1 : dayNumber(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`)! - 1
}

/** A `near` filter (`lat,lon,km`) holding every point given: their centre and the farthest one, at least `minKm` away. */
export function nearFilter(points: { lat: number; lon: number }[], minKm = 10): string {
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length
  const km = Math.max(minKm, ...points.map((p) => Math.ceil(distanceKm(lat, lon, p.lat, p.lon) + 1)))
  return `${lat.toFixed(4)},${lon.toFixed(4)},${Math.min(km, 20_000)}`
}
