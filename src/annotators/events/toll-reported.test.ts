import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deadOf } from './test-events.js'

describe('events: the dead told with a verb of reporting, and one who died', () => {
  for (const [lang, text, dead] of [
    ['en', 'Rebels shelled the town of Beni. Twenty-three soldiers were also reported killed in the shelling.', 23],
    ['en', 'Kikuyu and Luo youths clashed in Kariobangi over voter registration. One death reported.', 1],
    ['en', 'A young girl was reported killed in a rocket attack on Benghazi.', 1],
    ['en', 'Gunmen attacked a trader near Bujumbura and stole his cattle. The trader died in the attack.', 1],
    ['fr', 'Des affrontements ont opposé deux communautés à Gao. Un mort et deux blessés.', 1],
    ['fr', 'Des affrontements ont opposé deux communautés à Gao ; trois décès ont été signalés.', 3],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.ok(deadOf(text, lang).includes(dead), JSON.stringify(deadOf(text, lang))))
  }
  for (const [lang, text] of [
    ['en', 'The talks died down in Geneva after the clashes in Aleppo.'],
    ['fr', 'Quelle différence entre un mort par gaz et un mort par obus à Alep ?'],
  ] as const) {
    it(`${lang}: no toll of one: ${text}`, () => assert.ok(!deadOf(text, lang).includes(1), JSON.stringify(deadOf(text, lang))))
  }
})
