/** `sitrep search [words…]`: articles, events or statements matching words and filters, as a table or JSON. */
import { openStore } from '../store/open.js'
import type { ArticleHit, MergedEvent, StatementHit } from '../store/store.js'
import { eventDays } from '../doc/event-days.js'
import { eventKind } from '../doc/event-kind.js'
import type { Output } from './analyze.js'
import { toFilters, type FilterOptions } from './filters.js'

export type SearchScope = 'articles' | 'events' | 'statements'

export interface SearchCliOptions extends FilterOptions {
  db: string
  in: SearchScope
  json?: boolean
}

export async function runSearch(words: string[], opts: SearchCliOptions, io: Output): Promise<number> {
  const store = await openStore(opts.db, { create: false, write: false })
  try {
    const f = toFilters(words.join(' ').trim() || undefined, opts, 20)
    const limit = f.limit ?? 20
    if (opts.in === 'events') print(await store.searchEvents(f), limit, opts.json, eventRow, io)
    else if (opts.in === 'statements') print(await store.searchStatements(f), limit, opts.json, statementRow, io)
    else print(await store.searchArticles(f), limit, opts.json, articleRow, io)
    return 0
  } finally {
    await store.close()
  }
}

function print<T>(hits: T[], limit: number, json: boolean | undefined, row: (h: T) => string[], io: Output): void {
  if (json) {
    for (const h of hits) io.out(JSON.stringify(h))
    return
  }
  if (hits.length === 0) {
    io.err('no match')
    return
  }
  for (const h of hits) io.out(row(h).join('\n'))
  // Only a full page may have more behind it.
  io.err(`${hits.length} result${hits.length === 1 ? '' : 's'}${hits.length >= limit ? ` (the first ${limit}: --limit N for more)` : ''}`)
}

/** A terminal's usual width: each hit is a few lines that fit it, never one line that wraps. */
export const WIDTH = 80
const INDENT = '    '

/** Whitespace folded, cut to `n` characters with an ellipsis. */
const cut = (s: string | null, n: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim()
  return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t
}
/** One line: the middle cut so the line fits and what ends it (an id) is kept whole. */
const fit = (head: string, middle: string, tail = '') => head + cut(middle, WIDTH - head.length - tail.length) + tail
const indented = (s: string, tail = '') => fit(INDENT, s, tail)
const quoted = (s: string) => fit(`${INDENT}« `, s, ' »')
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function articleRow(h: ArticleHit): string[] {
  const counts = ` · ${plural(h.events, 'event')} · ${plural(h.statements, 'statement')} · ${h.id}`
  return [fit(`${h.published ?? '----------'}  ${h.language}  `, h.title ?? '(no title)'), indented(h.source ?? '(no source)', counts), indented(aroundMatch(h.snippet, WIDTH - INDENT.length))]
}

/** The store's snippet is wider than a line: keep the marked «word» in view, with some words before it. */
function aroundMatch(snippet: string, width: number): string {
  const text = snippet.replace(/\s+/g, ' ').trim()
  const mark = text.indexOf('«')
  if (mark < 0 || text.indexOf('»', mark) < width - 1) return text
  const start = text.lastIndexOf(' ', Math.max(0, mark - Math.floor(width / 3)))
  return `…${text.slice(Math.max(0, start)).replace(/^…/, '')}`
}

export function eventRow(m: MergedEvent): string[] {
  const e = m.event
  const others = e.otherLocations?.length ? ` +${e.otherLocations.length}` : ''
  const place = e.location ? `${e.location.name} (${e.location.countryCode ?? '?'})${others}` : 'place unknown'
  const actors = [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' vs ') || 'no actor named'
  return [
    fit(`${eventDays(e) ?? '----------'}  `, `${eventKind(e)} — ${place}`, ` · ${plural(m.sourceCount, 'source')} · ${m.id}`),
    indented(actors),
    quoted(m.evidence[0]?.text ?? ''),
  ]
}

export function statementRow(s: StatementHit): string[] {
  return [fit(`${s.published ?? '----------'}  `, s.speaker ?? '(unknown speaker)', ` (${s.kind}) · ${s.articleId}`), quoted(s.content)]
}
