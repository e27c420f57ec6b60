/** The shapes the API returns, as the app uses them (the document model comes from the engine). */
import type { Analysis, Event, Span, Statement } from '../../src/doc/schema.js'
import type { MergedEvent, StatementHit } from '../../src/store/store.js'

export type { Analysis, Event, Span, Statement }

export interface Page<T> {
  items: T[]
  limit: number
  offset: number
}

/** One event merged across articles, as `/api/events` returns it (the store's shape). */
export type EventItem = MergedEvent

/** One statement found by a search, as `/api/statements` returns it (the store's shape). */
export type StatementItem = StatementHit

export interface PlaceItem {
  name: string
  geonameId: number | null
  lat: number
  lon: number
  countryCode: string | null
  admin1Name: string | null
  mentions: number
  articles: number
}

export interface Filters {
  q?: string
  type?: string
  actor?: string
  country?: string
  lang?: string
  source?: string
  from?: string
  to?: string
}
