import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deflateRawSync } from 'node:zlib'
import { analyse } from './fixtures.js'
import { packAnalysis, unpackAnalysis } from './pack.js'

describe('packed analyses', () => {
  // Invented.
  const a = analyse('Rebels shelled the town of Kafr Nabl on Sunday, killing 3.\nThe army said: « Nous répondrons » !', { published: '2016-05-01' })
  it('read back exactly as written, key order included', () => {
    assert.ok(a.tokens.length > 10)
    assert.equal(JSON.stringify(unpackAnalysis(packAnalysis(a), a.article.text)), JSON.stringify(a))
  })
  it('hold tokens as flat numbers, smaller than the token objects', () => {
    const objects = deflateRawSync(JSON.stringify({ ...a, article: { ...a.article, text: '' } }), { level: 1 })
    assert.ok(packAnalysis(a).length < objects.length)
  })
  it('read analyses stored before, with token objects', () => {
    const old = deflateRawSync(JSON.stringify({ ...a, article: { ...a.article, text: '' } }))
    assert.deepEqual(unpackAnalysis(old, a.article.text), a)
  })
  it('keep an analysis without tokens as it is', () => {
    const none = { ...a, tokens: [], sentences: [] }
    assert.deepEqual(unpackAnalysis(packAnalysis(none), a.article.text), none)
  })
})
