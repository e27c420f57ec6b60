/**
 * ScrapingHub/Zyte article-extraction benchmark: 181 gzipped HTML pages and their gold article
 * bodies, read from SITREP_EVAL_DIR at run time (never copied). The gold has no offsets: it is the
 * text a perfect extractor would return, headline excluded.
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { evalPath } from '../paths.js'

export const SCRAPINGHUB_DIR = 'extract/extract-scrapinghub'

export interface GoldPage {
  id: string
  url: string
  /** The article body, paragraphs separated by blank lines. */
  body: string
}

interface GroundTruth {
  [id: string]: { articleBody: string; url: string }
}

/** Gold pages in file order; `limit` keeps the first N. */
export function loadScrapinghubGold(limit?: number): GoldPage[] {
  const file = evalPath(SCRAPINGHUB_DIR, 'ground-truth.json')
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GroundTruth
  const pages = Object.entries(gold).map(([id, g]) => ({ id, url: g.url, body: g.articleBody }))
  return limit === undefined ? pages : pages.slice(0, limit)
}

/** The raw (still encoded) HTML bytes of one page. */
export function loadScrapinghubHtml(id: string): Buffer {
  return gunzipSync(readFileSync(evalPath(SCRAPINGHUB_DIR, 'html', `${id}.html.gz`)))
}

/** An upstream prediction file (`output/<tool>.json`), unwrapped to `{id: body}`. */
export function loadScrapinghubPredictions(tool: string): Map<string, string> {
  const file = evalPath(SCRAPINGHUB_DIR, 'output', `${tool}.json`)
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const entries = (raw.output && typeof raw.output === 'object' ? raw.output : raw) as Record<string, { articleBody?: string }>
  return new Map(Object.entries(entries).map(([id, p]) => [id, p.articleBody ?? '']))
}
