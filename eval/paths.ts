/** Where the gold data lives: read at run time from `SITREP_EVAL_DIR` (default `../shared/eval`), never copied. */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export function evalDir(): string {
  return resolve(process.env.SITREP_EVAL_DIR ?? join(REPO_DIR, '..', 'shared', 'eval'))
}

/** Absolute path of a file under the eval folder. */
export function evalPath(...parts: string[]): string {
  return join(evalDir(), ...parts)
}

export function hasEvalData(...parts: string[]): boolean {
  return existsSync(evalPath(...parts))
}
