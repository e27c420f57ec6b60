/**
 * The statements stage: who said what, direct and indirect, with content, cue and speaker spans.
 * It needs only sentences and tokens; when the mentions layer ran before it, speakers get their
 * entity ids and mention spans from it.
 */
import type { Statement } from '../../doc/schema.js'
import { keptParts } from '../../doc/spans.js'
import type { Annotator, Doc } from '../../pipeline/annotator.js'
import { buildStatements } from './build.js'
import type { ContentContext } from './content.js'
import { findInSentence, type Candidate } from './find.js'
import { findQuotations } from './quotations.js'
import { hasQuoteResources, loadQuoteResources, type QuoteResources } from './resources.js'
import { sentenceViews } from './view.js'

export { findQuotations } from './quotations.js'

/** Statements of one document. */
export function findStatements(doc: Doc): Statement[] {
  const { article } = doc
  const paragraphs = keptParts(article.paragraphs, article.removed)
  const ctx: ContentContext = { text: article.text, quotations: findQuotations(article.text, paragraphs), paragraphs }
  const views = sentenceViews(article.text, doc.sentences, doc.tokens)
  const resOf = (sentence: number): QuoteResources => {
    const para = article.paragraphs[doc.sentences[sentence]?.paragraph ?? -1]
    const lang = para?.language && hasQuoteResources(para.language) ? para.language : article.language
    return loadQuoteResources(lang)
  }
  const candidates: Candidate[] = []
  for (const s of views) {
    const res = resOf(s.index)
    if (res.cues.size === 0) continue
    candidates.push(...findInSentence(ctx, s, res))
  }
  return buildStatements({ text: article.text, candidates: dedupe(candidates), quotations: ctx.quotations, sentences: doc.sentences, mentions: doc.mentions, res: resOf })
}

/** One statement per content span: a second cue on the same content (`said, adding`) adds nothing. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return candidates.filter((c) => {
    const key = `${c.content.start}:${c.content.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function createQuotesAnnotator(): Annotator {
  return {
    name: 'quotes',
    version: '1',
    requires: ['sentences', 'tokens'],
    produces: ['statements'],
    annotate: (doc) => ({ statements: findStatements(doc) }),
  }
}
