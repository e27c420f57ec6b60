/**
 * The store commands end to end, in process: ingest the demo directory, re-ingest it (nothing
 * changes), then search (accent-insensitive, query syntax as words), export and stats.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { DEMO_DIR, DEMO_WORD } from '../src/cli/demo.js'
import { runExport } from '../src/cli/export.js'
import { runIngest } from '../src/cli/ingest.js'
import { runSearch } from '../src/cli/search.js'
import { runStats } from '../src/cli/stats.js'

process.env.SITREP_INGEST_PIPELINE = 'base'

const db = join(mkdtempSync(join(tmpdir(), 'sitrep-cli-')), 'cli.db')
const capture = () => {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } }
}

describe('store commands', () => {
  it('ingests a directory, and re-ingesting it changes nothing', async () => {
    const first = await runIngest([DEMO_DIR], { db, workers: 0, quiet: true }, capture().io)
    assert.equal(first.code, 0)
    assert.ok(first.summary.added >= 10)
    assert.ok(first.summary.nearDuplicates >= 1, 'the syndicated wire copy joins its story')
    const c = capture()
    const again = await runIngest([DEMO_DIR], { db, workers: 0, quiet: true }, c.io)
    assert.equal(again.summary.added, 0)
    assert.equal(again.summary.existing, first.summary.added)
    assert.match(c.err.join('\n'), / 0 new .* already stored, 0 errors/)
  })

  it('searches without accents, with filters, as JSON, and treats query syntax as words', async () => {
    const c = capture()
    assert.equal(await runSearch([DEMO_WORD], { db, in: 'articles', json: true }, c.io), 0, 'the search the demo suggests finds its article')
    const hits = c.out.map((l) => JSON.parse(l) as { language: string; snippet: string })
    assert.ok(hits.length >= 1)
    assert.ok(hits.every((h) => h.language === 'fr' && /«sécurité»/.test(h.snippet)))
    const en = capture()
    await runSearch(['Mosul'], { db, in: 'articles', json: true, lang: 'en', from: '2016-11', to: '2016-11' }, en.io)
    assert.equal(en.out.length, 2)
    const page = capture()
    await runSearch([], { db, in: 'articles', limit: 3 }, page.io)
    assert.equal(page.err.at(-1), '3 results (the first 3: --limit N for more)')
    const all = capture()
    await runSearch([], { db, in: 'articles', limit: 100 }, all.io)
    assert.match(all.err.at(-1)!, /^\d+ results$/)
    const odd = capture()
    assert.equal(await runSearch(['"', 'OR', 'title:*', ')'], { db, in: 'articles' }, odd.io), 0)
  })

  it('exports ACLED CSV and GeoJSON, and prints stats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'))
    const c = capture()
    await runExport({ db, format: 'acled-csv', output: join(dir, 'e.csv') }, c.io)
    assert.match(readFileSync(join(dir, 'e.csv'), 'utf8'), /^\uFEFFevent_id,event_date,time_precision,event_type,sub_event_type,actor1,/)
    await runExport({ db, format: 'geojson', output: join(dir, 'e.geojson') }, c.io)
    assert.equal(JSON.parse(readFileSync(join(dir, 'e.geojson'), 'utf8')).type, 'FeatureCollection')
    await assert.rejects(runExport({ db, format: 'xlsx' }, c.io), /--format must be one of acled-csv, geojson, jsonl/)
    const s = capture()
    await runStats({ db }, s.io)
    assert.match(s.out.join('\n'), /articles in \d+ stories/)
    assert.match(s.out.join('\n'), /by language\n\s+\d+ {2}(en|fr)/)
  })
})
