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

/** Whether each file asked for is there, asked of the file system once per process (stages ask per article). */
const present = new Map<string, boolean>()

export function hasResource(lang: string, path: string): boolean {
  const key = `${lang}/${path}`
  let has = present.get(key)
  if (has === undefined) present.set(key, (has = existsSync(join(RESOURCES_DIR, lang, path))))
  return has
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
 * A regex that opens with a negative lookbehind of one character class (`(?<![\\p{L}\\p{N}_])`, a
 * word's start) as its body alone and that lookbehind alone (sticky): the engine checks a leading
 * lookbehind at every offset of the text before the body's first characters, which costs many
 * times the body's own search. Null for other regexes.
 */
interface Split { body: RegExp; boundary: RegExp }
const splits = new WeakMap<RegExp, Split | null>()
const LEADING_LOOKBEHIND = /^\(\?<!\[(?:[^\]\\]|\\.)*\]\)/

function splitOf(re: RegExp): Split | null {
  let split = splits.get(re)
  if (split === undefined) {
    const m = re.sticky ? null : LEADING_LOOKBEHIND.exec(re.source)
    const rest = m ? re.source.slice(m[0].length) : ''
    split = m && rest !== '' && !hasTopLevelAlternative(rest)
      ? { body: new RegExp(rest, re.flags), boundary: new RegExp(m[0], `${re.flags.replace('g', '')}y`) }
      : null
    splits.set(re, split)
  }
  return split
}

/** True when a `|` outside every group and class splits the source (a leading assertion would bind only its first part). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

/** `re.exec(s)` for a global regex from `re.lastIndex`, as `re` finds it; `re.lastIndex` is left as exec leaves it. */
export function execFrom(re: RegExp, s: string): RegExpExecArray | null {
  const split = splitOf(re)
  if (!split) return re.exec(s)
  const { body, boundary } = split
  body.lastIndex = re.lastIndex
  for (let m = body.exec(s); m !== null; m = body.exec(s)) {
    boundary.lastIndex = m.index
    if (boundary.test(s)) {
      re.lastIndex = body.lastIndex
      return m
    }
    body.lastIndex = advance(s, m.index, re.unicode)
  }
  re.lastIndex = 0
  return null
}

/**
 * What `s.matchAll(re)` gives for a global regex whose lastIndex is `from`, read with exec on the
 * regex itself: matchAll clones the regex on every call, which costs more than the scan of a
 * sentence. The regex's lastIndex is 0 afterwards.
 */
export function allMatches(re: RegExp, s: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = from
  for (let m = execFrom(re, s); m !== null; m = execFrom(re, s)) {
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
