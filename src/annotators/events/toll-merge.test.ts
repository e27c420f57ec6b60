import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deadOf } from './test-events.js'

describe('events: a toll told apart, placed only by the focus, is the toll of the happening before it', () => {
  // The toll's sentence names no place: the article's focus (Gode) is no place of its own that would
  // set it apart from the attack placed 30 km from it.
  for (const [lang, text] of [
    ['en', 'Gunmen attacked an army base in Kalafo (30km NW of Gode) on 06/01. Four soldiers were killed and two others were injured.'],
    ['fr', "Des hommes armés ont attaqué une base de l'armée à Kalafo (30 km au nord-ouest de Gode) le 6 janvier. Quatre soldats ont été tués et deux autres blessés."],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [4]))
  }
})

describe("events: a toll told alone after the forces' harm to a crowd is that harm's toll", () => {
  for (const [lang, text, dead] of [
    ['en', 'Police opened fire on a group of protesters in Aba. Six dead, several injured.', 6],
    ['en', 'Soldiers shot at protesters in Nekemt. At least two are said to have been killed.', 2],
    ['fr', 'La police a tiré sur des manifestants à Aba. Six morts et plusieurs blessés.', 6],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [dead]))
  }
  it('fr: not a toll told at another place', () => {
    const dead = deadOf('La police a tiré sur des manifestants à Deraa. À Hama, une personne a été tuée.', 'fr')
    assert.ok(!dead.some((f) => f === 1) || dead.length === 2, JSON.stringify(dead))
  })
})
