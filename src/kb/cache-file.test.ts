/**
 * Cache files written aside then renamed: the ingest pool's workers are threads of one process, so
 * the aside name must differ per thread, or two workers building the same cache at once write into
 * and rename away each other's file (one bench run lost an article so, on a cold cache).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { Worker } from 'node:worker_threads'
import { asideName, writeJsonWhole } from './cache-file.js'

/** What `asideName` gives in a worker thread of this process (the function's own source, run there). */
function asideInWorker(file: string): Promise<string> {
  const code = `const { parentPort, workerData, threadId } = require('node:worker_threads'); parentPort.postMessage((${asideName.toString()})(workerData))`
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: file })
    w.once('message', (m: string) => { resolve(m); void w.terminate() })
    w.once('error', reject)
  })
}

describe('cache files', () => {
  it('write aside under a name of their own per thread of the process', async () => {
    const here = asideName('/cache/index.bin')
    const there = await asideInWorker('/cache/index.bin')
    assert.notEqual(here, there)
    assert.ok(here.startsWith(`/cache/index.bin.${process.pid}.`) && there.startsWith(`/cache/index.bin.${process.pid}.`))
  })

  it('leave the whole file and no aside file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cache-'))
    try {
      const file = join(dir, 'gates.json')
      writeJsonWhole(file, { a: [1, 2, 3] })
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { a: [1, 2, 3] })
      assert.deepEqual(readdirSync(dir), ['gates.json'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
