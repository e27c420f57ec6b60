/**
 * ACLED-column CSV (RFC 4180: CRLF, quoted fields), with a UTF-8 byte-order mark so spreadsheets
 * read French accents right. Text cells starting with = + - @ are prefixed with ' so a spreadsheet
 * never runs news text as a formula (CSV injection).
 */
import type { MergedEvent } from '../store/store.js'
import { ACLED_COLUMNS, acledRows, isAcledCodable } from './acled-row.js'

const NUMERIC = new Set(['time_precision', 'inter1', 'inter2', 'interaction', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'source_count'])

export function csvCell(value: string | number | null, numeric = false): string {
  if (value === null) return ''
  let s = String(value)
  if (!numeric && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvHeader(): string {
  return '\uFEFF' + ACLED_COLUMNS.join(',') + '\r\n'
}

/**
 * The CSV lines of a merged event (one per day it is coded on, see `acledRows`), or null when
 * ACLED would not code it (see `isAcledCodable`).
 */
export function csvLine(m: MergedEvent): string | null {
  if (!isAcledCodable(m.event)) return null
  return acledRows(m).map((row) => ACLED_COLUMNS.map((c) => csvCell(row[c], NUMERIC.has(c))).join(',') + '\r\n').join('')
}
