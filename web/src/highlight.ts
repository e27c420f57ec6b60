/**
 * Overlapping standoff annotations to flat, non-overlapping segments: each segment lists every
 * annotation covering it, so one `<span>` per segment can carry several layers at once (a place
 * inside a statement inside an event's evidence). Pure, so it is tested without a browser.
 */
export type Layer = 'place' | 'mention' | 'time' | 'statement' | 'cue' | 'speaker' | 'event'

export interface Mark {
  start: number
  end: number
  layer: Layer
  label: string
  /** Which item the mark belongs to (`ev-3`, `st-0`), for selecting all of an item's spans. */
  group: string | null
}

export interface Segment {
  start: number
  end: number
  marks: Mark[]
}

/** Splits `[start, end)` at every mark boundary inside it; empty marks are ignored. */
export function segmentRange(start: number, end: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > start && m.start < end && m.end > m.start)
  const cuts = new Set<number>([start, end])
  for (const m of inside) {
    cuts.add(Math.max(start, m.start))
    cuts.add(Math.min(end, m.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    out.push({ start: a, end: b, marks: inside.filter((m) => m.start <= a && m.end >= b) })
  }
  return out
}

/**
 * `segmentRange` for many ranges given in text order (a paragraph's kept parts), in one sweep: each
 * range reads only the marks that reach it, not every mark of the article.
 */
export function segmentRanges(ranges: readonly { start: number; end: number }[], marks: readonly Mark[]): Segment[][] {
  const byStart = [...marks].sort((a, b) => a.start - b.start)
  let next = 0
  let open: Mark[] = []
  return ranges.map((r) => {
    while (next < byStart.length && byStart[next]!.start < r.end) open.push(byStart[next++]!)
    open = open.filter((m) => m.end > r.start)
    return segmentRange(r.start, r.end, open)
  })
}

/** `12-40,50-61` (from a link) to spans; malformed parts are dropped. */
export function parseSpans(s: string | null): { start: number; end: number }[] {
  if (!s) return []
  return s.split(',').flatMap((part) => {
    const m = /^(\d+)-(\d+)$/.exec(part)
    if (!m) return []
    const start = Number(m[1])
    const end = Number(m[2])
    return end > start ? [{ start, end }] : []
  })
}

export function formatSpans(spans: readonly { start: number; end: number }[]): string {
  return spans.map((s) => `${s.start}-${s.end}`).join(',')
}
