import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { kindsAndDead } from './test-events.js'

describe('events: the dead told after a riot, of the forces that met it or of no doer, are the riot’s toll', () => {
  for (const [lang, text, dead] of [
    ['en', 'Inmates rioted over the lack of water at the central prison in Mopti. Police responded, killing four.', 4],
    ['en', 'Traders rioted and burnt tyres in the market of Bouaké. Two people were reported killed.', 2],
    ['fr', "Des jeunes en colère ont brûlé des pneus et saccagé le commissariat de Mopti. La police a riposté, tuant quatre personnes.", 4],
    ['fr', 'Des commerçants en colère ont brûlé des pneus et saccagé la mairie de Bouaké. Deux personnes ont été tuées.', 2],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = kindsAndDead(text, lang)
      assert.deepEqual(events.map((e) => e.sub), ['Violent demonstration'], JSON.stringify(events))
      assert.equal(events[0]!.dead, dead)
    })
  }
  it('en: not the dead of an armed group’s attack told after the riot', () => {
    const events = kindsAndDead('Traders rioted and burnt tyres in the market of Bouaké. Later, al-Shabaab militants attacked a police post, killing two officers.', 'en')
    assert.ok(events.some((e) => e.sub === 'Violent demonstration' && !e.dead), JSON.stringify(events))
  })
})
