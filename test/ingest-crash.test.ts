/**
 * Crash safety of `sitrep ingest`, in a real child process: an ingest of 2,000 articles is killed
 * with SIGKILL at a random moment, then run again. No article is lost or stored twice, the
 * database passes `PRAGMA integrity_check` and the FTS checks, and a third run changes nothing.
 * The articles are generated from the demo articles with varied ids and text; the base pipeline
 * (SITREP_INGEST_PIPELINE=base) keeps the test about the ingest machinery and fast on 2 cores.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { REPO_DIR } from '../eval/paths.js'

const N = 2000
const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'))
const db = join(dir, 'crash.db')
const corpus = join(dir, 'corpus.jsonl')
const BIN = join(REPO_DIR, 'bin', 'sitrep.js')

function generate(): void {
  const demoDir = join(REPO_DIR, 'examples', 'articles')
  const demos = readdirSync(demoDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(demoDir, f), 'utf8')) as { text: string; language?: string; source?: string })
  const lines: string[] = []
  for (let i = 0; i < N; i++) {
    const d = demos[i % demos.length]!
    const day = String(1 + (i % 28)).padStart(2, '0')
    const text = `Dispatch ${i} filed from desk ${i % 17}.\n${d.text.replace(/\d+/g, (n) => String(Number(n) + (i % 7)))}`
    lines.push(JSON.stringify({ id: `gen-${i}`, text, published: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${day}`, source: `Outlet ${i % 5}`, language: d.language }))
  }
  writeFileSync(corpus, lines.join('\n') + '\n')
}

function run(): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: string | null; err: string }> } {
  const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--workers', '1', corpus], {
    env: { ...process.env, SITREP_INGEST_PIPELINE: 'base' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
  const done = new Promise<{ code: number | null; signal: string | null; err: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, err })))
  return { child, done }
}

function count(sql: string): number {
  const d = new Database(db, { readonly: true, fileMustExist: true })
  try {
    return d.prepare(sql).pluck().get() as number
  } finally {
    d.close()
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('ingest survives kill -9', { timeout: 90_000 }, () => {
  it('loses nothing, duplicates nothing, keeps the database sound, and a re-run changes nothing', async () => {
    generate()
    const first = run()
    // Kill once articles are landing, at a random moment in the run.
    let landed = 0
    for (let t = 0; t < 400 && landed === 0; t++) {
      await sleep(50)
      try {
        landed = count('SELECT count(*) FROM articles')
      } catch {
        landed = 0
      }
    }
    await sleep(Math.floor(Math.random() * 400))
    first.child.kill('SIGKILL')
    const killed = await first.done
    assert.equal(killed.signal, 'SIGKILL')
    const before = count('SELECT count(*) FROM articles')
    assert.ok(before > 0 && before < N, `killed mid-run (had ${before} of ${N})`)

    const second = await run().done
    assert.equal(second.code, 0, second.err)
    assert.equal(count('SELECT count(*) FROM articles'), N)
    assert.equal(count('SELECT count(DISTINCT id) FROM articles'), N)
    assert.equal(count('SELECT count(*) FROM sightings'), N)
    assert.equal(count('SELECT count(*) FROM articles_fts'), N)
    const d = new Database(db)
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok')
    d.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run()
    d.close()

    const third = await run().done
    assert.equal(third.code, 0, third.err)
    assert.match(third.err, new RegExp(`${N} read, 0 new .* ${N} already stored, 0 errors`))
    assert.equal(count('SELECT count(*) FROM sightings'), N)
  })
})

describe('ingest stopped with Ctrl-C (SIGINT)', { timeout: 90_000 }, () => {
  it('says how far it got and how to resume, exits 130, and the same command then finishes the job', async () => {
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
    generate()
    const first = run()
    for (let t = 0; t < 400; t++) {
      await sleep(50)
      try {
        if (count('SELECT count(*) FROM articles') > 0) break
      } catch {
        // not created yet
      }
    }
    first.child.kill('SIGINT')
    const stopped = await first.done
    assert.equal(stopped.code, 130)
    assert.match(stopped.err, /ingest: interrupted after \d+ read \(\d+ new stored\); run the same command again to resume/)
    const before = count('SELECT count(*) FROM articles')
    assert.ok(before > 0 && before < N, `stopped mid-run (had ${before} of ${N})`)
    const second = await run().done
    assert.equal(second.code, 0, second.err)
    assert.equal(count('SELECT count(*) FROM articles'), N)
  })
})
