/**
 * The PostgreSQL + PostGIS store: the same tables and semantics as the SQLite store, with
 * `tsvector` columns over unaccented text for words and PostGIS geographies for places. The
 * server needs the `postgis` and `unaccent` extensions; the first writer creates them.
 */
import type { Store } from '../store.js'
import { openPool, type OpenOptions } from './open.js'
import { checkDatabase, getAnalysis, getStory, readStats, searchArticles, searchEvents, searchStatements } from './read.js'
import { putBatch, seeArticle } from './write.js'

export type { OpenOptions }

/** Articles one session must add before closing refreshes the planner's statistics. */
const ANALYZE_AFTER = 1000
const ANALYZED = ['articles', 'article_words', 'sightings', 'minhash_bands', 'mentions', 'places', 'timexes', 'statements', 'events', 'event_places']

/** Connects to the database at `url` (creating and migrating the schema unless `write: false`, see `OpenOptions`). */
export async function openPostgresStore(url: string, opts: OpenOptions = {}): Promise<Store> {
  const pool = await openPool(url, opts)
  let closed = false
  let added = 0
  return {
    has: async (id) => (await pool.query('SELECT 1 FROM articles WHERE id = $1', [id])).rows.length > 0,
    see: async (id, s) => seeArticle(pool, id, s),
    hasInput: async (name) => (await pool.query('SELECT 1 FROM sightings WHERE input = $1 LIMIT 1', [name])).rows.length > 0,
    put: async (batch) => {
      const r = await putBatch(pool, batch)
      added += r.added
      return r
    },
    get: async (id) => getAnalysis(pool, id),
    story: async (id) => getStory(pool, id),
    searchArticles: async (f) => searchArticles(pool, f),
    searchEvents: async (f) => searchEvents(pool, f),
    searchStatements: async (f) => searchStatements(pool, f),
    stats: async () => readStats(pool),
    check: async () => checkDatabase(pool),
    close: async () => {
      if (closed) return
      closed = true
      try {
        // After a large ingest the planner's statistics lag until autovacuum runs (up to a minute):
        // meanwhile it may test every article's words for a word no article has. Refresh them now.
        if (added >= ANALYZE_AFTER) await pool.query(`ANALYZE ${ANALYZED.join(', ')}`)
      } finally {
        await pool.end()
      }
    },
  }
}
