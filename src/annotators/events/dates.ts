/**
 * The event's date with ACLED's time_precision, from the time stage's `eventDate`, after removing
 * the time expressions that another trigger in another clause stands closer to ("…entered Palmyra,
 * a city retaken in March 2016": March 2016 dates the retaking, not the entry). Coordinated
 * happenings share their date ("eight were killed and two arrested on 2 February"), and a date
 * that opens the sentence ("On 6 March, after a blast…, gunmen shot…") dates all of it. A date more
 * than a month before publication marks the event as historical (recalled background, its own
 * happening).
 */
import type { Span } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { eventDate, type EventDate } from '../time/event-date.js'

/** Punctuation that closes a clause or opens an apposition, in any of our languages. */
const CLAUSE_BREAK = /[,;:()[\]\u2013\u2014]| - /u
/** More than one word: a date after it does not open the sentence. */
const TWO_WORDS = /\p{L}+[^\p{L}]+\p{L}/u

export function dateEvent(doc: Doc, trigger: Span, others: readonly Span[]): EventDate {
  const text = doc.article.text
  const sentence = doc.sentences.find((s) => s.start <= trigger.start && trigger.start < s.end)
  const opens = (t: Span) => sentence !== undefined && t.start >= sentence.start && t.end <= trigger.start && !TWO_WORDS.test(text.slice(sentence.start, t.start))
  const apart = (o: Span) => CLAUSE_BREAK.test(o.start >= trigger.end ? text.slice(trigger.end, o.start) : text.slice(o.end, trigger.start))
  const between = (t: Span) => others.some((o) => apart(o) && ((o.start >= t.end && o.end <= trigger.start) || (o.start >= trigger.end && o.end <= t.start)))
  return eventDate({ ...doc, timexes: doc.timexes.filter((t) => opens(t) || !between(t)) }, trigger)
}

/** A happening dated more than 31 days before the article: background, not news of the day. */
export function isHistorical(date: string | null, published: string | null): boolean {
  if (!date || !published) return false
  return Date.parse(published) - Date.parse(date) > 31 * 86_400_000
}
