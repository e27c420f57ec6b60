/**
 * Timeline buckets: events counted by type per day, or per ISO week (Monday first), month or year,
 * the finest unit that keeps the bars few enough to see (a store whose dates run over years, or
 * hold one wrong date decades away, still draws bars, not hairlines). Dates are `YYYY-MM-DD` (a
 * month or year precision date counts on its first day) and all arithmetic is in UTC days, so time
 * zones never move an event.
 */
export interface Bucket {
  /** First day, inclusive. */
  start: string
  /** Last day, inclusive. */
  end: string
  counts: Map<string, number>
  total: number
}

export type BucketUnit = 'day' | 'week' | 'month' | 'year'

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

/** A unit's buckets as consecutive numbers: which one a day falls in, and each one's first day. */
interface Scale {
  indexOf(day: number): number
  firstDay(index: number): number
}

/** The first day of a month counted from year 0 (`Date.UTC` would read years below 100 as 19xx). */
const monthStart = (month: number) => {
  const d = new Date(0)
  d.setUTCFullYear(Math.floor(month / 12), ((month % 12) + 12) % 12, 1)
  return Math.round(d.getTime() / DAY)
}
const monthOf = (day: number) => {
  const d = new Date(day * DAY)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}
const SCALES: Record<BucketUnit, Scale> = {
  day: { indexOf: (d) => d, firstDay: (i) => i },
  // Day 0 (1970-01-01) was a Thursday: Monday-based weeks start 3 days later.
  week: { indexOf: (d) => Math.floor((d - 4) / 7), firstDay: (i) => i * 7 + 4 },
  month: { indexOf: monthOf, firstDay: monthStart },
  year: { indexOf: (d) => new Date(d * DAY).getUTCFullYear(), firstDay: (i) => monthStart(i * 12) },
}

/** Counts by type per bucket of the finest unit giving at most `maxBuckets` buckets (a year per bucket at worst). */
export function bucketize(items: { date: string | null; type: string }[], maxBuckets = DAILY_MAX_DAYS): { unit: BucketUnit; buckets: Bucket[] } {
  const days = items.map((i) => ({ day: i.date ? dayNumber(i.date) : null, type: i.type })).filter((i): i is { day: number; type: string } => i.day !== null)
  if (days.length === 0) return { unit: 'day', buckets: [] }
  let min = Infinity
  let max = -Infinity
  for (const d of days) {
    min = Math.min(min, d.day)
    max = Math.max(max, d.day)
  }
  const units: BucketUnit[] = ['day', 'week', 'month', 'year']
  const unit = units.find((u) => SCALES[u].indexOf(max) - SCALES[u].indexOf(min) + 1 <= maxBuckets) ?? 'year'
  const scale = SCALES[unit]
  const first = scale.indexOf(min)
  const buckets: Bucket[] = []
  for (let i = first; i <= scale.indexOf(max); i++) {
    buckets.push({ start: dayString(scale.firstDay(i)), end: dayString(scale.firstDay(i + 1) - 1), counts: new Map(), total: 0 })
  }
  for (const d of days) {
    const b = buckets[scale.indexOf(d.day) - first]!
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

/**
 * Labels for the axis between its two ends: at most `count` buckets evenly spaced, each named as
 * its unit reads (`2016` for a year, `2016-12` for a month, the first day otherwise).
 */
export function axisTicks(buckets: readonly Bucket[], unit: BucketUnit, count: number): { index: number; label: string }[] {
  const step = Math.ceil(buckets.length / (count + 1))
  const ticks: { index: number; label: string }[] = []
  // Not too near either end, where the first and last days are written.
  for (let i = step; i <= buckets.length - step; i += step) {
    const start = buckets[i]!.start
    ticks.push({ index: i, label: unit === 'year' ? start.slice(0, 4) : unit === 'month' ? start.slice(0, 7) : start })
  }
  return ticks
}
