/**
 * `sitrep analyze <file|dir|->…`: one input prints one JSON object; a directory or JSON Lines prints
 * JSON Lines in input order. Errors go to stderr naming their input; the exit code is 1 when any
 * input failed.
 */
import type { Analysis } from '../doc/schema.js'
import { isEngineError } from '../errors.js'
import { DEFAULT_MAX_BYTES, isMultiInput, readInputs } from '../ingest/inputs.js'
import { getDefaultPipeline } from '../pipeline/default.js'
import { formatText } from './format-text.js'

export interface AnalyzeOptions {
  published?: string
  lang?: string
  /** ISO code of the country of the inputs that give none. */
  country?: string
  url?: string
  format: 'json' | 'text'
  maxBytes?: number
}

export interface Output {
  out: (s: string) => void
  err: (s: string) => void
}

/** Runs the command; returns the exit code. */
export async function runAnalyze(inputs: string[], opts: AnalyzeOptions, io: Output): Promise<number> {
  const pipeline = getDefaultPipeline()
  const multi = inputs.length > 1 || inputs.some(isMultiInput)
  let failed = 0
  const defaults = {
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.lang ? { language: opts.lang } : {}),
  }
  const read = { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, defaults, ...(opts.country ? { fallbackCountry: opts.country } : {}) }
  for await (const item of readInputs(inputs, read)) {
    if (!item.ok) {
      failed++
      io.err(`sitrep: error: ${item.error.message}`)
      continue
    }
    let analysis: Analysis
    try {
      analysis = pipeline.analyze(item.article)
    } catch (e) {
      failed++
      if (!isEngineError(e)) throw e
      io.err(`sitrep: error: ${e.message}`)
      continue
    }
    for (const w of analysis.warnings) io.err(`sitrep: warning: ${analysis.input}: ${w.message}`)
    if (opts.format === 'text') io.out(formatText(analysis))
    // An input that turned out to hold several articles (JSON Lines on standard input) prints JSON Lines too.
    else io.out(multi || analysis.input !== inputs[0] ? JSON.stringify(analysis) : JSON.stringify(analysis, null, 2))
  }
  return failed > 0 ? 1 : 0
}
