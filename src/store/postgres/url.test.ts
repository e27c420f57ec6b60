import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isPostgresUrl, redactUrl } from './url.js'

describe('postgres URLs', () => {
  it('tell a server URL from a file path', () => {
    for (const db of ['postgres://localhost/sitrep', 'postgresql://u:p@db.example:5433/news?sslmode=require', 'POSTGRES://h/d']) assert.equal(isPostgresUrl(db), true, db)
    for (const db of ['sitrep.db', '/var/lib/postgres/sitrep.db', 'postgres.db', ':memory:', 'postgres:/x', 'mysql://h/d']) assert.equal(isPostgresUrl(db), false, db)
  })

  it('are printed without their password', () => {
    assert.equal(redactUrl('postgres://sitrep:s3cret@db.example:5433/news'), 'postgres://sitrep@db.example:5433/news')
    assert.equal(redactUrl('postgresql://sitrep@127.0.0.1/news?password=s3cret&sslmode=disable'), 'postgresql://sitrep@127.0.0.1/news?password=%E2%80%A6&sslmode=disable')
    assert.equal(redactUrl('postgres://localhost/news'), 'postgres://localhost/news')
    assert.doesNotMatch(redactUrl('postgres://u:p%40ss@[::1/db'), /p%40ss|p@ss/)
  })
})
