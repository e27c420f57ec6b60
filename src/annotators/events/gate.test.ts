import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { firstStart, mayMatch, relax, stripLeadingRepeats } from './gate.js'
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

describe('stripLeadingRepeats', () => {
  const cases: [string, string, boolean][] = [
    ['a|[^\\n]*(?:b|c)', 'a|(?:b|c)', true],
    ['(?:x|.+?y)z', '(?:x|y)z', true],
    ['\\s{2,}\\p{L}*q', 'q', true],
    // Not at the start of a match: kept.
    ['x[^\\n]*y', 'x[^\\n]*y', false],
    ['(?:a|b*)?c', '(?:a|b*)?c', false],
    ['[*]+|b', '|b', true],
  ]
  for (const [input, source, stripped] of cases) it(input, () => assert.deepEqual(stripLeadingRepeats(input), { source, stripped }))
})

describe('a pattern led by an unbounded repetition', () => {
  // Invented: the stem opens on a line-wide look-ahead and repetition, as a "rubber bullets, but nobody died" context.
  const text = 'Police used tear gas in the square. Two people died of tear gas. The crowd left.\ntear gas again.'
  const sentences = ['Police used tear gas in the square.', 'Two people died of tear gas.', 'The crowd left.', 'tear gas again.'].map((x): [number, number] => [text.indexOf(x), text.indexOf(x) + x.length])
  const re = compileStems('^(?![^\\n]*died)[^\\n]*tear gas', 'test')
  it('gates sentences as a scan of each finds them, and a scan begins at the sentence start', () => {
    const scan = sentences.map(([s, e]) => [...text.slice(s, e).matchAll(re)].length > 0)
    assert.deepEqual(scan, [true, false, false, true])
    assert.deepEqual(sentences.map(([s, e]) => mayMatch(re, text, s, e)), [true, true, false, true])
    assert.deepEqual(sentences.map(([s, e]) => firstStart(re, text, s, e)), [0, 36, null, 81])
  })
  it('stays fast on a long line without the words', () => {
    const long = 'word '.repeat(40_000)
    const t0 = performance.now()
    for (let s = 0; s < long.length; s += 500) firstStart(re, long, s, s + 500)
    assert.ok(performance.now() - t0 < 2_000)
  })
})
