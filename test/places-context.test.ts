/**
 * Country context that is not a toponym (sentences written for this suite): a named actor's home
 * country decides between namesakes when the text names no country.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../src/doc/schema.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'

const places = (text: string): Place[] => getDefaultPipeline().analyze({ input: 'context-suite', text, language: 'en' }).places

/** [text, surface, expected country code] */
const BY_ACTOR: [string, string, string][] = [
  ['Boko Haram fighters attacked Bali on Monday.', 'Bali', 'NG'],
  ['ADF rebels attacked army positions in Beni territory.', 'Beni', 'CD'],
]

describe('places: named actors say which country', () => {
  for (const [text, surface, cc] of BY_ACTOR) {
    it(`${surface} in "${text}"`, () => {
      const p = places(text).find((x) => x.text === surface)
      assert.ok(p, `no place for ${surface}`)
      assert.equal(p.countryCode, cc)
    })
  }
})
