/** A pool worker: loads the pipeline's resources once, then analyses the articles it is sent. */
import { parentPort } from 'node:worker_threads'
import type { RawArticle } from '../pipeline/pipeline.js'
import { analyzeForStore } from './analyze-one.js'

parentPort?.on('message', (m: { id: number; raw: RawArticle }) => {
  const result = analyzeForStore(m.raw, true)
  const transfer = result.ok && result.stored.packed ? [result.stored.packed.buffer as ArrayBuffer] : []
  parentPort!.postMessage({ id: m.id, result }, transfer)
})
