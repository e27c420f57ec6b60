import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { NOT_ACLED } from '../../doc/event-kind.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const events = (text: string, language: string) =>
  getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28', country: null }).events

/** The dead of the article's first event that can have dead (not an arrest, a seizure or a peaceful protest). */
const deadOf = (text: string, language: string) => events(text, language).map((e) => e.fatalities)

describe('events: tolls told by other verbs of killing, in both voices', () => {
  // Invented sentences: [language, text, the dead of its one event]
  const cases: [string, string, number][] = [
    ['en', 'Soldiers shot dead two armed men near the border town of Kadiria.', 2],
    ['en', 'Militants kill four villagers in the town of Gwoza.', 4],
    ['en', 'The group executed three prisoners in the town square of Sirte.', 3],
    ['en', 'Gunmen shoot and kill a police officer in Kano.', 1],
    ['en', 'An Egyptian man was beheaded in the town of Arish.', 1],
    ['en', 'Two traders lynched by a mob in the market of Lagos.', 2],
    ['en', 'Militants attacked a farmer near Maiduguri, killing him.', 1],
    ['en', 'The bodies of seven people were found near the river in Gitega.', 7],
    ['en', 'A trader was shot by gunmen in Kano and later died of his wounds.', 1],
    ['fr', 'Des hommes armés ont égorgé deux bergers près de Ménaka.', 2],
    ['fr', 'Des jihadistes exécutent trois otages près de Tombouctou.', 3],
    ['fr', 'Un soldat a été égorgé par des hommes armés près de Kidal.', 1],
    ['fr', 'Des hommes armés ont attaqué un berger près de Ménaka, le tuant.', 1],
    ['fr', 'Le corps sans vie d\'un journaliste tué par balle a été retrouvé à Benghazi.', 1],
    ['fr', 'Un policier blessé par des hommes armés à Gao a succombé à ses blessures.', 1],
    // One victim however long the subject; more victims whose subject runs to six words.
    ['en', 'A member of the security forces of the government was killed in a landmine blast in Benghazi.', 1],
    ['en', 'Nine young people from the town were killed by mines near Sirte.', 9],
    ['en', 'A gunman shot and killed another man in Garowe.', 1],
    ['fr', "Un policier malien a été tué lors d'une attaque à Gao.", 1],
    ['fr', 'Un soldat a été tué par des jihadistes près de Gao.', 1],
  ]
  for (const [lang, text, dead] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [dead]))
  }
  // Not a death: an attempt, an operation carried out, an age, a family or livestock.
  const none: [string, string, number | null][] = [
    ['en', 'Militants tried to kill a police officer in Mosul.', null],
    ['en', 'Gunmen executed an attack on a checkpoint in Gao.', null],
    ['en', 'Gunmen killed a 32-year-old trader in Kano.', 1],
    ['en', 'Gunmen opened fire near Galkacyo but missed their target and killed several goats.', null],
    ['en', 'Supporters, angry about the death of a murdered teen, gathered outside the court in Wynberg.', null],
    ['fr', 'Des jihadistes ont tenté de tuer un policier à Gao.', null],
    ['fr', 'Les rebelles ont exécuté une opération contre le camp militaire de Kidal.', null],
    // The death a happening avenges is no death of its own.
    ['en', 'Gunmen burned houses in the village near Kano in retaliation for the death of a police officer.', null],
  ]
  for (const [lang, text, dead] of none) {
    it(`${lang}: ${text}`, () => assert.ok(deadOf(text, lang).every((f) => f === dead), JSON.stringify(deadOf(text, lang))))
  }
})

describe("events: a toll told without its number is coded as ACLED's codebook does", () => {
  const cases: [string, string, number][] = [
    ['en', 'Clashes between the army and rebels in Bentiu. Heavy casualties on both sides.', 10],
    ['en', 'Soldiers attacked the rebels in Kodok, an unknown number were killed.', 10],
    ['en', 'Air strikes hit the market of Nyala, killing several people.', 10],
    ['en', 'Dozens of people were killed in an air strike on Aleppo.', 12],
    ['fr', "Des affrontements entre l'armée et les rebelles à Bangui ont fait de lourdes pertes.", 10],
    ['fr', "L'armée a bombardé Alep, faisant plusieurs morts.", 10],
    ['fr', 'Les insurgés ont attaqué un convoi à Homs, un nombre indéterminé de soldats tués.', 10],
    ['fr', 'Des dizaines de civils ont été tués dans un bombardement sur Alep.', 10],
  ]
  for (const [lang, text, dead] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [dead]))
  }
  it('en: the wounded left are no dead', () => {
    assert.ok(deadOf('Fighting between the army and militants in Sirte left several injured.', 'en').every((f) => f === null))
  })
})

describe('events: the dead belong to the happening that killed them', () => {
  it('en: not to the weapons seized in the same sentence', () => {
    const es = events('Soldiers repelled a Boko Haram attack on Pulka on Friday, killing seven and recovering weapons.', 'en')
    assert.deepEqual(es.filter((e) => e.eventType === 'Battles').map((e) => e.fatalities), [7])
    assert.ok(es.filter((e) => e.eventType === 'Strategic developments').every((e) => e.fatalities === null))
  })
  it('fr: not to the arrests in the same sentence', () => {
    const es = events("Les soldats ont arrêté quatre suspects lors d'affrontements avec des jihadistes près de Gao qui ont fait trois morts.", 'fr')
    assert.ok(es.filter((e) => e.eventType === 'Strategic developments').every((e) => e.fatalities === null))
    assert.deepEqual(es.filter((e) => e.eventType === 'Battles').map((e) => e.fatalities), [3])
  })
  // Armed dead told on their own right after a fight they were a side of: its toll, one event.
  const tolls: [string, string, number][] = [
    ['en', 'Clashes between the army and SPLM-N rebels near Kadugli. Thirteen soldiers killed.', 13],
    ['fr', "Des combats ont opposé l'armée aux rebelles près de Kidal. Trois soldats ont été tués.", 3],
  ]
  for (const [lang, text, dead] of tolls) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [dead]))
  }
  it('en: dead of another side are another happening', () => {
    const es = events('Gunmen attacked a village near Kano on Monday. Police killed two robbers in Lagos on Tuesday.', 'en').filter((e) => e.eventType !== NOT_ACLED)
    assert.deepEqual(es.map((e) => [e.location?.name, e.fatalities]), [['Kano', null], ['Lagos', 2]])
  })
})
