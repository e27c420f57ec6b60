/**
 * `sitrep demo`: the first thing a new user runs. Ingests the demo articles (French and English,
 * written for this repository) into a demo store, prints what was found, and shows how to search
 * and export. Nothing to build first: the sources run through tsx, and better-sqlite3 is compiled
 * by `npm ci`.
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultDbPath } from '../store/paths.js'
import { eventDays } from '../doc/event-days.js'
import { eventKind } from '../doc/event-kind.js'
import { describeDb, openStore } from '../store/open.js'
import type { Output } from './analyze.js'
import { runIngest } from './ingest.js'

export const DEMO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'articles')

/** The word the demo suggests searching: unaccented, it finds the accented word of a French demo article. */
export const DEMO_WORD = 'securite'

export function defaultDemoDb(): string {
  return join(dirname(defaultDbPath()), 'demo.db')
}

export async function runDemo(opts: { db?: string }, io: Output): Promise<number> {
  const db = opts.db ?? defaultDemoDb()
  const shown = describeDb(db)
  io.out(`sitrep demo: ingesting ${DEMO_DIR} into ${shown}\n`)
  const { code } = await runIngest([DEMO_DIR], { db, workers: 0, quiet: true }, io)
  const store = await openStore(db)
  try {
    const s = await store.stats()
    io.out(`\n${s.articles} articles (${Object.entries(s.byLanguage).map(([k, v]) => `${v} ${k}`).join(', ')}) in ${s.stories} stories; ` +
      `${s.mergedEvents} events from ${s.events} reports; ${s.statements} attributed statements.`)
    const events = await store.searchEvents({ limit: 10 })
    if (events.length) io.out('\nEvents (newest first):')
    for (const m of events) {
      const e = m.event
      const where = e.location ? `${e.location.name}, ${e.location.countryCode ?? '?'}` : 'place unknown'
      io.out(`  ${eventDays(e) ?? '????-??-??'}  ${eventKind(e)} — ${where} — ${m.sourceCount} source(s)\n      « ${m.evidence[0]?.text.replace(/\s+/g, ' ') ?? ''} »`)
    }
    const quotes = await store.searchStatements({ limit: 5 })
    if (quotes.length) io.out('\nStatements:')
    for (const q of quotes) io.out(`  ${q.speaker ?? '(unknown speaker)'}: « ${q.content.replace(/\s+/g, ' ').slice(0, 120)} »`)
    const multi = Object.keys(s.byEventType).length === 0
      ? '\n(No event annotator has landed in this build yet: articles, stories and full-text search work; events appear as extractors land.)'
      : ''
    io.out(`${multi}

Try:
  npx sitrep search --db ${shown} ${DEMO_WORD}                   # full text, accents ignored: finds « sécurité »
  npx sitrep search --db ${shown} --in events --country Syria
  npx sitrep search --db ${shown} --in statements --json
  npx sitrep export --db ${shown} --format acled-csv > events.csv
  npx sitrep export --db ${shown} --format geojson > events.geojson
  npx sitrep stats  --db ${shown}
  npx sitrep ingest --db ${shown} your-news/ feed.xml https://example.org/rss`)
    return code
  } finally {
    await store.close()
  }
}
