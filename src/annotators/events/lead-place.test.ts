import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

const pipeline = getDefaultPipeline()
const places = (text: string, language: string) =>
  pipeline.analyze({ input: 'test', text, language, published: '2016-06-10' }).events
    .filter((e) => e.eventType === 'Explosions/Remote violence').map((e) => e.location?.admin1Code ?? null)

describe('events: a happening placed only by its country takes the province a later mention names', () => {
  // Invented texts: [language, text]; the strike's place must be a first-level area, not the country's capital.
  const cases: [string, string][] = [
    ['en', 'Air strikes killed nine people in northern Syria on Monday. The strikes hit a market in western Idlib province, a monitor said.'],
    ['fr', "Des frappes aériennes ont tué neuf personnes lundi dans le nord de la Syrie. Les frappes ont touché un marché de la province d'Idleb, selon une ONG."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = places(text, lang)
      assert.ok(got.length > 0, 'no strike')
      const damascus = pipeline.analyze({ input: 'test', text: 'Air strikes hit Damascus.', language: 'en', published: '2016-06-10' }).events[0]?.location?.admin1Code
      assert.ok(got.every((a) => a !== null && a !== damascus), `${got.join(', ')}`)
    })
  }
})

describe('events: a killing told by its harm is one happening with the fight its sides make it', () => {
  // Invented texts: [language, text]; one fight, placed in the province the second sentence names.
  const cases: [string, string][] = [
    ['en', 'The Nusra Front killed 45 rebel fighters in Syria over two days. The fighting flared up in Idlib province on Sunday, a monitor said.'],
    ['fr', "Le Front al-Nosra a tué 45 combattants rebelles en Syrie en deux jours. Les combats ont éclaté dimanche dans la province d'Idleb, selon une ONG."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const evs = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.filter((e) => e.eventType === 'Battles')
      assert.equal(evs.length, 1, evs.map((e) => `${e.subEventType}@${e.location?.text}`).join(', '))
      assert.equal(evs[0]!.fatalities, 45)
      assert.match(evs[0]!.location?.text ?? '', /Idl?[ie]b/)
    })
  }
})
