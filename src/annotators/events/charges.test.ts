import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

const pipeline = createPipeline([createEventsAnnotator()])
const types = (text: string, language: string) =>
  pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events.map((e) => e.subEventType)

describe('events: the deed someone is suspected or accused of is not a happening the sentence tells', () => {
  const cases: [string, string, string, string][] = [
    // [language, text, sub-event type told, sub-event type of the charge]
    ['en', 'Villagers burned down the house of a man suspected of rape.', 'Violent demonstration', 'Sexual violence'],
    ['en', 'Police arrested two men charged with the kidnapping of a trader.', 'Arrests', 'Abduction/forced disappearance'],
    ['fr', "Des habitants en colère ont incendié la maison d'un homme soupçonné de viol.", 'Violent demonstration', 'Sexual violence'],
    ['fr', "La police a arrêté deux hommes accusés d'avoir enlevé un commerçant.", 'Arrests', 'Abduction/forced disappearance'],
  ]
  for (const [lang, text, told, charge] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = types(text, lang)
      assert.ok(got.includes(told), `expected ${told} in ${got.join(', ')}`)
      assert.ok(!got.includes(charge), `${charge} is only alleged: ${got.join(', ')}`)
    })
  }
})

describe('events: a charge that is all the sentence tells is the happening it reports', () => {
  const cases: [string, string, string][] = [
    ['en', 'Soldiers were accused of raping two women in the village.', 'Sexual violence'],
    ['fr', "Des soldats sont accusés d'avoir violé deux femmes dans le village.", 'Sexual violence'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes(expected), types(text, lang).join(', ')))
})
