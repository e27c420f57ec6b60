import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatAt, isoWeek, parseValue, shiftValue } from './calendar.js'

describe('isoWeek', () => {
  const cases: [string, string][] = [
    ['2016-12-12', '2016-W50'], ['2016-01-01', '2015-W53'], ['2018-12-31', '2019-W01'], ['2020-12-31', '2020-W53'],
  ]
  for (const [day, week] of cases) {
    it(`${day} → ${week}`, () => {
      const p = parseValue(day)!.p
      const w = isoWeek(p)
      assert.equal(`${w.year}-W${String(w.week).padStart(2, '0')}`, week)
      assert.equal(formatAt(p, 'W'), week)
    })
  }
})

describe('shiftValue', () => {
  const cases: [string, 'Y' | 'M' | 'W' | 'D' | 'Q', number, string][] = [
    ['1989-Q3', 'Y', -1, '1988-Q3'],
    ['2016-12-12', 'D', 1, '2016-12-13'],
    ['2016-12-31', 'D', 1, '2017-01-01'],
    ['2016-03-31', 'M', -1, '2016-02'],
    ['2016-W50', 'W', -1, '2016-W49'],
    ['2016-12-12', 'Y', -2, '2014'],
    ['2016-SU', 'Y', -1, '2015-SU'],
    ['2016', 'Y', 1, '2017'],
  ]
  for (const [value, unit, n, expected] of cases) it(`${value} ${n > 0 ? '+' : ''}${n}${unit} → ${expected}`, () => assert.equal(shiftValue(value, unit, n), expected))
  it('refuses what is not a calendar value', () => assert.equal(shiftValue('P2Y', 'Y', 1), null))
})
