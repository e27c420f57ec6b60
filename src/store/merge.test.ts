import assert from 'node:assert/strict'
import { test } from 'node:test'
import { daysApart } from '../dedup/events.js'
import { dayRange } from './merge.js'

test('dayRange: the string range of dates within N days, across month, year and leap-day ends', () => {
  assert.deepEqual(dayRange('2016-03-01', 1), { from: '2016-02-29', until: '2016-03-03' })
  assert.deepEqual(dayRange('2016-12-31', 1), { from: '2016-12-30', until: '2017-01-02' })
  assert.deepEqual(dayRange('2017-01-01T10:00:00Z', 1), { from: '2016-12-31', until: '2017-01-03' })
  assert.equal(dayRange('yesterday', 1), null)
  assert.equal(dayRange('2016-13-45', 1), null)
})

test('dayRange holds exactly the dates daysApart puts within N days', () => {
  const r = dayRange('2016-02-28', 1)!
  for (let d = 20; d <= 40; d++) {
    const date = new Date(Date.UTC(2016, 1, d)).toISOString().slice(0, 10)
    assert.equal(date >= r.from && date < r.until, daysApart('2016-02-28', date) <= 1, date)
  }
})
