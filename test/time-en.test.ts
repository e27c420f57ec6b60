/**
 * English numeric and span-of-days dates, in sentences written for this repository (document dated
 * 2016-12-12, a Monday): day-first when both parts could be the month, month-first when the day is
 * over 12, no date in fractions or "24/7", the first day of "3 and 4 November".
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createTimeAnnotator } from '../src/annotators/time/index.js'
import { createPipeline } from '../src/pipeline/pipeline.js'

// [sentence, timex text, value]; a null text means the sentence holds no timex.
const CASES: [string, string | null, string | null][] = [
  ['Police dispersed the march on 22/11, injuring two.', '22/11', '2016-11-22'],
  ['Students protested on 05/11 outside the ministry.', '05/11', '2016-11-05'],
  ['Police dispersed the march on 11/22, injuring two.', '11/22', '2016-11-22'],
  ['The decree dated 03/11/2016 was withdrawn.', '03/11/2016', '2016-11-03'],
  ['The decree dated 11/25/2016 was withdrawn.', '11/25/2016', '2016-11-25'],
  ['The decree dated 03/11/16 was withdrawn.', '03/11/16', '2016-11-03'],
  ['Gunmen attacked the village on Tuesday (06/12) at night.', '06/12', '2016-12-06'],
  ['Five men were arrested on Tuesday 6 December in the capital.', 'Tuesday 6 December', '2016-12-06'],
  ['Clashes were reported on 3 and 4 November in the north.', '3', '2016-11-03'],
  ['Clashes were reported over 3-5 November in the north.', '3', '2016-11-03'],
  ['The guards work 24/7 at the border.', null, null],
  ['Turnout reached 1/2 of the voters.', null, null],
  // "fall" is a season only as one: not the verb, nor the noun of a city's fall.
  ['Mortar rounds from unknown origin fall on the village at night.', null, null],
  ['Talks stalled after the fall of the city.', null, null],
  ['Fighting resumed in the fall.', 'the fall', '2016-FA'],
  // "next" as an adjective says nothing of the tense: the day is the nearest one.
  ['Two clans clash in the palace on 10/09 over the choice of the next chief.', '10/09', '2016-09-10'],
  // "since" points to the past: the month is the last one, not the nearest.
  ['Workers have been on strike since March.', 'March', '2016-03'],
  // An irregular past places a weekday before the document, a future after it.
  ['Air strikes struck the town on Thursday, killing 12.', 'Thursday', '2016-12-08'],
  ['Rebels hit an army post on Thursday.', 'Thursday', '2016-12-08'],
  ['Thousands fled the town on Thursday.', 'Thursday', '2016-12-08'],
  ['The talks will resume on Thursday.', 'Thursday', '2016-12-15'],
  // "The weekend" told in the past on a weekday is the one just gone; else the week's own.
  ['Fighting raged over the weekend in the north.', 'the weekend', '2016-W49-WE'],
  ['The talks will resume this weekend.', 'this weekend', '2016-W50-WE'],
  // Another country's national day is not the US one.
  ['Crowds marched during Kenya\'s Independence Day celebrations.', null, null],
  ['Crowds marched during the 25th Independence Day celebrations.', null, null],
]

const pipeline = createPipeline([createTimeAnnotator()])

// Noon or a clock time told of a written date: one TIME on that day, not on the document's.
const TIMES: [string, string, string][] = [
  ['The workers were seized at noon on 14 March.', 'noon on 14 March', '2016-03-14T12:00'],
  ['A gunman shot a trader in the noon of 06/11.', 'noon of 06/11', '2016-11-06T12:00'],
  ['Police fired tear gas at 10 pm on 25 April.', '10 pm on 25 April', '2016-04-25T22:00'],
]

describe('English times on a written date', () => {
  for (const [sentence, text, value] of TIMES) {
    it(`${sentence} → ${text} ${value}`, () => {
      const doc = pipeline.analyze({ input: 'en-suite', text: sentence, published: '2016-12-12', language: 'en' })
      assert.deepEqual(doc.timexes.map((t) => [t.text, t.type, t.value]), [[text, 'TIME', value]])
    })
  }
})

describe('English clock times written as four digits', () => {
  it('a four-digit clock time right before a full numeric date is no year (a page\'s "updated" line)', () => {
    for (const text of ['Published 24.07.2016 (updated 2042 24.07.2016) by the agency.', 'Middle East 1735 15.04.2017 A car bomb exploded.']) {
      const doc = pipeline.analyze({ input: 'en-suite', text, published: '2016-12-12', language: 'en' })
      assert.deepEqual(doc.timexes.filter((t) => /^20[3-9]\d/.test(t.value ?? '')).map((t) => t.text), [], text)
    }
  })
})

describe('English numeric dates', () => {
  for (const [sentence, text, value] of CASES) {
    it(`${sentence} → ${text ?? 'none'} ${value ?? ''}`, () => {
      const doc = pipeline.analyze({ input: 'en-suite', text: sentence, published: '2016-12-12', language: 'en' })
      const dates = doc.timexes.filter((t) => t.type === 'DATE')
      if (text === null) return assert.deepEqual(dates.map((t) => t.text), [])
      const found = dates.find((t) => t.text === text)
      assert.ok(found, `no timex ${text}; found ${JSON.stringify(dates.map((t) => [t.text, t.value]))}`)
      assert.equal(found.value, value)
    })
  }
})

describe('English: a text that states the date of its source is told from that day', () => {
  it('"last week (source dated 15/02)" is the week before 15 February, not before the document', () => {
    const doc = pipeline.analyze({ input: 'en-suite', text: 'Party members staged a protest last week (source dated 15/02) in Kuje.', published: '2016-12-12', language: 'en' })
    assert.deepEqual(doc.timexes.map((t) => [t.text, t.value]), [['last week', '2016-W06'], ['15/02', '2016-02-15']])
  })
  it('a date without the words of a source stays a date of the text', () => {
    const doc = pipeline.analyze({ input: 'en-suite', text: 'Party members staged a protest last week, on 15/02, in Kuje.', published: '2016-12-12', language: 'en' })
    assert.equal(doc.timexes.find((t) => t.text === 'last week')?.value, '2016-W49')
  })
})
