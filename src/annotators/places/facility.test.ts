/**
 * Towns named only inside the name of a facility or local body: where the facility is (for the
 * events stage), not toponym mentions of the `places` layer; and the names of peoples or clans
 * told as armed men, which are no places at all. Sentences written for these tests;
 * the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadGazetteer } from '../../kb/gazetteer/index.js'
import type { Doc } from '../../pipeline/annotator.js'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { candidateAt } from './find.js'
import { placesInNames } from './index.js'
import { loadPlaceResources } from './resources.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'facility', text, language, published: '2016-05-28' })
/** The towns in facility names and the places of a text, as "surface:CC" lists. */
const read = (text: string, language = 'en') => {
  const a = analyze(text, language)
  const show = (ps: { text: string; countryCode: string | null }[]) => ps.map((p) => `${p.text}:${p.countryCode}`).join('|')
  return { inNames: show(placesInNames(a as unknown as Doc)), places: show(a.places) }
}

describe('places: a town that opens the name of a facility or local body', () => {
  const cases: [string, string][] = [
    ['Students at Kumasi Polytechnic blocked the main gate over fees.', 'Kumasi:GH'],
    ['Three gunmen stormed Banha Teaching Hospital overnight.', 'Banha:EG'],
    ['Fighters of the Benghazi Shura Council shelled the port.', 'Benghazi:LY'],
    ['Attackers threw a grenade at a Heliwa police station.', 'Heliwa:SO'],
    ['Workers of the Koforidua Municipality marched to the regional office on Monday.', 'Koforidua:GH'],
    // A short sentence is no Title Case headline for its capitalised first word; a head may be in
    // the possessive.
    ['Students at Kumasi Polytechnic protested.', 'Kumasi:GH'],
    ["Gunmen stormed Banha Teaching Hospital's maternity ward.", 'Banha:EG'],
  ]
  for (const [text, expected] of cases) {
    it(`${expected} in "${text}"`, () => assert.deepEqual(read(text), { inNames: expected, places: '' }))
  }
  // Other capitalised words may stand between the town and the head (English puts the town first;
  // French governs it after the head, « le marché central de Galkayo »).
  const longer: [string, string][] = [
    ['Fighters of the Benghazi Revolutionaries Shura Council shelled the port.', 'Benghazi:LY'],
    ['A grenade exploded in Galkayo Tawakal Market on Friday, wounding two traders.', 'Galkayo:SO'],
  ]
  for (const [text, expected] of longer) {
    it(`${expected} in "${text}"`, () => assert.deepEqual(read(text), { inNames: expected, places: '' }))
  }
  // A person the entities stage guessed from capitals alone over such a name holds a facility's,
  // an area's or a settlement's word no person's name holds.
  const guessed: [string, string][] = [
    ['Students of Francistown College of Technical Education boycotted classes on Monday.', 'Francistown:BW'],
    ['A prisoner died after a fight in a Moroto Government Prison cell on Sunday.', 'Moroto:UG'],
    // A military hospital, camp or base, a headquarters (English puts the town first; French governs
    // it after the head, « l'hôpital militaire de Kamenge », which « de » already cues).
    ['Gunmen shot a guard outside the Kamenge military hospital on Friday.', 'Kamenge:BI'],
    ['Retrenched workers camped outside the company\'s Harare HQ on Monday.', 'Harare:ZW'],
  ]
  for (const [text, expected] of guessed) {
    it(`${expected} in "${text}"`, () => {
      const { inNames, places } = read(text)
      assert.equal([inNames, places].filter(Boolean).join('|'), expected)
    })
  }
  it('and it must agree with the countries of the text\'s other places (Hay, Australia, in a text about Libya)', () => {
    // Hay al-Andalus is Tripoli's district (kb/places/regions.tsv): the text's Libya keeps Hay, Australia, out.
    assert.deepEqual(read('A police officer was shot outside Hay Andalous police station in Tripoli on Monday.'), { inNames: '', places: 'Hay Andalous:LY|Tripoli:LY' })
  })
  it('unless those words go on a longer place\'s name the gazetteer spells otherwise', () => {
    assert.deepEqual(read('A roadside bomb exploded at Beled Weyne airport on Monday.'), { inNames: '', places: 'Beled Weyne:SO' })
  })
  it('a given name between the town and the head makes a person\'s name', () => {
    assert.deepEqual(read('Students at Abu Hamad Secondary School protested against the new fees this morning.'), { inNames: '', places: '' })
  })
  it('a name before a facility\'s head is looked up in another spelling too', () => {
    assert.equal(read('A bomb exploded near Bardheere Police Station on Monday.').places, 'Bardheere:SO')
  })
})

