/**
 * Calendar arithmetic on TIMEX3 values. A value is read into a day (`Ymd`) plus a granularity, moved
 * by whole units, and written back at a granularity. All dates are proleptic Gregorian, in UTC, so
 * no local time zone can shift a day.
 */

export interface Ymd { y: number; m: number; d: number }

/** TIMEX3 granularities this module can read and write. */
export type Granularity = 'CE' | 'DE' | 'Y' | 'H' | 'Q' | 'SEASON' | 'M' | 'W' | 'WE' | 'D'

/** Units a relative expression counts in (`MIN`, `S` only for durations). */
export type Unit = 'CE' | 'DE' | 'Y' | 'H' | 'Q' | 'M' | 'W' | 'WE' | 'D'

const DAY_MS = 86_400_000

function toUtc(p: Ymd): number {
  const t = new Date(0)
  t.setUTCFullYear(p.y, p.m - 1, p.d)
  return t.getTime()
}

function fromUtc(ms: number): Ymd {
  const t = new Date(ms)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekday(p: Ymd): number {
  return ((new Date(toUtc(p)).getUTCDay() + 6) % 7) + 1
}

export function addDays(p: Ymd, n: number): Ymd {
  return fromUtc(toUtc(p) + n * DAY_MS)
}

function addMonths(p: Ymd, n: number): Ymd {
  const idx = p.y * 12 + (p.m - 1) + n
  const y = Math.floor(idx / 12)
  const m = (idx % 12) + 1
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) }
}

export function addUnits(p: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case 'D': return addDays(p, n)
    case 'W': case 'WE': return addDays(p, 7 * n)
    case 'M': return addMonths(p, n)
    case 'Q': return addMonths(p, 3 * n)
    case 'H': return addMonths(p, 6 * n)
    case 'Y': return addMonths(p, 12 * n)
    case 'DE': return addMonths(p, 120 * n)
    case 'CE': return addMonths(p, 1200 * n)
  }
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(p: Ymd): { year: number; week: number } {
  const thursday = addDays(p, 4 - weekday(p))
  const jan1 = { y: thursday.y, m: 1, d: 1 }
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / DAY_MS / 7) + 1
  return { year: thursday.y, week }
}

/** Monday of ISO week `week` of `year`. */
export function mondayOfWeek(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 }
  return addDays(jan4, 1 - weekday(jan4) + 7 * (week - 1))
}

/** First month of each season (northern hemisphere; winter starts in December of its year). */
const SEASONS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 }

/** Writes a day at a granularity (`season` names the season code when the granularity is SEASON). */
export function formatAt(p: Ymd, gran: Granularity, season?: string): string {
  switch (gran) {
    case 'D': return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`
    case 'M': return `${pad(p.y, 4)}-${pad(p.m)}`
    case 'Y': return pad(p.y, 4)
    case 'Q': return `${pad(p.y, 4)}-Q${Math.floor((p.m - 1) / 3) + 1}`
    case 'H': return `${pad(p.y, 4)}-H${p.m <= 6 ? 1 : 2}`
    case 'SEASON': return `${pad(p.y, 4)}-${season ?? 'XX'}`
    case 'DE': return pad(Math.floor(p.y / 10), 3)
    case 'CE': return pad(Math.floor(p.y / 100), 2)
    case 'W': case 'WE': {
      const w = isoWeek(p)
      return `${pad(w.year, 4)}-W${pad(w.week)}${gran === 'WE' ? '-WE' : ''}`
    }
  }
}

export interface ParsedValue { p: Ymd; gran: Granularity; season?: string }

/** Reads a calendar TIMEX3 value into its first day and granularity; null for anything else. */
export function parseValue(v: string): ParsedValue | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v)
  if (m) return { p: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, gran: 'D' }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v)
  if (m) return { p: mondayOfWeek(+m[1]!, +m[2]!), gran: m[3] ? 'WE' : 'W' }
  m = /^(\d{4})-(\d{2})$/.exec(v)
  if (m) return { p: { y: +m[1]!, m: +m[2]!, d: 1 }, gran: 'M' }
  m = /^(\d{4})-Q([1-4])$/.exec(v)
  if (m) return { p: { y: +m[1]!, m: 3 * (+m[2]! - 1) + 1, d: 1 }, gran: 'Q' }
  m = /^(\d{4})-H([12])$/.exec(v)
  if (m) return { p: { y: +m[1]!, m: m[2] === '1' ? 1 : 7, d: 1 }, gran: 'H' }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v)
  if (m) return { p: { y: +m[1]!, m: SEASONS[m[2]!]!, d: 1 }, gran: 'SEASON', season: m[2]! }
  m = /^(\d{4})$/.exec(v)
  if (m) return { p: { y: +m[1]!, m: 1, d: 1 }, gran: 'Y' }
  m = /^(\d{3})$/.exec(v)
  if (m) return { p: { y: +m[1]! * 10, m: 1, d: 1 }, gran: 'DE' }
  m = /^(\d{2})$/.exec(v)
  if (m) return { p: { y: +m[1]! * 100, m: 1, d: 1 }, gran: 'CE' }
  return null
}

const ORDER: Granularity[] = ['D', 'W', 'WE', 'M', 'SEASON', 'Q', 'H', 'Y', 'DE', 'CE']

/** The coarser of two granularities. */
export function coarser(a: Granularity, b: Granularity): Granularity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b
}

/** Moves a value by `n` units and writes it at the coarser of its own granularity and the unit's. */
export function shiftValue(v: string, unit: Unit, n: number): string | null {
  const parsed = parseValue(v)
  if (!parsed) return null
  // "a year earlier" than a quarter, month or season is that quarter, month or season a year back.
  const keepsOwn = ['M', 'SEASON', 'Q', 'H'].includes(parsed.gran) && ORDER.indexOf(unit) >= ORDER.indexOf('Y')
  const gran = keepsOwn ? parsed.gran : coarser(parsed.gran, unit)
  return formatAt(addUnits(parsed.p, unit, n), gran, parsed.season)
}
