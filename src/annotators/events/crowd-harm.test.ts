import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

const pipeline = createPipeline([createEventsAnnotator()])
const types = (text: string, language: string) => pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events.map((e) => e.subEventType)
const main = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]?.subEventType

describe('events: rioters who harm people do mob violence', () => {
  const cases: [string, string][] = [
    ['en', 'Rioters beat and wounded two shopkeepers in the market on Monday.'],
    ['en', 'Rioters burned two shops in the market and wounded three traders.'],
    ['fr', 'Des émeutiers ont blessé deux commerçants au marché lundi.'],
    ['fr', 'Des émeutiers ont incendié deux boutiques du marché et blessé trois commerçants.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang), 'Mob violence'))
})

describe('events: harm that is not the rioters\' own leaves their riot a violent demonstration', () => {
  const cases: [string, string][] = [
    // Harm told in the passive, harm the crowd does to itself, harm told in a relative clause of what it riots about.
    ['en', 'Rioters burned tyres in the town and two were injured.'],
    ['en', 'Rioters burned a bus and tried to kill themselves.'],
    ['en', 'Rioters stoned the market in response to an attack which killed two traders.'],
    ['fr', 'Des émeutiers ont incendié des pneus dans la ville et se sont blessés.'],
    // The toll of riots told by their noun is no crowd's deed on people.
    ['en', 'The riots in the town left three people dead.'],
    ['fr', 'Les émeutes dans la ville ont fait trois morts.'],
    // A fire lit on a road is no shooting.
    ['en', 'Traders demonstrated and blocked the border over three days by setting up barricades and lighting fire on the road.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = types(text, lang)
      assert.ok(got.includes('Violent demonstration'), got.join(', '))
      assert.ok(!got.includes('Mob violence'), got.join(', '))
    })
  }
})
