/**
 * Connects to a PostgreSQL server for the store: a small pool, every pending migration applied
 * (writers) or the schema checked (readers, who never write), and the server's refusals turned
 * into one-line messages that name the URL without its password.
 */
import pg from 'pg'
import { EngineError } from '../../errors.js'
import { LATEST_VERSION, MIGRATIONS } from './migrations.js'
import { redactUrl } from './url.js'

export type Pool = pg.Pool
export type Client = pg.PoolClient

export interface OpenOptions {
  /** Create or upgrade the schema (default true); readers say false and only check it. */
  write?: boolean
  /** Accepted for the SQLite store's options; a PostgreSQL database itself is never created here. */
  create?: boolean
}

// Any number held only by sitrep: two writers (or a writer and a migration) take turns on it.
const WRITE_LOCK = 0x5173_7265

export async function openPool(url: string, opts: OpenOptions = {}): Promise<Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000, application_name: 'sitrep' })
  // An idle connection the server drops must not crash the process: the next query reports it.
  pool.on('error', () => {})
  try {
    if (opts.write === false) await checkSchema(pool, url)
    else await migrate(pool, url)
  } catch (e) {
    await pool.end().catch(() => {})
    throw openError(e, url)
  }
  return pool
}

async function currentVersion(c: pg.Pool | pg.ClientBase): Promise<number | null> {
  const table = await c.query<{ t: string | null }>(`SELECT to_regclass('schema_version')::text AS t`)
  if (!table.rows[0]?.t) return null
  const v = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version')
  return v.rows[0]?.v ?? 0
}

function tooNew(version: number, url: string): EngineError {
  return new EngineError('E_DB_VERSION', `database schema version ${version} is newer than this sitrep (${LATEST_VERSION}); upgrade sitrep`, redactUrl(url))
}

/** Readers: the schema must be there and current; nothing is written. */
async function checkSchema(pool: Pool, url: string): Promise<void> {
  const version = await currentVersion(pool)
  if (version === null || version === 0) {
    throw new EngineError('E_DB_MISSING', 'not a sitrep store (no sitrep tables in this database); `sitrep ingest --db URL …` creates them', redactUrl(url))
  }
  if (version > LATEST_VERSION) throw tooNew(version, url)
  if (version < LATEST_VERSION) {
    throw new EngineError('E_DB_VERSION', `database schema version ${version} is older than this sitrep (${LATEST_VERSION}); run \`sitrep ingest --db URL …\` once to upgrade it`, redactUrl(url))
  }
}

/**
 * Runs `work` in one transaction under the write lock (writers take turns, so one sees what another
 * wrote): committed when it returns, rolled back when it throws.
 */
export async function underWriteLock<T>(pool: Pool, work: (c: Client) => Promise<T>): Promise<T> {
  const c = await pool.connect()
  try {
    await c.query('BEGIN')
    await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK])
    const out = await work(c)
    await c.query('COMMIT')
    return out
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    c.release()
  }
}

/** Writers: every pending migration in one transaction, under the write lock. */
async function migrate(pool: Pool, url: string): Promise<void> {
  await underWriteLock(pool, async (c) => {
    const found = await currentVersion(c)
    if (found !== null && found > LATEST_VERSION) throw tooNew(found, url)
    if (found === null) {
      await c.query('CREATE TABLE schema_version (version integer PRIMARY KEY, why text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())')
    }
    for (const m of MIGRATIONS) {
      if (m.version <= (found ?? 0)) continue
      await c.query(m.sql)
      await c.query('INSERT INTO schema_version (version, why) VALUES ($1, $2)', [m.version, m.why])
    }
  })
}

/** The server's refusals (and the network's) as messages a user can act on; the store's own errors pass through. */
export function openError(e: unknown, url: string): Error {
  if (e instanceof EngineError) return e
  const err = e as { code?: string; message?: string }
  const at = redactUrl(url)
  const fail = (why: string) => new EngineError('E_DB_OPEN', why, at)
  switch (err.code) {
    case 'ECONNREFUSED':
      return fail('cannot connect to PostgreSQL: connection refused (is the server running, and listening on that host and port?)')
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return fail('cannot connect to PostgreSQL: unknown host')
    case 'ETIMEDOUT':
      return fail('cannot connect to PostgreSQL: timed out')
    case '28P01':
    case '28000':
      return fail(`PostgreSQL refused the login: ${err.message ?? ''}`.trim())
    case '3D000':
      return fail(`${err.message ?? 'the database does not exist'}: create it first (createdb), sitrep creates only its tables`)
    case '42501':
      return fail(`PostgreSQL: ${err.message ?? 'permission denied'} (the first ingest needs a role that may create tables and the postgis and unaccent extensions)`)
  }
  if (/extension "(postgis|unaccent)"/.test(err.message ?? '')) {
    return fail(`PostgreSQL: ${err.message} (the server needs PostGIS and unaccent: e.g. the postgresql-15-postgis-3 and postgresql-contrib packages)`)
  }
  if (/timeout/i.test(err.message ?? '')) return fail('cannot connect to PostgreSQL: timed out')
  return fail(`PostgreSQL: ${(err.message ?? String(e)).split('\n')[0]}`)
}
