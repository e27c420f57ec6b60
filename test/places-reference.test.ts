/** The reference article's places (issue 3 bars), read from ../shared/seed at run time. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPlacesAnnotator } from '../src/annotators/places/index.js'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { REFERENCE_PUBLISHED, hasReference, referenceText } from './helpers.js'

describe('places on the reference article', { skip: !hasReference && 'no reference article' }, () => {
  const analysis = () => createPipeline([createPlacesAnnotator()]).analyze({ input: 'reference', text: referenceText(), published: REFERENCE_PUBLISHED })

  const expected: [string, number][] = [
    ['Palmyre', 163808],
    ['Alep', 170063],
    ['Raqqa', 172955],
    ['Mossoul', 99072],
    ['Deir ez-Zor', 170794],
    ['Genève', 2660646],
  ]
  for (const [surface, id] of expected) {
    it(`${surface} → GeoNames ${id} every time`, () => {
      const hits = analysis().places.filter((p) => p.text === surface)
      assert.ok(hits.length > 0, `${surface} not found`)
      for (const h of hits) assert.equal(h.geonameId, id, `${surface} at ${h.start} resolved to ${h.name}`)
    })
  }

  it('finds nothing from "Orient" alone nor inside person names', () => {
    const a = analysis()
    const text = a.article.text
    assert.ok(!a.places.some((p) => p.text === 'Orient'), 'Orient alone tagged')
    for (const person of ['Richard Labévière', 'Staffan de Mistura', 'M. Labévière']) {
      const at = text.indexOf(person)
      assert.ok(at >= 0)
      assert.ok(!a.places.some((p) => p.start < at + person.length && at < p.end), `place inside ${person}`)
    }
  })

  it('« la région de Palmyre » has geo precision 2, plain « Palmyre » 1', () => {
    const a = analysis()
    const text = a.article.text
    const regional = text.indexOf('la région de Palmyre') + 'la région de '.length
    assert.equal(a.places.find((p) => p.start === regional)?.geoPrecision, 2)
    assert.equal(a.places.find((p) => p.text === 'Palmyre')?.geoPrecision, 1)
  })

  it('every place carries its evidence span and a stable id', () => {
    const a = analysis()
    for (const p of a.places) {
      assert.equal(a.article.text.slice(p.start, p.end), p.text)
      assert.ok(p.id.length > 0)
    }
  })
})
