/**
 * Names that are no place whatever the gazetteer holds: a rank abbreviated before a person's name
 * ("Brig. Jean Claude"), a country's name numbered as a channel's ("France 24"), the start of a
 * longer word or name ("Bu’ale", "King William's Town", "Beacon Bay"). Sentences written for these
 * tests; the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { focusCountry } from '../events/arguments.js'
import { foldName } from '../../kb/gazetteer/index.js'
import type { Doc } from '../../pipeline/annotator.js'
import { judgeContext } from './judge.js'
import { loadPlaceResources } from './resources.js'

const surfaces = (text: string, language: string): string[] => getDefaultPipeline().analyze({ input: 'judge', text, language, published: '2016-05-28' }).places.map((p) => p.text)

describe('places: ranks and titles are no places', () => {
  const cases: [string, string, string][] = [
    ['en', 'Gunmen killed Brig. General Athanase Kararuza in Bujumbura.', 'Bujumbura'],
    ['en', 'The police spokesman, Brig. Moses Kaima, said Kisumu was calm.', 'Kisumu'],
    ['fr', 'Des hommes armés ont tué le Lt. Bari à Mopti.', 'Mopti'],
    ['fr', 'Le Cdt. Bari a quitté Gao.', 'Gao'],
    // A title that is also a town's name ("Secretary", Maryland), read as a place, had outvoted
    // Geneva's own reading for a Geneva in the United States.
    ['en', 'Talks between Secretary of State John Kerry and the Russian minister were held in Geneva.', 'Geneva'],
    ['fr', 'Le Secrétaire Kerry est arrivé à Genève lundi.', 'Genève'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected}`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})

describe("places: a state's acronym before \"of\" and a name is an office", () => {
  const cases: [string, string, string][] = [
    // "DC" is the District Commissioner of a Somali district, not the District of Columbia.
    ['en', 'A bomb hit a vehicle carrying the DC of Baraawe District near Mogadishu.', 'Baraawe|Mogadishu'],
    // The same letters are that office again later in the text.
    ['en', 'A bomb hit a vehicle carrying the DC of Baraawe District near Mogadishu. The blast injured the DC.', 'Baraawe|Mogadishu'],
    ['en', 'A bomb hit the DC of Baraawe, Huseen Barre, near Mogadishu. The blast injured the DC.', 'Mogadishu'],
    ['en', 'Protesters marched in Washington, DC on Sunday.', 'Washington|DC'],
    ['fr', 'Une bombe a visé le véhicule du DC de Baraawe près de Mogadiscio.', 'Baraawe|Mogadiscio'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected}`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})

describe('places: a country numbered is a channel or a team', () => {
  const cases: [string, string, string][] = [
    ['en', 'Riots followed images broadcast on France 3 from Lyon.', 'Lyon'],
    ['en', 'He told France 24 that Bamako was calm.', 'Bamako'],
    // After a locative cue, a number may start the clause.
    ['en', 'In Syria 12 people died on Monday.', 'Syria'],
    ['fr', 'Les images diffusées par France 24, samedi, montraient Gao.', 'Gao'],
    ['fr', 'Au Mali 14 soldats ont été tués.', 'Mali'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected}`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})

describe('places: a word that goes on after an apostrophe is one word', () => {
  // "Bu" alone is a village in France; the whole word is read loosely (Bu’aale, Somalia).
  const cases: [string, string, string][] = [
    ['en', 'Warplanes struck a militia base 12km E of Bu’ale on Sunday.', 'Bu’ale'],
    ['fr', 'Des avions ont frappé une base de la milice près de Bu’ale dimanche.', 'Bu’ale'],
    // A possessive keeps its name.
    ['en', "Police said Mombasa's port was closed after the riot.", 'Mombasa'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected}`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})

describe('places: a possessive place name is one name', () => {
  // King William and Mitchell are towns in the United States; these are South African names.
  const cases: [string, string][] = [
    ['en', "Students from the college marched through King William's Town on Friday afternoon."],
    ['fr', "Des étudiants ont défilé à King William's Town vendredi."],
    // Nor is its head ("Town" alone is a village of Saint Lucia).
    ['fr', "Les élèves de King William's Town ont manifesté."],
  ]
  for (const [lang, text] of cases) it(`${lang}: "${text}" → no place`, () => assert.deepEqual(surfaces(text, lang), []))
  // A possessive name the gazetteer knows (a township of kb/places/regions.tsv) is that place, whole.
  for (const [lang, text] of [['en', "Police arrested two men in Mitchell's Plain after a robbery."], ['fr', "La police a arrêté deux hommes à Mitchell's Plain après un vol."]] as const) {
    it(`${lang}: "${text}" → Mitchell's Plain`, () => assert.deepEqual(surfaces(text, lang), ["Mitchell's Plain"]))
  }
})

describe('places: a landform word glued after a name makes another place', () => {
  // Beacon, Kempton and Ward are towns in the United States; Juba is South Sudan's capital, far from
  // the Juba River of Somalia. The longer names are unknown to the gazetteer: no place, not a namesake.
  const cases: [string, string, string][] = [
    ['en', 'Residents blocked roads with burning tyres in Beacon Bay on Monday.', ''],
    ['fr', 'Des habitants ont bloqué les routes à Beacon Bay lundi.', ''],
    ['en', 'Taxi drivers protested in Kempton Park, east of Johannesburg.', 'Johannesburg'],
    ['fr', 'Des chauffeurs de taxi ont manifesté à Kempton Park, à l’est de Johannesburg.', 'Johannesburg'],
    ['en', 'Militants crossed the Juba River near Kismayo at dawn.', 'Kismayo'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected || 'no place'}`, () => assert.deepEqual(surfaces(text, lang), expected ? expected.split('|') : []))
})

describe('places: a state glued to a word of leading or backing is a sponsor, not the scene', () => {
  // "Kobani" is an alternate name of ‘Ayn al ‘Arab: it must agree with the places the text names by
  // their own names, which a sponsor ("US-led") is not.
  const analyze = (text: string) => getDefaultPipeline().analyze({ input: 'judge', text, language: 'en', published: '2016-05-28' })
  it('"US-led air strikes in Kobani" keep Kobani, and the strike is in Syria', () => {
    const a = analyze('Dozens of militants were killed in US-led air strikes in Kobani, a monitor said.')
    assert.ok(a.places.some((p) => p.text === 'Kobani' && p.countryCode === 'SY'))
    assert.ok(a.events.length > 0)
    for (const e of a.events) assert.equal(e.location?.countryCode, 'SY', `${e.subEventType} at ${e.location?.name}`)
  })
  // The same sponsor named after the words of backing ("backed by Moscow", « soutenues par Moscou »).
  for (const [lang, text] of [
    ['en', 'Militias backed by Moscow and fighters funded by Moscow attacked the villages north of Aleppo last week.'],
    ['fr', 'Des milices soutenues par Moscou et financées par Moscou ont attaqué la semaine dernière les villages au nord d\'Alep.'],
  ] as const) {
    it(`${lang}: a capital after words of backing is a sponsor, and the text stays Syria's`, () => {
      const a = getDefaultPipeline().analyze({ input: 'judge', text, language: lang, published: '2016-05-28' })
      const moscow = a.places.filter((p) => p.countryCode === 'RU')
      assert.ok(moscow.length > 0 && moscow.every((p) => p.metonymic), JSON.stringify(moscow.map((p) => [p.text, p.metonymic])))
      assert.ok(a.events.length > 0)
      for (const e of a.events) assert.notEqual(e.actor1?.name, 'Military Forces of Russia', `${e.subEventType} by ${e.actor1?.name}`)
    })
  }
  // Nor does a sponsor vote for the country the text is about.
  for (const [lang, text] of [
    ['en', 'Washington-backed fighters and Washington-funded militias pushed on towards the Euphrates in Syria on Monday.'],
    ['fr', 'Des combattants soutenus par Washington et des milices financées par Washington avançaient lundi vers l\'Euphrate, en Syrie.'],
  ] as const) {
    it(`${lang}: a sponsor named twice does not make the text about its country`, () => {
      assert.equal(focusCountry(getDefaultPipeline().analyze({ input: 'judge', text, language: lang, published: '2016-05-28' })), 'SY')
    })
  }
  // Nor does it give its country to the forces the text names without one.
  for (const [lang, text] of [
    ['en', 'Militias backed by Moscow and fighters funded by Moscow attacked the villages north of Aleppo. Soldiers shot dead two civilians on Monday, residents said.'],
    ['fr', 'Des milices soutenues par Moscou et financées par Moscou ont attaqué les villages au nord d\'Alep. Des soldats ont abattu deux civils lundi, selon des habitants.'],
  ] as const) {
    it(`${lang}: soldiers named without a country are not the sponsor's`, () => {
      const a = getDefaultPipeline().analyze({ input: 'judge', text, language: lang, published: '2016-05-28' })
      const soldiers = a.mentions.find((m) => /^(?:Soldiers|soldats)$/u.test(m.text))
      assert.equal(soldiers?.actorId, 'military-sy')
    })
  }
  it('"Iran-backed" places nothing in Iran', () => {
    const a = analyze('Iran-backed militias attacked the village of Tal Afar on Sunday.')
    for (const e of a.events) assert.notEqual(e.location?.countryCode, 'IR')
    assert.ok(a.places.filter((p) => p.countryCode === 'IR').every((p) => p.metonymic))
  })
})

describe('places: the words a text writes in lower case', () => {
  it('answers as a set of every lower-case word folded, without folding the plain ones', () => {
    const texts = {
      en: "The iPhone and covid19 spread; paris is a word here, #gaza is a tag, e-mail and don't are folded, Paris stays a name, and ḥamāh too. Mosul MOSUL mosul2",
      fr: "L'armée a été déployée à Gao ; les élections d'hier et l'état d'urgence, oui, n'ont rien changé à Bamako.",
    }
    for (const [lang, text] of Object.entries(texts)) {
      const doc = getDefaultPipeline().analyze({ input: `lower-${lang}`, text, language: lang, published: '2016-05-28' }) as unknown as Doc
      const { lowerWords } = judgeContext(doc, loadPlaceResources(lang))
      const expected = new Set<string>()
      const asked = new Set<string>(['pariss', 'pari', 'mosul', 'zzz', 'iphonf', 'covid18', ''])
      doc.tokens.forEach((t) => {
        if (t.kind !== 'word') return
        const key = foldName(text.slice(t.start, t.end))
        asked.add(key)
        if (t.start > 0 && '#@/_='.includes(text[t.start - 1]!)) return
        if (/^\p{Ll}/u.test(text.slice(t.start, t.end))) expected.add(key)
      })
      for (const key of asked) assert.equal(lowerWords.has(key), expected.has(key), `${lang}: ${key}`)
      assert.ok(expected.has('iphone') || lang === 'fr')
    }
  })
})
