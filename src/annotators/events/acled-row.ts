/**
 * One event as a row of ACLED's columns (codebook 2019–2023). Events ACLED does not code (not an
 * ACLED event) and events that did not happen as told (negated, hypothetical) give no row; a
 * ceased action is coded as the change it is ("Change to group/activity"). Country names are the
 * actor knowledge base's ACLED-style names ("Syria", not "Syrian Arab Republic").
 */
import type { Event } from '../../doc/schema.js'
import { getActorIndex } from '../../kb/actors/index-build.js'
import { NOT_ACLED } from './index.js'

export const ACLED_CSV_COLUMNS = [
  'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2',
  'assoc_actor_2', 'inter2', 'interaction', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'notes', 'source',
] as const

export type AcledCsvRow = Record<(typeof ACLED_CSV_COLUMNS)[number], string | number | null>

/** ACLED's interaction code: both inter codes, lower first (1 and 7 → 17); a lone actor x → x0. */
export function interactionCode(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return null
  const [x, y] = [a ?? 0, b ?? 0].sort((p, q) => p - q) as [number, number]
  return x === 0 ? y * 10 : x * 10 + y
}

/** The ACLED-style country name of an ISO code. */
export function acledCountry(code: string | null): string | null {
  if (!code) return null
  return getActorIndex().countryName.get(code) ?? code
}

/**
 * The ACLED row of an event; `text` is the article text (notes = the evidence sentence), `source`
 * the outlet. Null for events ACLED would not code.
 */
export function toAcledRow(e: Event, text: string, source: string | null): AcledCsvRow | null {
  if (e.eventType === NOT_ACLED || e.flags.negated || e.flags.hypothetical) return null
  const loc = e.location
  const sentence = e.evidence[0]
  const i1 = e.actor1?.inter ?? null
  const i2 = e.actor2?.inter ?? null
  return {
    event_date: e.date,
    time_precision: e.timePrecision,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1?.name ?? null,
    assoc_actor_1: e.assocActor1.map((a) => a.name).join('; '),
    inter1: i1,
    actor2: e.actor2?.name ?? null,
    assoc_actor_2: e.assocActor2.map((a) => a.name).join('; '),
    inter2: i2,
    interaction: interactionCode(i1, i2),
    country: acledCountry(loc?.countryCode ?? null),
    admin1: loc?.admin1Name ?? null,
    location: loc?.name ?? null,
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: e.geoPrecision,
    fatalities: e.fatalities ?? 0,
    notes: sentence ? text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ').trim() : '',
    source,
  }
}
