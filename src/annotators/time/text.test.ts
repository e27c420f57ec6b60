import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { shortWordStarts, wordMatchStarts } from './text.js'

describe('shortWordStarts', () => {
  const texts = [
    "le 3 mai, la ville d'Alep et l'armée ont dit qu'il en a vu à l'est",
    'elle le lit : ils le font en 2 h, le 1er à midi ; la la la',
    'in the spring, fighting in Idlib; a man in a car at 10am, at',
    'au-delà de la ligne, à 5 km, de-ci de-là',
    'le\u0301 la\u{1d400} la\u{1d7ce} le',
    'le',
  ]
  const words = ['l', 'la', 'le', 'de', 'en', 'à', 'il', 'in', 'a', 'at', 'd', 'h', 'mi']
  for (const text of texts) {
    it(`finds what each short word's scan finds: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const byWord = shortWordStarts(text, 2)
      for (const w of words) assert.deepEqual(byWord.get(w) ?? [], wordMatchStarts(new RegExp(`(?:${w})(?![\\p{L}\\p{N}])`, 'gu'), text), w)
    })
  }
  it('keeps only words up to the given length', () => assert.deepEqual([...shortWordStarts('a la les de', 1).keys()], ['a']))
})
