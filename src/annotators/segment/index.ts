/** The segmentation stage: tokens and sentences, one paragraph at a time. */
import type { Paragraph, RemovedSpan, Sentence, Token } from '../../doc/schema.js'
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
 * Tokens and sentences of every paragraph that was not removed as boilerplate, each paragraph
 * with the resources of its own language (falling back to the article's).
 */
export function segment(text: string, paragraphs: Paragraph[], removed: RemovedSpan[], articleLang: string): Segmentation {
  const sentences: Sentence[] = []
  const tokens: Token[] = []
  const skip = new Set(removed.map((r) => `${r.start}:${r.end}`))
  paragraphs.forEach((p, index) => {
    if (skip.has(`${p.start}:${p.end}`)) return
    const res = loadSegmentResources(p.language ?? articleLang)
    const toks = tokenize(text, p.start, p.end, res)
    for (const s of splitSentences(text, toks, p)) sentences.push({ ...s, paragraph: index })
    for (const t of toks) tokens.push(t)
  })
  return { sentences, tokens }
}
