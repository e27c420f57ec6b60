/**
 * Timeline buckets: events counted per day, or per ISO week (Monday first) when the range is long,
 * by type. Dates are `YYYY-MM-DD` (a month or year precision date counts on its first day) and all
 * arithmetic is in UTC days, so time zones never move an event.
 */
export interface Bucket {
  /** First day, inclusive. */
  start: string
  /** Last day, inclusive. */
  end: string
  counts: Map<string, number>
  total: number
}

const DAY = 86_400_000
/** Longer ranges than this many days are shown per week. */
export const DAILY_MAX_DAYS = 120

export function dayNumber(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date)
  if (!m) return null
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) / DAY)
}

export function dayString(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10)
}

export function bucketize(items: { date: string | null; type: string }[]): { unit: 'day' | 'week'; buckets: Bucket[] } {
  const days = items.map((i) => ({ day: i.date ? dayNumber(i.date) : null, type: i.type })).filter((i): i is { day: number; type: string } => i.day !== null)
  if (days.length === 0) return { unit: 'day', buckets: [] }
  let min = Infinity
  let max = -Infinity
  for (const d of days) {
    min = Math.min(min, d.day)
    max = Math.max(max, d.day)
  }
  const unit = max - min + 1 > DAILY_MAX_DAYS ? 'week' : 'day'
  // Day 0 (1970-01-01) was a Thursday: Monday-based weeks start 3 days later.
  const startOf = (d: number) => (unit === 'day' ? d : d - ((((d - 4) % 7) + 7) % 7))
  const step = unit === 'day' ? 1 : 7
  const first = startOf(min)
  const buckets: Bucket[] = []
  for (let s = first; s <= max; s += step) {
    buckets.push({ start: dayString(s), end: dayString(s + step - 1), counts: new Map(), total: 0 })
  }
  for (const d of days) {
    const b = buckets[Math.floor((startOf(d.day) - first) / step)]!
    b.counts.set(d.type, (b.counts.get(d.type) ?? 0) + 1)
    b.total++
  }
  return { unit, buckets }
}

/** True when a date (of any precision) falls in the inclusive range. */
export function inRange(date: string | null, range: { from: string; to: string } | null): boolean {
  if (!range) return true
  const d = date ? dayNumber(date) : null
  if (d === null) return false
  return d >= dayNumber(range.from)! && d <= dayNumber(range.to)!
}
