import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allMatches, execFrom } from './load.js'

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
    // A leading word-start lookbehind is asked at each match of the body: the same matches.
    ['body inside a word first', /(?<![\p{L}\p{N}_])(?:troops?)(?![\p{L}\p{N}_])/giu, 'Paratroops and troops; 3troops, _troop, troop.', 0],
    ['mot dans un mot d’abord', /(?<![\p{L}\p{N}_])(?:morts?)(?![\p{L}\p{N}_])/giu, 'Les immortels, deux morts et un mort.', 0],
    ['a letter outside the BMP before the body', /(?<![\p{L}\p{N}_])(?:troops)/giu, '𝐀troops 😀troops troops', 0],
    ['case folded by the body', /(?<![\p{L}\p{N}_])(?:so)(?![\p{L}\p{N}_])/giu, 'ſo, SO, also so.', 0],
    ['from inside a word', /(?<![\p{L}\p{N}_])(?:soldats?)(?![\p{L}\p{N}_])/giu, 'Des soldats, un soldat.', 6],
    ['ending the text', /(?<![\p{L}\p{N}_])(?:by|par)\s*$/giu, 'attacked by', 0],
    ['a top-level alternative is not bound by the lookbehind', /(?<![a-z])ab|cd/g, 'xab abcd ab', 0],
    ['sticky', /(?<![a-z])ab/gy, 'ab ab', 0],
  ]
  for (const [name, re, s, from] of cases) {
    it(name, () => {
      const got = allMatches(re, s, from).map((m): [number, string] => [m.index, m[0]])
      assert.deepEqual(got, viaMatchAll(re, s, from))
      assert.equal(re.lastIndex, 0)
    })
  }

  it('execFrom leaves lastIndex where exec leaves it', () => {
    const re = /(?<![\p{L}\p{N}_])(?:tués?)(?![\p{L}\p{N}_])/giu
    const copy = new RegExp(re.source, re.flags)
    const s = 'Battués, tués, tué.'
    for (let k = 0; k < 4; k++) {
      const a = execFrom(re, s)
      const b = copy.exec(s)
      assert.deepEqual([a?.index, a?.[0], re.lastIndex], [b?.index, b?.[0], copy.lastIndex])
    }
  })

  it('gives the named groups', () => {
    const [m] = allMatches(/(?<n>\d+) (?:morts|dead)/gu, 'Bilan : 12 morts.')
    assert.equal(m?.groups?.n, '12')
    const [w] = allMatches(/(?<![\p{L}\p{N}_])(?:(?<n>\d+) (?:morts|dead))/gu, 'Bilan : 412 morts.')
    assert.equal(w?.groups?.n, '412')
  })
})
