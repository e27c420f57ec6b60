import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from './default.js'
import { analysisText } from './pipeline.js'

describe('pipeline: the stages read no-break spaces as plain spaces', () => {
  it('the view has the text\'s length and offsets, with only its no-break spaces changed', () => {
    const text = 'Plus de 5\u202f000 djihadistes\u00a0: le 5\u00a0janvier, 1\u2007200 morts.'
    const view = analysisText(text)
    assert.equal(view.length, text.length)
    assert.equal(view, 'Plus de 5 000 djihadistes : le 5 janvier, 1 200 morts.')
    assert.equal(analysisText('no such space'), 'no such space')
  })

  // Invented sentences: [language, text with no-break spaces, sub-event type read]
  const cases: [string, string, string][] = [
    ['en', 'An air\u00a0raid killed 20 militants near Arish on Tuesday.', 'Air/drone strike'],
    ['en', 'Militants carried out a suicide car\u00a0bomb attack on a checkpoint in Sirte on Tuesday.', 'Suicide bomb'],
    ['fr', 'Des raids\u00a0aériens ont tué 20 combattants près de Gao mardi.', 'Air/drone strike'],
    ['fr', 'Un attentat\u00a0suicide a visé un poste de contrôle à Gao mardi.', 'Suicide bomb'],
  ]
  for (const [language, text, type] of cases) {
    it(`${language}: ${text.replace(/\u00a0/g, '·')}`, () => {
      const r = getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-01-20' })
      assert.equal(r.article.text, text, 'the article keeps its text as given')
      assert.deepEqual(r.events.map((e) => e.subEventType), [type])
      for (const p of r.places) assert.equal(text.slice(p.start, p.end).replace(/\u00a0/g, ' '), p.text)
    })
  }
})
