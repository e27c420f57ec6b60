import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import pg from 'pg'
import { analyse, stored } from '../fixtures.js'
import { storeContract } from '../store.contract.js'
import { openPostgresStore } from './index.js'
import { createTestDatabase, REQUIRED, TEST_URL, type TestDatabase } from './test-database.js'

const databases: TestDatabase[] = []
after(async () => {
  for (const d of databases) await d.drop()
})

async function fresh(): Promise<string> {
  const d = await createTestDatabase(TEST_URL!)
  databases.push(d)
  return d.url
}

if (REQUIRED) {
  it('postgres store: runs on CI', () => assert.fail('SITREP_TEST_PG_URL is not set: CI must run the store contract against a PostgreSQL server (.ci/run starts one)'))
} else if (!TEST_URL) {
  it('postgres store', { skip: 'SITREP_TEST_PG_URL is not set (a PostgreSQL server with PostGIS and unaccent)' }, () => {})
} else {
  storeContract('postgres', async () => openPostgresStore(await fresh()))

  describe('postgres store opening', () => {
    it('refuses to read a database that is no sitrep store, and writes nothing to it', async () => {
      const url = await fresh()
      await assert.rejects(openPostgresStore(url, { write: false }), (e: Error) => e.name === 'EngineError' && /not a sitrep store/.test(e.message))
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      const tables = await c.query(`SELECT count(*)::integer AS n FROM pg_tables WHERE schemaname = 'public'`)
      await c.end()
      assert.equal(tables.rows[0].n, 0)
      const writer = await openPostgresStore(url)
      await writer.close()
      const reader = await openPostgresStore(url, { write: false })
      assert.deepEqual(await reader.check(), [])
      await reader.close()
    })

    it('migrates once: a second writer finds the schema current', async () => {
      const url = await fresh()
      const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)])
      assert.equal((await a.stats()).articles, 0)
      await Promise.all([a.close(), b.close()])
    })

    it('writes a batch atomically: a row the database refuses leaves none of the batch behind', async () => {
      const store = await openPostgresStore(await fresh())
      const good = analyse('Les manifestants ont défilé à Tunis samedi, selon les organisateurs.', { published: '2017-01-14' })
      const bad = analyse('Protesters marched in Tunis on Saturday, organisers said.', { published: '2017-01-14' })
      bad.article.language = null as unknown as string
      const sighting = { input: 'batch.jsonl', url: null, source: null }
      await assert.rejects(store.put([{ stored: stored(good), sighting }, { stored: stored(bad), sighting }]), /language/)
      assert.equal(await store.has(good.article.id), false)
      assert.deepEqual((await store.stats()).articles, 0)
      await store.close()
    })

    it('names the database without its password when the server refuses', async () => {
      const url = new URL(TEST_URL!)
      url.password = 'not-the-password-42'
      url.username = 'no_such_role_42'
      await assert.rejects(openPostgresStore(url.toString()), (e: Error) => e.name === 'EngineError' && !e.message.includes('not-the-password-42') && e.message.includes('no_such_role_42@'))
    })
  })
}
