/**
 * Streamed exports of matching events in the formats of `sitrep export` (`src/export/`): ACLED-column
 * CSV, GeoJSON and JSON Lines. Rows are sent in chunks as they are formatted, so the client starts
 * receiving at once and the server never builds the whole file as one string.
 */
import type { Hono } from 'hono'
import { stream } from 'hono/streaming'
import { csvHeader, csvLine } from '../../export/acled-csv.js'
import { toFeature } from '../../export/geojson.js'
import type { MergedEvent, Store } from '../../store/store.js'
import { ExportQuery } from '../schemas.js'
import { parseQuery } from '../validate.js'
import { toStoreFilters } from './search.js'

interface Format {
  type: string
  head: string
  /** The row's text, or null when the format cannot hold the event (GeoJSON without a place). */
  row: (m: MergedEvent, first: boolean) => string | null
  tail: string
}

const FORMATS: Record<string, Format> = {
  csv: { type: 'text/csv; charset=utf-8', head: csvHeader(), row: (m) => csvLine(m), tail: '' },
  geojson: {
    type: 'application/geo+json',
    head: '{"type":"FeatureCollection","features":[',
    row: (m, first) => {
      const f = toFeature(m)
      return f ? `${first ? '\n' : ',\n'}${JSON.stringify(f)}` : null
    },
    tail: '\n]}\n',
  },
  jsonl: { type: 'application/x-ndjson', head: '', row: (m) => `${JSON.stringify(m)}\n`, tail: '' },
}

export const EXPORT_FORMATS = Object.keys(FORMATS)

export function exportRoutes(app: Hono, store: () => Store): void {
  for (const [name, format] of Object.entries(FORMATS)) {
    app.get(`/api/export/events.${name}`, async (c) => {
      const q = parseQuery(c, ExportQuery)
      const rows = await store().searchEvents(toStoreFilters(q, q.limit))
      c.header('content-type', format.type)
      c.header('content-disposition', `attachment; filename="sitrep-events.${name}"`)
      return stream(c, async (out) => {
        // Rows go out in chunks of about 64 kB: one write per row would cost more than the row.
        let chunk = format.head
        let first = true
        for (const m of rows) {
          const line = format.row(m, first)
          if (line === null) continue
          chunk += line
          first = false
          if (chunk.length > 65_536) {
            await out.write(chunk)
            chunk = ''
          }
        }
        await out.write(chunk + format.tail)
      })
    })
  }
}
