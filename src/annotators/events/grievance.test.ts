import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const pipeline = createPipeline([createEventsAnnotator()])
const main = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]

describe('events: a grievance ("protest over the killing") is not the "over" of "took over"', () => {
  const cases: [string, string, string][] = [
    ['en', 'Al-Shabaab militants took over the town of Bulo Burte on Monday.', 'Non-state actor overtakes territory'],
    ['en', 'The army took over the rebel stronghold.', 'Government regains territory'],
    ['en', 'Rebels took over the military base after heavy fighting.', 'Non-state actor overtakes territory'],
    // The grievance still holds after a protest verb: the burning is what they protest about.
    ['en', 'Students protested over the burning of the library.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: discontent and solidarity name a grievance, not a happening of the day', () => {
  const cases: [string, string, string][] = [
    ['en', 'Students marched to express discontent with the recent kidnapping of two teachers.', 'Peaceful protest'],
    ['en', 'Nurses rallied in solidarity with colleagues beaten in the capital.', 'Peaceful protest'],
    ['fr', 'Des étudiants ont manifesté en solidarité avec des enseignants enlevés la semaine dernière.', 'Peaceful protest'],
    ['fr', 'Des habitants ont marché pour exprimer leur colère contre les enlèvements répétés.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: what a protest answers ("in response to", "worried by") is its grievance', () => {
  const types = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events.map((e) => e.subEventType)
  const cases: [string, string][] = [
    ['en', 'In response to the killing of two traders, hundreds of residents protested in the market town.'],
    ['en', 'Worried by the spate of kidnappings of doctors, nurses protested outside the hospital.'],
    ['fr', "En réaction à l'assassinat de deux commerçants, des centaines d'habitants ont manifesté dans la ville."],
    ['fr', 'Inquiets de la vague d\'enlèvements de médecins, des infirmiers ont manifesté devant l\'hôpital.'],
    // An elided article before the trigger still leaves it in the grievance.
    ['fr', "À la suite de l'assassinat de deux commerçants, des habitants ont manifesté dans la ville."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = types(text, lang)
      assert.ok(got.includes('Peaceful protest'), got.join(', '))
      assert.ok(!got.some((t) => t === 'Attack' || t === 'Abduction/forced disappearance'), got.join(', '))
    })
  }
})

describe('events: a military counter-strike is no labour strike', () => {
  const cases: [string, string][] = [
    ['en', 'The air force launched counter strikes on the rebel positions.'],
    ['en', 'The army launched retaliatory strikes on the militants.'],
    // Strikes carried out, or flown by aircraft, or aimed at fighters are military; French says « frappes ».
    ['en', 'The pilots were asked to carry out strikes against the militants near the town.'],
    ['en', 'Russian jets resumed strikes on the city on Monday.'],
    ['fr', 'Les avions ont repris leurs frappes contre les positions rebelles.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events.map((e) => e.eventType)
      assert.ok(!got.includes('Protests'), got.join(', '))
    })
  }
  it('a strike carried out by warplanes is an air strike', () => {
    for (const [lang, text] of [
      ['en', 'The coalition conducted 18 strikes near the town on Monday.'],
      ['fr', 'La coalition a mené 18 frappes près de la ville lundi.'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events.map((e) => e.subEventType)
      assert.ok(got.includes('Air/drone strike'), `${got.join(', ')}: ${text}`)
    }
  })
  it('en: workers resuming their strikes still protest', () => {
    const got = pipeline.analyze({ input: 'test', text: 'Workers resumed strikes in the city on Monday.', language: 'en', published: '2020-06-10' }).events.map((e) => e.eventType)
    assert.ok(got.includes('Protests'), got.join(', '))
  })
  it('en: teachers launching a strike still protest', () => {
    const got = pipeline.analyze({ input: 'test', text: 'Teachers launched a general strike in the capital.', language: 'en', published: '2020-06-10' }).events.map((e) => e.eventType)
    assert.ok(got.includes('Protests'), got.join(', '))
  })
})

describe('events: the clause a cause opens after a protest ("protested after a man … was attacked") is its grievance', () => {
  const told = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events
  const cases: [string, string][] = [
    ['en', 'Hundreds of traders protested in the market town after a shopkeeper who had lived there for many years was attacked with a knife.'],
    ['en', 'Villagers blocked the main road to protest after three children from the village were killed by a speeding truck.'],
    ['fr', "Des commerçants ont manifesté dans la ville après qu'un vendeur installé depuis de longues années sur le marché a été poignardé par deux inconnus armés."],
    ['fr', 'Des habitants ont manifesté sur la route principale après que trois enfants du village ont été tués par un camion.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = told(text, lang)
      assert.deepEqual(got.map((e) => e.subEventType), ['Peaceful protest'])
      // The dead the crowd protests about are no toll of the protest.
      assert.equal(got[0]!.fatalities, null)
    })
  }
  it('the dead of force against protesters stay its toll ("fired against the protesters, killing 16")', () => {
    for (const [lang, text] of [
      ['en', 'Soldiers fired live rounds against the protesters, killing 16 people near the capital.'],
      ['fr', 'Les soldats ont tiré à balles réelles contre les manifestants, tuant 16 personnes près de la capitale.'],
      ['en', 'In response to the killing of two traders, hundreds of residents protested in the market town.'],
    ] as const) {
      const got = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events.filter((e) => e.eventType === 'Protests')
      assert.equal(got[0]?.fatalities ?? null, text.includes('16') ? 16 : null, `${text}: ${got.map((e) => `${e.subEventType} ${e.fatalities}`).join(', ')}`)
    }
  })
  it('en: a protest "against" a plan is a noun phrase: force told after it is still the forces\'', () => {
    const got = told('Students protested against the new fees in the capital and were met by a violent response from the police.', 'en')
    assert.ok(got.some((e) => e.subEventType === 'Excessive force against protesters'), got.map((e) => e.subEventType).join(', '))
  })
})
