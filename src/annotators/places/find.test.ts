/**
 * Longest names over several tokens: a longer name is tried only when some gazetteer key starts
 * with its first word's key, which must find every name the full search finds. Sentences written
 * for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

const surfaces = (text: string, language: string): string[] => getDefaultPipeline().analyze({ input: 'find', text, language, published: '2016-05-28' }).places.map((p) => p.text)

describe('places: names of several words', () => {
  const cases: [string, string, string][] = [
    ['en', 'Aid convoys left Port Sudan for New York on Monday.', 'Port Sudan|New York'],
    ['en', 'Shelling hit As Suwayda and Deir ez-Zor overnight.', 'As Suwayda|Deir ez-Zor'],
    ['en', 'Delegates from Bosnia and Herzegovina met in Sri Lanka.', 'Bosnia and Herzegovina|Sri Lanka'],
    ['fr', 'Des renforts sont arrivés dans la bande de Gaza et à Saint-Jean-de-Luz.', 'bande de Gaza|Saint-Jean-de-Luz'],
    ['fr', 'Le cortège est parti de Port-au-Prince vers Le Cap-Haïtien.', 'Port-au-Prince|Cap-Haïtien'],
  ]
  for (const [lang, text, expected] of cases) it(`${expected} in "${text}"`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})
