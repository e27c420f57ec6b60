import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { workerEntry } from './bundle.js'
import { createPool } from './pool.js'

process.env.SITREP_INGEST_PIPELINE = 'base'

describe('worker pool', { timeout: 60_000 }, () => {
  it('analyses in workers, and a worker that runs out of memory fails only its article', async () => {
    const pool = createPool(1, { maxWorkerMemoryMb: 96 })
    try {
      const small = await pool.run({ input: 'small', text: 'Rebels shelled a checkpoint on Sunday, a monitoring group said.' })
      assert.equal(small.ok, true)
      const huge = await pool.run({ input: 'huge', text: 'Rebels shelled a checkpoint on Sunday. '.repeat(400_000) })
      assert.equal(huge.ok, false)
      assert.match(huge.ok ? '' : huge.message, /^huge: analysis worker stopped/)
      const after = await pool.run({ input: 'after', text: 'The army retook the town on Monday, the ministry said.' })
      assert.equal(after.ok, true)
    } finally {
      await pool.close()
    }
  })
  it('a long article holds up its own worker only, not the articles queued after it', async () => {
    const pool = createPool(2)
    try {
      // Warm both workers first, so start-up does not order the answers.
      await Promise.all([1, 2].map((i) => pool.run({ input: `warm${i}`, text: 'The army retook the town on Monday.' })))
      const done: string[] = []
      const run = (input: string, text: string) => pool.run({ input, text }).then((r) => { assert.equal(r.ok, true); done.push(input) })
      const jobs = [run('long', 'Rebels shelled a checkpoint on Sunday, a monitoring group said. '.repeat(60_000))]
      for (let i = 0; i < 8; i++) jobs.push(run(`small${i}`, `Protesters gathered in square number ${i} on Friday.`))
      await Promise.all(jobs)
      // At most one small article was sent to the long one's worker before it was known to be slow.
      assert.ok(done.indexOf('long') >= 7, done.join(' '))
    } finally {
      await pool.close()
    }
  })
  it('workers start from one bundled module, built once and found again', async () => {
    const url = await workerEntry()
    assert.match(url.pathname, /\/\.cache\/ingest-worker\/[0-9a-f]{20}\.mjs$/)
    assert.equal((await workerEntry()).href, url.href)
  })
})
