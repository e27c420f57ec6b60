/** Opens a SQLite database file for the store: WAL, foreign keys, and every pending migration applied. */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { EngineError } from '../../errors.js'
import { LATEST_VERSION, MIGRATIONS } from './migrations.js'

export type Db = Database.Database

export interface OpenOptions {
  /** Create the file (and its folder) when it is missing (default true); readers say false, so a mistyped path is an error, not an empty store. */
  create?: boolean
  /** Refuse a file this user cannot write (default true); readers say false, and can read a database they may not change. */
  write?: boolean
}

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const memory = path === ':memory:'
  if (!memory && opts.create === false && !existsSync(path)) {
    throw new EngineError('E_DB_MISSING', 'no database here; `sitrep ingest --db PATH …` creates one (or set SITREP_DB)', path)
  }
  if (!memory) mkdirSync(dirname(path), { recursive: true })
  if (!memory && opts.write !== false && existsSync(path)) {
    try {
      accessSync(path, constants.W_OK)
    } catch {
      throw new EngineError('E_DB_READONLY', 'the database file is read-only for this user, and this command writes to it', path)
    }
  }
  let db: Db
  try {
    db = new Database(path)
  } catch (e) {
    throw new EngineError('E_DB_OPEN', `cannot open the database: ${(e as Error).message}`, path)
  }
  try {
    // WAL lets searches read while an ingest writes, and a killed writer never corrupts the file;
    // synchronous=NORMAL is durable up to the last checkpointed transaction, which is what resume needs.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 10000')
    db.pragma('cache_size = -65536')
    migrate(db, path)
  } catch (e) {
    db.close()
    throw openError(e, path)
  }
  return db
}

/** SQLite's refusals as messages a user can act on (the store's own errors pass through). */
function openError(e: unknown, path: string): Error {
  if (e instanceof EngineError) return e
  const code = (e as { code?: unknown }).code
  if (code === 'SQLITE_NOTADB') return new EngineError('E_DB_OPEN', 'not a SQLite database (is --db pointing at the right file?)', path)
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return new EngineError('E_DB_READONLY', 'cannot use this database read-only: SQLite must write it (or its -wal and -shm files beside it), '
      + 'and the file or its folder is not writable by this user; copy it to a folder you can write to', path)
  }
  if (e instanceof Database.SqliteError) return new EngineError('E_DB_OPEN', `cannot open the database: ${e.message}`, path)
  return e as Error
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
