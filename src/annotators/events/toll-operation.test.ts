import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { kindsAndDead } from './test-events.js'

describe('events: an operation told by its weapons seized, then the dead of its fight, is the fight', () => {
  for (const [lang, text] of [
    ['en', 'Soldiers seized weapons and ammunition from a rebel camp near Bambari. Four rebels were killed in the exchange of fire.'],
    ['fr', 'Des soldats ont saisi des armes dans un camp rebelle près de Bambari lundi. Quatre rebelles ont été tués lors de l’accrochage.'],
    ['fr', 'L’armée a saisi des armes et des munitions dans un camp rebelle près de Bambari. Quatre rebelles ont été tués dans les échanges de tirs.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(kindsAndDead(text, lang), [{ sub: 'Armed clash', dead: 4 }]))
  }
  it('en: not a fight told three sentences on', () => {
    const events = kindsAndDead('Soldiers seized weapons and ammunition from a rebel camp near Bambari. The camp was used by the rebels for months. Aid groups said the roads were closed. Four rebels were killed in the exchange of fire.', 'en')
    assert.ok(events.some((e) => e.sub === 'Disrupted weapons use'), JSON.stringify(events))
  })
})
