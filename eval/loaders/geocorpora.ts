/**
 * GeoCorpora: crisis tweets (2014–2015) with toponym mentions resolved to GeoNames, read from
 * `SITREP_EVAL_DIR/geo/geoparsing-geocorpora/geocorpora.tsv` (Windows-1252, CRLF rows, quoted
 * fields that may hold bare LF). One row per mention, tweets repeated: rows are grouped by tweet.
 * `char_position` counts on the HTML-unescaped tweet; the end is start + the mention's length.
 * Tweets without a toponym stay, as negatives for detection.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import type { GeoDoc } from './lgl.js'

export const GEOCORPORA_DIR = 'geo/geoparsing-geocorpora'

/** Quote-aware TSV: a field that starts with `"` runs to the matching quote (`""` is a quote). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i <= text.length) {
    let value = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) throw new Error(`unterminated quoted field at offset ${i}`)
        value += text.slice(i, q)
        if (text[q + 1] === '"') {
          value += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
    }
    const stop = text.slice(i).search(/\t|\r?\n/)
    const endAt = stop < 0 ? text.length : i + stop
    value += text.slice(i, endAt)
    row.push(value)
    if (endAt >= text.length) {
      if (row.length > 1 || row[0] !== '') rows.push(row)
      break
    }
    if (text[endAt] === '\t') i = endAt + 1
    else {
      rows.push(row)
      row = []
      i = endAt + (text[endAt] === '\r' ? 2 : 1)
    }
  }
  return rows
}

const unescapeHtml = (s: string) => s.replace(/&amp;/g, '&').replace(/&gt;/g, '>').replace(/&lt;/g, '<')

export function parseGeoCorpora(text: string, file: string): GeoDoc[] {
  const [header, ...rows] = parseTsv(text)
  if (!header) throw new Error(`${file}: empty file`)
  const col = (name: string) => {
    const i = header.indexOf(name)
    if (i < 0) throw new Error(`${file}: no column ${name}`)
    return i
  }
  const [cId, cText, cDate, cPos, cMention, cGid, cLat, cLon] = ['tweet_id_str', 'tweet_text', 'tweet_created_at', 'char_position', 'text', 'geoNameId', 'latitude', 'longitude'].map(col) as number[]
  const byTweet = new Map<string, GeoDoc>()
  for (const r of rows) {
    const id = r[cId!]!
    let doc = byTweet.get(id)
    if (!doc) {
      const created = Date.parse(r[cDate!] ?? '')
      byTweet.set(id, (doc = { id, text: unescapeHtml(r[cText!] ?? ''), published: Number.isNaN(created) ? null : new Date(created).toISOString().slice(0, 10), toponyms: [] }))
    }
    const mention = r[cMention!] ?? ''
    if (mention === '') continue
    const start = Number(r[cPos!])
    doc.toponyms.push({ start, end: start + mention.length, text: mention, lat: Number(r[cLat!]), lon: Number(r[cLon!]), geonameId: Number(r[cGid!]) || null })
  }
  for (const d of byTweet.values()) d.toponyms.sort((a, b) => a.start - b.start)
  return [...byTweet.values()]
}

export function loadGeoCorpora(): GeoDoc[] {
  const file = evalPath(GEOCORPORA_DIR, 'geocorpora.tsv')
  return parseGeoCorpora(new TextDecoder('windows-1252').decode(readFileSync(file)), file)
}
