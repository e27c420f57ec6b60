/** Filter dates as the CLI and the API take them: a year, a month or a day that is on the calendar. */

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month or day (2021-13 and 2021-02-30 are not; `Date.parse` accepts the second). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}
