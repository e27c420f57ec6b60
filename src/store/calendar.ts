/** Filter dates as the CLI and the API take them: a year, a month or a day that is on the calendar. */
import { shiftDay } from '../doc/days.js'
import { MAX_SPAN_DAYS } from '../doc/schema.js'

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month or day (2021-13 and 2021-02-30 are not; `Date.parse` accepts the second). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** The first day of a filter date: 2016 → 2016-01-01, 2016-03 → 2016-03-01, a day itself. */
export function periodStart(v: string): string {
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v
}

/**
 * The end of a filter date as an upper bound: a year its 31 December, a month its "31st" (the
 * bound compares as text with stored `YYYY-MM-DD` dates, so every day of any month is under it).
 */
export function periodEnd(v: string): string {
  return v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v
}

/** The earliest first day of an event whose days reach `from` (YYYY, YYYY-MM or YYYY-MM-DD). */
export function spanStartBound(from: string): string {
  return shiftDay(periodStart(from), -MAX_SPAN_DAYS) ?? from
}
