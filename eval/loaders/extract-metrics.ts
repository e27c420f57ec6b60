/**
 * The two extraction metrics, ported from their benchmarks' descriptions (not their code):
 * ScrapingHub's 4-token shingle P/R/F1 (means over pages) and trafilatura's must-contain /
 * must-not-contain snippet counts.
 */

/** Python's Unicode `\w+`: JS `\w` is ASCII-only even with the `u` flag. */
const WORD = /[\p{L}\p{N}_]+/gu

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? []
}

/** 4-token shingles as a multiset; fewer than 4 tokens make one shorter shingle, none make none. */
function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>()
  if (tokens.length === 0) return out
  const count = Math.max(1, tokens.length - n + 1)
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

export interface PageScore {
  /** Undefined when the page is left out of the mean (nothing predicted, or nothing in the gold). */
  precision: number | undefined
  recall: number | undefined
  exact: boolean
  empty: boolean
}

export function scorePage(predicted: string, gold: string): PageScore {
  const pt = wordTokens(predicted)
  const gt = wordTokens(gold)
  const p = shingles(pt)
  const g = shingles(gt)
  let tp = 0
  let fp = 0
  for (const [k, n] of p) {
    const m = Math.min(n, g.get(k) ?? 0)
    tp += m
    fp += n - m
  }
  let fn = 0
  for (const [k, n] of g) fn += Math.max(0, n - (p.get(k) ?? 0))
  const perfect = fp === 0 && fn === 0
  return {
    precision: perfect ? 1 : tp + fp > 0 ? tp / (tp + fp) : undefined,
    recall: perfect ? 1 : tp + fn > 0 ? tp / (tp + fn) : undefined,
    exact: pt.length === gt.length && pt.every((t, i) => t === gt[i]),
    empty: pt.length === 0,
  }
}

export interface ShingleTotals {
  pages: number
  precision: number
  recall: number
  f1: number
  accuracy: number
  empty: number
}

export function sumShingleScores(scores: PageScore[]): ShingleTotals {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
  const precision = mean(scores.flatMap((s) => (s.precision === undefined ? [] : [s.precision])))
  const recall = mean(scores.flatMap((s) => (s.recall === undefined ? [] : [s.recall])))
  return {
    pages: scores.length,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: scores.length ? scores.filter((s) => s.exact).length / scores.length : 0,
    empty: scores.filter((s) => s.empty).length,
  }
}

export interface SnippetCounts {
  tp: number
  fp: number
  fn: number
  tn: number
}

const normalizeSpace = (s: string) => s.replace(/\s+/gu, ' ').trim()

/** Exact, case-sensitive substring tests after white-space normalisation; empty output finds nothing. */
export function scoreSnippets(predicted: string, withSnippets: string[], withoutSnippets: string[]): SnippetCounts {
  const text = normalizeSpace(predicted)
  const found = (s: string) => text !== '' && text.includes(normalizeSpace(s))
  const tp = withSnippets.filter(found).length
  const fp = withoutSnippets.filter(found).length
  return { tp, fn: withSnippets.length - tp, fp, tn: withoutSnippets.length - fp }
}

export function addCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn }
}

export function snippetMetrics(c: SnippetCounts): Record<string, number> {
  const all = c.tp + c.fp + c.fn + c.tn
  return {
    ...c,
    precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0,
    recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0,
    f1: 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0,
    accuracy: all ? (c.tp + c.tn) / all : 0,
  }
}
