/**
 * ML-Crisis French news (Syria, Egypt, Libya, Yemen, 2011–2014): 469 articles in `articles.jsonl`,
 * read from SITREP_EVAL_DIR at run time. No gold; many `ext_` texts are scraped pages with site
 * navigation around the article, which makes them a boilerplate test.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import type { NewsArticle } from './news-fakes.js'

export const MLCRISIS_DIR = 'news/news-fr-mlcrisis'

interface Row {
  topic: string
  pub_date: string
  doc: string
  source_prefix: string
  path: string
  text: string
}

export function loadMlCrisis(limit?: number): NewsArticle[] {
  const file = evalPath(MLCRISIS_DIR, 'articles.jsonl')
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
  const picked = limit === undefined ? lines : lines.slice(0, limit)
  return picked.map((line, i) => {
    let row: Row
    try {
      row = JSON.parse(line) as Row
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`, { cause: e })
    }
    return { id: row.path, title: null, text: row.text, published: row.pub_date || null, source: row.source_prefix || null }
  })
}
