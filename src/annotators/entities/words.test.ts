import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAllCaps } from './words.js'

// The letters of a word are read as one string with the non-letters removed: the same answer as
// joining the regex's matches of each letter. Invented words.
const byMatches = (s: string): boolean => {
  const letters = s.match(/\p{L}/gu)?.join('') ?? ''
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

test('isAllCaps: capitals of two letters or more, with accents, marks, digits and signs between', () => {
  const yes = ['ÉTAT', 'ÉT-Ü', 'ΣΑΣ', 'L’ÉTAT', 'FRÉ123', 'Ǆ1Ǆ']
  const no = ['É', 'État', 'été', '12-3', '', 'ÉTAt', 'ß', 'ǅǅ', '\uD800É', '𝐀𝐁']
  for (const w of yes) assert.equal(isAllCaps(w), true, w)
  for (const w of no) assert.equal(isAllCaps(w), false, w)
  const alphabet = ['É', 'é', 'A', 'a', 'Σ', 'ς', 'ß', 'ǅ', 'İ', '𝐀', '😀', '\uDC00', '\u0301', '-', '’', '1', ' ']
  let seed = 11
  for (let n = 0; n < 3000; n++) {
    let w = ''
    for (let k = 0; k < 6; k++) { seed = (seed * 1103515245 + 12345) % 2147483648; w += alphabet[seed % alphabet.length] }
    assert.equal(isAllCaps(w), byMatches(w), JSON.stringify(w))
  }
})
