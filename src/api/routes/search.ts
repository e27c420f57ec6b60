/**
 * The read routes over the store: search articles, events, statements, actors and places with the
 * CLI's filters and bounded pages; one article with all its layers; store counts. The store takes
 * a row limit only, so a page is read as `offset + limit` rows and cut here (both are bounded by
 * the query schema, so the read stays bounded too).
 */
import type { Hono } from 'hono'
import type { Analysis, Place } from '../../doc/schema.js'
import type { SearchFilters, Store } from '../../store/store.js'
import { ApiError } from '../errors.js'
import type { ActorCount, PlaceCount } from '../responses.js'
import { ArticleId, ArticleQuery, NoQuery, SearchQuery } from '../schemas.js'
import { parseParam, parseQuery } from '../validate.js'

/** The API's query names to the store's filter names (the CLI's option names). */
export function toStoreFilters(q: Omit<SearchQuery, 'offset'>, limit: number): SearchFilters {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    const message = `from ${q.from} is after to ${q.to}: no date can match`
    throw new ApiError(400, 'E_INVALID', `invalid query: ${message}`, [{ path: 'from', message }])
  }
  const f: SearchFilters = { limit }
  if (q.q !== undefined) f.text = q.q
  if (q.from !== undefined) f.from = q.from
  if (q.to !== undefined) f.to = q.to
  if (q.country !== undefined) f.country = q.country
  if (q.admin1 !== undefined) f.admin1 = q.admin1
  if (q.type !== undefined) f.eventType = q.type
  if (q.actor !== undefined) f.actor = q.actor
  if (q.near !== undefined) f.near = q.near
  if (q.lang !== undefined) f.language = q.lang
  if (q.source !== undefined) f.source = q.source
  return f
}

export interface Page<T> {
  items: T[]
  limit: number
  offset: number
  /** True when more rows may follow this page. */
  more: boolean
}

async function page<T>(q: SearchQuery, read: (f: SearchFilters) => Promise<T[]>): Promise<Page<T>> {
  // One extra row tells whether another page exists.
  const rows = await read(toStoreFilters(q, q.offset + q.limit + 1))
  return { items: rows.slice(q.offset, q.offset + q.limit), limit: q.limit, offset: q.offset, more: rows.length > q.offset + q.limit }
}

/** Articles read to aggregate actors or places: the newest matching ones. */
const AGGREGATE_ARTICLES = 200

type Located = Pick<Place, 'geonameId' | 'name' | 'lat' | 'lon'>
const placeKey = (p: Located) => (p.geonameId !== null ? `g${p.geonameId}` : `${p.name}|${p.lat}|${p.lon}`)

/**
 * The places mentioned in `analyses`, counted. With an event type (the type filter), only the
 * places where an event of that type is told (its place or another place it is told at): an
 * article reporting a clash also names towns where nothing of the kind happened, and the map's
 * places would show them as if it had. The type matches as the stores' filter does: the event's
 * type or sub-event type, whatever the case.
 */
export function countPlaces(analyses: Analysis[], eventType?: string): PlaceCount[] {
  const type = eventType?.toLowerCase()
  const byKey = new Map<string, PlaceCount & { seen: Set<string> }>()
  for (const a of analyses) {
    const where = type === undefined ? null : new Set(a.events
      .filter((e) => e.eventType.toLowerCase() === type || e.subEventType.toLowerCase() === type)
      .flatMap((e) => [e.location, ...(e.otherLocations ?? [])])
      .flatMap((p) => (p ? [placeKey(p)] : [])))
    for (const p of a.places) {
      const key = placeKey(p)
      if (where && !where.has(key)) continue
      let c = byKey.get(key)
      if (!c) {
        c = { name: p.name, geonameId: p.geonameId, lat: p.lat, lon: p.lon, countryCode: p.countryCode, admin1Name: p.admin1Name, mentions: 0, articles: 0, seen: new Set() }
        byKey.set(key, c)
      }
      c.mentions++
      c.seen.add(a.article.id)
      c.articles = c.seen.size
    }
  }
  return [...byKey.values()].map(({ seen: _seen, ...c }) => c).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
}

export function countActors(analyses: Analysis[]): ActorCount[] {
  const names = new Map<string, string>()
  for (const a of analyses) for (const actor of a.actors) names.set(actor.id, actor.name)
  const byKey = new Map<string, ActorCount & { seen: Set<string> }>()
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.kind === 'place' || m.kind === 'generic') continue
      const key = m.actorId ?? `${m.kind}|${m.text.toLowerCase()}`
      let c = byKey.get(key)
      if (!c) {
        c = { id: m.actorId, name: (m.actorId && names.get(m.actorId)) || m.text, kind: m.kind, mentions: 0, articles: 0, seen: new Set() }
        byKey.set(key, c)
      }
      c.mentions++
      c.seen.add(a.article.id)
      c.articles = c.seen.size
    }
  }
  return [...byKey.values()].map(({ seen: _seen, ...c }) => c).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
}

async function matchingAnalyses(store: Store, q: SearchQuery): Promise<Analysis[]> {
  const hits = await store.searchArticles(toStoreFilters(q, AGGREGATE_ARTICLES))
  const out: Analysis[] = []
  for (const h of hits) {
    const a = await store.get(h.id)
    if (a) out.push(a)
  }
  return out
}

function slice<T>(rows: T[], q: SearchQuery): Page<T> {
  return { items: rows.slice(q.offset, q.offset + q.limit), limit: q.limit, offset: q.offset, more: rows.length > q.offset + q.limit }
}

export function searchRoutes(app: Hono, store: () => Store): void {
  app.get('/api/articles', async (c) => {
    const q = parseQuery(c, SearchQuery)
    return c.json(await page(q, (f) => store().searchArticles(f)))
  })
  app.get('/api/articles/:id', async (c) => {
    const id = parseParam(c.req.param('id'), 'article id', ArticleId)
    const q = parseQuery(c, ArticleQuery)
    const a = await store().get(id)
    if (!a) throw new ApiError(404, 'E_NOT_FOUND', `no article with id "${id}"`)
    return c.json(q.tokens === 'false' ? { ...a, tokens: [] } : a)
  })
  app.get('/api/events', async (c) => {
    const q = parseQuery(c, SearchQuery)
    return c.json(await page(q, (f) => store().searchEvents(f)))
  })
  app.get('/api/statements', async (c) => {
    const q = parseQuery(c, SearchQuery)
    return c.json(await page(q, (f) => store().searchStatements(f)))
  })
  // Actors and places are counted over the newest matching articles (the store indexes them per
  // article, not as their own search); with a type filter, places only where such an event is told.
  app.get('/api/places', async (c) => {
    const q = parseQuery(c, SearchQuery)
    return c.json(slice(countPlaces(await matchingAnalyses(store(), q), q.type), q))
  })
  app.get('/api/actors', async (c) => {
    const q = parseQuery(c, SearchQuery)
    return c.json(slice(countActors(await matchingAnalyses(store(), q)), q))
  })
  app.get('/api/stats', async (c) => {
    parseQuery(c, NoQuery)
    return c.json(await store().stats())
  })
}
