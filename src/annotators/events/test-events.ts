/**
 * For the events stage's tests: the events of an invented text through the whole default
 * pipeline, dated as a 2016 report with no country hint, and the views the toll tests read.
 */
import type { Event } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

export function eventsOf(text: string, language: string, published = '2016-05-28'): Event[] {
  return getDefaultPipeline().analyze({ input: 't', text, language, published, country: null }).events
}

/** Each event's toll. */
export const deadOf = (text: string, language: string) => eventsOf(text, language).map((e) => e.fatalities)

/** Each event's sub-event type and toll. */
export const kindsAndDead = (text: string, language: string) => eventsOf(text, language).map((e) => ({ sub: e.subEventType, dead: e.fatalities }))
