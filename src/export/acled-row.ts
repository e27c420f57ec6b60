/**
 * A merged event as one row in ACLED's column names (ACLED codebook 2019–2023), plus PLOVER fields
 * and provenance: the event id, how many sources reported it, and the evidence text.
 */
import { dayIndex, dayString } from '../doc/days.js'
import type { Event, EventActor, Place } from '../doc/schema.js'
import type { MergedEvent } from '../store/store.js'
import { countryName } from '../store/countries.js'
import type { z } from 'zod'

export const ACLED_COLUMNS = [
  'event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'country', 'admin1', 'location', 'latitude', 'longitude',
  'geo_precision', 'fatalities', 'notes', 'source', 'source_count', 'plover_event_type', 'plover_mode', 'plover_context',
] as const

/** ACLED's six event types (codebook 2019–2023); events of other kinds (PLOVER-only) are not ACLED rows. */
export const ACLED_EVENT_TYPES: ReadonlySet<string> = new Set([
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
])

/**
 * Whether ACLED would code this event: one of its six types, and a happening told as real — a
 * negated or hypothetical event is no row (a ceased action is coded as the change it is).
 */
export function isAcledCodable(e: Pick<Event, 'eventType' | 'flags'>): boolean {
  return ACLED_EVENT_TYPES.has(e.eventType) && !e.flags.negated && !e.flags.hypothetical
}

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number | null>

type Actor = z.infer<typeof EventActor>

/** ACLED's interaction code: the two actor type codes, lower first (1 and 7 → 17; one actor → 10). */
export function interaction(a: number | null, b: number | null): number | null {
  if (a == null && b == null) return null
  const x = [a ?? 0, b ?? 0].sort((p, q) => p - q)
  return x[0] === 0 ? x[1]! * 10 : x[0]! * 10 + x[1]!
}

/** The longest span of days (`date` to `dateEnd`) coded as one ACLED row per day; a longer one is one row, dated its first day. */
export const ROW_PER_DAY_MAX = 7

/** One ACLED row of an event: its day, its place, its share of the fatalities. */
export interface AcledCell {
  date: string | null
  place: Place | null
  fatalities: number
}

/**
 * The rows ACLED codes an event as: one per day of a happening told over several days and per
 * place it is told at (`location`, then `otherLocations`), the fatalities shared out among them,
 * the remainder to the first rows (5 killed over three days: 2, 2, 1). One day, or a span longer
 * than `ROW_PER_DAY_MAX`, is one day.
 */
export function acledCells(e: Pick<Event, 'date' | 'dateEnd' | 'fatalities' | 'location' | 'otherLocations'>): AcledCell[] {
  const first = e.date?.slice(0, 10) ?? null
  const from = first ? dayIndex(first) : NaN
  const span = (e.dateEnd ? dayIndex(e.dateEnd) : NaN) - from + 1
  const days = span >= 2 && span <= ROW_PER_DAY_MAX ? Array.from({ length: span }, (_, i) => dayString(from + i)) : [first]
  const places = [e.location, ...(e.location ? e.otherLocations ?? [] : [])]
  const total = e.fatalities ?? 0
  const n = days.length * places.length
  const each = Math.floor(total / n)
  return places.flatMap((place, p) => days.map((date, d) => ({ date, place, fatalities: each + (p * days.length + d < total - each * n ? 1 : 0) })))
}

/** The ACLED rows of a merged event, one per day and place it is coded on (`acledCells`); several rows have ids `<event id>-1`, `-2`… */
export function acledRows(m: MergedEvent): AcledRow[] {
  const row = acledRow(m)
  const cells = acledCells(m.event)
  if (cells.length === 1) return [row]
  return cells.map((c, i) => ({ ...row, event_id: `${m.id}-${i + 1}`, event_date: c.date, fatalities: c.fatalities, ...placeColumns(c.place, c.place === m.event.location ? m.event.geoPrecision : null) }))
}

/** The place columns of a row: where, and how precisely (the event's own precision for its main place). */
function placeColumns(loc: Place | null, geoPrecision: number | null): Pick<AcledRow, 'country' | 'admin1' | 'location' | 'latitude' | 'longitude' | 'geo_precision'> {
  return {
    country: countryName(loc?.countryCode ?? null),
    admin1: loc?.admin1Name ?? loc?.admin1Code ?? null,
    location: loc?.name ?? null,
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: geoPrecision ?? loc?.geoPrecision ?? null,
  }
}

/** A merged event as one row: its first day and place, all its fatalities (see `acledRows` for the rows ACLED codes). */
export function acledRow(m: MergedEvent): AcledRow {
  const e = m.event
  const loc = e.location
  const names = (xs: Actor[]) => xs.map((x) => x.name).join('; ')
  const flags = Object.entries(e.flags).filter(([k, v]) => v === true && k !== 'reportedBy').map(([k]) => k)
  const evidence = [...new Set(m.evidence.map((v) => v.text.replace(/\s+/g, ' ').trim()))]
  return {
    event_id: m.id,
    event_date: e.date?.slice(0, 10) ?? null,
    time_precision: e.timePrecision,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1?.name ?? null,
    assoc_actor_1: names(e.assocActor1),
    inter1: e.actor1?.inter ?? null,
    actor2: e.actor2?.name ?? null,
    assoc_actor_2: names(e.assocActor2),
    inter2: e.actor2?.inter ?? null,
    interaction: interaction(e.actor1?.inter ?? null, e.actor2?.inter ?? null),
    ...placeColumns(loc, e.geoPrecision),
    fatalities: e.fatalities ?? 0,
    notes: (flags.length ? `[${flags.join(', ')}] ` : '') + evidence.join(' … '),
    source: m.sources.join('; '),
    source_count: m.sourceCount,
    plover_event_type: e.plover.type,
    plover_mode: e.plover.mode,
    plover_context: e.plover.context,
  }
}
