/**
 * Whole-day arithmetic on ISO dates (`YYYY-MM-DD`, or a longer value read by its first 10
 * characters), in UTC so no local time zone shifts a day. The one place the stages, the store and
 * the exports count days between dates or move a date by days.
 */

export const DAY_MS = 86_400_000

/** Days since 1970-01-01 of a date's first 10 characters; NaN when they are not `YYYY-MM-DD`. */
export function dayIndex(date: string): number {
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS : NaN
}

/** The `YYYY-MM-DD` of a day index (see `dayIndex`). */
export function dayString(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10)
}

/** The day `n` days after `date` (before it when `n` is negative); null when `date` is not a day. */
export function shiftDay(date: string, n: number): string | null {
  const i = dayIndex(date)
  return Number.isNaN(i) ? null : dayString(i + n)
}
