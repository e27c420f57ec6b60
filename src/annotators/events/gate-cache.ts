/**
 * The words each events pattern requires (`requiredWords` in gate.ts), kept on disk under
 * `.cache/event-gates/<hash>.json`: parsing every trigger, group and count pattern cost each
 * process, so each ingest worker, about 0.3 s of CPU. Entries are keyed by the pattern source
 * itself, so an edited resource line is parsed again and its old entry no longer asked; the file's
 * name is a hash of the parser's code (gate.ts, this file), so a changed parser starts a new file.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CACHE_DIR } from '../../kb/gazetteer/sources.js'
import { writeJsonWhole } from '../../kb/cache-file.js'

export interface WordsCache {
  /** The words of a source, null when it names none, undefined when the cache does not know it. */
  get(source: string): string[] | null | undefined
  set(source: string, words: string[] | null): void
  /** Writes the file when entries were added since it was read. */
  save(): void
}

/** A cache over `file`; an unreadable or malformed file counts as empty. */
export function openWordsCache(file: string): WordsCache {
  let known = new Map<string, string[] | null>()
  try {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as unknown
    if (Array.isArray(rows)) known = new Map(rows as [string, string[] | null][])
  } catch {
    // No cache yet, or one cut short: the words are parsed again.
  }
  let added = false
  return {
    get: (source) => known.get(source),
    set: (source, words) => {
      known.set(source, words)
      added = true
    },
    save: () => {
      if (!added) return
      added = false
      // A read-only cache folder only costs the parse in the next process.
      writeJsonWhole(file, [...known])
    },
  }
}

const CODE = ['gate.ts', 'gate-cache.ts']

let shared: WordsCache | null = null

/** The process's cache, in the file for this parser's code; files for other code are removed. */
export function wordsCache(): WordsCache {
  if (shared) return shared
  const h = createHash('sha256')
  for (const f of CODE) h.update(readFileSync(fileURLToPath(new URL(f, import.meta.url)))).update('\0')
  const stamp = h.digest('hex').slice(0, 16)
  const dir = join(CACHE_DIR, 'event-gates')
  shared = openWordsCache(join(dir, `${stamp}.json`))
  try {
    for (const f of readdirSync(dir)) if (f !== `${stamp}.json` && /^[0-9a-f]{16}\.json$/.test(f)) rmSync(join(dir, f), { force: true })
  } catch {
    // No folder yet.
  }
  return shared
}
