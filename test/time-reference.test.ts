/** The time bars on the reference article (read from ../shared/seed at run time, never copied). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { createTimeAnnotator } from '../src/annotators/time/index.js'
import { formatAt, parseValue } from '../src/annotators/time/calendar.js'
import { REFERENCE_PUBLISHED, hasReference, referenceText } from './helpers.js'

describe('time on the reference article', { skip: !hasReference && 'reference article absent' }, () => {
  const cases: [string, string, string | null][] = [
    ['cette semaine', '2016-W50', null],
    ['mars 2016', '2016-03', null],
    ['août 2014', '2014-08', 'START'],
    ['il y a plus de deux ans', '2014', 'MORE_THAN'],
  ]
  const doc = hasReference ? createPipeline([createTimeAnnotator()]).analyze({ input: 'reference', text: referenceText(), published: REFERENCE_PUBLISHED }) : null
  for (const [text, value, mod] of cases) {
    it(`« ${text} » → ${value}${mod ? ` (${mod})` : ''}`, () => {
      const t = doc!.timexes.find((x) => x.text === text)
      assert.ok(t, `no timex « ${text} »; got ${JSON.stringify(doc!.timexes.map((x) => x.text))}`)
      assert.equal(t.value, value)
      assert.equal(t.mod, mod)
      assert.equal(doc!.article.text.slice(t.start, t.end), text)
    })
  }
  it('puts no expression of the article in the future', () => {
    for (const t of doc!.timexes) {
      const first = parseValue(t.value)
      if (first) assert.ok(formatAt(first.p, 'D') <= REFERENCE_PUBLISHED, `${t.text} → ${t.value} starts after the publication date`)
    }
  })
})
