/**
 * Questions about many spans asked once per word of a long text, answered in log time: the spans
 * sorted by start, with the running maximum of their ends (any span starting before x reaches as
 * far as that maximum, and no further).
 */
export interface SpanIndex {
  /** True when a span overlaps [start, end). */
  overlaps(start: number, end: number): boolean
  /** True when one span holds all of [start, end). */
  contains(start: number, end: number): boolean
}

export function spanIndex(spans: readonly { start: number; end: number }[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  // Typed arrays, so the closures below, shared by every index, always see one kind of array: an
  // array literal or `map` gives an empty list another elements kind than a full one, and the first
  // empty (or full) list after optimisation throws their compiled code away.
  const starts = new Float64Array(sorted.length)
  const reach = new Float64Array(sorted.length)
  let max = -Infinity
  for (let i = 0; i < sorted.length; i++) {
    starts[i] = sorted[i]!.start
    reach[i] = max = Math.max(max, sorted[i]!.end)
  }
  /** The farthest end among spans that start before `limit`. */
  const reachBefore = (limit: number): number => {
    // lowerBound written out: asked per word of long texts, a closure per question is garbage.
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid]! < limit) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? -Infinity : reach[lo - 1]!
  }
  return {
    overlaps: (start, end) => reachBefore(end) > start,
    contains: (start, end) => reachBefore(start + 1) >= end,
  }
}

/** Index of the first span of `sorted` (in text order, not overlapping) that ends after `offset`; its length when none does. */
export function firstEndingAfter(sorted: readonly { end: number }[], offset: number): number {
  // lowerBound written out, without a closure per question (asked per word of long texts).
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The first index in [from, to) where `below` turns false, for a predicate that is true up to some
 * index and false from there on (a lower bound; `to` when it never turns false). Every binary search
 * over sorted spans, keys or coordinates asks this.
 */
export function lowerBound(from: number, to: number, below: (i: number) => boolean): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (below(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The span of `sorted` (in text order, not overlapping) that holds `offset`, if any. */
export function spanAt<T extends { start: number; end: number }>(sorted: readonly T[], offset: number): T | undefined {
  const s = sorted[firstEndingAfter(sorted, offset)]
  return s && s.start <= offset ? s : undefined
}

/**
 * The parts of each paragraph outside the removed spans, in text order, each with its paragraph's
 * index: a paragraph removed whole has none, one with a span removed inside it (a tag list glued to
 * its lead) has the parts before and after it. Every stage that reads paragraphs reads these.
 */
export function keptParts(paragraphs: readonly { start: number; end: number }[], removed: readonly { start: number; end: number }[]): { start: number; end: number; paragraph: number }[] {
  const cuts = [...removed].sort((a, b) => a.start - b.start)
  const out: { start: number; end: number; paragraph: number }[] = []
  let c = 0
  paragraphs.forEach((p, paragraph) => {
    while (c < cuts.length && cuts[c]!.end <= p.start) c++
    let from = p.start
    for (let k = c; k < cuts.length && cuts[k]!.start < p.end; k++) {
      const cut = cuts[k]!
      if (cut.start > from) out.push({ start: from, end: cut.start, paragraph })
      from = Math.max(from, cut.end)
    }
    if (from < p.end) out.push({ start: from, end: p.end, paragraph })
  })
  return out
}
