/** The `sitrep` binary as a user runs it: a real child process, exit codes, no stack traces. */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { REPO_DIR } from '../eval/paths.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'

const BIN = join(REPO_DIR, 'bin', 'sitrep.js')
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 })

describe('sitrep binary', () => {
  it('analyses standard input and prints one JSON object', () => {
    const r = run(['analyze', '-', '--published', '2016-12-12'], "L'armée syrienne a repris la ville de Palmyre dimanche, selon l'agence officielle.")
    assert.equal(r.status, 0, r.stderr)
    const a = JSON.parse(r.stdout)
    assert.equal(a.input, '-')
    assert.equal(a.article.language, 'fr')
    assert.equal(a.article.published, '2016-12-12')
  })

  it('forces the language with --lang', () => {
    const r = run(['analyze', '-', '--lang', 'en'], 'Palmyre est une ville de Syrie, au centre du pays, dans le désert.')
    assert.equal(r.status, 0, r.stderr)
    assert.equal(JSON.parse(r.stdout).article.language, 'en')
  })

  it('rejects a malformed --published date with exit code 1 and no stack', () => {
    const r = run(['analyze', '-', '--published', '12/12/2016'], 'x')
    assert.notEqual(r.status, 0)
    assert.match(r.stderr, /YYYY-MM-DD/)
    assert.doesNotMatch(r.stderr, /\n\s+at /)
  })

  it('rejects a --lang that is no language code, which would run no language stage', () => {
    for (const command of ['analyze', 'ingest']) {
      const r = run([command, '-', '--lang', 'french'], 'x')
      assert.equal(r.status, 1, command)
      assert.match(r.stderr, /--lang <code>.*'french' is invalid\. expected a language code \(ISO 639-1\) such as fr or en/)
    }
    assert.equal(JSON.parse(run(['analyze', '-', '--lang', 'FR'], 'Palmyre est une ville de Syrie.').stdout).article.language, 'fr')
  })

  it('takes a country hint with --country for inputs that give none, and refuses one that names no country', () => {
    const note = 'Soldiers killed two farmers in Dagaxo Bure village on Monday.'
    const hinted = run(['analyze', '-', '--country', 'et'], note)
    assert.equal(hinted.status, 0, hinted.stderr)
    assert.equal(JSON.parse(hinted.stdout).article.country, 'ET')
    assert.equal(JSON.parse(run(['analyze', '-', '--country', 'Ethiopia'], note).stdout).article.country, 'ET', 'a name in English or French')
    const own = run(['analyze', '-', '--country', 'ET'], JSON.stringify({ text: note, country: 'so' }))
    assert.equal(JSON.parse(own.stdout).article.country, 'SO', 'an input\'s own country wins')
    assert.equal(JSON.parse(run(['analyze', '-'], note).stdout).article.country, undefined, 'no hint, no field')
    for (const command of ['analyze', 'ingest']) {
      const r = run([command, '-', '--country', 'ZZ'], 'x')
      assert.equal(r.status, 1, command)
      assert.match(r.stderr, /--country <code\|name>.*'ZZ' is invalid\. not a country/)
      assert.doesNotMatch(r.stderr, /\n\s+at /)
    }
  })

  it('rejects a --published day that is not on the calendar', () => {
    const r = run(['analyze', '-', '--published', '2016-02-30'], 'x')
    assert.equal(r.status, 1)
    assert.match(r.stderr, /--published <date>.*2016-02-30 is not a calendar date/)
  })

  it('rejects an unknown --format with exit code 2', () => {
    const r = run(['analyze', '-', '--format', 'xml'], 'x')
    assert.equal(r.status, 2)
    assert.match(r.stderr, /--format must be json or text/)
  })

  it('reads JSON Lines on standard input as one article a line, and prints JSON Lines', () => {
    const lines = [{ text: "Des rebelles ont attaqué Kidal lundi, selon l'armée." }, { text: 'Rebels attacked Kidal on Monday, the army said.' }].map((o) => JSON.stringify(o))
    const r = run(['analyze', '-'], `${lines[0]}\n\n${lines[1]}\n`)
    assert.equal(r.status, 0, r.stderr)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; article: { language: string } })
    assert.deepEqual(out.map((a) => [a.input, a.article.language]), [['-:1', 'fr'], ['-:3', 'en']])
    const pretty = run(['analyze', '-'], JSON.stringify({ text: 'Rebels attacked Kidal on Monday, the army said.' }, null, 2))
    assert.equal(pretty.status, 0, pretty.stderr)
    assert.equal(JSON.parse(pretty.stdout).input, '-')
  })

  it('exits 1 and names the input when it is empty', () => {
    const r = run(['analyze', '-'], '')
    assert.equal(r.status, 1)
    assert.match(r.stderr, /^sitrep: error: -: empty input/m)
  })
})

