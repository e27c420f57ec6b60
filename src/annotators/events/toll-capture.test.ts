import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { kindsAndDead } from './test-events.js'

describe('events: an abduction or a rape, then a killing of the same doers, is one attack with its dead', () => {
  for (const [lang, text, dead] of [
    ['en', 'Gunmen abducted three farmers near Bambari on Monday. At least two of them were later found dead.', 2],
    ['en', 'Militiamen shot and killed two herders and raped a woman near Bambari.', 2],
    ['fr', 'Des hommes armés ont enlevé trois paysans près de Bambari lundi. Les ravisseurs ont ensuite exécuté deux paysans.', 2],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = kindsAndDead(text, lang)
      assert.deepEqual(events, [{ sub: 'Attack', dead }])
    })
  }
  it('en: not a killing by another, named party', () => {
    const events = kindsAndDead('Gunmen abducted three farmers near Bambari on Monday. Soldiers killed four al-Shabaab militants in Bambari.', 'en')
    assert.ok(events.some((e) => e.sub === 'Abduction/forced disappearance'), JSON.stringify(events))
  })
})
