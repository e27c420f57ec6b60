import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

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
