/**
 * The store a `--db` value names: a `postgres://` or `postgresql://` URL is a PostgreSQL server
 * (the driver is loaded only then), anything else a SQLite file, the default. Every command opens
 * its store here.
 */
import type { OpenOptions } from './sqlite/open.js'
import { openSqliteStore } from './sqlite/index.js'
import { isPostgresUrl, redactUrl } from './postgres/url.js'
import type { Store } from './store.js'

export type { OpenOptions }

/** Opens the store at `db`: writers create and migrate it, readers (`write: false`) only read what is there. */
export async function openStore(db: string, opts: OpenOptions = {}): Promise<Store> {
  if (!isPostgresUrl(db)) return openSqliteStore(db, opts)
  const { openPostgresStore } = await import('./postgres/index.js')
  return openPostgresStore(db, opts)
}

/** The store as messages name it: a file's path, or a server's URL without its password. */
export function describeDb(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db) : db
}
