/**
 * ACLED All-Africa, January–May 2016 (old taxonomy, with coder notes): one CSV (UTF-8, CRLF,
 * quoted fields, 7 empty trailing header names), read from SITREP_EVAL_DIR at run time. The note
 * is the input; type, actors, place and date are the gold. There are no spans.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import { parseCsv } from './news-fakes.js'

export const ACLED_DIR = 'events/acled-africa-2016'
export const ACLED_FILE = 'ACLED_All_Africa_20160101-20160528.utf8.csv'

export interface AcledNote {
  id: string
  notes: string
  /** `YYYY-MM-DD` (the file has dd/mm/yyyy). */
  date: string
  timePrecision: number
  eventType: string
  actor1: string
  actor2: string
  inter1: number | null
  inter2: number | null
  country: string
  admin1: string
  location: string
  lat: number
  lon: number
  geoPrecision: number
  fatalities: number
}

/** dd/mm/yyyy → YYYY-MM-DD; null when the value is not such a date. */
export function acledDate(s: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s.trim())
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null
}

/** Rows by column position (the header repeats empty names, so a keyed reader would collide). */
export function parseAcled(content: string): AcledNote[] {
  const rows = parseCsv(content)
  const header = rows[0] ?? []
  const col = (name: string) => {
    const i = header.indexOf(name)
    if (i < 0) throw new Error(`${ACLED_FILE}: no column ${name} in the header`)
    return i
  }
  const c = Object.fromEntries(['EVENT_ID_CNTY', 'EVENT_DATE', 'TIME_PRECISION', 'EVENT_TYPE', 'ACTOR1', 'INTER1', 'ACTOR2', 'INTER2', 'COUNTRY', 'ADMIN1',
    'LOCATION', 'LATITUDE', 'LONGITUDE', 'GEO_PRECISION', 'NOTES', 'FATALITIES'].map((n) => [n, col(n)])) as Record<string, number>
  const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v))
  return rows.slice(1).filter((r) => r.length > 1).map((r, i) => {
    const date = acledDate(r[c.EVENT_DATE!] ?? '')
    if (!date) throw new Error(`${ACLED_FILE} row ${i + 2}: EVENT_DATE "${r[c.EVENT_DATE!]}" is not dd/mm/yyyy`)
    return {
      id: r[c.EVENT_ID_CNTY!] ?? String(i + 1), notes: r[c.NOTES!] ?? '', date,
      timePrecision: num(r[c.TIME_PRECISION!]) ?? 1, eventType: r[c.EVENT_TYPE!] ?? '',
      actor1: r[c.ACTOR1!] ?? '', actor2: r[c.ACTOR2!] ?? '', inter1: num(r[c.INTER1!]), inter2: num(r[c.INTER2!]),
      country: r[c.COUNTRY!] ?? '', admin1: r[c.ADMIN1!] ?? '', location: r[c.LOCATION!] ?? '',
      lat: num(r[c.LATITUDE!]) ?? NaN, lon: num(r[c.LONGITUDE!]) ?? NaN,
      geoPrecision: num(r[c.GEO_PRECISION!]) ?? 1, fatalities: num(r[c.FATALITIES!]) ?? 0,
    }
  })
}

/**
 * A spread sample: every k-th note so that a limit covers all months and countries rather than the
 * first country of the file (rows are grouped by country).
 */
export function loadAcled(limit?: number): AcledNote[] {
  const all = parseAcled(readFileSync(evalPath(ACLED_DIR, ACLED_FILE), 'utf8'))
  if (limit === undefined || limit >= all.length) return all
  const step = all.length / limit
  return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]!)
}
