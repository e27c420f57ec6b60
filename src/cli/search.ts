/** `sitrep search [words…]`: articles, events or statements matching words and filters, as a table or JSON. */
import { openSqliteStore } from '../store/sqlite/index.js'
import type { ArticleHit, MergedEvent, StatementHit } from '../store/store.js'
import { eventDays } from '../doc/event-days.js'
import type { Output } from './analyze.js'
import { toFilters, type FilterOptions } from './filters.js'

export type SearchScope = 'articles' | 'events' | 'statements'

export interface SearchCliOptions extends FilterOptions {
  db: string
  in: SearchScope
  json?: boolean
}

export async function runSearch(words: string[], opts: SearchCliOptions, io: Output): Promise<number> {
  const store = openSqliteStore(opts.db, { create: false, write: false })
  try {
    const f = toFilters(words.join(' ').trim() || undefined, opts, 20)
    if (opts.in === 'events') print(await store.searchEvents(f), opts.json, eventRow, io)
    else if (opts.in === 'statements') print(await store.searchStatements(f), opts.json, statementRow, io)
    else print(await store.searchArticles(f), opts.json, articleRow, io)
    return 0
  } finally {
    await store.close()
  }
}

function print<T>(hits: T[], json: boolean | undefined, row: (h: T) => string[], io: Output): void {
  if (json) {
    for (const h of hits) io.out(JSON.stringify(h))
    return
  }
  if (hits.length === 0) {
    io.err('no match')
    return
  }
  for (const h of hits) io.out(row(h).join('  '))
  io.err(`${hits.length} result${hits.length === 1 ? '' : 's'}${hits.length >= 20 ? ' (use --limit for more)' : ''}`)
}

const cut = (s: string | null, n: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim()
  return t.length > n ? `${t.slice(0, n - 1)}…` : t.padEnd(n)
}

function articleRow(h: ArticleHit): string[] {
  return [h.published ?? '----------', h.language, cut(h.source, 16), cut(h.title, 50), `${h.events}ev ${h.statements}st`, h.id, `\n    ${h.snippet}`]
}

function eventRow(m: MergedEvent): string[] {
  const e = m.event
  const place = e.location ? `${e.location.name} (${e.location.countryCode ?? '?'})` : '?'
  const actors = [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' vs ')
  return [eventDays(e) ?? '----------', cut(e.subEventType, 34), cut(place, 24), cut(actors, 40), `${m.sourceCount} src`, m.id, `\n    « ${cut(m.evidence[0]?.text ?? '', 110).trim()} »`]
}

function statementRow(s: StatementHit): string[] {
  return [s.published ?? '----------', cut(s.speaker, 28), s.kind.padEnd(8), `« ${cut(s.content, 90).trim()} »`, s.articleId]
}
