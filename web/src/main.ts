/**
 * The app: filters → API → map, timeline and lists; the URL hash routes between the overview
 * (`#/?q=…&from=…`, its filters in the hash so a view can be reloaded and shared) and the article
 * view (`#/article/<id>?evidence=12-40`). `data-state` on <body> tells tests (and screen readers,
 * via the status line) when a view has finished loading.
 */
import 'leaflet/dist/leaflet.css'
import './style.css'
import world from 'world-atlas/countries-50m.json'
import taxonomy from '../../resources/common/events/taxonomy.tsv?raw'
import { eventDays } from '../../src/doc/event-days.js'
import { api, ApiCallError, exportUrl, MAX_OFFSET } from './api.js'
import { renderArticle } from './article.js'
import { inRange } from './buckets.js'
import { EVENT_TYPES, typeClass, typeColor } from './colors.js'
import { byId, h } from './dom.js'
import { eventTypeGroups } from './event-types.js'
import { FILTER_KEYS, filtersFromHash, formValue, nearFilter, overviewHash, withRange } from './filters.js'
import { parseSpans } from './highlight.js'
import { eventLink, eventSummary, loadedSummary, plural, renderEvents, renderStatements, type More } from './lists.js'
import { createMap, type MapPoint } from './map.js'
import { createTimeline, type Range } from './timeline.js'
import { countryFeatures, type Topology } from './topojson.js'
import type { EventItem, Filters, Page, PlaceItem, StatementItem } from './types.js'

const status = byId('status')
const form = byId<HTMLFormElement>('filters')
const overview = byId('overview')
const articleView = byId('article')
const typeSelect = form.elements.namedItem('type') as HTMLSelectElement
for (const g of eventTypeGroups(taxonomy)) {
  // An ACLED type first (all its sub-event types), then each sub-event type.
  const options = g.values.map((v, i) => h('option', { value: v }, g.type && i === 0 ? `${v} (all)` : v))
  typeSelect.append(h('optgroup', { label: g.type ?? 'Not ACLED events (CASE-2021 label)' }, ...options))
}

const legend = byId('legend')
legend.replaceChildren(...[...EVENT_TYPES, ''].map((t) => {
  const chip = h('span', { class: 'chip' })
  chip.style.background = typeColor(t)
  return h('span', { class: 'legend-entry' }, chip, t || 'Other (not an ACLED type)')
}))

const eventMap = createMap(byId('map'), countryFeatures(world as unknown as Topology), (points) => searchNear(points))
const brushLabel = byId('brush-label')
const brushClear = byId<HTMLButtonElement>('brush-clear')
let range: Range | null = null
const timeline = createTimeline(byId('timeline'), (r) => {
  range = r
  brushClear.hidden = !r
  draw()
})
brushClear.addEventListener('click', () => timeline.clear())

let events: Page<EventItem> = { items: [], limit: 0, offset: 0, more: false }
let statements: Page<StatementItem> = { items: [], limit: 0, offset: 0, more: false }
let places: Page<PlaceItem> = { items: [], limit: 0, offset: 0, more: false }
/** The overview hash whose results are shown (null before the first load), and the filters it holds. */
let loadedHash: string | null = null
let filters: Filters = {}

function setStatus(message: string, state: string): void {
  status.textContent = message
  document.body.dataset.state = state
}

/** A marker at each place of an event: its location, then the other places it is told at. */
function eventPoints(e: EventItem): MapPoint[] {
  const loc = e.event.location
  if (!loc) return []
  const href = eventLink(e)
  return [loc, ...(e.event.otherLocations ?? [])].map((p, i) => ({
    key: i === 0 ? e.id : `${e.id}@${i}`,
    lat: p.lat,
    lon: p.lon,
    color: typeColor(e.event.eventType),
    className: `event-marker type-${typeClass(e.event.eventType)}`,
    label: `${eventDays(e.event) ?? 'undated'}: ${eventSummary(e)}`,
    data: { event: e.id, place: p.name, lat: String(p.lat), lon: String(p.lon) },
    popup: () => h('div', { class: 'popup' },
      h('strong', {}, e.event.eventType), h('br'),
      `${eventDays(e.event) ?? 'undated'} · ${eventSummary(e)}`, h('br'),
      plural(e.sourceCount, 'source'), h('br'),
      href ? h('a', { href }, 'Open the evidence') : null),
  }))
}

