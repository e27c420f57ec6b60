/** The segmentation stage: tokens and sentences, one paragraph at a time. */
import type { Paragraph, RemovedSpan, Sentence, Token } from '../../doc/schema.js'
import { keptParts } from '../../doc/spans.js'
import { loadSegmentResources } from './resources.js'
import { splitSentences } from './sentences.js'
import { tokenize } from './tokens.js'

export { findParagraphs } from './paragraphs.js'
export { tokenize } from './tokens.js'
export { splitSentences } from './sentences.js'
export { loadSegmentResources } from './resources.js'

export interface Segmentation {
  sentences: Sentence[]
  tokens: Token[]
}

/**
 * Tokens and sentences of the text outside removed spans, each paragraph with the resources of its
 * own language (falling back to the article's). A span removed inside a paragraph (a tag list)
 * splits it: no token or sentence covers the span or runs across it.
 */
export function segment(text: string, paragraphs: Paragraph[], removed: RemovedSpan[], articleLang: string): Segmentation {
  const sentences: Sentence[] = []
  const tokens: Token[] = []
  for (const part of keptParts(paragraphs, removed)) {
    const p = paragraphs[part.paragraph]!
    const res = loadSegmentResources(p.language ?? articleLang)
    const toks = tokenize(text, part.start, part.end, res)
    for (const s of splitSentences(text, toks, part)) sentences.push({ start: s.start, end: s.end, paragraph: part.paragraph })
    for (const t of toks) tokens.push(t)
  }
  return { sentences, tokens }
}
