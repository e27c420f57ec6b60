/**
 * Loads per-language resource files from `resources/<lang>/`. Engine code never holds language
 * knowledge; it asks this module for lists and tables. Files are plain text: `#` starts a comment,
 * blank lines are skipped, tab-separated columns where a table is needed. A malformed line throws
 * with `file:line`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EngineError } from '../errors.js'

export const RESOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources')

export interface ResourceLine {
  /** The columns of the line, split on tabs and trimmed. */
  cols: string[]
  /** `lang/path:line`, for provenance and error messages. */
  where: string
}

/** Languages that have a resource folder (a new folder is a new language, no code change). */
export function listLanguages(): string[] {
  return readdirSync(RESOURCES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name))
    .map((d) => d.name)
    .sort()
}

export function hasResource(lang: string, path: string): boolean {
  return existsSync(join(RESOURCES_DIR, lang, path))
}

/** Reads `resources/<lang>/<path>` as rows; an absent file is an empty list. */
export function readResourceLines(lang: string, path: string, minCols = 1): ResourceLine[] {
  const file = join(RESOURCES_DIR, lang, path)
  if (!existsSync(file)) return []
  const rows: ResourceLine[] = []
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const cols = line.split('\t').map((c) => c.trim())
    const where = `${lang}/${path}:${i + 1}`
    if (cols.length < minCols) {
      throw new EngineError('E_RESOURCE', `expected ${minCols} tab-separated columns, got ${cols.length}`, where)
    }
    rows.push({ cols, where })
  })
  return rows
}

/** Compiles a resource regex, naming the line when it does not compile. */
export function compileResourceRegex(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (e) {
    throw new EngineError('E_RESOURCE', `invalid regular expression: ${(e as Error).message}`, where)
  }
}
