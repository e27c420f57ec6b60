import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allMatches } from './load.js'

/** What `allMatches` must give: `s.matchAll` over a copy of the regex whose lastIndex is `from`. */
function viaMatchAll(re: RegExp, s: string, from: number): [number, string][] {
  const copy = new RegExp(re.source, re.flags)
  copy.lastIndex = from
  return [...s.matchAll(copy)].map((m) => [m.index, m[0]])
}

describe('allMatches reads what matchAll reads, without cloning the regex', () => {
  const cases: [string, RegExp, string, number][] = [
    ['en words', /(?<![\p{L}\p{N}_])(?:shell(?:ed|ing)|troops)(?![\p{L}\p{N}_])/giu, 'Troops shelled the town; shelling went on.', 0],
    ['fr words', /(?<![\p{L}\p{N}_])(?:bombard(?:é|ée|ements?)|armée)(?![\p{L}\p{N}_])/giu, "L'armée a bombardé la ville ; les bombardements ont repris.", 0],
    ['from an offset', /(?<![\p{L}\p{N}_])(?:soldats?)(?![\p{L}\p{N}_])/giu, 'Un soldat, puis deux soldats.', 5],
    ['empty matches advance', /x*/gu, 'axxb', 0],
    ['empty matches step over a surrogate pair', /(?:)/gu, 'a😀b', 0],
    ['empty matches in code units without u', /(?:)/g, 'a😀b', 0],
  ]
  for (const [name, re, s, from] of cases) {
    it(name, () => {
      const got = allMatches(re, s, from).map((m): [number, string] => [m.index, m[0]])
      assert.deepEqual(got, viaMatchAll(re, s, from))
      assert.equal(re.lastIndex, 0)
    })
  }

  it('gives the named groups', () => {
    const [m] = allMatches(/(?<n>\d+) (?:morts|dead)/gu, 'Bilan : 12 morts.')
    assert.equal(m?.groups?.n, '12')
  })
})
