/**
 * zod schemas of every API input. Objects are strict: an unknown field is an error, never silently
 * ignored, so a misspelt filter cannot return unfiltered results. Page sizes and offsets are bounded
 * (too large is a 400, not a silent clamp), and free text is bounded too.
 */
import { z } from 'zod'
import { isCalendarDate, periodEnd } from '../store/calendar.js'
import { countryHintCode, isCountry } from '../store/countries.js'
import { isEventType } from '../store/event-types.js'

export const MAX_PAGE = 500
export const MAX_OFFSET = 10_000
/** Largest article text or HTML accepted by /analyze and /ingest, in characters. */
export const MAX_ARTICLE_CHARS = 2_000_000
export const MAX_INGEST_ARTICLES = 100

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a real calendar date')

/** As in the CLI: a year, a month or a day; a month or year as an upper bound means its end. */
const filterDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real calendar date')
const upperDate = filterDate.transform(periodEnd)

const near = z.string().max(80)
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/, 'expected lat,lon,km (for example 34.55,38.27,50)')
  .transform((s) => {
    const [lat, lon, km] = s.split(',').map(Number) as [number, number, number]
    return { lat, lon, km }
  })
  .refine((n) => Math.abs(n.lat) <= 90 && Math.abs(n.lon) <= 180 && n.km > 0 && n.km <= 20_000,
    'lat must be in [-90, 90], lon in [-180, 180] and km in (0, 20000]')

const pageNumber = (max: number, fallback: number, min: number) => z.string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  .refine((n) => n >= min && n <= max, `expected a whole number from ${min} to ${max}`)
  .optional()
  .transform((n) => n ?? fallback)

/** The search filters shared by every list route and export (the CLI's `search` options). */
export const SearchQuery = z.strictObject({
  q: z.string().max(500, 'query text is limited to 500 characters').optional()
    .describe('full-text query; words are searched as words, never as query syntax'),
  from: filterDate.optional().describe('on or after this date: YYYY, YYYY-MM or YYYY-MM-DD'),
  to: upperDate.optional().describe('on or before this date (a month or year means its end)'),
  country: z.string().min(2).max(60).regex(/^[\p{L}][\p{L} .'’-]*$/u, 'expected an ISO country code or a country name')
    .refine(isCountry, 'not a country: expected an ISO code (ML) or a name in English or French (Mali)')
    .optional().describe('ISO 3166-1 code, or a name in English or French'),
  admin1: z.string().max(100).optional().describe('first-level region (governorate, province, state)'),
  type: z.string().max(100).refine(isEventType, 'not an event type: expected an ACLED event type or sub-event type, such as Battles or Armed clash')
    .optional().describe('ACLED event type or sub-event type'),
  actor: z.string().max(200).optional().describe('actor id or name'),
  near: near.optional().describe('lat,lon,km'),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639-1 code such as fr or en').optional(),
  source: z.string().max(200).optional(),
  limit: pageNumber(MAX_PAGE, 50, 1).describe(`page size, 1 to ${MAX_PAGE}`),
  offset: pageNumber(MAX_OFFSET, 0, 0).describe(`rows to skip, 0 to ${MAX_OFFSET}`),
})
export type SearchQuery = z.infer<typeof SearchQuery>

/** Export routes take the same filters without paging; `limit` caps the rows streamed. */
export const ExportQuery = SearchQuery.omit({ offset: true }).extend({
  // The store returns at most 100,000 rows a search (MAX_LIMIT, src/store/results.ts): more would be cut silently.
  limit: pageNumber(100_000, 100_000, 1).describe('largest number of events exported, at most 100000'),
})
export type ExportQuery = z.infer<typeof ExportQuery>

/** Routes that take no query parameters still refuse unknown ones. */
export const NoQuery = z.strictObject({})

/** One stored article: `tokens=false` leaves out its largest layer, which a reader of the text does not need (the web app). */
export const ArticleQuery = z.strictObject({
  tokens: z.enum(['true', 'false']).optional().describe('false: the tokens layer comes back empty (about four fifths of the answer\'s size)'),
})

export const ArticleId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an article id (letters, digits, - and _)')

const articleFields = {
  text: z.string().max(MAX_ARTICLE_CHARS).optional(),
  html: z.string().max(MAX_ARTICLE_CHARS).optional(),
  url: z.string().url().max(2000).optional(),
  title: z.string().max(1000).optional(),
  published: isoDate.optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639-1 code such as fr or en').optional(),
  country: countryHintCode.optional().describe('ISO 3166-1 alpha-2 code of the country the text is about unless it says otherwise (a country feed\'s): decides between namesake towns and gives generic actors their country'),
  source: z.string().max(200).optional(),
  id: z.string().max(200).optional(),
}

const exactlyOneBody = (a: { text?: string | undefined; html?: string | undefined }) => (a.text === undefined) !== (a.html === undefined)
const ONE_BODY = { message: 'give exactly one of "text" or "html"' }

/** One article to analyse: text or HTML, and optional metadata. */
export const AnalyzeBody = z.strictObject(articleFields).refine(exactlyOneBody, ONE_BODY)
export type AnalyzeBody = z.infer<typeof AnalyzeBody>

export const IngestBody = z.strictObject({
  articles: z.array(z.strictObject(articleFields).refine(exactlyOneBody, ONE_BODY)).min(1).max(MAX_INGEST_ARTICLES),
})
export type IngestBody = z.infer<typeof IngestBody>
