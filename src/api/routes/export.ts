/**
 * Streamed exports of matching events: ACLED-column CSV, GeoJSON and JSON Lines. Rows are written
 * to the response as they are formatted, so the client starts receiving at once and the server
 * never builds the whole file as one string.
 */
import type { Hono } from 'hono'
import { stream } from 'hono/streaming'
import type { MergedEvent, Store } from '../../store/store.js'
import { ExportQuery } from '../schemas.js'
import { parseQuery } from '../validate.js'
import { toStoreFilters } from './search.js'

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities',
] as const

/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets never run it. */
export function csvCell(v: string | number | null): string {
  if (v === null) return ''
  let s = String(v)
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function acledRow(m: MergedEvent): string {
  const e = m.event
  const names = (xs: { name: string }[]) => xs.map((x) => x.name).join('; ')
  const cells: (string | number | null)[] = [
    m.id, e.date, e.date ? Number(e.date.slice(0, 4)) : null, e.timePrecision, e.eventType, e.subEventType,
    e.actor1?.name ?? null, names(e.assocActor1), e.actor1?.inter ?? null, e.actor2?.name ?? null, names(e.assocActor2), e.actor2?.inter ?? null,
    e.location?.countryCode ?? null, e.location?.admin1Name ?? null, e.location?.name ?? null, e.location?.lat ?? null, e.location?.lon ?? null, e.geoPrecision,
    m.sources.join('; '), m.evidence.map((x) => x.text).join(' … '), e.fatalities,
  ]
  return cells.map(csvCell).join(',')
}

export function geoJsonFeature(m: MergedEvent): string | null {
  const loc = m.event.location
  if (!loc) return null
  return JSON.stringify({ type: 'Feature', id: m.id, geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties: { ...m, event: { ...m.event, location: undefined }, place: loc.name, country: loc.countryCode } })
}

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', head: `${ACLED_COLUMNS.join(',')}\n`, row: (m: MergedEvent) => `${acledRow(m)}\n`, sep: '', tail: '' },
  geojson: { type: 'application/geo+json', head: '{"type":"FeatureCollection","features":[\n', row: geoJsonFeature, sep: ',\n', tail: '\n]}\n' },
  jsonl: { type: 'application/x-ndjson', head: '', row: (m: MergedEvent) => `${JSON.stringify(m)}\n`, sep: '', tail: '' },
} as const

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
          const line = format.row(m)
          if (line === null) continue
          chunk += first ? line : format.sep + line
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
