import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { countSpanMismatches } from './ner-doc.js'
import { HIPE_DIR, loadHipe } from './hipe.js'

describe('hipe loader', { skip: !hasEvalData(HIPE_DIR) && `no gold at ${HIPE_DIR}` }, () => {
  it('reads 78 documents (hipe2020 43 + newseye 35), every gold span matching the text at its offsets', () => {
    const docs = loadHipe()
    assert.equal(docs.length, 78)
    const mismatches = docs.reduce((n, d) => n + countSpanMismatches(d), 0)
    assert.equal(mismatches, 0, `${mismatches} gold spans differ from the text at their offsets`)
    for (const d of docs) for (const t of d.tokens) assert.equal(d.text.slice(t.start, t.end), t.text)
  })
})
