import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Token } from './schema.js'
import { tokenTexts } from './token-texts.js'

test('tokenTexts slices every token once per token layer', () => {
  const text = 'Le maire a dit: « Non. »'
  const tokens: Token[] = [
    { start: 0, end: 2, kind: 'word' },
    { start: 3, end: 8, kind: 'word' },
    { start: 9, end: 10, kind: 'word' },
    { start: 11, end: 14, kind: 'word' },
    { start: 14, end: 15, kind: 'punct' },
    { start: 16, end: 17, kind: 'punct' },
    { start: 18, end: 21, kind: 'word' },
    { start: 21, end: 22, kind: 'punct' },
    { start: 23, end: 24, kind: 'punct' },
  ]
  const texts = tokenTexts(text, tokens)
  assert.deepEqual(texts, ['Le', 'maire', 'a', 'dit', ':', '«', 'Non', '.', '»'])
  assert.equal(tokenTexts(text, tokens), texts)
})

test('tokenTexts reads a new text over the same token layer afresh', () => {
  const tokens: Token[] = [{ start: 0, end: 3, kind: 'word' }]
  assert.deepEqual(tokenTexts('One two', tokens), ['One'])
  assert.deepEqual(tokenTexts('Two one', tokens), ['Two'])
})
