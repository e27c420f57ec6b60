/**
 * A party backed by another ("backed by", « appuyés par »): the backed party does the happening of
 * the clause, an armed backer acts beside it, and a trigger that is the backer's own noun is the
 * backer's act. Sentences written for these tests, through the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

const events = (text: string, language: string) => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' }).events
const of = (text: string, language: string, sub: string) => events(text, language).find((e) => e.subEventType === sub)

describe('events: the party a phrase of backing follows is the doer, the backer beside it', () => {
  const cases: [string, string, string, string, string][] = [
    // language, sentence, sub-event type, actor 1's id, the associated actor's id
    ['en', 'Kurdish YPG ground forces backed by US-led air strikes repelled Islamic State fighters near Kobani, Syria, on Monday.', 'Armed clash', 'ypg', 'military-us'],
    ['en', 'Congolese soldiers, supported by Ugandan troops, attacked LRA rebels near Dungu on Monday.', 'Armed clash', 'military-cd', 'military-ug'],
    ['fr', 'Les soldats congolais, appuyés par des soldats ougandais, ont attaqué les rebelles de la LRA près de Dungu lundi.', 'Armed clash', 'military-cd', 'military-ug'],
  ]
  for (const [lang, text, sub, a1, assoc] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = of(text, lang, sub)
      assert.equal(e?.actor1?.actorId, a1)
      assert.ok(e?.assocActor1.some((a) => a.actorId === assoc), JSON.stringify(e?.assocActor1))
    })
  }
})

describe('events: a trigger that is the backer\'s own noun is not the backed party\'s act', () => {
  const cases: [string, string][] = [
    ['en', 'Rebels backed by Turkish artillery captured the town of Jarablus, Syria, on Wednesday.'],
    ['fr', 'Les rebelles soutenus par l\'artillerie turque ont pris la ville de Jarablus, en Syrie, mercredi.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = of(text, lang, 'Shelling/artillery/missile attack')
      assert.ok(e, 'the shelling is read')
      assert.notEqual(e.actor1?.name, 'Rebel Forces (Syria)')
      assert.notEqual(e.actor2?.name, 'Rebel Forces (Syria)')
    })
  }
  it('en: the backed party stays the doer of the clause\'s own verb', () => {
    const e = of('Rebels backed by Turkish artillery captured the town of Jarablus, Syria, on Wednesday.', 'en', 'Non-state actor overtakes territory')
    assert.equal(e?.actor1?.name, 'Rebel Forces (Syria)')
  })
  it('en: a backed party that undergoes the act is its target', () => {
    const e = of('Rebels backed by Turkey were attacked by government forces in Idlib, Syria.', 'en', 'Armed clash')
    assert.equal(e?.actor2?.name, 'Rebel Forces (Syria)')
  })
})
