/**
 * Content spans: where what was said begins and ends. A content runs to the end of its sentence,
 * or to the end of the quotation that is open there (a quote of several sentences or paragraphs);
 * a sentence that ends with a colon takes the quotation paragraph that follows it (the block quote
 * of wire copy).
 */
import type { Span } from '../../doc/schema.js'
import { outerQuotationAt, type Quotation } from './quotations.js'
import { isTerminal, type SentenceView, type Tok } from './view.js'

export interface ContentContext {
  text: string
  quotations: readonly Quotation[]
  /** Paragraphs that were analysed (not removed), in text order. */
  paragraphs: readonly Span[]
}

function paragraphAfter(ctx: ContentContext, offset: number): Span | undefined {
  return ctx.paragraphs.find((p) => p.start >= offset)
}

/** End offset of a content that starts in `s` and runs to the end of its clause. */
export function contentEnd(ctx: ContentContext, s: SentenceView, from: number): number {
  let k = s.toks.length
  while (k > from && isTerminal(s.toks[k - 1])) k--
  if (k <= from) return s.toks[from]?.start ?? s.end
  let end = s.toks[k - 1]!.end
  const open = outerQuotationAt(ctx.quotations, end - 1)
  if (open && open.end > end) end = open.end
  const block = open === undefined ? blockAfter(ctx, s) : undefined
  if (block) end = block.end
  return end
}

/**
 * The quotation that makes up the whole paragraph after a sentence ending with a colon, if any:
 * « D'après X, … : » followed by a paragraph in « … ».
 */
export function blockAfter(ctx: ContentContext, s: SentenceView): Quotation | undefined {
  if (s.toks.at(-1)?.text !== ':') return undefined
  const next = paragraphAfter(ctx, s.end)
  if (!next || /\S/u.test(ctx.text.slice(s.end, next.start))) return undefined
  const first = firstNonSpace(ctx.text, next)
  const block = outerQuotationAt(ctx.quotations, first)
  return block && block.start === first && block.end >= trimmedEnd(ctx.text, next) - 1 ? block : undefined
}

/** The quotation that starts at token `i` (its opening mark), if any. */
export function quotationFrom(ctx: ContentContext, toks: readonly Tok[], i: number): Quotation | undefined {
  const t = toks[i]
  if (!t) return undefined
  const q = outerQuotationAt(ctx.quotations, t.start)
  return q && q.start === t.start ? q : undefined
}

/** The quotation that ends at token `i` (its closing mark), if any. */
export function quotationTo(ctx: ContentContext, toks: readonly Tok[], i: number): Quotation | undefined {
  const t = toks[i]
  if (!t) return undefined
  const q = outerQuotationAt(ctx.quotations, t.start)
  return q && q.end === t.end ? q : undefined
}

/** Where a content that ends before token `i` begins: the sentence start, or the quotation open there. */
export function contentStart(ctx: ContentContext, s: SentenceView): number {
  const first = s.toks[0]
  if (!first) return s.start
  const q = outerQuotationAt(ctx.quotations, first.start)
  return q && q.start < first.start ? q.start : first.start
}

function firstNonSpace(text: string, p: Span): number {
  let i = p.start
  while (i < p.end && /\s/u.test(text[i]!)) i++
  return i
}

function trimmedEnd(text: string, p: Span): number {
  let i = p.end
  while (i > p.start && /\s/u.test(text[i - 1]!)) i--
  return i
}
