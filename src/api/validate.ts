/** Reading request input through zod: query strings, path parameters and JSON bodies. */
import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError, invalidInput } from './errors.js'

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const result = schema.safeParse(c.req.query())
  if (!result.success) throw invalidInput('query', result.error)
  return result.data
}

export function parseParam<S extends z.ZodType>(value: string | undefined, name: string, schema: S): z.infer<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw invalidInput(name, result.error)
  return result.data
}

export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, 'E_CONTENT_TYPE', `expected a JSON body (Content-Type: application/json), got "${type || 'none'}"`)
  }
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new ApiError(400, 'E_JSON', 'the request body is not valid JSON')
  }
  const result = schema.safeParse(body)
  if (!result.success) throw invalidInput('body', result.error)
  return result.data
}
