/** The reference article (Sputnik France, 2016-12-12) through the whole pipeline. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Analysis } from '../src/doc/schema.js'
import { REFERENCE_FILE, REFERENCE_PUBLISHED, analyzeCapture, hasReference, referenceText } from './helpers.js'

describe('reference article', { skip: !hasReference && 'no ../shared/seed' }, () => {
  let analysis: Analysis
  const load = async () => {
    if (analysis) return analysis
    const { code, out } = await analyzeCapture([REFERENCE_FILE], { published: REFERENCE_PUBLISHED })
    assert.equal(code, 0)
    analysis = Analysis.parse(JSON.parse(out[0]!))
    return analysis
  }

  it('validates against the schema and keeps the text unchanged', async () => {
    const a = await load()
    assert.equal(a.article.text, referenceText())
    assert.equal(a.article.published, '2016-12-12')
  })

  it('is French', async () => {
    const a = await load()
    assert.equal(a.article.language, 'fr')
    assert.equal(a.article.languageSupported, true)
  })

  it('removes the Telegram promotion and nothing else', async () => {
    const a = await load()
    assert.equal(a.article.removed.length, 1)
    const r = a.article.removed[0]!
    assert.match(a.article.text.slice(r.start, r.end), /^Suivez Sputnik sur Telegram/)
    assert.equal(r.reason, 'promotion')
    assert.ok(!a.sentences.some((s) => s.start >= r.start && s.end <= r.end), 'no sentence inside removed boilerplate')
  })

  it('keeps « M. Labévière » inside one sentence', async () => {
    const a = await load()
    const at = a.article.text.indexOf('M. Labévière')
    const s = a.sentences.find((x) => x.start <= at && x.end > at)!
    assert.ok(s.end >= at + 'M. Labévière'.length)
    assert.match(a.article.text.slice(s.start, s.end), /^D'après M\. Labévière, cette reprise/)
  })

  it('keeps « 5 000 » as one token', async () => {
    const a = await load()
    const at = a.article.text.indexOf('5 000')
    assert.ok(a.tokens.some((t) => t.start === at && t.end === at + 5))
  })

  it('gives every span inside the text', async () => {
    const a = await load()
    const n = a.article.text.length
    for (const s of [...a.sentences, ...a.tokens, ...a.article.paragraphs]) assert.ok(s.start >= 0 && s.start < s.end && s.end <= n)
  })
})
