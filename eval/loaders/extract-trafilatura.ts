/**
 * trafilatura's evaluation corpus: 990 gzipped HTML pages (original encodings kept) with snippets
 * that must (`with`) or must not (`without`) appear in the main text. Read from SITREP_EVAL_DIR at
 * run time, never copied. A page lives in `cache/<file>.gz`, else `eval/<file>.gz`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { evalPath } from '../paths.js'

export const TRAFILATURA_DIR = 'extract/extract-trafilatura'

export interface SnippetPage {
  /** The gold key: usually the URL, sometimes `hard::<file>`. */
  id: string
  file: string
  with: string[]
  without: string[]
  title: string | null
  author: string | null
  date: string | null
}

interface EvalEntry {
  file: string
  with?: string[]
  without?: string[]
  title?: string
  author?: string | string[]
  date?: string
}

export function loadTrafilaturaGold(limit?: number): SnippetPage[] {
  const file = evalPath(TRAFILATURA_DIR, 'evaldata.json')
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Record<string, EvalEntry>
  const pages = Object.entries(gold).map(([id, g]) => ({
    id,
    file: g.file,
    with: g.with ?? [],
    without: g.without ?? [],
    title: g.title || null,
    author: Array.isArray(g.author) ? g.author.join('; ') : g.author || null,
    date: g.date || null,
  }))
  return limit === undefined ? pages : pages.slice(0, limit)
}

/** The path of a page's gzipped HTML, looked up in `cache/` first as upstream does. */
export function trafilaturaPagePath(file: string): string {
  const cached = evalPath(TRAFILATURA_DIR, 'cache', `${file}.gz`)
  return existsSync(cached) ? cached : evalPath(TRAFILATURA_DIR, 'eval', `${file}.gz`)
}

/** The raw HTML bytes of one page, still in the page's own encoding. */
export function loadTrafilaturaHtml(file: string): Buffer {
  return gunzipSync(readFileSync(trafilaturaPagePath(file)))
}
