/**
 * A pool of worker threads running the analysis pipeline (CPU-bound) while the main thread reads
 * inputs and writes the store. Each worker keeps a few articles queued so it never waits for the
 * main thread. With 0 workers, articles are analysed inline (small batches, tests).
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { RawArticle } from '../pipeline/pipeline.js'
import { analyzeForStore, type AnalyzeResult } from './analyze-one.js'

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

export function createPool(size: number): Pool {
  if (size <= 0) {
    return { size: 0, capacity: 1, run: async (raw) => analyzeForStore(raw), close: async () => {} }
  }
  const workers = Array.from({ length: size }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url)))
  const load = workers.map(() => 0)
  const pending = new Map<number, { resolve: (r: AnalyzeResult) => void; reject: (e: Error) => void; worker: number }>()
  let next = 0
  workers.forEach((w, i) => {
    w.on('message', (m: { id: number; result: AnalyzeResult }) => {
      const p = pending.get(m.id)
      if (!p) return
      pending.delete(m.id)
      load[i]!--
      p.resolve(m.result)
    })
    w.on('error', (e) => {
      for (const [id, p] of pending) {
        if (p.worker !== i) continue
        pending.delete(id)
        p.reject(e)
      }
    })
  })
  return {
    size,
    capacity: size * PER_WORKER,
    run(raw) {
      let i = 0
      for (let k = 1; k < size; k++) if (load[k]! < load[i]!) i = k
      load[i]!++
      const id = next++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: i })
        workers[i]!.postMessage({ id, raw })
      })
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
