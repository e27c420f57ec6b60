import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { runSearch } from '../cli/search.js'
import { describeDb, openStore } from './open.js'

// Nothing listens on port 1 of the loopback: a refusal, at once, without a server.
const NO_SERVER = 'postgresql://sitrep:s3cret-pw@127.0.0.1:1/news'

describe('openStore: the store a --db value names', () => {
  it('opens a file path as SQLite, and creates it for writers', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-open-')), 'x.db')
    await assert.rejects(openStore(path, { create: false, write: false }), /no database here/)
    const store = await openStore(path)
    assert.equal((await store.stats()).articles, 0)
    await store.close()
  })

  it('opens a postgres:// URL as PostgreSQL, and says in one line which server refused, without the password', async () => {
    await assert.rejects(openStore(NO_SERVER, { write: false }), (e: Error) => {
      assert.equal(e.name, 'EngineError')
      assert.equal(e.message, 'postgresql://sitrep@127.0.0.1:1/news: cannot connect to PostgreSQL: connection refused (is the server running, and listening on that host and port?)')
      return true
    })
  })

  it('is what the commands open', async () => {
    const io = { out: () => {}, err: () => {} }
    await assert.rejects(runSearch(['Alep'], { db: NO_SERVER, in: 'articles' }, io), (e: Error) => /^postgresql:\/\/sitrep@127\.0\.0\.1:1\/news: cannot connect/.test(e.message) && !e.message.includes('s3cret'))
  })

  it('names a store in messages without a password', () => {
    assert.equal(describeDb(NO_SERVER), 'postgresql://sitrep@127.0.0.1:1/news')
    assert.equal(describeDb('/data/sitrep.db'), '/data/sitrep.db')
  })
})
