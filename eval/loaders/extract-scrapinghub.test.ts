import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decodeHtml } from '../../src/extract/decode.js'
import { hasEvalData } from '../paths.js'
import { loadScrapinghubGold, loadScrapinghubHtml, SCRAPINGHUB_DIR } from './extract-scrapinghub.js'

describe('ScrapingHub loader', { skip: !hasEvalData(SCRAPINGHUB_DIR) && `no gold at ${SCRAPINGHUB_DIR}` }, () => {
  const gold = loadScrapinghubGold()

  it('reads 181 pages, each with a non-empty body and a URL', () => {
    assert.equal(gold.length, 181)
    const bad = gold.filter((g) => g.body.trim() === '' || !/^https?:\/\//.test(g.url))
    assert.deepEqual(bad.map((g) => g.id), [])
  })

  it('finds every page, decodes it as UTF-8, and the gold text occurs in the page text', () => {
    // No offsets here: the check is that each gold body's first words occur in its own page.
    const mismatches: string[] = []
    for (const g of gold) {
      const { html, charset } = decodeHtml(loadScrapinghubHtml(g.id), g.id)
      assert.equal(charset, 'utf-8', g.id)
      const words = g.body.match(/[\p{L}\p{N}]+/gu)!.slice(0, 3)
      if (!words.every((w) => html.includes(w))) mismatches.push(g.id)
    }
    assert.ok(mismatches.length <= 2, `${mismatches.length} gold bodies not found in their page: ${mismatches.join(', ')}`)
  })

  it('honours the limit', () => assert.equal(loadScrapinghubGold(5).length, 5))
})
