/** `sitrep serve` as a user runs it: a child process on a free port over a fresh database. */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { REPO_ROOT } from '../src/cli/serve.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'

describe('sitrep serve', { timeout: 120_000 }, () => {
  it('serves the API, the OpenAPI document and the app, read-only without a token, and stops on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sitrep-serve-')), 'test.db')
    await openSqliteStore(db).close()
    const env: NodeJS.ProcessEnv = { ...process.env }
    delete env.SITREP_TOKEN
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'sitrep.js'), 'serve', '--db', db, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString()
          const m = /at (http:\/\/\S+) \(read-only\)/.exec(out)
          if (m) resolve(m[1]!)
        })
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)))
      })
      assert.equal((await fetch(`${url}/api/health`)).status, 200)
      assert.equal(((await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string }).openapi, '3.1.0')
      const events = (await (await fetch(`${url}/api/events`)).json()) as { items: unknown[] }
      assert.deepEqual(events.items, [])
      const page = await fetch(`${url}/`)
      assert.match(await page.text(), /<div id="map"/)
      const ingest = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"articles":[{"text":"x"}]}' })
      assert.equal(ingest.status, 403)
    } finally {
      child.kill('SIGTERM')
    }
    const code = child.exitCode ?? (await new Promise<number | null>((resolve) => child.once('exit', resolve)))
    assert.equal(code, 0)
  })

  it('refuses, read-only, a store that does not exist (a mistyped path would serve an empty app)', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'sitrep-serve-')), 'typo.db')
    const env: NodeJS.ProcessEnv = { ...process.env }
    delete env.SITREP_TOKEN
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'sitrep.js'), 'serve', '--db', missing, '--port', '0'], { env, encoding: 'utf8', timeout: 60_000 })
    assert.equal(r.status, 1)
    assert.match(r.stderr, /typo\.db: no database here/)
    assert.ok(!existsSync(missing))
  })
})
