/**
 * A pool of worker threads running the analysis pipeline (CPU-bound) while the main thread reads
 * inputs and writes the store. Each worker keeps a few articles queued so it never waits for the
 * main thread. With 0 workers, articles are analysed inline (small batches, tests).
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { RawArticle } from '../pipeline/pipeline.js'
import type { AnalyzeResult } from './analyze-one.js'

export interface Pool {
  size: number
  /** Articles that may be in flight before `run` should be awaited. */
  capacity: number
  run(raw: RawArticle): Promise<AnalyzeResult>
  close(): Promise<void>
}

const PER_WORKER = 4

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism())
}

export interface PoolOptions {
  /** Heap limit of each worker (V8 old generation, MiB): a page that needs more fails alone. */
  maxWorkerMemoryMb?: number
}

/** A slot whose worker died this many times is given up (a worker that cannot even start). */
const MAX_RESTARTS = 5

export function createPool(size: number, opts: PoolOptions = {}): Pool {
  if (size <= 0) {
    // Loaded here only: with workers, the main thread never needs the annotators.
    return { size: 0, capacity: 1, run: async (raw) => (await import('./analyze-one.js')).analyzeForStore(raw), close: async () => {} }
  }
  const workers: Worker[] = []
  const load = Array.from({ length: size }, () => 0)
  const pending = new Map<number, { resolve: (r: AnalyzeResult) => void; worker: number; input: string }>()
  const restarts = Array.from({ length: size }, () => 0)
  let next = 0
  let closing = false
  // A worker that dies (out of memory on a huge page, a crash in native code) fails only the
  // articles it held, each with an error naming it, and is replaced; the ingest goes on.
  const fail = (i: number, why: string) => {
    for (const [id, p] of pending) {
      if (p.worker !== i) continue
      pending.delete(id)
      p.resolve({ ok: false, code: 'E_WORKER', message: `${p.input}: analysis worker stopped (${why}); the article was not stored` })
    }
    load[i] = 0
  }
  const start = (i: number): void => {
    const resourceLimits = opts.maxWorkerMemoryMb ? { maxOldGenerationSizeMb: opts.maxWorkerMemoryMb } : undefined
    const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), resourceLimits ? { resourceLimits } : {})
    workers[i] = w
    w.on('message', (m: { id: number; result: AnalyzeResult }) => {
      const p = pending.get(m.id)
      if (!p) return
      pending.delete(m.id)
      load[i]!--
      p.resolve(m.result)
    })
    w.on('error', (e) => fail(i, e.message))
    w.on('exit', (code) => {
      if (closing) return
      fail(i, `exit code ${code}`)
      if (++restarts[i]! <= MAX_RESTARTS) start(i)
    })
  }
  for (let i = 0; i < size; i++) start(i)
  return {
    size,
    capacity: size * PER_WORKER,
    run(raw) {
      const live = [...load.keys()].filter((k) => restarts[k]! <= MAX_RESTARTS)
      if (live.length === 0) return Promise.resolve({ ok: false, code: 'E_WORKER', message: `${raw.input}: every analysis worker failed to start` })
      let i = live[0]!
      for (const k of live) if (load[k]! < load[i]!) i = k
      load[i]!++
      const id = next++
      return new Promise((resolve) => {
        pending.set(id, { resolve, worker: i, input: raw.input })
        workers[i]!.postMessage({ id, raw })
      })
    },
    close: async () => {
      closing = true
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
