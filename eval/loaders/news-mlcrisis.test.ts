import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { loadMlCrisis, MLCRISIS_DIR } from './news-mlcrisis.js'

describe('ML-Crisis loader', { skip: !hasEvalData(MLCRISIS_DIR) && `no data at ${MLCRISIS_DIR}` }, () => {
  it('reads 469 French articles with text and a publication date', () => {
    const all = loadMlCrisis()
    assert.equal(all.length, 469)
    assert.equal(all.filter((a) => a.text.trim() === '').length, 0)
    assert.ok(all.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published ?? '')))
  })
  it('honours the limit', () => assert.equal(loadMlCrisis(4).length, 4))
})
