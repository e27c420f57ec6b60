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

describe('events: a happening another is told after is the background', () => {
  // Invented texts: [language, text, the background's sub-event type]; the other happening stays the news.
  const cases: [string, string, string][] = [
    ['en', 'Just a day after air strikes on a school in Idlib, rebel rockets hit Aleppo on Tuesday.', 'Air/drone strike'],
    ['en', 'Days after a suicide bombing in Hasakah killed 20 people, clashes erupted in Qamishli on Monday.', 'Suicide bomb'],
    ['fr', "Au lendemain des frappes aériennes sur une école d'Idleb, des roquettes rebelles ont frappé Alep mardi.", 'Air/drone strike'],
    ['fr', 'Deux jours après un attentat à la voiture piégée à Hassaké, des hommes armés ont attaqué un barrage lundi à Qamichli.', 'Remote explosive/landmine/IED'],
  ]
  for (const [lang, text, background] of cases) {
    it(`${lang}: ${text}`, () => {
      const evs = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events
      const bg = evs.filter((e) => e.subEventType === background)
      assert.ok(bg.length > 0 && bg.every((e) => e.flags.historical), evs.map((e) => `${e.subEventType} ${e.flags.historical}`).join(', '))
      assert.ok(evs.some((e) => e.subEventType !== background && e.eventType !== 'Strategic developments' && !e.flags.historical), 'no lead happening')
    })
  }
  it('a clause after a comma is not the recalled happening', () => {
    const evs = pipeline.analyze({ input: 'test', text: 'A day after the talks, clashes erupted in Aleppo on Tuesday.', language: 'en', published: '2016-06-10' }).events
    assert.ok(evs.some((e) => e.subEventType === 'Armed clash' && !e.flags.historical))
  })
})
