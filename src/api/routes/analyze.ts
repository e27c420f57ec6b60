/** `POST /api/analyze`: one article (text or HTML) in, its `Analysis` out; nothing is stored. */
import type { Hono } from 'hono'
import type { Pipeline, RawArticle } from '../../pipeline/pipeline.js'
import { AnalyzeBody } from '../schemas.js'
import { parseJson } from '../validate.js'

export function toRawArticle(body: AnalyzeBody, input: string): RawArticle {
  return {
    input: body.url ?? input,
    id: body.id ?? null,
    text: body.text ?? null,
    html: body.html ?? null,
    url: body.url ?? null,
    title: body.title ?? null,
    published: body.published ?? null,
    source: body.source ?? null,
    language: body.language ?? null,
    country: body.country ?? null,
  }
}

export function analyzeRoutes(app: Hono, pipeline: () => Pipeline): void {
  app.post('/api/analyze', async (c) => {
    const body = await parseJson(c, AnalyzeBody)
    return c.json(pipeline().analyze(toRawArticle(body, 'request')))
  })
}
