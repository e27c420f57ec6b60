/** `sitrep stats`: what the store holds, by language, event type, country, month and source. */
import { countryName } from '../store/countries.js'
import { describeDb, openStore } from '../store/open.js'
import type { StoreStats } from '../store/store.js'
import type { Output } from './analyze.js'

export async function runStats(opts: { db: string; json?: boolean }, io: Output): Promise<number> {
  const store = await openStore(opts.db, { create: false, write: false })
  try {
    const s = await store.stats()
    if (opts.json) io.out(JSON.stringify(s, null, 2))
    else for (const line of formatStats(s, describeDb(opts.db))) io.out(line)
    return 0
  } finally {
    await store.close()
  }
}

const UNKNOWN = 'unknown'

/** The counts as text tables; a table cut short says how many rows it leaves out. */
export function formatStats(s: StoreStats, db: string): string[] {
  const out = [db, `  ${s.articles} articles in ${s.stories} stories (${s.sightings} sightings), ${s.events} event reports → ${s.mergedEvents} events, ${s.statements} statements`]
  const table = (title: string, rows: [string, number][], hidden: number) => {
    if (rows.length === 0) return
    out.push('', `  ${title}`, ...rows.map(([k, v]) => `    ${String(v).padStart(7)}  ${k}`))
    if (hidden > 0) out.push(`             … ${hidden} more (sitrep stats --json lists them)`)
  }
  const top = (title: string, counts: Record<string, number>, n = 12, label = (k: string) => k) => {
    const all = Object.entries(counts)
    table(title, all.slice(0, n).map(([k, v]) => [label(k), v]), all.length - n)
  }
  top('by language', s.byLanguage)
  top('events by type', s.byEventType)
  top('events by country', s.byCountry, 12, (k) => (k === UNKNOWN ? k : `${k}  ${countryName(k)}`))
  // The latest months, in calendar order; articles without a date after them.
  const months = Object.entries(s.byMonth).filter(([k]) => k !== UNKNOWN).sort(([a], [b]) => a.localeCompare(b))
  const latest = months.slice(-36)
  const undated = s.byMonth[UNKNOWN]
  table(`articles by month${months.length > latest.length ? ` (latest ${latest.length} of ${months.length})` : ''}`, [...latest, ...(undated ? [[`no date`, undated] as [string, number]] : [])], 0)
  top('articles by source', s.bySource)
  return out
}
