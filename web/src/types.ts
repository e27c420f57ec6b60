/** The shapes the API returns, as the app uses them (the document model comes from the engine). */
import type { Analysis, Event, Span, Statement } from '../../src/doc/schema.js'
import type { PlaceCount } from '../../src/api/responses.js'
import type { MergedEvent, StatementHit } from '../../src/store/store.js'

export type { Analysis, Event, Span, Statement }

export interface Page<T> {
  items: T[]
  limit: number
  offset: number
  /** True when more rows match than the page holds. */
  more: boolean
}

/** One event merged across articles, as `/api/events` returns it (the store's shape). */
export type EventItem = MergedEvent

/** One statement found by a search, as `/api/statements` returns it (the store's shape). */
export type StatementItem = StatementHit

/** One place counted over matching articles, as `/api/places` returns it (the API's shape). */
export type PlaceItem = PlaceCount

export interface Filters {
  q?: string
  type?: string
  actor?: string
  country?: string
  /** First-level region (governorate, province, state). */
  admin1?: string
  lang?: string
  source?: string
  from?: string
  to?: string
  /** `lat,lon,km`: events within km of the point. */
  near?: string
}
