import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { gramsOf, guessCountry, loadSpellingModel, spelledCountry, SPELLING_SURE, trainSpelling } from './spelling.js'
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
})
