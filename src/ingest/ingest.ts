/**
 * The ingest loop: inputs stream in, the worker pool analyses them, and the store takes them in
 * batches, each one transaction. Memory is bounded by the pool's capacity plus one batch. It is
 * idempotent and resumable: an article whose content hash is stored is never analysed or written
 * again, and a killed run loses at most its open batch, which the next run redoes.
 */
import { articleId } from '../pipeline/id.js'
import type { Sighting, Store, StoredAnalysis } from '../store/store.js'
import { createPool } from './pool.js'
import { readSources, type SourceOptions } from './sources.js'

export interface IngestProgress {
  read: number
  added: number
  existing: number
  nearDuplicates: number
  errors: number
  /** Articles expected in all, when known beforehand (for an ETA). */
  total: number | null
  seconds: number
}

export interface IngestOptions extends SourceOptions {
  workers: number
  batchSize?: number
  total?: number | null
  onProgress?: (p: IngestProgress) => void
  onError?: (input: string, message: string) => void
}

const PROGRESS_EVERY_MS = 200
/** Inputs named after a WARC record (`file.warc.gz#12`, see `warc.ts`). */
const IMMUTABLE_INPUT = /\.warc(\.gz)?#\d+$/i

export async function ingest(inputs: string[], store: Store, opts: IngestOptions): Promise<IngestProgress> {
  const started = Date.now()
  const p: IngestProgress = { read: 0, added: 0, existing: 0, nearDuplicates: 0, errors: 0, total: opts.total ?? null, seconds: 0 }
  // Small batches: a write blocks this thread, and the workers wait on it for their next article.
  const batchSize = opts.batchSize ?? 25
  const pool = createPool(opts.workers)
  let batch: { stored: StoredAnalysis; sighting: Sighting }[] = []
  let lastReport = 0
  const report = (force = false) => {
    const now = Date.now()
    if (!force && now - lastReport < PROGRESS_EVERY_MS) return
    lastReport = now
    p.seconds = (now - started) / 1000
    opts.onProgress?.({ ...p })
  }
  const error = (input: string, message: string) => {
    p.errors++
    opts.onError?.(input, message)
  }
  const flush = async () => {
    if (batch.length === 0) return
    const todo = batch
    batch = []
    const r = await store.put(todo)
    p.added += r.added
    p.existing += r.existing
    p.nearDuplicates += r.nearDuplicates
    report()
  }

  const inflight = new Set<Promise<void>>()
  try {
    for await (const item of readSources(inputs, opts)) {
      p.read++
      if (!item.ok) {
        error(item.input, item.error.message)
        report()
        continue
      }
      const raw = item.article
      const sighting: Sighting = { input: raw.input, url: raw.url ?? null, source: raw.source ?? null }
      // An archive record never changes, so one already stored is skipped before extraction.
      if (IMMUTABLE_INPUT.test(raw.input) && (await store.hasInput(raw.input))) {
        p.existing++
        report()
        continue
      }
      // Plain text keeps its content hash through analysis, so a stored article is skipped unread.
      if (raw.text != null && raw.text.trim() !== '' && (await store.see(articleId(raw.text), sighting))) {
        p.existing++
        report()
        continue
      }
      const job = pool.run(raw).then(async (r) => {
        if (!r.ok) error(raw.input, r.message)
        else {
          batch.push({ stored: r.stored, sighting })
          if (batch.length >= batchSize) await flush()
        }
      })
      inflight.add(job)
      const done = () => inflight.delete(job)
      job.then(done, done)
      while (inflight.size >= pool.capacity) await Promise.race(inflight)
    }
    await Promise.all(inflight)
    await flush()
  } finally {
    await pool.close()
  }
  report(true)
  return { ...p, seconds: (Date.now() - started) / 1000 }
}
