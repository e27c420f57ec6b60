/**
 * The OpenAPI 3.1 document served at `/openapi.json`, generated from the same zod schemas that
 * validate requests, so the document cannot drift from what the server accepts.
 */
import { z } from 'zod'
import { Analysis, Event, Span } from '../doc/schema.js'
import { AnalyzeBody, ArticleId, ArticleQuery, ExportQuery, IngestBody, SearchQuery } from './schemas.js'

type JsonSchema = Record<string, unknown>
type Operation = Record<string, unknown>

const schema = (s: z.ZodType): JsonSchema => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})

// Response shapes, for the document only: the store and routes define them in TypeScript.
const MergedEvent = z.object({
  id: z.string(),
  event: Event,
  sourceCount: z.number().int(),
  sources: z.array(z.string()),
  evidence: z.array(z.object({ articleId: z.string(), span: Span, text: z.string() })),
})
const StatementHit = z.object({
  articleId: z.string(), title: z.string().nullable(), published: z.string().nullable(), source: z.string().nullable(),
  kind: z.string(), speaker: z.string().nullable(), cue: z.string().nullable(), content: z.string(), start: z.number().int(), end: z.number().int(),
})
const ArticleHit = z.object({
  id: z.string(), title: z.string().nullable(), published: z.string().nullable(), language: z.string(), source: z.string().nullable(),
  url: z.string().nullable(), storyId: z.string(), events: z.number().int(), statements: z.number().int(), snippet: z.string(),
})
const PlaceCount = z.object({
  name: z.string(), geonameId: z.number().int().nullable(), lat: z.number(), lon: z.number(), countryCode: z.string().nullable(),
  admin1Name: z.string().nullable(), mentions: z.number().int(), articles: z.number().int(),
})
const ActorCount = z.object({ id: z.string().nullable(), name: z.string(), kind: z.string(), mentions: z.number().int(), articles: z.number().int() })

/** The item shape of each list route, exported so tests check responses against the document. */
export const RESPONSE_ITEMS = { articles: ArticleHit, events: MergedEvent, statements: StatementHit, places: PlaceCount, actors: ActorCount }

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function queryParameters(s: z.ZodObject): JsonSchema[] {
  return Object.entries(s.shape).map(([name, field]) => {
    const json = schema(field as z.ZodType)
    return { name, in: 'query', required: false, schema: json, ...(json.description ? { description: json.description } : {}) }
  })
}

const errors = {
  400: { description: 'invalid input', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  500: { description: 'internal error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
}

const json = (description: string, ref: JsonSchema) => ({ description, content: { 'application/json': { schema: ref } } })

/** One list route: the shared filters, a page of results. */
function listOperation(summary: string, item: JsonSchema): Operation {
  return {
    get: {
      summary,
      parameters: queryParameters(SearchQuery),
      responses: {
        200: json(summary, { type: 'object', properties: { limit: { type: 'integer' }, offset: { type: 'integer' }, more: { type: 'boolean' }, items: { type: 'array', items: item } } }),
        ...errors,
      },
    },
  }
}

export function buildOpenApi(): JsonSchema {
  const analysis = { $ref: '#/components/schemas/Analysis' }
  const paths: Record<string, Operation> = {
    '/api/health': { get: { summary: 'liveness', responses: { 200: json('ok', { type: 'object' }) } } },
    '/api/analyze': {
      post: {
        summary: 'analyse one article (text or HTML) without storing it',
        requestBody: { required: true, content: { 'application/json': { schema: schema(AnalyzeBody) } } },
        responses: { 200: json('the analysis', analysis), 413: errors[400], 415: errors[400], ...errors },
      },
    },
    '/api/articles': listOperation('search articles (the newest publications first, with words or without)', ref('ArticleHit')),
    '/api/articles/{id}': {
      get: {
        summary: 'one article with every annotation layer',
        parameters: [{ name: 'id', in: 'path', required: true, schema: schema(ArticleId) }, ...queryParameters(ArticleQuery)],
        responses: { 200: json('the stored analysis', analysis), 404: errors[400], ...errors },
      },
    },
    '/api/events': listOperation('search events (merged across articles, with evidence; the newest events first)', ref('MergedEvent')),
    '/api/statements': listOperation('search attributed statements (the newest publications first; place, region and type filters hold for the article a statement is in, the actor is its speaker)', ref('StatementHit')),
    '/api/actors': listOperation('actors named in the newest 200 matching articles', ref('ActorCount')),
    '/api/places': listOperation('places named in the newest 200 matching articles (with a type filter, only where an event of that type is told)', ref('PlaceCount')),
    '/api/stats': { get: { summary: 'store counts', responses: { 200: json('counts', { type: 'object' }) } } },
    '/api/ingest': {
      post: {
        summary: 'analyse and store articles (needs the SITREP_TOKEN bearer token)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: schema(IngestBody) } } },
        responses: { 200: json('counts written', { type: 'object' }), 401: errors[400], 403: errors[400], ...errors },
      },
    },
  }
  for (const [format, type] of [['csv', 'text/csv'], ['geojson', 'application/geo+json'], ['jsonl', 'application/x-ndjson']] as const) {
    paths[`/api/export/events.${format}`] = {
      get: {
        summary: `stream matching events as ${format}`,
        parameters: queryParameters(ExportQuery),
        responses: { 200: { description: `events as ${format}`, content: { [type]: {} } }, ...errors },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep', version: '0.1.0', description: 'News to events and attributed statements, every field linked to its source text.' },
    paths,
    components: {
      schemas: {
        Analysis: schema(Analysis), Error: schema(ErrorBody), MergedEvent: schema(MergedEvent), StatementHit: schema(StatementHit),
        ArticleHit: schema(ArticleHit), PlaceCount: schema(PlaceCount), ActorCount: schema(ActorCount),
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  }
}
