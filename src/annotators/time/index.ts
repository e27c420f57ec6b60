/**
 * The time annotator: TIMEX3 DATE, TIME, DURATION and SET expressions with normalised values and
 * modifiers, from the rules in `resources/<lang>/time/`. Resources load on first use, once per
 * process and language.
 */
import type { Annotator } from '../../pipeline/annotator.js'
import { findTimexes } from './find.js'

export { eventDate } from './event-date.js'

export function createTimeAnnotator(): Annotator {
  return {
    name: 'time',
    version: '1',
    requires: ['sentences'],
    produces: ['timexes'],
    annotate: (doc) => ({
      timexes: findTimexes(doc).map(({ start, end, text, type, value, mod }) => ({ start, end, text, type, value, mod })),
    }),
  }
}
