import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deadOf } from './test-events.js'

describe("events: a toll told without a number is 10, as ACLED's codebook codes it, and no number", () => {
  for (const [lang, text, dead] of [
    ['en', 'Troops stormed IS positions near Derna. Some of the IS fighters were killed, others were arrested.', 10],
    ['en', 'Troops cleared the camps near Bama. During the operation a number of Boko Haram fighters were killed.', 10],
    ['en', 'The strikes near Derna killed a large number of militants.', 10],
    ['en', 'The OLA attacked government troops near Lege Dadi, causing an unknown number of casualties.', 10],
    ['en', 'Al Shabaab attacked a base near Baidoa, and both sides suffered casualties.', 10],
    ['en', 'At least 15 people including a number of children were killed in air strikes on a market near Idlib.', 15],
    ['en', 'IS fighters executed three unidentified men near Derna.', 3],
    ['fr', "L'armée a attaqué des positions jihadistes près de Derna. Un certain nombre de jihadistes ont été tués.", 10],
    ['fr', 'Un grand nombre de jihadistes ont été tués dans des frappes près de Derna.', 10],
    ['fr', 'Les shebab ont attaqué une base près de Baidoa, les deux camps ont subi des pertes.', 10],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.ok(deadOf(text, lang).includes(dead), JSON.stringify(deadOf(text, lang))))
  }
  for (const [lang, text] of [
    ['en', 'The attack near Baidoa caused casualties among the soldiers, with several wounded.'],
    ['en', 'The number of civilians killed by the strike near Idlib rose on Monday.'],
  ] as const) {
    it(`${lang}: no toll of 10: ${text}`, () => assert.ok(!deadOf(text, lang).includes(10), JSON.stringify(deadOf(text, lang))))
  }
})
