/**
 * GeoJSON (RFC 7946): one Point feature per merged event that has a place, coordinates in
 * [longitude, latitude] order, properties in ACLED's column names plus the last day of a span of
 * days (`event_date_end`, null for one day), the other places it is told at (`other_locations`) and
 * every evidence span.
 * Events without a place cannot be drawn and are counted, not written.
 */
import type { MergedEvent } from '../store/store.js'
import { acledRow } from './acled-row.js'

export interface Feature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, unknown>
}

export function toFeature(m: MergedEvent): Feature | null {
  const loc = m.event.location
  if (!loc || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) return null
  return {
    type: 'Feature',
    id: m.id,
    geometry: { type: 'Point', coordinates: [round(loc.lon), round(loc.lat)] },
    properties: {
      ...acledRow(m),
      event_date_end: m.event.dateEnd ?? null,
      other_locations: (m.event.otherLocations ?? []).map((p) => ({ name: p.name, latitude: round(p.lat), longitude: round(p.lon) })),
      evidence: m.evidence,
    },
  }
}

/** RFC 7946 §11.2: six decimal places (about 10 cm) is more than enough. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}
