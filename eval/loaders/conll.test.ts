import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { countSpanMismatches } from './ner-doc.js'
import { CONLL_DIR, loadConll } from './conll.js'

describe('conll loader', { skip: !hasEvalData(CONLL_DIR) && `no gold at ${CONLL_DIR}` }, () => {
  it('reads 216 documents and 5,942 entities, every gold span matching the text at its offsets', () => {
    const docs = loadConll()
    assert.equal(docs.length, 216)
    assert.equal(docs.reduce((n, d) => n + d.entities.length, 0), 5942)
    const mismatches = docs.reduce((n, d) => n + countSpanMismatches(d), 0)
    assert.equal(mismatches, 0, `${mismatches} gold spans differ from the text at their offsets`)
    for (const d of docs) for (const t of d.tokens) assert.equal(d.text.slice(t.start, t.end), t.text)
  })
})
