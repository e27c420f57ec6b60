import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

// Happenings told without the words the other rules wait for: a crowd's damage with no protest word,
// a crime word beside the harm it tells.
const pipeline = createPipeline([createEventsAnnotator()])
const types = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events.map((e) => e.subEventType)
const main = (text: string, lang: string) =>
  [...pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]?.subEventType

describe('events: a crowd of civilians that burns or wrecks property is rioting, though no protest word is told', () => {
  const cases: [string, string][] = [
    ['en', "Residents of Mbekweni burned the mayor's office overnight."],
    ['en', 'Three hundred farmers wrecked the offices of the water board.'],
    ['fr', 'Les habitants de Kintambo ont incendié le bureau du chef de quartier.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang), 'Violent demonstration'))
  it('but not villagers who clash with others, nor a deed told by the crowd of someone else', () => {
    assert.ok(!types('Villagers and soldiers clashed near the border.', 'en').includes('Violent demonstration'))
    assert.ok(!types('Residents said gunmen burned the clinic.', 'en').includes('Violent demonstration'))
    assert.ok(!types('Les habitants ont affirmé que des hommes armés ont incendié le dispensaire.', 'fr').includes('Violent demonstration'))
  })
})

describe('events: a crime word beside the harm it tells says who did it or why; the harm is the happening', () => {
  const cases: [string, string][] = [
    ['en', 'A gang killed three people in the market.'],
    ['fr', 'Un gang a tué trois personnes au marché.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang), 'Attack'))
})
