import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { firstStart, mayMatch, relax } from './gate.js'
import { compileStems, compileWords } from './resources.js'

describe('mayMatch agrees with a scan of the sentence', () => {
  const text = 'Rebels shelled the town. Nobody was hurt. Troops shelled it again.Then calm.'
  const sentences: [number, number][] = [[0, 24], [25, 41], [42, 66], [66, 76]]
  const cases: [string, boolean[]][] = [
    ['shell(?:ed|ing)', [true, false, true, false]],
    ['hurt', [false, true, false, false]],
    ['again', [false, false, true, false]],
    ['airstrike', [false, false, false, false]],
    // Assertions are dropped from the probe, never trusted at a sentence's ends.
    ['calm(?=\\.)', [false, false, false, true]],
    ['again(?![\\d])', [false, false, true, false]],
    ['(?<=the )town', [true, false, false, false]],
  ]
  for (const [source, expected] of cases) {
    it(source, () => {
      const re = compileWords(source, 'test')
      const scan = sentences.map(([s, e]) => [...text.slice(s, e).matchAll(re)].length > 0)
      const gate = sentences.map(([s, e]) => mayMatch(re, text, s, e))
      assert.deepEqual(gate, expected)
      scan.forEach((found, i) => assert.ok(!found || gate[i], `sentence ${i} has a match but was skipped`))
    })
  }
  it('firstStart gives where a sentence scan may begin', () => {
    const re = compileWords('shelled', 'test')
    assert.deepEqual(sentences.map(([s, e]) => firstStart(re, text, s, e)), [7, null, text.indexOf('shelled', 42), null])
  })
  it('stems (no end boundary) are gated too', () => {
    const re = compileStems('hur', 'test')
    assert.deepEqual(sentences.map(([s, e]) => mayMatch(re, text, s, e)), [false, true, false, false])
  })
  it('sentences asked out of order', () => {
    const re = compileWords('shelled', 'test')
    assert.deepEqual([3, 2, 1, 0].map((i) => mayMatch(re, text, ...sentences[i]!)), [false, true, false, true])
  })
})

describe('relax', () => {
  const cases: [string, string | null][] = [
    ['a(?=b)c', 'ac'],
    ['(?<!x)y(?![\\d)])', 'y'],
    ['[^$]\\bz$', '[^$]z'],
    ['(?<n>\\d+)(?!\\d)', '(?<n>\\d+)'],
    ['(a)\\1', null],
  ]
  for (const [input, expected] of cases) it(input, () => assert.equal(relax(input), expected))
})
