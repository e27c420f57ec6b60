/**
 * Quotation spans: pairs of quote marks, nested, across paragraphs. Typographic marks pair by
 * kind (« », “ ”, „ “, ‹ ›, ‘ ’); a straight " opens after a space and closes before one. A
 * quotation still open at the end of a paragraph continues when the next paragraph opens with a
 * quote mark (the newspaper convention for a quote of several paragraphs) and is dropped otherwise.
 */
import { spanAt } from '../../doc/spans.js'
import type { Span } from '../../doc/schema.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const HAS_LETTER = /\p{L}/u
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export interface Quotation extends Span {
  /** Nesting level, 1 for an outermost quotation. */
  depth: number
  /** Words inside the marks: short quotations are terms (« la "rébellion" »), not speech. */
  words: number
}

// Scraped copy mixes straight and curly double quotes (`"…”`), so either closes the other.
const PAIRS: Record<string, string[]> = { '«': ['»'], '“': ['”', '"'], '„': ['“', '”'], '‹': ['›'], '"': ['"', '”'], '‘': ['’'], "''": ["''"] }
const OPENERS = new Set(Object.keys(PAIRS))
/** Every character that opens or closes a quotation (the marks of PAIRS, the apostrophe of ''). */
const MARK = new RegExp(`[${[...new Set(Object.entries(PAIRS).flatMap(([o, cs]) => [o, ...cs]).join(''))].join('')}]`, 'g')
const MAX_PARAGRAPHS = 4

interface Open {
  mark: string
  start: number
  paragraph: number
}

function opensHere(text: string, i: number, length: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!
  const after = text[i + length] ?? ' '
  return /[\s([{«“„‹—–-]/u.test(before) && !/\s/u.test(after)
}

function closes(open: Open, c: string, text: string, i: number): boolean {
  if (!PAIRS[open.mark]!.includes(c)) return false
  // ’ is also the apostrophe: it closes ‘ only when no letter follows.
  if (c === '’') return !HAS_LETTER.test(text[i + 1] ?? ' ')
  if (c === '"' || c === "''") return !/\s/u.test(text[i - 1] ?? ' ')
  return true
}

function countWords(text: string, start: number, end: number): number {
  return text.slice(start, end).match(WORDS)?.length ?? 0
}

/** Every quotation in the given paragraphs (pass only those not removed), in text order. */
export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const out: Quotation[] = []
  let stack: Open[] = []
  paragraphs.forEach((p, pi) => {
    let from = p.start
    while (from < p.end && /\s/u.test(text[from]!)) from++
    if (stack.length > 0 && pi - stack[0]!.paragraph >= MAX_PARAGRAPHS) stack = []
    // A continued quotation repeats its opening mark (or a closing guillemet) at the paragraph start.
    if (stack.length > 0 && (text.startsWith(stack[0]!.mark, from) || text[from] === '»')) from += text[from] === '»' ? 1 : stack[0]!.mark.length
    else if (stack.length > 0 && pi > 0) stack = []
    // Only quote marks and apostrophes open or close: the scan jumps from one to the next.
    MARK.lastIndex = from
    for (let m = MARK.exec(text); m !== null && m.index < p.end; m = MARK.exec(text)) {
      const i = m.index
      MARK.lastIndex = i + 1
      // Two apostrophes stand for a double quote in some newspaper archives ('' … '').
      const c = text[i] === "'" && text[i + 1] === "'" ? "''" : text[i]!
      const top = stack.at(-1)
      if (top && closes(top, c, text, i)) {
        stack.pop()
        out.push({ start: top.start, end: i + c.length, depth: stack.length + 1, words: countWords(text, top.start + top.mark.length, i) })
        MARK.lastIndex = i + c.length
        continue
      }
      if (!OPENERS.has(c)) continue
      if (c === '"' || c === '‘' || c === "''") {
        if (c === '‘' && stack.length === 0) continue
        if (!opensHere(text, i, c.length)) continue
      }
      stack.push({ mark: c, start: i, paragraph: pi })
      MARK.lastIndex = i + c.length
    }
    // Only a quotation that may continue stays open past its paragraph.
    const next = paragraphs[pi + 1]
    if (stack.length > 0 && next) {
      const head = text.slice(next.start, next.end).trimStart()
      if (!head.startsWith(stack[0]!.mark) && head[0] !== '«' && head[0] !== '»') stack = []
    }
  })
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

const outerIndex = new WeakMap<readonly Quotation[], Quotation[]>()

/** The outermost quotation that contains the offset, if any (binary search; quotations do not cross). */
export function outerQuotationAt(quotations: readonly Quotation[], offset: number): Quotation | undefined {
  let outer = outerIndex.get(quotations)
  if (!outer) {
    outer = quotations.filter((q) => q.depth === 1)
    outerIndex.set(quotations, outer)
  }
  return spanAt(outer, offset)
}
