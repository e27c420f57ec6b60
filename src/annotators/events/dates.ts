/**
 * The event's date with ACLED's time_precision, from the time stage's `eventDate`, after removing
 * the time expressions that another trigger stands closer to ("…entered Palmyra, a city retaken in
 * March 2016": March 2016 dates the retaking, not the entry). A date more than a month before
 * publication marks the event as historical (recalled background, its own happening).
 */
import type { Span } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { eventDate, type EventDate } from '../time/event-date.js'

export function dateEvent(doc: Doc, trigger: Span, others: readonly Span[]): EventDate {
  const between = (t: Span) => others.some((o) => (o.start >= t.end && o.end <= trigger.start) || (o.start >= trigger.end && o.end <= t.start))
  return eventDate({ ...doc, timexes: doc.timexes.filter((t) => !between(t)) }, trigger)
}

/** A happening dated more than 31 days before the article: background, not news of the day. */
export function isHistorical(date: string | null, published: string | null): boolean {
  if (!date || !published) return false
  return Date.parse(published) - Date.parse(date) > 31 * 86_400_000
}
