/**
 * FA-KES (Syrian war news, English): 804 articles in one CSV (`fakes.utf8.csv`, CRLF, quoted
 * fields), read from SITREP_EVAL_DIR at run time. There are no spans; the crowd fields are silver.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'

export const FAKES_DIR = 'news/news-en-syria-fakes'

export interface NewsArticle {
  id: string
  title: string | null
  text: string
  /** Publication date as `YYYY-MM-DD`, or null when absent or unreadable. */
  published: string | null
  source: string | null
}

/** RFC 4180 rows: commas, double-quoted fields with `""` escapes and line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** FA-KES dates are m/d/yy (`4/5/17` is 5 April 2017); all fall in 2011–2018. */
export function fakesDate(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(s.trim())
  if (!m) return null
  return `20${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
}

export function loadFakes(limit?: number): NewsArticle[] {
  const file = evalPath(FAKES_DIR, 'fakes.utf8.csv')
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'))
  if (!header) throw new Error(`${file}: empty CSV`)
  const col = (name: string) => {
    const i = header.indexOf(name)
    if (i < 0) throw new Error(`${file}: no column "${name}" in the header`)
    return i
  }
  const [id, title, content, source, date] = [col('unit_id'), col('article_title'), col('article_content'), col('source'), col('date')]
  const articles = rows
    .filter((r) => r.length === header.length)
    .map((r) => ({ id: r[id]!, title: r[title] || null, text: r[content]!, published: fakesDate(r[date]!), source: r[source] || null }))
  return limit === undefined ? articles : articles.slice(0, limit)
}
