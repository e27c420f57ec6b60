import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

const deadOf = (text: string, language: string) =>
  getDefaultPipeline().analyze({ input: 't', text, language, published: '2016-05-28', country: null }).events.map((e) => e.fatalities)

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
