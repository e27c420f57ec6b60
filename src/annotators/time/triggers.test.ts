import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { indexTriggers, presentTriggers, triggerWords } from './triggers.js'
import { digitInitial } from './leads.js'
import { trieRegexSource } from './trie-regex.js'

const src = {
  lists: new Map<string, Iterable<string>>([['month', ['january', 'march']], ['unit', ['year', 'years', 'day']]]),
  macros: new Map([['num', '\\d+|%unit'], ['day', '0?[1-9]|[12]\\d']]),
}

describe('triggerWords', () => {
  const cases: [string, string[] | null][] = [
    ['%num %unit ago', ['ago']],
    ['%month %day', ['january', 'march']],
    ['(?:the )?%month', ['january', 'march']],
    ['%month|yesterday', ['january', 'march', 'yesterday']],
    ['(?:last|this) %month', ['january', 'march']],
    ['the (?:past|next) %unit', ['past', 'next']],
    ['at present', ['present']],
    ['[^\\p{L}]*\\p{Lu}x', null],
    ['(?:early )?now', ['now']],
    ['mid-?day', ['mid']],
    ['plans? to', ['plan']],
    ['%year', null],
    ['(?=x)%unit', ['year', 'years', 'day']],
    ['\\d+h', ['#']],
    ['[a-z]+ed', null],
    ['the (?:coming|following) %unit', ['coming', 'following']],
  ]
  for (const [pattern, expected] of cases) {
    it(`${pattern} → ${JSON.stringify(expected)}`, () => {
      const got = triggerWords(pattern, src)
      assert.deepEqual(got ? [...got].sort() : null, expected ? [...expected].sort() : null)
    })
  }
})

describe('trigger index', () => {
  const { sets, regex } = indexTriggers([['year', 'years'], ['quarter'], ['#'], null], trieRegexSource)
  it('keeps the shortest of triggers that share a prefix', () => assert.deepEqual(sets, [['year'], ['quarter'], ['#'], null]))
  const cases: [string, string[]][] = [
    ['the third quarter of last year', ['quarter', 'year']],
    ['in 2016', ['#']],
    ['yearly quarterly', ['quarter', 'year']],
    ['nothing here', []],
  ]
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in "${text}"`, () => assert.deepEqual([...presentTriggers(text, regex).keys()].sort(), expected))
  }
})

describe('digitInitial', () => {
  const cases: [string, boolean][] = [
    ['0?[1-9]|[12]\\d|3[01]', true], ['1[5-9]\\d\\d|20\\d\\d', true], ['[01]?\\d|2[0-4]', true],
    ["'\\d\\d", false], ['\\d+|%numword', false], ['%month|%monthabbr', false],
  ]
  for (const [macro, expected] of cases) it(`${macro} → ${expected}`, () => assert.equal(digitInitial(macro), expected))
})
