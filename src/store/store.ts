/**
 * The store interface: what ingest, search, export and stats need from a database. It is async and
 * speaks only in document-model shapes, so a PostgreSQL + PostGIS implementation can satisfy it
 * without touching the pipeline. `sqlite/` is the embedded default.
 */
import type { Analysis, Event, Span } from '../doc/schema.js'

/** Where one copy of an article was seen: the input it came from and the outlet that published it. */
export interface Sighting {
  input: string
  url: string | null
  source: string | null
}

/** What the store computes for an article before writing it (near-duplicate fingerprint). */
export interface StoredAnalysis {
  analysis: Analysis
  /** MinHash signature of the article's kept text (`dedup/minhash.ts`). */
  signature: string
  /**
   * The full analysis, packed (`store/pack.ts`) where it was made. When given, `analysis` may
   * leave out the bulky `tokens` and `sentences` layers, which the store only keeps packed.
   */
  packed?: Uint8Array
}

export interface PutResult {
  /** Articles written for the first time. */
  added: number
  /** Articles already stored (same content hash); only a new sighting may have been recorded. */
  existing: number
  /** New articles that joined an existing story as near-duplicates. */
  nearDuplicates: number
}

export interface SearchFilters {
  /** Full-text query; its words are searched as plain words, never as query syntax. */
  text?: string
  /** Inclusive `YYYY-MM-DD` bounds on the publication date (articles) or event date (events). */
  from?: string
  to?: string
  country?: string
  admin1?: string
  eventType?: string
  actor?: string
  near?: { lat: number; lon: number; km: number }
  language?: string
  source?: string
  limit?: number
}

export interface ArticleHit {
  id: string
  title: string | null
  published: string | null
  language: string
  source: string | null
  url: string | null
  storyId: string
  events: number
  statements: number
  /** A short excerpt around the match, with the matched words in «…». */
  snippet: string
}

/** One attributed statement found by a search, with the span of its content. */
export interface StatementHit {
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

/** One event as merged across the articles of the store, with every piece of evidence. */
export interface MergedEvent {
  id: string
  /**
   * The first report. Its spans (evidence, each actor's `span`, `dateSpan`, the location's) are
   * offsets into that report's article, `evidence[0].articleId`.
   */
  event: Event
  /** Distinct outlets (or inputs, when the outlet is unknown) reporting it. */
  sourceCount: number
  sources: string[]
  evidence: { articleId: string; span: Span; text: string }[]
}

export interface StoreStats {
  articles: number
  stories: number
  sightings: number
  events: number
  mergedEvents: number
  statements: number
  byLanguage: Record<string, number>
  byEventType: Record<string, number>
  byCountry: Record<string, number>
  byMonth: Record<string, number>
  bySource: Record<string, number>
}

export interface Story {
  id: string
  articles: { id: string; title: string | null; source: string | null; url: string | null; published: string | null }[]
}

export interface Store {
  /** True when an article with this content hash is stored (lets a resumed ingest skip work). */
  has(articleId: string): Promise<boolean>
  /**
   * Records a new sighting of a stored article and returns true; false when the article is not
   * stored (so a resumed or repeated ingest skips the analysis of what it already has).
   */
  see(articleId: string, sighting: Sighting): Promise<boolean>
  /** True when an input of this name has been stored (lets a resumed ingest skip immutable inputs). */
  hasInput(input: string): Promise<boolean>
  /** Writes a batch atomically: all of it or none of it lands. Idempotent by content hash. */
  put(batch: { stored: StoredAnalysis; sighting: Sighting }[]): Promise<PutResult>
  get(articleId: string): Promise<Analysis | null>
  story(storyId: string): Promise<Story | null>
  searchArticles(filters: SearchFilters): Promise<ArticleHit[]>
  searchEvents(filters: SearchFilters): Promise<MergedEvent[]>
  searchStatements(filters: SearchFilters): Promise<StatementHit[]>
  stats(): Promise<StoreStats>
  /** Runs the database's own consistency check; returns the problems found (empty when fine). */
  check(): Promise<string[]>
  close(): Promise<void>
}
