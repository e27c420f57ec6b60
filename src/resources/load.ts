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

/** `s` as a literal inside a regular expression (its special characters escaped). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Compiles a resource regex, naming the line when it does not compile. */
export function compileResourceRegex(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (e) {
    throw new EngineError('E_RESOURCE', `invalid regular expression: ${(e as Error).message}`, where)
  }
}

/**
 * What `s.matchAll(re)` gives for a global regex whose lastIndex is `from`, read with exec on the
 * regex itself: matchAll clones the regex on every call, which costs more than the scan of a
 * sentence. The regex's lastIndex is 0 afterwards.
 */
export function allMatches(re: RegExp, s: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = from
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m)
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode)
  }
  return out
}

/** The index after the character at `i` (a whole surrogate pair for a Unicode regex). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1
  const c = s.charCodeAt(i)
  const d = s.charCodeAt(i + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1
}
