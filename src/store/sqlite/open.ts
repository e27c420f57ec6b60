/** Opens a SQLite database file for the store: WAL, foreign keys, and every pending migration applied. */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { EngineError } from '../../errors.js'
import { LATEST_VERSION, MIGRATIONS } from './migrations.js'

export type Db = Database.Database

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  let db: Db
  try {
    db = new Database(path)
  } catch (e) {
    throw new EngineError('E_DB_OPEN', `cannot open the database: ${(e as Error).message}`, path)
  }
  // WAL lets searches read while an ingest writes, and a killed writer never corrupts the file;
  // synchronous=NORMAL is durable up to the last checkpointed transaction, which is what resume needs.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 10000')
  db.pragma('cache_size = -65536')
  migrate(db, path)
  return db
}

export function migrate(db: Db, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > LATEST_VERSION) {
    throw new EngineError('E_DB_VERSION', `database schema version ${current} is newer than this sitrep (${LATEST_VERSION}); upgrade sitrep`, path)
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    }).immediate()
  }
}
