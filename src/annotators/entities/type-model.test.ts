import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadTypeModel, predictType, retype, type TypeModel } from './type-model.js'
import type { NameCandidate } from './names.js'
import { loadEntityResources } from './resources.js'
import { toWords } from './words.js'

describe('name type model', () => {
  // Weights in PER, ORG, LOC, NONE order.
  const model: TypeModel = { source: 'test', weights: { bias: [0.1, 0, 0, 0], 'suf3=ois': [0, 0, 2, 0], 'prev=les': [0, 0, 0, 3] } }
  const cases: [string[], string][] = [
    [['bias'], 'PER'],
    [['bias', 'suf3=ois'], 'LOC'],
    [['bias', 'suf3=ois', 'prev=les'], 'NONE'],
    [['unknown-feature'], 'PER'],
  ]
  for (const [features, expected] of cases) {
    it(`${features.join(' + ')} -> ${expected}`, () => assert.equal(predictType(model, features), expected))
  }

  it('retypes weak rules only and drops NONE', () => {
    const text = 'Les Hurons et Dupont'
    const words = toWords(text, [{ start: 0, end: 3, kind: 'word' }, { start: 4, end: 10, kind: 'word' }, { start: 11, end: 13, kind: 'word' }, { start: 14, end: 20, kind: 'word' }])
    const cand = (from: number, rule: string): NameCandidate => ({ from, to: from, start: words[from]!.start, end: words[from]!.end, text: words[from]!.text, type: 'PER', rule, country: null, titled: false })
    const out = retype(model, [cand(1, 'default-single'), cand(3, 'title')], words, loadEntityResources('fr'))
    assert.deepEqual(out.map((c) => `${c.text}:${c.type}:${c.rule}`), ['Dupont:PER:title'])
  })

  it('ships a French model and none for English', () => {
    assert.ok(Object.keys(loadTypeModel('fr')?.weights ?? {}).length > 1000)
    assert.equal(loadTypeModel('en'), null)
  })
})
