import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createHash } from 'node:crypto'
import { gazetteerSamples, gramsOf, guessCountry, loadSpellingModel, spelledCountry, SPELLING_SURE, trainSpelling } from './spelling.js'
import { lookupName } from './index.js'

describe('spelling: the country a place name is spelt like', () => {
  it('reads the n-grams of one to four letters of each word, its edges marked', () => {
    // "ab": a, b, _a, ab, b_, _ab, ab_, _ab_ (the edge alone is no n-gram).
    assert.equal(gramsOf('ab').length, 8)
    assert.equal(gramsOf('ab ab').length, 16)
    assert.deepEqual(gramsOf("o'b"), [...gramsOf('o'), ...gramsOf('b')])
    assert.equal(gramsOf('').length, 0)
  })
  it('learns from names and tells a new name by its spelling', () => {
    const model = trainSpelling([
      { key: 'ambohimena', country: 'MG' }, { key: 'ambatomanga', country: 'MG' }, { key: 'tsaramandroso', country: 'MG' },
      { key: 'ceel dheer', country: 'SO' }, { key: 'buulo barde', country: 'SO' }, { key: 'qoryooley', country: 'SO' },
    ])
    assert.equal(guessCountry(model, 'ambohitsara')!.country, 'MG')
    assert.equal(guessCountry(model, 'ceel buulo')!.country, 'SO')
    assert.equal(guessCountry(model, '123'), null)
  })
  it('trained on the gazetteer, is sure of invented Somali, Malagasy and Algerian names it lacks', () => {
    for (const [name, cc] of [['Buulo Dhuubley', 'SO'], ['Qoryooley Dheer', 'SO'], ['Ambohitsaramena', 'MG'], ['Ankazomanitra', 'MG'], ['Ouled Bouzeghaia', 'DZ']] as const) {
      assert.equal(lookupName(name).length, 0, `${name} is in the gazetteer`)
      const guess = guessCountry(loadSpellingModel(), name.toLowerCase())!
      assert.equal(guess.country, cc, name)
      assert.ok(guess.posterior >= SPELLING_SURE, `${name}: ${guess.posterior}`)
      assert.equal(spelledCountry(name), cc)
    }
  })
  it('is not sure of a name of no telling spelling', () => {
    assert.equal(spelledCountry('Dan Gurbawa'), null)
  })
  it('loads once per process', () => assert.equal(loadSpellingModel(), loadSpellingModel()))
  it('is right nine times in ten from SPELLING_SURE on held-out gazetteer names of thinly covered countries', () => {
    // One fold of five by name, as scripts/calibrate-spelling.ts; the countries of fewer than 1,000 names.
    const { samples, kinds } = gazetteerSamples()
    const fold = (key: string) => createHash('md5').update(key).digest()[0]! % 5 === 0
    const perCountry = new Map<string, number>()
    for (const s of samples) perCountry.set(s.country, (perCountry.get(s.country) ?? 0) + 1)
    const model = trainSpelling(samples.filter((s) => !fold(s.key)), kinds)
    let sure = 0
    let right = 0
    for (const s of samples) {
      if (!fold(s.key) || perCountry.get(s.country)! >= 1000) continue
      const guess = guessCountry(model, s.key)
      if (!guess || guess.posterior < SPELLING_SURE) continue
      sure++
      if (guess.country === s.country) right++
    }
    assert.ok(sure > 1000, `${sure} sure guesses`)
    assert.ok(right / sure >= 0.88, `${right} of ${sure} right`)
  })
})
