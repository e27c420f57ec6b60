/** The HTTP API as the app calls it: JSON in, JSON out, errors turned into readable messages. */
import type { Analysis, EventItem, Filters, Page, PlaceItem, StatementItem } from './types.js'

export interface ApiIssue {
  /** The query field at fault (`country`, `from`…), as the API names it. */
  path: string
  message: string
}

export class ApiCallError extends Error {
  constructor(message: string, readonly issues: ApiIssue[] = []) {
    super(message)
  }
}

export function query(filters: Filters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) p.set(k, v)
  const s = p.toString()
  return s ? `?${s}` : ''
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } })
  const body = (await res.json().catch(() => null)) as { error?: { message?: string; issues?: ApiIssue[] } } | null
  if (!res.ok) throw new ApiCallError(body?.error?.message ?? `${path}: HTTP ${res.status}`, body?.error?.issues ?? [])
  return body as T
}

/** The map and timeline show up to this many events; the lists page through the same set. */
export const MAP_LIMIT = '500'
export const STATEMENT_LIMIT = '200'
/** The API's largest offset (`MAX_OFFSET` in src/api/schemas.ts): past it, only narrower filters help. */
export const MAX_OFFSET = 10_000

/** Where every event matching the filters downloads from, in one of the formats of `sitrep export`. */
export function exportUrl(format: string, filters: Filters): string {
  return `api/export/events.${format}${query(filters)}`
}

export const api = {
  events: (f: Filters, offset = 0) => getJson<Page<EventItem>>(`api/events${query(f, { limit: MAP_LIMIT, offset: offset ? String(offset) : '' })}`),
  statements: (f: Filters, offset = 0) => getJson<Page<StatementItem>>(`api/statements${query(f, { limit: STATEMENT_LIMIT, offset: offset ? String(offset) : '' })}`),
  places: (f: Filters) => getJson<Page<PlaceItem>>(`api/places${query(f, { limit: MAP_LIMIT })}`),
  // The view draws no tokens: leaving them out makes the answer about five times smaller.
  article: (id: string) => getJson<Analysis>(`api/articles/${encodeURIComponent(id)}?tokens=false`),
}
