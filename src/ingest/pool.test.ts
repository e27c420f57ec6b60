import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
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
})
