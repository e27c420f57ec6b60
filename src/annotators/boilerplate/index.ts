/**
 * Boilerplate paragraphs are marked as removed spans with a reason; the text itself is never cut,
 * so every offset stays an offset into what the user gave. Three passes, in order:
 * 1. line patterns (promotion, subscription, share lines, cross-links, cookie and legal lines);
 * 2. the page tail: a known heading ("Comments", « La rédaction vous conseille ») after the
 *    article opens a tail of comments and teasers, removed to the end;
 * 3. shape: runs of short non-sentence lines (menus, tool bars), runs of five or more
 *    headline-shaped lines (other articles' titles), then short lines caught between boilerplate
 *    on both sides;
 * 4. tag lists glued into a kept paragraph ("Tags Syria Aleppo airstrikes At least 12 civilians…")
 *    and lists of other articles' headlines glued into one ("Related <headline> <headline> A car
 *    bomb killed…"), the removed spans that cover part of a paragraph only (`tags.ts`, `related.ts`).
 * Knowledge lives in `resources/{common,<lang>}/boilerplate/`; this code only combines it.
 */
import type { Paragraph, RemovedSpan } from '../../doc/schema.js'
import { type BoilerplateRule, loadBoilerplateRules, loadTailMarkers } from './rules.js'
import { furnitureRuns, sandwiched, teaserRuns } from './runs.js'
import { findRelatedLists } from './related.js'
import { findTagLists } from './tags.js'

export { loadBoilerplateRules, type BoilerplateRule } from './rules.js'

/** Longest paragraph we test: boilerplate lines are short, and this bounds regex work. */
const MAX_BOILERPLATE = 1500
/** A tail heading counts only after this much article text (two real paragraphs or so). */
const MIN_BODY_BEFORE_TAIL = 200

function languagesOf(p: Paragraph, articleLang: string): string[] {
  return p.language && p.language !== articleLang ? [articleLang, p.language] : [articleLang]
}

/** Index of the paragraph that opens the page tail, or -1. */
function findTail(text: string, paragraphs: Paragraph[], articleLang: string, removed: ReadonlySet<number>): { at: number; where: string } {
  const total = paragraphs.reduce((n, p) => n + p.end - p.start, 0)
  let before = 0
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    const len = p.end - p.start
    if (len <= 80 && before >= MIN_BODY_BEFORE_TAIL) {
      const s = text.slice(p.start, p.end).trim()
      const marker = languagesOf(p, articleLang).flatMap(loadTailMarkers).find((m) => m.pattern.test(s))
      // The tail must be shorter than what came before it, or this is a mid-article heading.
      if (marker && total - before - len < before) return { at: i, where: marker.where }
    }
    if (!removed.has(i)) before += len
  }
  return { at: -1, where: '' }
}

export interface BoilerplateOptions {
  /**
   * Apply the short-line-run pass (default true). Off for text extracted from HTML, where the page
   * structure already removed menus and where short runs are the article's own lists (measured:
   * ScrapingHub F1 0.972 without it, 0.956 with it).
   */
  lineShapes?: boolean
}

export function findBoilerplate(text: string, paragraphs: Paragraph[], articleLang: string, opts: BoilerplateOptions = {}): RemovedSpan[] {
  const decided = new Map<number, RemovedSpan>()
  paragraphs.forEach((p, i) => {
    if (p.end - p.start > MAX_BOILERPLATE) return
    const s = text.slice(p.start, p.end).trim()
    const rule: BoilerplateRule | undefined = languagesOf(p, articleLang)
      .flatMap(loadBoilerplateRules)
      .find((r) => r.pattern.test(s))
    if (rule) decided.set(i, { start: p.start, end: p.end, reason: rule.reason, rule: `${rule.id} ${rule.where}` })
  })
  const tail = findTail(text, paragraphs, articleLang, new Set(decided.keys()))
  if (tail.at >= 0) {
    for (let i = tail.at; i < paragraphs.length; i++) {
      const p = paragraphs[i]!
      if (!decided.has(i)) decided.set(i, { start: p.start, end: p.end, reason: 'page-tail', rule: `tail ${tail.where}` })
    }
  }
  const runs = opts.lineShapes === false ? [] : furnitureRuns(text, paragraphs, new Set(decided.keys()))
  for (const i of runs) {
    const p = paragraphs[i]!
    decided.set(i, { start: p.start, end: p.end, reason: 'navigation', rule: 'short-line-run' })
  }
  const teasers = opts.lineShapes === false ? [] : teaserRuns(text, paragraphs, new Set(decided.keys()))
  for (const i of teasers) {
    const p = paragraphs[i]!
    decided.set(i, { start: p.start, end: p.end, reason: 'navigation', rule: 'teaser-run' })
  }
  for (const i of sandwiched(paragraphs, new Set(decided.keys()))) {
    const p = paragraphs[i]!
    decided.set(i, { start: p.start, end: p.end, reason: 'navigation', rule: 'between-boilerplate' })
  }
  const lists = findTagLists(text, paragraphs, articleLang, new Set(decided.keys()))
  const related = findRelatedLists(text, paragraphs, articleLang, new Set(decided.keys()), lists)
  return [...decided.values(), ...lists, ...related].sort((a, b) => a.start - b.start)
}