describe('places: a road named after the towns it links', () => {
  it('runs from the first town, and what happens along it is near that town', () => {
    const a = analyze('Gunmen ambushed a truck along the Yei-Maridi road, killing three traders.')
    const yei = [...a.places, ...placesInNames(a as unknown as Doc)].find((p) => p.text === 'Yei')
    assert.deepEqual([yei?.countryCode, yei?.geoPrecision], ['SS', 2])
    // Told as a person's name by the entities stage, the road still says where.
    const ambush = analyze('An unknown group ambushed a lorry along Yei-Maridi road at dawn.')
    assert.deepEqual(placesInNames(ambush as unknown as Doc).map((p) => [p.text, p.countryCode, p.geoPrecision]), [['Yei', 'SS', 2]])
  })
  it('in French, with the head before the names', () => {
    const a = analyze("Des hommes armés ont tendu une embuscade sur l'axe Beni-Butembo, tuant deux civils.", 'fr')
    assert.deepEqual(a.places.map((p) => [p.text, p.countryCode, p.geoPrecision]), [['Beni', 'CD', 2], ['Butembo', 'CD', 1]])
  })
})

describe('places: the people of a place', () => {
  it('"residents of X protested": the name is no speaking subject', () => {
    assert.deepEqual(read('Hundreds of residents of Oued Sly protested against water cuts on Sunday.'), { inNames: '', places: 'Oued Sly:DZ' })
  })
})

describe('places: the facility a name is in', () => {
  const gaz = loadGazetteer()
  const facility = (lang: string, text: string, surface: string) => {
    const doc = analyze(text, lang) as unknown as Doc
    const start = text.indexOf(surface)
    const f = candidateAt(doc, start, start + surface.length, gaz, loadPlaceResources(lang))!.facility
    return f ? text.slice(f.start, f.end) : null
  }
  const cases: [string, string, string, string | null][] = [
    ['en', 'Students at Kumasi Polytechnic protested.', 'Kumasi', 'Kumasi Polytechnic'],
    ['en', 'Gunmen stormed Banha Teaching Hospital.', 'Banha', 'Banha Teaching Hospital'],
    ['en', 'Students of the University of Kisangani marched.', 'Kisangani', 'University of Kisangani'],
    ['en', 'Students marched in Kumasi on Monday.', 'Kumasi', null],
    ['fr', "Des hommes armés ont attaqué l'hôpital de Bunia.", 'Bunia', 'hôpital de Bunia'],
    ['fr', "Les étudiants de l'université de Kisangani ont manifesté.", 'Kisangani', 'université de Kisangani'],
    ['fr', 'Les étudiants ont manifesté à Kisangani.', 'Kisangani', null],
  ]
  for (const [lang, text, surface, expected] of cases) it(`${surface} in "${text}": ${expected}`, () => assert.equal(facility(lang, text, surface), expected))
})

describe('places: the name of a people or a clan whose armed men are told is no place', () => {
  const cases: [string, string, string][] = [
    // [language, text, places expected]
    ['en', 'Tabu militiamen attacked a village near Sabha, killing three people.', 'Sabha:LY'],
    ['en', 'Gunmen from the Dir clan killed two herders near Galkayo.', 'Galkayo:SO'],
    ['fr', 'Des miliciens Salamat ont attaqué un village près de Nyala.', 'Nyala:SD'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(read(text, lang).places, expected))
})

describe('places: the whole name of an organisation the actor KB knows is no place', () => {
  const cases: [string, string, string][] = [
    // [language, text, places expected]: Wagner (a US town), Hamas (read as Hamm), « Otan » (Autun,
    // Otan Ayegbaju); a town inside a longer name or after a locative cue stays.
    ['en', 'Mercenaries of Wagner attacked a village near Bambari on Monday.', 'Bambari:CF'],
    ['en', 'Hamas fighters attacked the village, a news agency reported.', ''],
    ['fr', "Un avion de l'Otan a frappé un dépôt près de la ville lundi.", ''],
    ['fr', "Le commandement de l'Otan s'est réuni à Naples.", 'Naples:IT'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(read(text, lang).places, expected))
})
