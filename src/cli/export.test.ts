import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { analyse, eventAt, placeAt, stored } from '../store/fixtures.js'
import { openSqliteStore } from '../store/sqlite/index.js'
import { runExport } from './export.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-cap-'))
const db = join(dir, 'store.db')
const capture = () => {
  const err: string[] = []
  return { err, io: { out: () => {}, err: (s: string) => err.push(s) } }
}

describe('export: the most events one export writes', () => {
  before(async () => {
    const store = openSqliteStore(db)
    for (const [i, town] of ['Homs', 'Hama', 'Idlib'].entries()) {
      const a = analyse(`Artillery shelled ${town} on day ${i}, residents said.`, { published: `2016-12-1${i}` })
      const place = placeAt(a, town, { lat: 34 + i / 2, lon: 36.7, country: 'SY' })
      a.places = [place]
      a.events = [eventAt(a, `shelled ${town}`, { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', date: `2016-12-1${i}`, place })]
      await store.put([{ stored: stored(a), sighting: { input: `${i}.txt`, url: null, source: null } }])
    }
    await store.close()
  })

  it('fails, saying so, when the export stopped at the cap (the newest events only)', async () => {
    const c = capture()
    const output = join(dir, 'cut.jsonl')
    assert.equal(await runExport({ db, format: 'jsonl', output, maxEvents: 2 }, c.io), 1)
    assert.equal(readFileSync(output, 'utf8').trim().split('\n').length, 2)
    assert.match(c.err.join('\n'), /sitrep: error: export stopped at 2 events, the most one export writes \(the newest\); there may be more: export in parts with --from and --to/)
  })

  it('succeeds under the cap, and when the user asked for that many', async () => {
    assert.equal(await runExport({ db, format: 'jsonl', output: join(dir, 'all.jsonl'), maxEvents: 10 }, capture().io), 0)
    assert.equal(await runExport({ db, format: 'jsonl', output: join(dir, 'two.jsonl'), maxEvents: 2, limit: 2 }, capture().io), 0)
  })

  it('refuses a --limit over the cap', async () => {
    await assert.rejects(runExport({ db, format: 'jsonl', limit: 3, maxEvents: 2 }, capture().io), /--limit 3 is over the 2 events one export writes/)
  })
})
