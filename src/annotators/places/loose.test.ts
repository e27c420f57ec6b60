/**
 * Places the gazetteer spells otherwise (loose lookup) and names governed by a locative cue before
 * an action verb. Sentences written for these tests; the entities stage runs first as in the
 * default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const places = (text: string, language = 'en'): Place[] => getDefaultPipeline().analyze({ input: 'loose', text, language, published: '2016-05-28' }).places
const at = (text: string, surface: string, language = 'en') => places(text, language).find((p) => p.text === surface)

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

describe('places: a lesser town read only by one of its alternate names agrees with the other places', () => {
  // GeoNames gives a Şirvan in Turkey the alternate name "Kufra", a Yemeni Aţ Ţawīlah "Tawila".
  const dropped: [string, string, string][] = [
    ['en', 'Protesters walked from Ajdabiya to Kufra on Sunday.', 'Kufra'],
    ['en', 'Displaced people fled from El Fasher to Tawila.', 'Tawila'],
    ['fr', "Des manifestants ont marché d'Ajdabiya à Kufra.", 'Kufra'],
    ['fr', "Des déplacés ont fui d'El Fasher vers Tawila.", 'Tawila'],
  ]
  for (const [lang, text, surface] of dropped) it(`${lang}: no place ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang), undefined))
  const kept: [string, string, string, string][] = [
    // Near a place named by its own name, across a border.
    ['fr', 'Des manifestants sont partis de Liège vers Aix-la-Chapelle.', 'Aix-la-Chapelle', 'DE'],
    // A large city's or a seat's other-language name is a reader's name.
    ['fr', 'Le train relie Paris à Francfort.', 'Francfort', 'DE'],
    ['fr', 'Des soldats partis de Paris sont arrivés à Tombouctou.', 'Tombouctou', 'ML'],
    // Another spelling of the town's own name is its own name ("Kismaayo" for Kismayo).
    ['en', 'Troops from Kenya entered Kismaayo on Friday.', 'Kismaayo', 'SO'],
    // Nothing else named: the reading stands.
    ['fr', 'Des manifestants ont défilé à Bâle lundi.', 'Bâle', 'CH'],
  ]
  for (const [lang, text, surface, cc] of kept) it(`${lang}: ${surface} in "${text}" is in ${cc}`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe('places: a longer name read loosely over a refused word inside it', () => {
  // "Laas" alone is a hamlet in Italy, refused under the person mention capitals made of the name.
  const found: [string, string, string, string][] = [
    ['en', 'Gunmen shot dead a trader in Laas Caanood on Monday.', 'Laas Caanood', 'SO'],
    ['fr', 'Des hommes armés ont tué un commerçant à Laas Caanood lundi.', 'Laas Caanood', 'SO'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe('places: a town\'s name that opens with a given name, after a locative cue', () => {
  const found: [string, string, string, string][] = [
    ['en', 'A roadside bomb exploded in Sheikh Zuweid on Monday.', 'Sheikh Zuweid', 'EG'],
    ['fr', 'Une bombe a explosé à Sheikh Zuweid lundi.', 'Sheikh Zuweid', 'EG'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
  it('without a cue, a given name still opens a person\'s name', () => assert.equal(at('Sheikh Zuweid said the talks would resume.', 'Sheikh Zuweid'), undefined))
})

describe('places: the town a distance and a bearing are told from', () => {
  const found: [string, string, string, string][] = [
    // "N of Garbahaarey" is no person: the abbreviated bearing is a cue.
    ['en', 'Fighters attacked a base in Qudaxley (15km N of Garbahaarey) on Monday.', 'Garbahaarey', 'SO'],
    ['fr', 'Des combattants ont attaqué un camp à Qudaxley (15 km au nord de Garbahaarey) lundi.', 'Garbahaarey', 'SO'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe('places: a name in brackets after a settlement, admin or facility word holds it', () => {
  const found: [string, string, string, string][] = [
    ['en', 'A gunman shot a trader in Bulsho neighbourhood (Beled Weyne) on Monday.', 'Beled Weyne', 'SO'],
    ['en', 'Gunmen shot a trader at the livestock market (Heliwa) on Monday.', 'Heliwa', 'SO'],
    ['fr', 'Des hommes armés ont tué un commerçant au marché (Heliwa) lundi.', 'Heliwa', 'SO'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
  it('not after the last word of a name ("the College of Cape Town (Crawford)")', () => assert.equal(at('Students marched at the College of Cape Town (Crawford) on Monday.', 'Crawford'), undefined))
})

describe('places: local names of administrative units are admin words', () => {
  const found: [string, string, string, string][] = [
    ['en', 'Youths blocked a road in the delegation of Jedelienne on Friday.', 'Jedelienne', 'TN'],
    ['en', 'Troops repelled an attack in the Makary Subdivision on Sunday.', 'Makary', 'CM'],
    ['fr', 'Des jeunes ont bloqué une route dans la délégation de Jedelienne vendredi.', 'Jedelienne', 'TN'],
    ['fr', "Des soldats ont repoussé une attaque dans l'arrondissement de Makary dimanche.", 'Makary', 'CM'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})
