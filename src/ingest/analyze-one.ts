/** One article through the default pipeline, ready for the store; runs in a worker or inline. */
import { articleSignature } from '../dedup/minhash.js'
import { isEngineError } from '../errors.js'
import { getDefaultPipeline } from '../pipeline/default.js'
import type { RawArticle } from '../pipeline/pipeline.js'
import type { StoredAnalysis } from '../store/store.js'

export type AnalyzeResult = { ok: true; stored: StoredAnalysis } | { ok: false; code: string; message: string }

export function analyzeForStore(raw: RawArticle): AnalyzeResult {
  try {
    const analysis = getDefaultPipeline().analyze(raw)
    return { ok: true, stored: { analysis, signature: articleSignature(analysis.article) } }
  } catch (e) {
    if (isEngineError(e)) return { ok: false, code: e.code, message: e.message }
    // A bug in an annotator must not stop a long ingest: the article is reported with the cause.
    const err = e as Error
    return { ok: false, code: 'E_INTERNAL', message: `${raw.input}: internal error: ${err.message} (${err.stack?.split('\n')[1]?.trim() ?? 'no stack'})` }
  }
}
