import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

const pipeline = createPipeline([createEventsAnnotator()])
const dead = (text: string, language: string) =>
  pipeline.analyze({ input: 'test', text, language, published: '2016-06-10' }).events.map((e) => e.fatalities)

describe('events: the dead told with a part of them are all the dead', () => {
  // Invented sentences: [language, sentence, the toll]
  const cases: [string, string, number][] = [
    ['en', 'Forty people including 12 children were killed when warplanes struck the market on Monday.', 40],
    ['en', 'At least 30 civilians, including nine women, were killed in air strikes on the town on Monday.', 30],
    ['en', 'Twenty people, among them six children, were killed in the shelling of the village on Monday.', 20],
    ['en', 'Fifteen people, eight of them children, died when a car bomb exploded in the town on Monday.', 15],
    ['fr', 'Quarante personnes, dont 12 enfants, ont été tuées lundi dans des frappes aériennes sur le marché.', 40],
    ['fr', 'Au moins 30 civils, parmi lesquels neuf femmes, ont été tués lundi dans des bombardements sur la ville.', 30],
    ['fr', 'Vingt personnes, dont six enfants, sont mortes lundi dans le bombardement du village.', 20],
    // A part told of the wounded, or the dead told as the part: the part stays the toll.
    ['en', 'Air strikes on the town on Monday wounded 40 people, including 12 who were later killed.', 12],
    ['en', 'Forty people including 12 children were wounded in air strikes on the town on Monday.', 0],
  ]
  for (const [lang, text, toll] of cases) it(`${lang}: ${text}`, () => assert.equal(Math.max(0, ...dead(text, lang).map((f) => f ?? 0)), toll))
})

describe('events: the dead of months, or of the past month, are a running total', () => {
  // Invented sentences: [language, running total]; the same dead told of a day stay a happening's (above).
  const cases: [string, string][] = [
    ['en', 'Fighting goes on in the country, where more than 30,000 people, including many civilians, have been killed in 19 months.'],
    ['en', 'The monitor said that more than 2000 people including 800 civilians have been killed during the past month.'],
    ['fr', 'Les combats se poursuivent dans le pays, où plus de 30.000 personnes, dont une majorité de civils, ont péri en 19 mois.'],
    ['fr', "Selon l'ONG, plus de 2000 personnes, dont 800 civils, ont été tuées au cours du mois écoulé."],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(dead(text, lang).filter((f) => f !== null), []))
  it('a part told after "a further" count is not the whole', () => {
    assert.equal(Math.max(0, ...dead('Air strikes killed five people in the town on Monday, and a further nine, among them eight children, were killed on Tuesday.', 'en').map((f) => f ?? 0)), 9)
  })
})
