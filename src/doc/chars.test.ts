import { test } from 'node:test'
import assert from 'node:assert/strict'
import { astralLetterOrDigit, bmpLetterOrDigit, isAsciiAlnum } from './chars.js'

const ONE = /^[\p{L}\p{N}]$/u

test('chars: an ASCII letter or digit, by its code', () => {
  for (let c = 0; c < 128; c++) assert.equal(isAsciiAlnum(c), ONE.test(String.fromCharCode(c)), `code ${c}`)
})

test('chars: every BMP code unit as the regex reads it (asked twice: the kept answer is the same)', () => {
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < 0x10000; c += 7) assert.equal(bmpLetterOrDigit(c), ONE.test(String.fromCharCode(c)), `unit ${c.toString(16)}`)
  }
  assert.equal(bmpLetterOrDigit('é'.charCodeAt(0)), true)
  assert.equal(bmpLetterOrDigit('٣'.charCodeAt(0)), true) // an Arabic-Indic digit
  assert.equal(bmpLetterOrDigit('«'.charCodeAt(0)), false)
  assert.equal(bmpLetterOrDigit(0xd83d), false) // a lone surrogate half
})

test('chars: a surrogate pair read as one code point', () => {
  assert.equal(astralLetterOrDigit('a𝐀b', 1), 1) // mathematical bold capital A: a letter
  assert.equal(astralLetterOrDigit('a😀b', 1), -1) // an emoji: no letter
  assert.equal(astralLetterOrDigit('a😀b', 2), 0) // the low half starts no pair
  assert.equal(astralLetterOrDigit('ab', 0), 0)
  assert.equal(astralLetterOrDigit('a\ud835', 1), 0) // a high half at the end
  assert.equal(astralLetterOrDigit('\ud835x', 0), 0) // a high half before no low half
})
