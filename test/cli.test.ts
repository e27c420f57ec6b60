/** The `sitrep` binary as a user runs it: a real child process, exit codes, no stack traces. */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { REPO_DIR } from '../eval/paths.js'

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

  it('rejects an unknown --format with exit code 2', () => {
    const r = run(['analyze', '-', '--format', 'xml'], 'x')
    assert.equal(r.status, 2)
    assert.match(r.stderr, /--format must be json or text/)
  })

  it('exits 1 and names the input when it is empty', () => {
    const r = run(['analyze', '-'], '')
    assert.equal(r.status, 1)
    assert.match(r.stderr, /^sitrep: error: -: empty input/m)
  })
})