function placePoint(p: PlaceItem): MapPoint {
  return {
    key: `${p.geonameId ?? p.name}`,
    lat: p.lat,
    lon: p.lon,
    color: '#37474f',
    className: 'place-marker',
    label: `${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}: ${plural(p.mentions, 'mention')}`,
    data: { place: p.name, lat: String(p.lat), lon: String(p.lon), country: p.countryCode ?? '' },
    popup: () => h('div', { class: 'popup' }, h('strong', {}, p.name), h('br'), `${plural(p.mentions, 'mention')} in ${plural(p.articles, 'article')}`, h('br'),
      nearButton([p], `Events within 10 km of ${p.name}`)),
  }
}

/** A button that searches with the current filters near the given points. */
function nearButton(points: { lat: number; lon: number }[], label: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'near-button' }, label)
  b.addEventListener('click', () => searchNear(points))
  return b
}

function searchNear(points: { lat: number; lon: number }[]): void {
  eventMap.map.closePopup()
  search({ ...readFilters(), near: nearFilter(points) })
}

/** Applies the brushed range (client side) to what is already loaded. */
function draw(): void {
  const shown = events.items.filter((e) => inRange(e.event.date, range))
  eventMap.setPoints(shown.flatMap(eventPoints), places.items.map(placePoint))
  renderEvents(byId('events'), shown, moreOf(events, 'events'))
  const shownStatements = statements.items.filter((s) => inRange(s.published, range))
  renderStatements(byId('statements'), shownStatements, moreOf(statements, 'statements'), filters.type)
  document.body.dataset.shownEvents = String(shown.length)
  byId('tab-events').textContent = `Events (${shown.length}${events.more ? '+' : ''})`
  byId('tab-statements').textContent = `Statements (${shownStatements.length}${statements.more ? '+' : ''})`
  brushLabel.textContent = range ? `${range.from} to ${range.to}: ${plural(shown.length, 'event')} of ${events.items.length} loaded` : ''
  const exported = withRange(filters, range)
  for (const a of byId('export').querySelectorAll<HTMLAnchorElement>('a[data-format]')) a.href = exportUrl(a.dataset.format!, exported)
}

function moreOf(page: Page<unknown>, kind: 'events' | 'statements'): More | null {
  if (!page.more) return null
  return { loaded: page.items.length, next: page.items.length < MAX_OFFSET ? () => void loadMore(kind) : null }
}

/** The next page of events or statements, added to what is shown; the focus goes to the first new row. */
async function loadMore(kind: 'events' | 'statements'): Promise<void> {
  const n = loads
  setStatus(`Loading more ${kind}…`, 'loading')
  try {
    let first: number
    if (kind === 'events') {
      const next = await api.events(filters, events.items.length)
      if (n !== loads) return
      const known = new Set(events.items.map((e) => e.id))
      first = events.items.length
      events = { ...next, offset: 0, items: [...events.items, ...next.items.filter((e) => !known.has(e.id))] }
      range = null
      brushClear.hidden = true
      timeline.render(events.items.map((x) => ({ date: x.event.date, type: x.event.eventType })))
    } else {
      const next = await api.statements(filters, statements.items.length)
      if (n !== loads) return
      first = statements.items.length
      statements = { ...next, offset: 0, items: [...statements.items, ...next.items] }
    }
    draw()
    setStatus(loadedSummary(events, statements, places), 'ready')
    byId(kind).querySelectorAll<HTMLAnchorElement>('li.row a.row-link')[first]?.focus()
  } catch (err) {
    if (n !== loads) return
    setStatus(`Could not load more ${kind}: ${(err as Error).message}.`, 'error')
  }
}

