import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

const pipeline = createPipeline([createEventsAnnotator()])
const main = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]

describe('events: harm joined to an arrest ("arrested and tortured") is the happening', () => {
  const cases: [string, string][] = [
    ['en', 'Soldiers arrested and tortured twelve students in the town.'],
    ['en', 'The militants sentenced two men to death and publicly executed them in the square.'],
    ['fr', 'Des militaires ont arrêté et torturé douze étudiants dans la ville.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, 'Attack')
      assert.equal(e?.actor2?.name, 'Civilians')
    })
  }
  it('en: murders named in a charge leave the arrest the happening', () => {
    assert.equal(main('Two soldiers were later arrested as accomplices to this and two other murders.', 'en')?.subEventType, 'Arrests')
  })
})

describe('events: the target of one-sided violence told as youths or students is civilians', () => {
  it('en: Gunmen shot dead three youths in the town.', () => {
    assert.equal(main('Gunmen shot dead three youths in the town.', 'en')?.actor2?.name, 'Civilians')
  })
})
