import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventDays } from './event-days.js'

describe('eventDays', () => {
  const cases: [string | null, string | null | undefined, string | null][] = [
    ['2016-12-07', null, '2016-12-07'],
    ['2016-12-07', undefined, '2016-12-07'],
    ['2016-12-07', '2016-12-10', '2016-12-07/10'],
    ['2016-11-30', '2016-12-02', '2016-11-30/12-02'],
    ['2016-12-30', '2017-01-02', '2016-12-30/2017-01-02'],
    [null, '2016-12-10', null],
  ]
  for (const [date, dateEnd, expected] of cases) it(`${date} ${dateEnd} → ${expected}`, () => assert.equal(eventDays({ date, dateEnd }), expected))
})
