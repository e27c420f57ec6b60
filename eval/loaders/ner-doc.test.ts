import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildText, spansFromTags } from './ner-doc.js'

describe('NER token helpers', () => {
  const map = (t: string) => (t === 'PER' || t === 'LOC' ? t : null)
  const cases: [string, (string | null)[], string][] = [
    ['IOBES', ['B-PER', 'E-PER', 'O', 'S-LOC'], 'PER 0-2, LOC 3-4'],
    ['IOB1 same-type run', ['I-PER', 'I-PER', 'I-LOC'], 'PER 0-2, LOC 2-3'],
    ['BIO adjacent', ['B-PER', 'B-PER', 'I-PER'], 'PER 0-1, PER 1-3'],
    ['unmapped types', ['B-MISC', 'O', 'B-LOC'], 'LOC 2-3'],
  ]
  for (const [name, tags, expected] of cases) {
    it(name, () => assert.equal(spansFromTags(tags, map as never).map((e) => `${e.type} ${e.from}-${e.to}`).join(', '), expected))
  }
  it('joins tokens and keeps their offsets', () => {
    const { text, spans } = buildText(['M', '.', 'Dupont'], (i) => (i === 0 ? '' : ' '))
    assert.equal(text, 'M. Dupont')
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['M', '.', 'Dupont'])
  })
})
