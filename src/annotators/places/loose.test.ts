/**
 * Places the gazetteer spells otherwise (loose lookup) and names governed by a locative cue before
 * an action verb. Sentences written for these tests; the entities stage runs first as in the
 * default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const places = (text: string): Place[] => getDefaultPipeline().analyze({ input: 'loose', text, language: 'en', published: '2016-05-28' }).places
const at = (text: string, surface: string) => places(text).find((p) => p.text === surface)

describe('places: names written in another transliteration', () => {
  const found: [string, string, string][] = [
    ['Two traders were shot dead in Garbaharey on Monday.', 'Garbaharey', 'SO'],
    ['Gunmen attacked a checkpoint near Faqous on Sunday.', 'Faqous', 'EG'],
    ['Farmers protested in Kobbo town over land.', 'Kobbo', 'ET'],
  ]
  for (const [text, surface, cc] of found) it(`${surface} in "${text}"`, () => assert.equal(at(text, surface)?.countryCode, cc))
  const notFound: [string, string][] = [
    // No cue, no admin or settlement word: a capitalised unknown word is not tried.
    ['Garbaharey said the talks would resume.', 'Garbaharey'],
    // A loose reading abroad when the text is about another country is dropped.
    ['Police in Nairobi, Kenya, arrested four men in Kwachocha.', 'Kwachocha'],
  ]
  for (const [text, surface] of notFound) it(`no place ${surface} in "${text}"`, () => assert.equal(at(text, surface), undefined))
})

describe('places: a name after a locative cue is no speaking subject', () => {
  it('"youths in Nekemte protested" is a place, not metonymy', () => {
    const p = at('Youths in Nekemte protested against the plan.', 'Nekemte')
    assert.equal(p?.countryCode, 'ET')
    assert.equal(p?.metonymic, false)
  })
})

describe('places: words of conflict reports are not places without a cue', () => {
  const cases: [string, string][] = [
    ['Grenade attack on a bus station wounds five.', 'Grenade'],
    ['Supporters of the Forum for Democratic Change marched on Monday.', 'Change'],
    ['Farmers blocked the road to protest the new tax.', 'Farmers'],
  ]
  for (const [text, surface] of cases) it(`no place ${surface} in "${text}"`, () => assert.equal(at(text, surface), undefined))
})
