/** One article through the default pipeline, ready for the store; runs in a worker or inline. */
import { articleSignature } from '../dedup/minhash.js'
import { isEngineError } from '../errors.js'
import { getDefaultPipeline } from '../pipeline/default.js'
import { createPipeline, type Pipeline, type RawArticle } from '../pipeline/pipeline.js'
import { packAnalysis } from '../store/pack.js'
import type { StoredAnalysis } from '../store/store.js'

export type AnalyzeResult = { ok: true; stored: StoredAnalysis } | { ok: false; code: string; message: string }

let base: Pipeline | null = null

/**
 * The pipeline ingest runs: the default one, or with `SITREP_INGEST_PIPELINE=base` only the
 * language-neutral stages (language, paragraphs, boilerplate, segmentation). The base setting is
 * for tests and benchmarks of the ingest machinery itself (crash, resume, throughput of the store).
 */
function pipeline(): Pipeline {
  if (process.env.SITREP_INGEST_PIPELINE === 'base') return (base ??= createPipeline([]))
  return getDefaultPipeline()
}

/**
 * Analyses one article. With `pack`, the full analysis is also packed here and the copy sent on
 * leaves out tokens and sentences: a worker then hands the writing thread little to copy. The
 * packed bytes are copied into their own buffer so they can be transferred, never a pooled one.
 */
export function analyzeForStore(raw: RawArticle, pack = false): AnalyzeResult {
  try {
    const analysis = pipeline().analyze(raw)
    const signature = articleSignature(analysis.article)
    if (!pack) return { ok: true, stored: { analysis, signature } }
    return { ok: true, stored: { analysis: { ...analysis, tokens: [], sentences: [] }, signature, packed: new Uint8Array(packAnalysis(analysis)) } }
  } catch (e) {
    if (isEngineError(e)) return { ok: false, code: e.code, message: e.message }
    // A bug in an annotator must not stop a long ingest: the article is reported with the cause.
    const err = e as Error
    return { ok: false, code: 'E_INTERNAL', message: `${raw.input}: internal error: ${err.message} (${err.stack?.split('\n')[1]?.trim() ?? 'no stack'})` }
  }
}
