import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deadOf } from './test-events.js'

describe('events: one victim told by a singular noun without a number', () => {
  for (const [lang, text] of [
    ['en', 'Soldier killed in an ambush just east of Timbuktu.'],
    ['en', 'Gunmen kill policeman in Bongo Bagari.'],
    ['en', 'Gunmen killed the chief of judicial police while he was at a warehouse in Bujumbura.'],
    ['en', 'Gunmen assassinated retired army colonel and wounded his son in Bujumbura.'],
    ['en', 'Gunmen ambushed an army officer near Bujumbura, killing his guard.'],
    ['en', 'Soldiers allegedly killed civilian in Barodo village.'],
    ['fr', 'Des hommes armés ont tué le chef du village près de Gao.'],
    ['fr', 'Des jihadistes ont assassiné son garde du corps à Gao.'],
    ['fr', 'Soldat tué dans une embuscade près de Tombouctou.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [1]))
  }
  for (const [lang, text] of [
    ['en', 'Soldiers killed civilians in Barodo village.'],
    ['en', 'Hundreds of people were killed in Eastern Ghouta.'],
    ['en', 'The blast near Idlib killed government soldiers and other forces.'],
    ['en', 'Gunmen tried to kill the governor in Lagos.'],
    ['en', 'Students in Khartoum protest the killing of a student last week.'],
    ['fr', "Des soldats ont abattu l'avion près de Gao."],
    ['fr', "Les forces de l'ordre tirent sur les manifestants à Homs, tuant le plus grand nombre de civils."],
  ] as const) {
    it(`${lang}: no toll of one: ${text}`, () => assert.ok(!deadOf(text, lang).includes(1), JSON.stringify(deadOf(text, lang))))
  }
})
