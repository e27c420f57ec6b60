import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

// A strike told by its aircraft as the subject (twentieth session): an air force or bombers of war that destroy
// or carry out raids, aircraft that strike in the present tense or « touchent » a target, French and English.
const pipeline = createPipeline([createEventsAnnotator()])
const main = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2016-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]

describe('events: aircraft as the subject of a strike are an air strike', () => {
  const cases: [string, string, string | null][] = [
    ['en', 'The Syrian air force destroyed a convoy of vehicles near Palmyra on Monday.', 'Military Forces of Syria'],
    ['en', 'Long-range bombers struck oil facilities outside the town overnight.', null],
    ['en', 'Two helicopters carried out raids on the hills east of the town before crashing.', null],
    ['en', 'Army helicopters dropped crude improvised munitions on the market.', null],
    ['en', 'Israeli combat planes delivered a missile strike on a depot near the border.', 'Military Forces of Israel'],
    ['fr', "L'aviation a touché un dépôt de munitions près de la ville.", null],
    ['fr', "L'aviation frappe les faubourgs de la ville depuis l'aube.", null],
    ['fr', 'Des avions bombardent les quartiers est de la ville.', null],
    ['fr', 'Des hélicoptères russes larguent des bombes sur le marché.', 'Military Forces of Russia'],
  ]
  for (const [lang, text, actor] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, 'Air/drone strike')
      if (actor) assert.ok(e?.actor1?.name.startsWith(actor), e?.actor1?.name)
    })
  }
  // Not an air force's chief, aircraft that only back another doer, nor a plane that touches the ground.
  const not: [string, string][] = [
    ['en', 'The air force chief struck a deal with the defence ministry on Monday.'],
    ['en', 'Troops backed by the air force destroyed a militant camp near the river.'],
    ['fr', "L'avion a touché la piste de l'aéroport à midi."],
    ['fr', 'Ces drones visent à surveiller la frontière.'],
  ]
  for (const [lang, text] of not) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Air/drone strike'))
  }
})

// The owner is a party the entities stage names: the whole pipeline.
const full = getDefaultPipeline()
const mainFull = (text: string, language: string) =>
  [...full.analyze({ input: 'test', text, language, published: '2016-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]

describe("events: the owner of an air strike's aircraft, named after them, is the doer", () => {
  const cases: [string, string, string][] = [
    ['fr', "Des avions de l'Otan ont frappé un dépôt près de la ville.", 'NATO'],
    ['fr', "L'aviation de la coalition a bombardé un pont sur l'Euphrate près de Raqqa.", 'Global Coalition Against Daesh'],
    ['en', 'Aircraft of NATO struck a depot near the town.', 'NATO'],
  ]
  for (const [lang, text, actor] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = mainFull(text, lang)
      assert.equal(e?.subEventType, 'Air/drone strike')
      assert.ok(e?.actor1?.name.startsWith(actor), e?.actor1?.name)
    })
  }
})

describe('events: the party that holds the place struck, told with a modifier, is not the doer', () => {
  const cases: [string, string][] = [
    ['en', 'Government jets struck the town of al-Bab in Aleppo province which is held by the extremist Islamic State group.'],
    ['en', 'Warplanes struck a market in Idlib controlled by the powerful Nusra Front on Monday.'],
    ['fr', "Des avions ont bombardé le marché d'Idleb, une ville tenue par le puissant Front al-Nosra."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = mainFull(text, lang)
      assert.equal(e?.subEventType, 'Air/drone strike')
      assert.ok(e?.actor1?.name.startsWith('Military Forces of Syria'), e?.actor1?.name)
    })
  }
})
