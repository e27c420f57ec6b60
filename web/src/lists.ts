/** The event and statement lists: one row each, linking to the article view with its evidence. */
import { eventDays } from '../../src/doc/event-days.js'
import { eventKind } from '../../src/doc/event-kind.js'
import { h } from './dom.js'
import { typeColor } from './colors.js'
import { formatSpans } from './highlight.js'
import type { EventItem, Page, StatementItem } from './types.js'

export function articleLink(articleId: string, spans: { start: number; end: number }[]): string {
  const q = spans.length > 0 ? `?evidence=${formatSpans(spans)}` : ''
  return `#/article/${encodeURIComponent(articleId)}${q}`
}

/** Where an event's first article shows it: that article's evidence spans. */
export function eventLink(e: EventItem): string | null {
  const first = e.evidence[0]
  if (!first) return null
  return articleLink(first.articleId, e.evidence.filter((x) => x.articleId === first.articleId).map((x) => x.span))
}

/** The other articles reporting a merged event, each linked to its own evidence (the row links the first). */
export function otherReports(e: EventItem): { href: string; text: string }[] {
  const first = e.evidence[0]?.articleId
  const byArticle = new Map<string, EventItem['evidence']>()
  for (const x of e.evidence) if (x.articleId !== first) byArticle.set(x.articleId, [...(byArticle.get(x.articleId) ?? []), x])
  return [...byArticle].map(([id, xs]) => ({ href: articleLink(id, xs.map((x) => x.span)), text: xs[0]!.text }))
}

export function eventSummary(e: EventItem): string {
  const ev = e.event
  const actors = [ev.actor1?.name, ev.actor2?.name].filter(Boolean).join(' vs ')
  return [eventKind(ev), actors, ev.location?.name].filter(Boolean).join(' · ')
}

/** `1 event`, `3 events`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** What a page holds, saying when more rows match than were loaded (the API's `more`) and which were kept. */
export function pageCount(page: { items: unknown[]; more: boolean }, noun: string, kept = 'the newest'): string {
  return `${plural(page.items.length, noun)}${page.more ? ` (${kept}; more match)` : ''}`
}

/** The status line after a search: counts, and what to do when the results were cut. */
export function loadedSummary(events: Page<EventItem>, statements: Page<unknown>, places: Page<unknown>): string {
  const counts = `${pageCount(events, 'event')}, ${pageCount(statements, 'statement')}, ${pageCount(places, 'place', 'the most mentioned')}.`
  const unplaced = events.items.filter((e) => !e.event.location).length
  const off = unplaced > 0 ? ` ${unplaced === 1 ? '1 event has' : `${unplaced} events have`} no place and ${unplaced === 1 ? 'is' : 'are'} listed but not on the map.` : ''
  return `${counts}${off}${events.more || statements.more ? ' Narrow the filters to see the rest, or download every matching event.' : ''}`
}

/** What a cut list offers: how many rows it loaded, and a way to load the next page (null when the API allows no further offset). */
export interface More {
  loaded: number
  next: (() => void) | null
}

/** The last row of a cut list: the rows shown are not all; load the next page, or narrow the filters. */
function moreRow(noun: string, more: More): HTMLElement {
  const button = more.next ? h('button', { type: 'button', class: 'more-button' }, `Load the next ${noun}s`) : null
  if (button && more.next) button.addEventListener('click', more.next)
  return h('li', { class: 'more' }, `Only the newest ${plural(more.loaded, noun)} are loaded; more match. `, button,
    button ? ' or narrow' : 'Narrow', ' the filters (text, type, place, dates).')
}

/** `more`: when more rows match than were loaded (null when all were). */
export function renderEvents(list: HTMLElement, events: EventItem[], more: More | null = null): void {
  if (events.length === 0) {
    list.replaceChildren(h('li', { class: 'empty' }, 'No events match. Loosen a filter, or Clear them all.'))
    return
  }
  list.replaceChildren(...events.map((e) => {
    const href = eventLink(e)
    const chip = h('span', { class: 'chip', title: e.event.eventType })
    chip.style.background = typeColor(e.event.eventType)
    const line = h('span', { class: 'row-main' }, chip, h('span', { class: 'row-date' }, eventDays(e.event) ?? 'undated'), ' ', eventSummary(e))
    const sources = h('span', { class: 'row-sub' }, `${plural(e.sourceCount, 'source')}${e.evidence[0] ? ` — “${e.evidence[0].text.slice(0, 160)}”` : ''}`)
    const others = otherReports(e)
    // Outside the row's link: links cannot nest.
    const reports = others.length === 0 ? null : h('p', { class: 'row-reports' }, 'Also reported in: ', ...others.flatMap((r, i) => [
      i > 0 ? ' · ' : '',
      h('a', { href: r.href, title: r.text, 'aria-label': `report ${i + 2}: ${r.text.slice(0, 120)}` }, `report ${i + 2}`),
    ]))
    return h('li', { class: 'row', 'data-event': e.id }, href ? h('a', { href, class: 'row-link' }, line, sources) : h('div', {}, line, sources), reports)
  }))
  if (more) list.append(moreRow('event', more))
}

/**
 * What the type filter means for statements, said above them: a statement has no event type, so
 * the filter keeps the statements of articles that report an event of that type.
 */
export function statementScope(type: string | undefined): string | null {
  return type ? `Statements in articles that report a “${type}” event: the type filter applies to the article, not to what is said.` : null
}

/** `type`: the event-type filter, when one is set (see statementScope). */
export function renderStatements(list: HTMLElement, statements: StatementItem[], more: More | null = null, type?: string): void {
  const scope = statementScope(type)
  const head = scope ? [h('li', { class: 'scope' }, scope)] : []
  if (statements.length === 0) {
    list.replaceChildren(...head, h('li', { class: 'empty' }, 'No statements match. Loosen a filter, or Clear them all.'))
    return
  }
  list.replaceChildren(...head, ...statements.map((s) => {
    const href = articleLink(s.articleId, [{ start: s.start, end: s.end }])
    const who = s.speaker ?? 'unknown speaker'
    return h('li', { class: 'row' }, h('a', { href, class: 'row-link' },
      h('span', { class: 'row-main' }, h('strong', {}, who), ` (${s.kind}${s.cue ? `, ${s.cue}` : ''}) `, h('span', { class: 'row-date' }, s.published ?? '')),
      h('span', { class: 'row-sub' }, `“${s.content.slice(0, 240)}”${s.source ? ` — ${s.source}` : ''}`),
    ))
  }))
  if (more) list.append(moreRow('statement', more))
}
