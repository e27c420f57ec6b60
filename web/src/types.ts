/** The shapes the API returns, as the app uses them (the document model comes from the engine). */
import type { Analysis, Event, Span, Statement } from '../../src/doc/schema.js'

export type { Analysis, Event, Span, Statement }

export interface Page<T> {
  items: T[]
  limit: number
  offset: number
}

export interface EventItem {
  id: string
  event: Event
  sourceCount: number
  sources: string[]
  evidence: { articleId: string; span: Span; text: string }[]
}

/** One statement found by a search: its content span and text, and who made it. */
export interface StatementItem {
  articleId: string
  title: string | null
  published: string | null
  source: string | null
  kind: string
  speaker: string | null
  cue: string | null
  content: string
  start: number
  end: number
}

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
