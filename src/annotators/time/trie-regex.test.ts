import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { trieRegexSource } from './trie-regex.js'

describe('trieRegexSource', () => {
  const words = ['twenty', 'twenty-one', 'twenty one', 'two', "new year's", 'sept.', 'sept']
  const re = new RegExp(`^(?:${trieRegexSource(words)})$`, 'iu')
  const cases: [string, boolean][] = [
    ['twenty', true], ['twenty-one', true], ['twenty  one', true], ['Two', true], ['new year’s', true],
    ['sept.', true], ['sept', true], ['twenty-', false], ['tw', false], ['septx', false], ['', false],
  ]
  for (const [text, ok] of cases) it(`${JSON.stringify(text)} → ${ok}`, () => assert.equal(re.test(text), ok))
  it('takes the longest listed word', () => {
    const m = new RegExp(trieRegexSource(['twenty', 'twenty-one']), 'u').exec('twenty-one days')
    assert.equal(m?.[0], 'twenty-one')
  })
})
