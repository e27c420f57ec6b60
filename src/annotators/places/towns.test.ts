/**
 * Towns written with other vowels than the gazetteer's ("Nekemt" for Nek'emte, "Gabiley" for
 * Gebiley): read by their consonants (`lookupVowels`) only in the country the text names. Sentences written
 * for these tests; the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const places = (text: string, language: string): Place[] => getDefaultPipeline().analyze({ input: 'towns', text, language, published: '2016-05-28' }).places
const at = (text: string, surface: string, language: string) => places(text, language).find((p) => p.text === surface)

describe('places: a town written with other vowels', () => {
  const found: [string, string, string, string][] = [
    // A nationality word names the country.
    ['en', 'Ethiopian police dispersed students who protested in Nekemt on Tuesday.', 'Nekemt', 'ET'],
    ['fr', 'La police éthiopienne a dispersé des étudiants qui manifestaient à Nekemt mardi.', 'Nekemt', 'ET'],
    // A given name opens it: a settlement word says place, even where the entities stage took a person.
    ['en', 'Islamic State fighters seized Ben Jawad town, east of Sirte, on Monday.', 'Ben Jawad', 'LY'],
    ['fr', "Les combattants de l'État islamique ont pris la ville de Ben Jawad, à l'est de Syrte, lundi.", 'Ben Jawad', 'LY'],
    // So does another place of the text; the Arabic name's last "h" is written or not.
    ['en', 'Police raided a house in Kerdasa, west of Cairo.', 'Kerdasa', 'EG'],
    ['fr', 'La police a perquisitionné une maison à Kerdasa, près du Caire.', 'Kerdasa', 'EG'],
    // Towns of these consonants lie in many countries: a nationality word says which.
    ['en', 'Somali police arrested ten men in Gabiley on Sunday.', 'Gabiley', 'SO'],
    ['fr', 'La police somalienne a arrêté dix hommes à Gabiley dimanche.', 'Gabiley', 'SO'],
    // No country named: the consonants name one place in the world, spelt all but alike.
    ['en', 'Students protested in Nekemt on Tuesday.', 'Nekemt', 'ET'],
    ['fr', 'Des étudiants ont manifesté à Nekemt mardi.', 'Nekemt', 'ET'],
    ['en', 'Taxi drivers blocked the roads in Pietermaritzberg on Monday.', 'Pietermaritzberg', 'ZA'],
    ['fr', 'Des chauffeurs de taxi ont bloqué les routes à Pietermaritzberg lundi.', 'Pietermaritzberg', 'ZA'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
  const notFound: [string, string, string][] = [
    // No country named, and the consonants name several places (Gereida, Sudan; Gerede, Turkey;
    // Geroda, Germany …): a village the gazetteer lacks has namesakes of like consonants somewhere.
    ['en', 'Gunmen killed a trader in Gerida on Monday.', 'Gerida'],
    ['fr', 'Des hommes armés ont tué un commerçant à Gerida lundi.', 'Gerida'],
    ['en', 'Farmers marched in Tomalo town on Sunday.', 'Tomalo'],
    ['fr', 'Des paysans ont défilé dans la ville de Tomalo dimanche.', 'Tomalo'],
    // A town of fixed Latin spelling is never read by its consonants (« Grouchy » is no Graach).
    ['fr', "C'est la faute à Grouchy, disait-on en France et en Allemagne.", 'Grouchy'],
    // The text's own area is Zamfara: Kanamma lies in Yobe, far off.
    ['en', 'Gunmen attacked a police post in Kanoma, Zamfara State.', 'Kanoma'],
    ['fr', "Des hommes armés ont attaqué un poste de police à Kanoma, dans l'État de Zamfara.", 'Kanoma'],
    // A clan's name is no town.
    ['en', 'A man from Darood was shot dead in Kismaayo.', 'Darood'],
    ['fr', 'Un homme du clan Darood a été abattu à Kismaayo.', 'Darood'],
  ]
  for (const [lang, text, surface] of notFound) it(`${lang}: no place ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang), undefined))
})

describe('places: a small namesake far from the one country the named actors vote for', () => {
  const gone: [string, string, string][] = [
    // The SPLA is South Sudan's army, SAF Sudan's: a village of Ghana is no scene of theirs.
    ['en', 'SPLA soldiers looted shops in Tepa on Tuesday.', 'Tepa'],
    ['fr', 'Des soldats de la SPLA ont pillé des boutiques à Tepa mardi.', 'Tepa'],
    ['fr', 'Les avions des SAF ont bombardé Tepa lundi.', 'Tepa'],
  ]
  for (const [lang, text, surface] of gone) it(`${lang}: no place ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang), undefined))
  const kept: [string, string, string, string][] = [
    // A state's forces serve abroad: a city is kept.
    ['en', 'US warplanes bombed Manbij on Monday.', 'Manbij', 'SY'],
    ['fr', "Des avions de l'US Air Force ont bombardé Manbij lundi.", 'Manbij', 'SY'],
    // No actor named: nothing says the village is not Ghana's.
    ['en', 'Soldiers looted shops in Tepa on Tuesday.', 'Tepa', 'GH'],
    ['fr', 'Des soldats ont pillé des boutiques à Tepa mardi.', 'Tepa', 'GH'],
  ]
  for (const [lang, text, surface, cc] of kept) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe('places: a small namesake far from every country the text names firmly', () => {
  const gone: [string, string, string][] = [
    // A first-level area, a large city, a country: Crawford is no town of the United States.
    ['en', 'Nurses from the Western Cape marched in Crawford on Monday.', 'Crawford'],
    ['fr', 'Des infirmières ont manifesté à Crawford, dans la province du Gauteng, lundi.', 'Crawford'],
    ['en', 'Nurses from Johannesburg marched in Crawford on Monday.', 'Crawford'],
    ['fr', 'Des infirmières de Johannesburg ont manifesté à Crawford lundi.', 'Crawford'],
    ['en', 'Nurses marched in Crawford, South Africa, on Monday.', 'Crawford'],
    // An area an admin word names, of one country: El Waye is no Alwaye of India.
    ['en', 'Students protested in El Waye town, Yabello district, on Monday.', 'El Waye'],
    ['fr', "Des étudiants ont manifesté dans la ville d'El Waye, district de Yabello, lundi.", 'El Waye'],
  ]
  for (const [lang, text, surface] of gone) it(`${lang}: no place ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang), undefined))
  const kept: [string, string, string, string][] = [
    // A famous place's name given to a part of another place names no country.
    ['en', 'Residents marched from the clinic to Harare in Khayelitsha on Monday.', 'Khayelitsha', 'ZA'],
    ['fr', "Des habitants ont marché de la clinique jusqu'à Harare à Khayelitsha lundi.", 'Khayelitsha', 'ZA'],
    // A first-level area read from a district's word is no sure area.
    ['en', 'A man was shot dead in Wadajir (Medina District) on Monday.', 'Wadajir', 'SO'],
    ['fr', 'Un homme a été abattu à Wadajir (district de Medina) lundi.', 'Wadajir', 'SO'],
    // Nor is a country a road is named after.
    ['en', 'An IED exploded on Liberia road near Waaberi on Monday.', 'Waaberi', 'SO'],
    // No place named firmly: the small town stays.
    ['en', 'Nurses marched in Crawford on Monday.', 'Crawford', 'US'],
    ['fr', 'Des infirmières ont manifesté à Crawford lundi.', 'Crawford', 'US'],
  ]
  for (const [lang, text, surface, cc] of kept) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})

describe("places: a small namesake far from the country a feed's hint names", () => {
  const hinted = (text: string, language: string, country: string) => getDefaultPipeline().analyze({ input: 'towns', text, language, published: '2016-05-28', country }).places
  const cases: [string, string, string, string, boolean][] = [
    // A South African feed: the suburbs of Johannesburg and Pretoria are no towns of the United States or Britain.
    ['en', 'Residents marched in Kensington on Monday.', 'Kensington', 'ZA', false],
    ['fr', 'Des habitants ont défilé à Kensington lundi.', 'Kensington', 'ZA', false],
    ['en', 'Students protested in Hatfield on Monday.', 'Hatfield', 'ZA', false],
    ['fr', 'Des étudiants ont manifesté à Hatfield lundi.', 'Hatfield', 'ZA', false],
    // A town near the hint's country stays: Tanzania's Namanga for a Ugandan feed.
    ['en', 'Residents marched in Namanga on Monday.', 'Namanga', 'UG', true],
    ['fr', 'Des habitants ont défilé à Namanga lundi.', 'Namanga', 'UG', true],
  ]
  for (const [lang, text, surface, country, kept] of cases) {
    it(`${lang}, ${country}: ${kept ? '' : 'no '}${surface} in "${text}"`, () => assert.equal(hinted(text, lang, country).some((p) => p.text === surface), kept))
  }
})

describe('places: a section of a city is the one of its name whose city the sentence names', () => {
  // Jobar is a district of Damascus (about 33.53 N) and of Homs (about 34.7 N).
  const cases: [string, string, 'Damascus' | 'Homs'][] = [
    ['en', 'In Homs, regime forces shelled the Jobar district on Monday.', 'Homs'],
    ['fr', 'A Homs, les forces du régime ont bombardé le quartier de Jobar lundi.', 'Homs'],
    ['en', 'Regime forces shelled Jobar, on the eastern edge of Damascus, on Monday.', 'Damascus'],
    ['fr', "Les forces du régime ont bombardé Jobar, dans l'est de Damas, lundi.", 'Damascus'],
  ]
  for (const [lang, text, city] of cases) {
    it(`${lang}: Jobar of ${city} in "${text}"`, () => {
      const lat = at(text, 'Jobar', lang)?.lat
      assert.ok(lat !== undefined && (city === 'Homs' ? lat > 34.5 : lat < 34), `lat ${lat}`)
    })
  }
})
