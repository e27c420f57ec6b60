import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { REPO_DIR } from './sources.js'

/** CACHE_DIR as a fresh process reads it with `SITREP_CACHE_DIR` set to `value`. */
function cacheDirWith(value: string): string {
  const code = "import('./src/kb/gazetteer/sources.ts').then((m) => process.stdout.write(m.CACHE_DIR))"
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO_DIR, env: { ...process.env, SITREP_CACHE_DIR: value }, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return run.stdout
}

describe('gazetteer sources: the cache folder', () => {
  it('is SITREP_CACHE_DIR when set', () => {
    assert.equal(cacheDirWith('/tmp/sitrep-cache-test'), '/tmp/sitrep-cache-test')
  })
  it('is the repository\'s .cache when SITREP_CACHE_DIR is empty, not the working directory', () => {
    assert.equal(cacheDirWith(''), join(REPO_DIR, '.cache'))
  })
})
