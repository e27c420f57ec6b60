/**
 * The app: filters → API → map, timeline and lists; the URL hash routes between the overview
 * (`#/`) and the article view (`#/article/<id>?evidence=12-40`). `data-state` on <body> tells
 * tests (and screen readers, via the status line) when a view has finished loading.
 */
import 'leaflet/dist/leaflet.css'
import './style.css'
import world from 'world-atlas/countries-50m.json'
import { eventDays } from '../../src/doc/event-days.js'
import { api } from './api.js'
import { renderArticle } from './article.js'
import { inRange } from './buckets.js'
import { EVENT_TYPES, typeClass, typeColor } from './colors.js'
import { byId, h } from './dom.js'
import { parseSpans } from './highlight.js'
import { eventLink, eventSummary, renderEvents, renderStatements } from './lists.js'
import { createMap, type MapPoint } from './map.js'
import { createTimeline, type Range } from './timeline.js'
import { countryFeatures, type Topology } from './topojson.js'
import type { EventItem, Filters, PlaceItem, StatementItem } from './types.js'

const status = byId('status')
const form = byId<HTMLFormElement>('filters')
const overview = byId('overview')
const articleView = byId('article')
const typeSelect = form.elements.namedItem('type') as HTMLSelectElement
for (const t of EVENT_TYPES) typeSelect.append(h('option', { value: t }, t))

const legend = byId('legend')
legend.replaceChildren(...[...EVENT_TYPES, ''].map((t) => {
  const chip = h('span', { class: 'chip' })
  chip.style.background = typeColor(t)
  return h('span', { class: 'legend-entry' }, chip, t || 'Other (not an ACLED type)')
}))

const eventMap = createMap(byId('map'), countryFeatures(world as unknown as Topology))
const brushLabel = byId('brush-label')
const brushClear = byId<HTMLButtonElement>('brush-clear')
let range: Range | null = null
const timeline = createTimeline(byId('timeline'), (r) => {
  range = r
  brushLabel.textContent = r ? `${r.from} to ${r.to}` : ''
  brushClear.hidden = !r
  draw()
})
brushClear.addEventListener('click', () => timeline.clear())

let events: EventItem[] = []
let statements: StatementItem[] = []
let places: PlaceItem[] = []
let loaded = false

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
      `${e.sourceCount} source(s)`, h('br'),
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
    label: `${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}: ${p.mentions} mention(s)`,
    data: { place: p.name, lat: String(p.lat), lon: String(p.lon), country: p.countryCode ?? '' },
    popup: () => h('div', { class: 'popup' }, h('strong', {}, p.name), h('br'), `${p.mentions} mention(s) in ${p.articles} article(s)`),
  }
}

/** Applies the brushed range (client side) to what is already loaded. */
function draw(): void {
  const shown = events.filter((e) => inRange(e.event.date, range))
  eventMap.setPoints(shown.flatMap(eventPoints), places.map(placePoint))
  renderEvents(byId('events'), shown)
  renderStatements(byId('statements'), statements.filter((s) => inRange(s.published, range)))
  document.body.dataset.shownEvents = String(shown.length)
}

function readFilters(): Filters {
  const data = new FormData(form)
  const f: Filters = {}
  for (const key of ['q', 'type', 'actor', 'country', 'lang', 'source', 'from', 'to'] as const) {
    const v = String(data.get(key) ?? '').trim()
    if (v) f[key] = v
  }
  return f
}

async function load(): Promise<void> {
  setStatus('Loading…', 'loading')
  try {
    const f = readFilters()
    const [e, s, p] = await Promise.all([api.events(f), api.statements(f), api.places(f)])
    events = e.items
    statements = s.items
    places = p.items
    loaded = true
    range = null
    brushLabel.textContent = ''
    brushClear.hidden = true
    timeline.render(events.map((x) => ({ date: x.event.date, type: x.event.eventType })))
    draw()
    eventMap.fit()
    setStatus(`${events.length} event(s), ${statements.length} statement(s), ${places.length} place(s).`, 'ready')
  } catch (err) {
    setStatus(`Could not load: ${(err as Error).message}`, 'error')
  }
}

async function route(): Promise<void> {
  const m = /^#\/article\/([^?]+)(?:\?(.*))?$/.exec(location.hash)
  if (!m) {
    articleView.hidden = true
    overview.hidden = false
    eventMap.map.invalidateSize()
    if (!loaded) await load()
    else setStatus(`${events.length} event(s), ${statements.length} statement(s), ${places.length} place(s).`, 'ready')
    return
  }
  overview.hidden = true
  articleView.hidden = false
  setStatus('Loading the article…', 'loading')
  try {
    const a = await api.article(decodeURIComponent(m[1]!))
    renderArticle(articleView, a, parseSpans(new URLSearchParams(m[2] ?? '').get('evidence')))
    setStatus(`Article: ${a.article.title ?? a.article.id}`, 'article')
    if (!articleView.querySelector('.selected')) byId('article-title').focus()
  } catch (err) {
    articleView.replaceChildren(h('p', {}, h('a', { href: '#/' }, '← Back to map')))
    setStatus(`Could not load the article: ${(err as Error).message}`, 'error')
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault()
  void load()
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

window.addEventListener('hashchange', () => void route())
void route()
