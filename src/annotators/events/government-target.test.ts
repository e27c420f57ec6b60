import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

const first = (text: string, language: string) => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' }).events.find((e) => e.eventType !== 'Not an ACLED event')

describe('events: a government named beside violence is its target, its officials, not a fighter', () => {
  const cases: [string, string][] = [
    ['en', 'Al Shabaab fighters shot dead a government official in Baidoa on Monday.'],
    ['en', 'A critic of the government was shot dead by Al Shabaab fighters in Baidoa.'],
    ['fr', 'Les shebab ont abattu un responsable du gouvernement lundi à Baidoa.'],
    ['fr', 'Un détracteur du gouvernement a été abattu par les shebab lundi à Baidoa.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = first(text, lang)
      assert.equal(e?.subEventType, 'Attack')
      assert.equal(e?.actor1?.name, 'Al Shabaab')
      assert.equal(e?.actor2?.name, 'Civilians (Somalia)')
    })
  }
  it('en: the government\'s forces named right after it are still fought', () => {
    assert.equal(first('Al Shabaab fighters attacked government intelligence forces in Baidoa on Monday.', 'en')?.subEventType, 'Armed clash')
  })
})
