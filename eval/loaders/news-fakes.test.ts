import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { fakesDate, FAKES_DIR, loadFakes, parseCsv } from './news-fakes.js'

describe('parseCsv', () => {
  const cases: [string, string[][]][] = [
    ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a,"b, c"\n"say ""hi""",x', [['a', 'b, c'], ['say "hi"', 'x']]],
    ['"line\r\nbreak",z', [['line\r\nbreak', 'z']]],
    ['a,,', [['a', '', '']]],
  ]
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.deepEqual(parseCsv(text), expected))
})

describe('fakesDate', () => {
  const cases: [string, string | null][] = [
    ['4/5/17', '2017-04-05'],
    ['12/31/16', '2016-12-31'],
    ['2016-12-31', null],
    ['', null],
  ]
  for (const [s, expected] of cases) it(s || '(empty)', () => assert.equal(fakesDate(s), expected))
})

describe('FA-KES loader', { skip: !hasEvalData(FAKES_DIR) && `no data at ${FAKES_DIR}` }, () => {
  it('reads 804 articles with text and a date', () => {
    const all = loadFakes()
    assert.equal(all.length, 804)
    assert.equal(all.filter((a) => a.text.trim() === '').length, 0)
    assert.equal(all.filter((a) => a.published === null).length, 0)
  })
  it('honours the limit', () => assert.equal(loadFakes(3).length, 3))
})
