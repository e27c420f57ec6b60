import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { countSpanMismatches } from './ner-doc.js'
import { EUROPEANA_DIR, loadEuropeana } from './europeana.js'

describe('europeana loader', { skip: !hasEvalData(EUROPEANA_DIR) && `no gold at ${EUROPEANA_DIR}` }, () => {
  it('reads 9,836 maximal-run entities, every gold span matching the text at its offsets', () => {
    const docs = loadEuropeana()
    assert.equal(docs.reduce((n, d) => n + d.entities.length, 0), 9836)
    const mismatches = docs.reduce((n, d) => n + countSpanMismatches(d), 0)
    assert.equal(mismatches, 0, `${mismatches} gold spans differ from the text at their offsets`)
    for (const d of docs) for (const t of d.tokens) assert.equal(d.text.slice(t.start, t.end), t.text)
  })
})
