/**
 * The HTTP API as a Hono app: built from its dependencies (pipeline, optional store, token), so
 * tests drive it in-process with `app.request()` and `sitrep serve` puts it on a socket. Every
 * input goes through zod; bodies are bounded; slow requests time out; errors are JSON.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { timeout } from 'hono/timeout'
import { HTTPException } from 'hono/http-exception'
import type { Pipeline } from '../pipeline/pipeline.js'
import { getDefaultPipeline } from '../pipeline/default.js'
import type { Store } from '../store/store.js'
import { ApiError, errorBody, handleError, type Logger } from './errors.js'
import { buildOpenApi } from './openapi.js'
import { analyzeRoutes } from './routes/analyze.js'
import { exportRoutes } from './routes/export.js'
import { ingestRoutes } from './routes/ingest.js'
import { searchRoutes } from './routes/search.js'
import { staticRoutes } from './static.js'

export interface AppOptions {
  /** The database the read routes search; they answer 503 without one. */
  store?: Store | null
  pipeline?: () => Pipeline
  /** Bearer token required by write routes; when unset the API is read-only. */
  token?: string | null
  /** Folder of the built web app; no web routes when unset. */
  webDir?: string | null
  /** Largest request body in bytes. */
  maxBodyBytes?: number
  /** Longest a request may take before a 504. */
  timeoutMs?: number
  log?: Logger
}

export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
export const DEFAULT_TIMEOUT_MS = 30_000

export function createApp(opts: AppOptions = {}): Hono {
  const app = new Hono()
  const log = opts.log ?? (() => {})
  app.onError(handleError(log))
  app.use('/api/*', timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => new HTTPException(504, { message: 'the request took too long' })))
  app.use('/api/*', bodyLimit({
    maxSize: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('E_TOO_LARGE', `the request body is larger than ${opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes`), 413),
  }))
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('x-content-type-options', 'nosniff')
  })

  const openapi = buildOpenApi()
  app.get('/openapi.json', (c) => c.json(openapi))
  app.get('/api/health', (c) => c.json({ ok: true }))
  const pipeline = opts.pipeline ?? getDefaultPipeline
  const store = (): Store => {
    if (!opts.store) throw new ApiError(503, 'E_NO_STORE', 'this server has no database: start it with --db PATH')
    return opts.store
  }
  analyzeRoutes(app, pipeline)
  searchRoutes(app, store)
  exportRoutes(app, store)
  ingestRoutes(app, { store, pipeline, token: opts.token ?? null })

  app.all('/api/*', (c) => c.json(errorBody('E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}; see /openapi.json`), 404))
  if (opts.webDir) staticRoutes(app, opts.webDir)
  app.notFound((c) => c.json(errorBody('E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}; see /openapi.json`), 404))
  return app
}
