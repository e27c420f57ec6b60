/**
 * Errors at the HTTP edge: every failure is a JSON body `{ error: { code, message, issues? } }`
 * with no stack trace. A user's mistake (bad input, unknown id) is a 4xx naming what was wrong; any
 * other error is logged by the injected logger and answered with a bare 500.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import { isEngineError } from '../errors.js'

export interface ApiIssue {
  path: string
  message: string
}

/** An error a client caused: answered with its status, code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** A zod failure as a 400 naming each field and what it expected. */
export function invalidInput(where: string, error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({
    path: i.path.length > 0 ? i.path.map(String).join('.') : where,
    message: i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
  }))
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
  return new ApiError(400, 'E_INVALID', `invalid ${where}: ${summary}`, issues)
}

export type Logger = (message: string) => void

export function errorBody(code: string, message: string, issues: ApiIssue[] = []): { error: { code: string; message: string; issues?: ApiIssue[] } } {
  return { error: { code, message, ...(issues.length > 0 ? { issues } : {}) } }
}

/** Hono's `onError`: known errors become their 4xx, everything else a 500 without details. */
export function handleError(log: Logger) {
  return function onError(err: Error, c: Context): Response {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.issues), err.status)
    if (isEngineError(err)) return c.json(errorBody(err.code, err.message), 422)
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode
      const code = status === 413 ? 'E_TOO_LARGE' : status === 504 ? 'E_TIMEOUT' : 'E_HTTP'
      return c.json(errorBody(code, err.message || 'request failed'), status)
    }
    log(`sitrep serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`)
    return c.json(errorBody('E_INTERNAL', 'internal error; the server log has the details'), 500)
  }
}
