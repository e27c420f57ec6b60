import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eld } from 'eld/medium'
import { detectLanguage, detectParagraphLanguage } from './index.js'

describe('detectLanguage', () => {
  // Invented sentences.
  const fr = 'Les forces gouvernementales ont repris la ville lundi après trois jours de combats, selon une ONG.'
  const en = 'Government forces retook the town on Monday after three days of fighting, a monitoring group said.'
  it('guesses as eld does, the same on a second call, and hands out its own object each time', () => {
    for (const text of [fr, en, `${en} `.repeat(40)]) {
      const r = eld.detect(text)
      const first = detectLanguage(text)
      assert.deepEqual(first, { language: r.language, reliable: r.isReliable() })
      const again = detectLanguage(text)
      assert.deepEqual(again, first)
      assert.notEqual(again, first)
    }
  })
  it('reads only what eld reads (its first 1,000 characters)', () => {
    const long = `${fr} `.repeat(20)
    assert.deepEqual(detectLanguage(long + en.repeat(50)), detectLanguage(long.slice(0, 1000)))
  })
  it('gives no language without letters, and a short paragraph the article language', () => {
    assert.deepEqual(detectLanguage('12 345 — 678'), { language: null, reliable: false })
    assert.equal(detectParagraphLanguage('Lundi.', 'en'), 'en')
    assert.equal(detectParagraphLanguage(fr, 'en'), 'fr')
  })
})
