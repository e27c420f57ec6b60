/** The HTTP API as the app calls it: JSON in, JSON out, errors turned into readable messages. */
import type { Analysis, EventItem, Filters, Page, PlaceItem, StatementItem } from './types.js'

export class ApiCallError extends Error {}

function query(filters: Filters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) p.set(k, v)
  const s = p.toString()
  return s ? `?${s}` : ''
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } })
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
  if (!res.ok) throw new ApiCallError(body?.error?.message ?? `${path}: HTTP ${res.status}`)
  return body as T
}

/** The map and timeline show up to this many events; the lists page through the same set. */
export const MAP_LIMIT = '500'

export const api = {
  events: (f: Filters) => getJson<Page<EventItem>>(`api/events${query(f, { limit: MAP_LIMIT })}`),
  statements: (f: Filters) => getJson<Page<StatementItem>>(`api/statements${query(f, { limit: '200' })}`),
  places: (f: Filters) => getJson<Page<PlaceItem>>(`api/places${query(f, { limit: MAP_LIMIT })}`),
  article: (id: string) => getJson<Analysis>(`api/articles/${encodeURIComponent(id)}`),
}
