import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lookupCountry, lookupPlace, resolvePlaceName } from './api.js'

describe('places API', () => {
  const cases: [string, string | null, string | null][] = [
    ['Palmyra', 'SY', 'geonames:163808'],
    ['Palmyra', 'US', null],
    ['Alexandria', 'EG', 'geonames:361058'],
    ['Tripoli', 'LB', null],
    ['Xqzzyville', null, null],
  ]
  for (const [name, hint, id] of cases) {
    it(`${name} (${hint ?? 'no hint'})`, () => {
      const e = lookupPlace(name, hint)
      if (id) assert.equal(e?.id, id)
      else if (hint) assert.equal(e?.countryCode, hint)
      else assert.equal(e, null)
    })
  }
  it('prefers places near a given point', () => {
    const r = resolvePlaceName('Alexandria', { near: { lat: 31.3, lon: -92.4 } })
    assert.equal(r?.entry.admin1Code, 'LA')
    assert.ok(r!.alternatives.length > 0 && r!.confidence > 0 && r!.confidence <= 1)
  })
  const countries: [string, string | null][] = [['SY', 'SY'], ['Syrie', 'SY'], ['Irak', 'IQ'], ['Royaume-Uni', 'GB'], ['Atlantis', null]]
  for (const [q, cc] of countries) it(`country ${q}`, () => assert.equal(lookupCountry(q)?.countryCode ?? null, cc))
})
