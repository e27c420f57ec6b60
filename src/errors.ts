/**
 * Errors that reach a user carry a stable `code`, the input they concern, and a message that says
 * what was expected, what was found and how to fix it. The CLI prints them without a stack trace.
 */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly input?: string,
  ) {
    super(input ? `${input}: ${message}` : message)
    this.name = 'EngineError'
  }
}

/** True for errors a user caused and can fix; anything else is a bug and keeps its stack. */
export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError
}
