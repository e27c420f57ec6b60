import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { fakesDate, fakesKilled, FAKES_DIR, loadFakes, parseCsv, parseFakes } from './news-fakes.js'

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

describe('FA-KES silver', () => {
  // Invented rows, in the file's columns (a different order would be read too).
  const header = 'unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label'
  const csv = [
    header,
    '1,Strikes hit a town,"Air strikes killed five civilians, including two children, and three fighters in a town.",wire,3/9/16,deir ezzor,Syrian government or Russian troops,shelling,2,5,3,1,1',
    '2,School hit,"A strike killed 12 children and four teachers.",wire,11/2/16,idlib,unknown,explosion,12,4,0,0,0',
  ].join('\r\n')
  const [a, b] = parseFakes(csv)
  it('reads the fields and the silver, typed', () => {
    assert.equal(a!.id, '1')
    assert.equal(a!.published, '2016-03-09')
    assert.deepEqual(a!.silver, { location: 'deir ezzor', actor: 'syrian government or russian troops', cause: 'shelling', children: 2, civilians: 5, noncivilians: 3, women: 1, killed: 8, label: 1 })
  })
  it('adds children counted apart from the civilians', () => assert.equal(b!.silver.killed, 16))
  it('counts children and women among the civilians', () => {
    assert.equal(fakesKilled({ children: 3, civilians: 11, noncivilians: 0 }), 11)
    assert.equal(fakesKilled({ children: 0, civilians: 0, noncivilians: 7 }), 7)
  })
  it('refuses a class the silver does not have', () => {
    assert.throws(() => parseFakes([header, '3,t,x,s,1/1/16,homs,rebels,shelling,0,0,0,0,1'].join('\n')), /unknown actor "rebels"/)
    assert.throws(() => parseFakes([header, '3,t,x,s,1/1/16,homs,unknown,bombing,0,0,0,0,1'].join('\n')), /unknown cause_of_death/)
    assert.throws(() => parseFakes([header, '3,t,x,s,1/1/16,homs,unknown,shelling,two,0,0,0,1'].join('\n')), /not a whole number/)
  })
})

describe('FA-KES loader', { skip: !hasEvalData(FAKES_DIR) && `no data at ${FAKES_DIR}` }, () => {
  it('reads 804 articles with text and a date', () => {
    const all = loadFakes()
    assert.equal(all.length, 804)
    assert.equal(all.filter((a) => a.text.trim() === '').length, 0)
    assert.equal(all.filter((a) => a.published === null).length, 0)
  })
  it('honours the limit', () => assert.equal(loadFakes(3).length, 3))
  it('reads a silver of known classes for every article, and a death toll for all but two', () => {
    const all = loadFakes()
    assert.equal(new Set(all.map((a) => a.silver.location)).size, 12)
    assert.equal(all.filter((a) => a.silver.killed === 0).length, 2)
  })
})
