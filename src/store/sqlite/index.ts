/** The embedded default store: one SQLite file (WAL), FTS5 for text, R*Tree for event coordinates. */
import type { Store } from '../store.js'
import { distanceKm } from '../../doc/geo.js'
import { openDatabase, type OpenOptions } from './open.js'
import { checkDatabase, getAnalysis, getStory, readStats, searchArticles, searchEvents, searchStatements } from './read.js'
import { createWriter } from './write.js'

/** Opens (creating and migrating when needed, see `OpenOptions`) the store at `path`, or in memory for `:memory:`. */
export function openSqliteStore(path: string, opts: OpenOptions = {}): Store {
  const db = openDatabase(path, opts)
  db.function('dist_km', { deterministic: true }, (lat1, lon1, lat2, lon2) =>
    lat1 == null || lon1 == null ? null : distanceKm(Number(lat1), Number(lon1), Number(lat2), Number(lon2)))
  const writer = createWriter(db)
  const has = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck()
  const find = db.prepare('SELECT n FROM articles WHERE id = ?').pluck()
  const input = db.prepare('SELECT 1 FROM sightings WHERE input = ? LIMIT 1').pluck()
  const sight = db.prepare('INSERT OR IGNORE INTO sightings (article, input, url, source, seen_at) VALUES (?, ?, ?, ?, ?)')
  return {
    has: async (id) => has.get(id) !== undefined,
    see: async (id, s) => {
      const n = find.get(id)
      if (n === undefined) return false
      sight.run(n, s.input, s.url, s.source, new Date().toISOString())
      return true
    },
    hasInput: async (name) => input.get(name) !== undefined,
    put: async (batch) => writer.put(batch),
    get: async (id) => getAnalysis(db, id),
    story: async (id) => getStory(db, id),
    searchArticles: async (f) => searchArticles(db, f),
    searchEvents: async (f) => searchEvents(db, f),
    searchStatements: async (f) => searchStatements(db, f),
    stats: async () => readStats(db),
    check: async () => checkDatabase(db),
    close: async () => {
      if (!db.open) return
      // Fold the write-ahead log back into the file so a closed store is one file (when this user may write it).
      try {
        db.pragma('wal_checkpoint(TRUNCATE)')
      } catch (e) {
        if (!String((e as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw e
      } finally {
        db.close()
      }
    },
  }
}
