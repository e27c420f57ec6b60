import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { triggerWords } from './triggers.js'

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
    ['(?:last|this) %month', ['last', 'this']],
    ['the (?:past|next) %unit', ['past', 'next']],
    ['at present', ['present']],
    ['[^\\p{L}]*\\p{Lu}x', null],
    ['(?:early )?now', ['now']],
    ['mid-?day', ['mid']],
    ['plans? to', ['plan']],
    ['%year', null],
    ['(?=x)%unit', ['year', 'years', 'day']],
    ['\\d+h', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['[a-z]+ed', ['ed']],
  ]
  for (const [pattern, expected] of cases) {
    it(`${pattern} → ${JSON.stringify(expected)}`, () => {
      const got = triggerWords(pattern, src)
      assert.deepEqual(got ? [...got].sort() : null, expected ? [...expected].sort() : null)
    })
  }
})
