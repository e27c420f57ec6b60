/**
 * A pool of worker threads running the analysis pipeline (CPU-bound) while the main thread reads
 * inputs and writes the store. Articles wait in one queue and go to a worker only when it holds
 * fewer than `DEPTH` (one being analysed, one ready so it never waits for the main thread): a long
 * article holds up its own worker only, never articles queued behind it. With 0 workers, articles
 * are analysed inline (small batches, tests).
 */
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { RawArticle } from '../pipeline/pipeline.js'
import type { AnalyzeResult } from './analyze-one.js'
import { workerEntry } from './bundle.js'

export interface Pool {
  size: number
  /** Articles that may be in flight before `run` should be awaited. */
  capacity: number
  run(raw: RawArticle): Promise<AnalyzeResult>
  close(): Promise<void>
}

/** Articles read ahead per worker (the main loop's window). */
const PER_WORKER = 4
/** Articles sent to one worker at a time. */
const DEPTH = 2

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism())
}

export interface PoolOptions {
  /** Heap limit of each worker (V8 old generation, MiB): a page that needs more fails alone. */
  maxWorkerMemoryMb?: number
}

/**
 * How much bytecode a function runs before V8 compiles it with its optimising compiler (V8's
 * `--interrupt-budget`; Node 20's default is 67,584). Each worker starts cold and compiles the whole
 * pipeline on V8's helper threads, over a third of its CPU over its share of a corpus: four times
 * the default budget optimises fewer lukewarm functions, with fuller type feedback, so fewer are
 * thrown away and compiled again (see "Speed, sixteenth session" in docs/quality.md). A budget
 * given on node's command line is kept.
 */
const INTERRUPT_BUDGET = 4 * 67_584

/** V8 flags are the process's: set before the first worker starts, they hold in every worker. */
function tuneCompiler(): void {
  if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
}

/** A slot whose worker died this many times is given up (a worker that cannot even start). */
const MAX_RESTARTS = 5

interface Job {
  id: number
  raw: RawArticle
  resolve: (r: AnalyzeResult) => void
}

export function createPool(size: number, opts: PoolOptions = {}): Pool {
  if (size <= 0) {
    // Loaded here only: with workers, the main thread never needs the annotators.
    return { size: 0, capacity: 1, run: async (raw) => (await import('./analyze-one.js')).analyzeForStore(raw), close: async () => {} }
  }
  tuneCompiler()
  const workers: Worker[] = []
  /** Jobs sent to each worker and not answered yet. */
  const held = Array.from({ length: size }, () => new Map<number, Job>())
  const restarts = Array.from({ length: size }, () => 0)
  const queue: Job[] = []
  let next = 0
  let closing = false
  const live = (i: number) => restarts[i]! <= MAX_RESTARTS
  const failJob = (j: Job, why: string) => j.resolve({ ok: false, code: 'E_WORKER', message: `${j.raw.input}: ${why}` })
  const pump = () => {
    for (;;) {
      let best = -1
      for (let i = 0; i < size; i++) {
        if (live(i) && workers[i] && held[i]!.size < DEPTH && (best < 0 || held[i]!.size < held[best]!.size)) best = i
      }
      const job = best >= 0 ? queue.shift() : undefined
      if (!job) break
      held[best]!.set(job.id, job)
      workers[best]!.postMessage({ id: job.id, raw: job.raw })
    }
    if (!closing && queue.length > 0 && !restarts.some((_, i) => live(i))) {
      for (const j of queue.splice(0)) failJob(j, 'every analysis worker failed to start')
    }
  }
  // A worker that dies (out of memory on a huge page, a crash in native code) fails only the
  // articles it held, each with an error naming it, and is replaced; the ingest goes on.
  const fail = (i: number, why: string) => {
    for (const j of held[i]!.values()) failJob(j, `analysis worker stopped (${why}); the article was not stored`)
    held[i]!.clear()
  }
  const entry = workerEntry()
  const start = (i: number): void => void entry.then((url) => startFrom(i, url))
  const startFrom = (i: number, url: URL): void => {
    if (closing) return
    const resourceLimits = opts.maxWorkerMemoryMb ? { maxOldGenerationSizeMb: opts.maxWorkerMemoryMb } : undefined
    const w = new Worker(url, resourceLimits ? { resourceLimits } : {})
    workers[i] = w
    pump()
    w.on('message', (m: { id: number; result: AnalyzeResult }) => {
      const j = held[i]!.get(m.id)
      if (!j) return
      held[i]!.delete(m.id)
      j.resolve(m.result)
      pump()
    })
    w.on('error', (e) => fail(i, e.message))
    w.on('exit', (code) => {
      if (closing) return
      fail(i, `exit code ${code}`)
      if (++restarts[i]! <= MAX_RESTARTS) startFrom(i, url)
      pump()
    })
  }
  for (let i = 0; i < size; i++) start(i)
  return {
    size,
    capacity: size * PER_WORKER,
    run(raw) {
      return new Promise((resolve) => {
        queue.push({ id: next++, raw, resolve })
        pump()
      })
    },
    close: async () => {
      closing = true
      for (const j of queue.splice(0)) failJob(j, 'the ingest stopped before this article was analysed')
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
