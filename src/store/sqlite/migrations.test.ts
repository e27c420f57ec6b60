import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { LATEST_VERSION, MIGRATIONS } from './migrations.js'
import { openDatabase } from './open.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'))

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1)))

  it('bring a version-1 database up to date and keep its rows', () => {
    const path = join(dir, 'v1.db')
    const old = new Database(path)
    old.exec(MIGRATIONS[0]!.sql)
    old.pragma('user_version = 1')
    old.prepare(`INSERT INTO articles (id, story_id, language, text, signature, analysis, ingested_at) VALUES ('a1', 'a1', 'fr', 'Texte.', '', x'00', '2016-12-12')`).run()
    old.close()
    const db = openDatabase(path)
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_VERSION)
    assert.equal(db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get('a1'), 'Texte.')
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
    db.close()
    const again = openDatabase(path)
    assert.equal(again.pragma('user_version', { simple: true }), LATEST_VERSION)
    again.close()
  })

  it('refuse a database made by a newer sitrep', () => {
    const path = join(dir, 'future.db')
    const db = new Database(path)
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    db.close()
    assert.throws(() => openDatabase(path), /newer than this sitrep/)
  })

  it('name a missing file, a file that is no database, and a file this user may not write', () => {
    assert.throws(() => openDatabase(join(dir, 'none', 'x.db'), { create: false }), /none\/x\.db: no database here/)
    const page = join(dir, 'page.html')
    writeFileSync(page, '<html><body>not a database</body></html>')
    assert.throws(() => openDatabase(page), (e: Error) => e.name === 'EngineError' && /page\.html: not a SQLite database/.test(e.message))
  })

  it('refuse to write a read-only file, and read it', { skip: process.getuid?.() === 0 ? 'root may write any file' : false }, () => {
    const path = join(dir, 'ro.db')
    openDatabase(path).close()
    chmodSync(path, 0o444)
    assert.throws(() => openDatabase(path), /read-only for this user/)
    openDatabase(path, { write: false }).close()
  })
})
