/**
 * `POST /api/ingest`: analyse articles and store them, behind the `SITREP_TOKEN` bearer token.
 * Without a configured token the API is read-only and the route answers 403, so a server started
 * without one can never be written to by accident.
 */
import { timingSafeEqual } from 'node:crypto'
import type { Context, Hono } from 'hono'
import { articleSignature } from '../../dedup/minhash.js'
import type { Pipeline } from '../../pipeline/pipeline.js'
import type { Store } from '../../store/store.js'
import { ApiError } from '../errors.js'
import { IngestBody } from '../schemas.js'
import { parseJson } from '../validate.js'
import { toRawArticle } from './analyze.js'

function checkToken(c: Context, token: string | null): void {
  if (!token) throw new ApiError(403, 'E_READ_ONLY', 'this server is read-only: start it with SITREP_TOKEN set to allow ingest')
  const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')
  const given = Buffer.from(m?.[1] ?? '')
  const wanted = Buffer.from(token)
  // Constant-time comparison, so response timing does not reveal how much of a guess was right.
  if (!m || given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new ApiError(401, 'E_UNAUTHORIZED', 'ingest needs the header "Authorization: Bearer <SITREP_TOKEN>"')
  }
}

export function ingestRoutes(app: Hono, deps: { store: () => Store; pipeline: () => Pipeline; token: string | null }): void {
  app.post('/api/ingest', async (c) => {
    checkToken(c, deps.token)
    const body = await parseJson(c, IngestBody)
    const batch = body.articles.map((article, i) => {
      const analysis = deps.pipeline().analyze(toRawArticle(article, `ingest[${i}]`))
      return {
        stored: { analysis, signature: articleSignature(analysis.article) },
        sighting: { input: analysis.input, url: analysis.article.url, source: analysis.article.source },
      }
    })
    const result = await deps.store().put(batch)
    return c.json({ ...result, ids: batch.map((b) => b.stored.analysis.article.id) })
  })
}