function readFilters(): Filters {
  const data = new FormData(form)
  const f: Filters = {}
  for (const key of FILTER_KEYS) {
    const v = String(data.get(key) ?? '').trim()
    if (v) f[key] = key === 'near' ? v.replace(/\s+/g, '') : v
  }
  return f
}

function fillForm(f: Filters): void {
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null
    if (field) field.value = formValue(key, f[key])
  }
}

function markInvalid(fields: string[]): void {
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key) as HTMLElement | null
    if (!field) continue
    if (fields.includes(key)) field.setAttribute('aria-invalid', 'true')
    else field.removeAttribute('aria-invalid')
  }
}

/** Searches with the given filters: the hash changes, and routing loads them. */
function search(f: Filters): void {
  const hash = overviewHash(f)
  if (location.hash === hash) void load(f, hash)
  else location.hash = hash
}

/** Counts loads, so that only the latest one's answers are shown (a slow search may end after a quick later one). */
let loads = 0

async function load(f: Filters, hash: string): Promise<void> {
  const n = ++loads
  fillForm(f)
  setStatus('Loading…', 'loading')
  try {
    const [e, s, p] = await Promise.all([api.events(f), api.statements(f), api.places(f)])
    if (n !== loads) return
    events = e
    statements = s
    places = p
    filters = f
    loadedHash = hash
    markInvalid([])
    overview.classList.remove('stale')
    range = null
    brushClear.hidden = true
    timeline.render(events.items.map((x) => ({ date: x.event.date, type: x.event.eventType })))
    draw()
    eventMap.fit()
    setStatus(loadedSummary(events, statements, places), 'ready')
  } catch (err) {
    if (n !== loads) return
    // The results still on screen are the previous search's: say so, and dim them.
    const issues = err instanceof ApiCallError ? err.issues.map((i) => i.path) : []
    markInvalid(issues)
    if (loadedHash !== null) overview.classList.add('stale')
    const previous = loadedHash !== null ? ' The results shown are from the previous search.' : ''
    setStatus(`Could not load: ${(err as Error).message}.${previous}`, 'error')
    const first = issues.map((k) => form.elements.namedItem(k)).find((x): x is HTMLInputElement => x instanceof HTMLElement)
    first?.focus()
  }
}

let lastOverview = '#/'

async function route(): Promise<void> {
  // Only `#/…` hashes are routes; any other is an in-page anchor.
  if (location.hash && !location.hash.startsWith('#/')) return
  const m = /^#\/article\/([^?]+)(?:\?(.*))?$/.exec(location.hash)
  if (!m) {
    articleView.hidden = true
    overview.hidden = false
    eventMap.map.invalidateSize()
    const hash = overviewHash(filtersFromHash(location.hash))
    lastOverview = hash
    if (hash !== loadedHash) await load(filtersFromHash(location.hash), hash)
    else setStatus(loadedSummary(events, statements, places), 'ready')
    return
  }
  overview.hidden = true
  articleView.hidden = false
  setStatus('Loading the article…', 'loading')
  try {
    const a = await api.article(decodeURIComponent(m[1]!))
    renderArticle(articleView, a, parseSpans(new URLSearchParams(m[2] ?? '').get('evidence')), lastOverview)
    setStatus(`Article: ${a.article.title ?? a.article.id}`, 'article')
    if (!articleView.querySelector('.selected')) byId('article-title').focus()
  } catch (err) {
    articleView.replaceChildren(h('p', {}, h('a', { href: lastOverview }, '← Back to map')))
    setStatus(`Could not load the article: ${(err as Error).message}`, 'error')
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault()
  search(readFilters())
})
form.addEventListener('reset', (e) => {
  e.preventDefault()
  search({})
})

for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
      const on = t === tab
      t.setAttribute('aria-selected', String(on))
      byId(t.getAttribute('aria-controls')!).hidden = !on
    }
  })
}

// Skip links move the focus without touching the hash, which holds the route and its filters.
for (const skip of document.querySelectorAll<HTMLAnchorElement>('a.skip')) {
  skip.addEventListener('click', (e) => {
    e.preventDefault()
    byId(skip.hash.slice(1)).focus()
  })
}

window.addEventListener('hashchange', () => void route())
void route()
