/**
 * Areas a text names around a village the gazetteer lacks: a compass word and an area's core name
 * written otherwise than the gazetteer's ("West Hararge" for West Harerghe Zone). Sentences written
 * for these tests; the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const places = (text: string, language = 'en'): Place[] => getDefaultPipeline().analyze({ input: 'areas', text, language, published: '2016-05-28' }).places
const at = (text: string, surface: string, language = 'en') => places(text, language).find((p) => p.text === surface)

describe('places: an area a compass word names, spelt otherwise', () => {
  const found: [string, string, string, string, string?][] = [
    ['Farmers marched in Dimtu village, West Hararge, on Sunday.', 'West Hararge', 'ET', 'ADM2'],
    ['Students left their classes in Dimtu, Mirab Harerge zone.', 'Mirab Harerge', 'ET', 'ADM2'],
    ['Police arrested ten traders in Dimtu town, East Walaga.', 'East Walaga', 'ET', 'ADM2'],
    ['Militiamen beat two herders in Dimtu, North Darfour.', 'North Darfour', 'SD', 'ADM1'],
    ['Des agriculteurs ont manifesté à Dimtu, dans l’Ouest Hararge, dimanche.', 'Ouest Hararge', 'ET', 'ADM2', 'fr'],
    ['Des étudiants ont été arrêtés à Dimtu, dans la zone du Misraq Welega.', 'Misraq Welega', 'ET', 'ADM2', 'fr'],
  ]
  for (const [text, surface, cc, code, lang] of found) {
    it(`${surface} in "${text}"`, () => {
      const p = at(text, surface, lang)
      assert.equal(p?.countryCode, cc)
      assert.equal(p?.featureCode, code)
    })
  }
  it('the area is one place: "Semien Shawa" (North Shewa)', () => {
    const ps = places('Police detained students in Semien Shawa on Monday.')
    assert.deepEqual(ps.map((p) => `${p.text} ${p.countryCode}`), ['Semien Shawa ET'])
  })
  it('a name read abroad by another of its names gives way to the area', () => {
    assert.equal(at('Students protested in Chiro, Mirab Harerge zone.', 'Chiro'), undefined)
  })
  const known: [string, string, string][] = [
    ['Refugees from the Central African Republic crossed the river.', 'Central African Republic', 'CF'],
    ['He served in the West Virginia Division of Highways.', 'West Virginia', 'US'],
  ]
  for (const [text, surface, cc] of known) {
    it(`a name known as written stays itself: ${surface}`, () => assert.equal(at(text, surface)?.countryCode, cc))
  }
  it('a compass word in lower case opens no area', () => {
    assert.equal(places('The road west Hararge farmers use was closed.').some((p) => p.featureCode === 'ADM2'), false)
  })
})

describe('places: the word of an area\'s kind with its name', () => {
  const found: [string, string, string, string?][] = [
    // The gazetteer keeps the zone with its word; a person guessed from capitals is no such name.
    ['People marched in several districts of Guji Zone against the plan.', 'Guji Zone', 'ET'],
    ['Clashes were reported in several localities of the Mugamba Commune.', 'Mugamba', 'BI'],
    ['Des affrontements ont eu lieu dans plusieurs localités de la commune de Mugamba.', 'Mugamba', 'BI', 'fr'],
  ]
  for (const [text, surface, cc, lang] of found) it(`${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe('places: an admin word beside a name says what the gazetteer calls the area', () => {
  it('« la zone de Guji » is Guji Zone, not a town of China', () => {
    assert.equal(at('Des manifestants ont été dispersés dans la zone de Guji.', 'Guji', 'fr')?.countryCode, 'ET')
  })
  const notBasel: [string, string?][] = [
    ['OLA fighters attacked soldiers near Kosi, Bale Zone, on Monday.'],
    ['Des combattants de l’OLA ont attaqué des soldats dans la zone de Bale.', 'fr'],
  ]
  for (const [text, lang] of notBasel) {
    it(`no Basel (« Bâle ») for the zone in "${text}"`, () => assert.notEqual(at(text, 'Bale', lang)?.countryCode, 'CH'))
  }
})

describe('places: an area in brackets after a district\'s word, spaces inside the brackets', () => {
  const found: [string, string, string, string?][] = [
    ['Protests went on in Dimtu town, Abay Choman district ( Horo Guduru ).', 'Horo Guduru', 'ET'],
    ['Des élèves ont manifesté dans une école du district ( Horo Guduru ).', 'Horo Guduru', 'ET', 'fr'],
  ]
  for (const [text, surface, cc, lang] of found) it(`${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe('places: a lesser town abroad told with an area the text names surely is a namesake of a village', () => {
  const cases: [string, string, string?][] = [
    ['Farmers protested in North Shawa, Dagam district, Haro village, on Monday.', 'Haro'],
    ['People marched in Dawe town, Kurfa Chele district, East Hararge.', 'Dawe'],
    ['Des paysans ont manifesté dans le village de Haro, district de Dagam, dans le Semien Shawa.', 'Haro', 'fr'],
  ]
  for (const [text, surface, lang] of cases) {
    it(`${surface} is no town abroad in "${text}"`, () => {
      const ps = places(text, lang)
      assert.ok(ps.some((p) => p.countryCode === 'ET' && p.featureCode === 'ADM2'))
      assert.equal(ps.some((p) => p.text === surface && p.countryCode !== 'ET'), false)
    })
  }
  it('a town abroad named with an area of its own country stays', () => {
    assert.equal(at('Protesters gathered in Haro, La Rioja province.', 'Haro')?.countryCode, 'ES')
  })
})

describe('places: a first-level area named with the word for its kind is that kind of area in any country', () => {
  const cases: [string, string, string, string][] = [
    // GeoNames keeps "Western Region" for Uganda's; Ghana's is "Western": the country named chooses.
    ['en', 'Customers in the Western Region protested against the tariffs of the Electricity Company of Ghana.', 'Western Region', 'GH'],
    ['fr', "Des clients ont manifesté dans la Western Region contre les tarifs de la Compagnie d'électricité du Ghana.", 'Western Region', 'GH'],
    ['en', 'Herders clashed with farmers in the Eastern Region and in the Volta Region.', 'Eastern Region', 'GH'],
    // Nothing else named: the area that bears the whole name.
    ['en', 'Farmers protested in the Western Region on Monday.', 'Western Region', 'UG'],
    ['fr', 'Des paysans ont manifesté dans la Western Region lundi.', 'Western Region', 'UG'],
  ]
  for (const [lang, text, surface, cc] of cases) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})
