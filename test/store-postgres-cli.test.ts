/**
 * The store commands on PostgreSQL, as a user runs them: `sitrep ingest` of the demo articles into
 * a fresh database of the server in SITREP_TEST_PG_URL, then `sitrep search` and `sitrep stats`
 * read it. Skipped without a server, failed on CI without one (see src/store/postgres/store.test.ts).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { REPO_DIR } from '../eval/paths.js'
import { DEMO_DIR, DEMO_WORD } from '../src/cli/demo.js'
import { createTestDatabase, REQUIRED, TEST_URL, type TestDatabase } from '../src/store/postgres/test-database.js'

const BIN = join(REPO_DIR, 'bin', 'sitrep.js')
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000 })

if (REQUIRED) {
  it('sitrep on PostgreSQL: runs on CI', () => assert.fail('SITREP_TEST_PG_URL is not set: CI must run the PostgreSQL end-to-end test'))
} else {
  describe('sitrep on PostgreSQL', { skip: TEST_URL ? false : 'SITREP_TEST_PG_URL is not set' }, () => {
    let db: TestDatabase
    before(async () => {
      db = await createTestDatabase(TEST_URL!)
    })
    after(async () => db?.drop())

    it('ingests the demo articles, then search finds their events and words, and the password is never printed', () => {
      const password = new URL(TEST_URL!).password
      const ingest = run(['ingest', '--db', db.url, '--workers', '0', '--quiet', DEMO_DIR])
      assert.equal(ingest.status, 0, ingest.stderr)
      assert.match(ingest.stderr, /11 new \(1 joined an existing story\)/)
      const events = run(['search', '--db', db.url, '--in', 'events', '--country', 'Syria', '--json'])
      assert.equal(events.status, 0, events.stderr)
      const found = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { event: { location: { countryCode: string } }; sourceCount: number })
      assert.ok(found.length >= 3, events.stdout)
      assert.ok(found.every((m) => m.event.location.countryCode === 'SY'))
      assert.ok(found.some((m) => m.sourceCount >= 2), 'an event reported by two outlets is merged')
      const words = run(['search', '--db', db.url, '--json', DEMO_WORD])
      assert.match(words.stdout, /«sécurité»/)
      const stats = run(['stats', '--db', db.url])
      assert.equal(stats.status, 0, stats.stderr)
      assert.match(stats.stdout, /11 articles in 10 stories/)
      if (password) for (const r of [ingest, events, words, stats]) assert.ok(!`${r.stdout}${r.stderr}`.includes(password))
    })
  })
}