describe('sitrep store commands, mistakes a user makes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-mistakes-'))
  const db = join(dir, 'store.db')
  before(async () => {
    await openSqliteStore(db).close()
  })
  const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at |node:internal/)

  it('refuses a database path that does not exist, and creates nothing there', () => {
    const missing = join(dir, 'typo', 'stor.db')
    for (const args of [['search', 'x'], ['stats'], ['export']]) {
      const r = run([...args, '--db', missing])
      assert.equal(r.status, 1, args.join(' '))
      assert.match(r.stderr, /typo\/stor\.db: no database here; `sitrep ingest/)
      noStack(r.stderr)
    }
    assert.ok(!existsSync(join(dir, 'typo')))
  })

  it('says when --db is not a database, without a stack trace', () => {
    const notDb = join(dir, 'page.html')
    writeFileSync(notDb, '<html><body><p>Not a database, a page.</p></body></html>')
    const r = run(['stats', '--db', notDb])
    assert.equal(r.status, 1)
    assert.match(r.stderr, /page\.html: not a SQLite database/)
    noStack(r.stderr)
  })

  it('refuses a reversed date range, a date not on the calendar, an unknown country or language', () => {
    const cases: [string[], RegExp][] = [
      [['--from', '2021-08', '--to', '2021-01'], /--from 2021-08 is after --to 2021-01/],
      [['--from', '2021-02-30'], /--from <date>.*2021-02-30 is not a calendar date/],
      [['--to', '2021-13'], /--to <date>.*2021-13 is not a calendar date/],
      [['--country', 'Narnia'], /--country .*'Narnia' is invalid\. not a country/],
      [['--lang', 'french'], /--lang .*'french' is invalid\. expected a language code/],
      [['--type', 'Armed clashes'], /--type .*'Armed clashes' is invalid\. not an event type/],
      [['--limit', '200000'], /--limit .*'200000' is invalid\. at most 100000/],
    ]
    for (const [args, message] of cases) {
      for (const command of ['search', 'export']) {
        const r = run([command, '--db', db, ...args])
        assert.equal(r.status, 1, `${command} ${args.join(' ')}`)
        assert.match(r.stderr, message)
        noStack(r.stderr)
      }
    }
    const fr = run(['search', '--db', db, '--country', "Côte d'Ivoire", '--from', '2021-02-28', '--to', '2021-02', '--lang', 'FR', '--type', 'armed clash'])
    assert.equal(fr.status, 0, fr.stderr)
    const codes = run(['search', '--db', db, '--in', 'events', '--type', 'Explosions/Remote violence'])
    assert.equal(codes.status, 0, codes.stderr)
    const plover = run(['search', '--db', db, '--in', 'events', '--type', 'DIPLO'])
    assert.equal(plover.status, 0, plover.stderr)
  })

  it('names an export file it cannot write, before searching', () => {
    for (const [output, why] of [[join(dir, 'no-folder', 'e.csv'), /no-folder\/e\.csv: cannot write the output file: its folder does not exist/], [dir, /cannot write the output file: it is a directory/]] as const) {
      const r = run(['export', '--db', db, '-o', output])
      assert.equal(r.status, 1)
      assert.match(r.stderr, why)
      noStack(r.stderr)
    }
  })

  it('says that a directory holds no files, for analyze and ingest', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sitrep-empty-'))
    writeFileSync(join(empty, '.hidden.txt'), 'A hidden file is skipped.')
    for (const args of [['analyze', empty], ['ingest', '--db', db, '--quiet', empty]]) {
      const r = run(args)
      assert.equal(r.status, 1, args[0])
      assert.match(r.stderr, /sitrep-empty-\w+: no files in this directory/)
    }
  })

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" stats --db "${db}" | true`], { encoding: 'utf8', timeout: 60_000 })
    assert.equal(r.status, 0)
    assert.doesNotMatch(r.stderr, /EPIPE/)
  })
})
