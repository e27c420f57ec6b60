import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Span } from '../../doc/schema.js'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createTimeAnnotator } from '../time/index.js'
import { dateEvent } from './dates.js'

const pipeline = createPipeline([createTimeAnnotator()])
const spanOf = (text: string, word: string): Span => {
  const start = text.indexOf(word)
  assert.ok(start >= 0, `${word} not in ${text}`)
  return { start, end: start + word.length }
}

describe('dateEvent', () => {
  // [language, sentence, trigger, other triggers, expected date]
  const cases: [string, string, string, string[], string][] = [
    ['en', 'Six soldiers were killed and two men were arrested in the north on 3 November.', 'killed', ['arrested'], '2016-11-03'],
    ['en', 'On 3 November, after a bomb wounded a guard, gunmen attacked the checkpoint.', 'attacked', ['bomb'], '2016-11-03'],
    ['en', 'Rebels entered the town, a base captured by the army in March 2015.', 'entered', ['captured'], '2016-12-12'],
    ['fr', 'Les rebelles sont entrés dans la ville, une base prise par l\'armée en mars 2015.', 'entrés', ['prise'], '2016-12-12'],
    ['fr', 'Six soldats ont été tués et deux hommes arrêtés dans le nord le 03/11.', 'tués', ['arrêtés'], '2016-11-03'],
  ]
  for (const [language, text, trigger, others, date] of cases) {
    it(`${trigger} in "${text}" → ${date}`, () => {
      const doc = pipeline.analyze({ input: 'test', text, language, published: '2016-12-12' })
      assert.equal(dateEvent(doc, spanOf(text, trigger), others.map((o) => spanOf(text, o))).date, date)
    })
  }
})
