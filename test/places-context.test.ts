/**
 * Country context that is not a toponym (sentences written for this suite): a named actor's home
 * country decides between namesakes when the text names no country, and an armed group's home
 * rules out a namesake far from it.
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
  // A known place the entities stage guessed to be a person: its admin word says place.
  ['Two soldiers were killed in Momio, Wau County.', 'Wau', 'SS'],
  ['Soldiers cleared three camps in Mafa LGA on Monday.', 'Mafa', 'NG'],
  ['Fighters beheaded an elder in the outskirts of Xarardheere Town at night.', 'Xarardheere', 'SO'],
  // A small town's bare name needs a cue: a settlement word before ("the towns of") is one.
  ['Police dispersed crowds in the south. The towns of Dehiba and Remada saw protests.', 'Dehiba', 'TN'],
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

const placesIn = (text: string, language: string): Place[] => getDefaultPipeline().analyze({ input: 'context-suite', text, language }).places

describe('places: a namesake far from the home of the armed groups named is no place', () => {
  // Lange is read as an alternate name of Langueux (France), Rokoro is a village of Indonesia:
  // the Oromo Liberation Army and the SLM/A-Nur fight in Ethiopia and Sudan.
  const dropped: [string, string, string][] = [
    ['en', 'OLA fighters attacked a police post in Lange.', 'Lange'],
    ['fr', "Des combattants de l'OLA ont attaqué un poste de police à Lange.", 'Lange'],
    ['en', 'SLM/A-Nur fighters clashed with soldiers in Rokoro.', 'Rokoro'],
    ['fr', 'Des combattants du SLM/A-Nur ont affronté des soldats à Rokoro.', 'Rokoro'],
  ]
  for (const [lang, text, surface] of dropped) it(`${lang}: no place ${surface} in "${text}"`, () => assert.equal(placesIn(text, lang).find((p) => p.text === surface), undefined))
  // Groups fight across the border near home: Al Shabaab in Kenya, Boko Haram in Cameroon.
  const kept: [string, string, string, string][] = [
    ['en', 'Al Shabaab fighters raided a police post in Mandera.', 'Mandera', 'KE'],
    ['fr', 'Des combattants shebab ont attaqué un poste de police à Mandera.', 'Mandera', 'KE'],
    ['en', 'Boko Haram fighters raided a market in Mora on Monday.', 'Mora', 'CM'],
    ['fr', 'Des combattants de Boko Haram ont attaqué le marché de Mora lundi.', 'Mora', 'CM'],
  ]
  for (const [lang, text, surface, cc] of kept) it(`${lang}: ${surface} in ${cc} for "${text}"`, () => assert.equal(placesIn(text, lang).find((p) => p.text === surface)?.countryCode, cc))
})

const events = (text: string) => getDefaultPipeline().analyze({ input: 'context-suite', text, language: 'en', published: '2016-05-28' }).events

/** [text, expected country of the first event's place, expected place name] */
const EVENT_PLACE: [string, string, string][] = [
  // Spatial coherence: the sentence's places in the document's country beat a namesake abroad.
  ['Rioters looted shops in Makeni and Misisi townships of Lusaka, Zambia.', 'ZM', 'Lusaka'],
  // No place in the clause: the most specific place the article names, not its most named country.
  ['Gunmen kidnapped five workers on Monday. The workers lived in Tripoli, in the west of Libya. Libya has seen many such cases.', 'LY', 'Tripoli'],
]

describe('events: the place of an event', () => {
  for (const [text, cc, name] of EVENT_PLACE) {
    it(`${name} for "${text}"`, () => {
      const e = events(text)[0]
      assert.ok(e?.location, 'no event place')
      assert.equal(e.location.countryCode, cc)
      assert.equal(e.location.name, name)
    })
  }
})

describe('places: a country feed\'s hint decides between namesakes', () => {
  // Ambo is a town of Ethiopia and of Peru; the Peruvian one wins on its own.
  const hinted = (text: string, language: string, country: string | null) =>
    getDefaultPipeline().analyze({ input: 'context-suite', text, language, country }).places.find((p) => p.text === 'Ambo')?.countryCode
  const cases: [string, string][] = [
    ['en', 'Gunmen attacked a market in Ambo on Sunday, killing three traders.'],
    ['fr', 'Des hommes armés ont attaqué un marché à Ambo dimanche, tuant trois commerçants.'],
  ]
  for (const [language, text] of cases) {
    it(`${language}: the hint's namesake, not the larger one abroad`, () => {
      assert.equal(hinted(text, language, null), 'PE')
      assert.equal(hinted(text, language, 'ET'), 'ET')
      assert.equal(hinted(text, language, 'et'), 'ET', 'a hint is read in any case')
    })
  }
})
