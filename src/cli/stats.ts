/** `sitrep stats`: what the store holds, by language, event type, country, month and source. */
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Output } from './analyze.js'

export async function runStats(opts: { db: string; json?: boolean }, io: Output): Promise<number> {
  const store = openSqliteStore(opts.db, { create: false, write: false })
  try {
    const s = await store.stats()
    if (opts.json) {
      io.out(JSON.stringify(s, null, 2))
      return 0
    }
    io.out(`${opts.db}`)
    io.out(`  ${s.articles} articles in ${s.stories} stories (${s.sightings} sightings), ${s.events} event reports → ${s.mergedEvents} events, ${s.statements} statements`)
    const table = (title: string, counts: Record<string, number>, n = 12) => {
      const rows = Object.entries(counts).slice(0, n)
      if (rows.length === 0) return
      io.out(`\n  ${title}`)
      for (const [k, v] of rows) io.out(`    ${String(v).padStart(7)}  ${k}`)
    }
    table('by language', s.byLanguage)
    table('events by type', s.byEventType)
    table('events by country', s.byCountry)
    table('articles by month', s.byMonth, 36)
    table('articles by source', s.bySource)
    return 0
  } finally {
    await store.close()
  }
}
