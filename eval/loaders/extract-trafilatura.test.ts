import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { loadTrafilaturaGold, loadTrafilaturaHtml, trafilaturaPagePath, TRAFILATURA_DIR } from './extract-trafilatura.js'

describe('trafilatura loader', { skip: !hasEvalData(TRAFILATURA_DIR) && `no gold at ${TRAFILATURA_DIR}` }, () => {
  const gold = loadTrafilaturaGold()

  it('reads 990 pages with 2,951 must and 2,966 must-not snippets', () => {
    assert.equal(gold.length, 990)
    assert.equal(gold.reduce((n, g) => n + g.with.length, 0), 2951)
    assert.equal(gold.reduce((n, g) => n + g.without.length, 0), 2966)
  })

  it('finds the HTML of every page', () => {
    const missing = gold.filter((g) => !existsSync(trafilaturaPagePath(g.file)))
    assert.deepEqual(missing.map((g) => g.file), [])
  })

  it('reads raw bytes, not text (charset handling belongs to the extractor)', () => {
    const bytes = loadTrafilaturaHtml(gold[0]!.file)
    assert.ok(Buffer.isBuffer(bytes) && bytes.length > 0)
  })

  it('honours the limit', () => assert.equal(loadTrafilaturaGold(7).length, 7))
})
