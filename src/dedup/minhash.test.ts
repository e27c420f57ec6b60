import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { articleSignature, isNearDuplicate, minhash, signatureBands, similarity } from './minhash.js'

const BASE = 'Government forces shelled the northern districts of the city on Tuesday, killing at least nine civilians, a monitoring group said. The bombardment began before dawn and lasted several hours, residents said.'

describe('minhash', () => {
  const cases: [string, string, boolean][] = [
    ['identical text', BASE, true],
    ['a syndicated copy with a trailer', `${BASE} Follow our live coverage.`, true],
    ['an updated toll', BASE.replace('nine', 'eleven'), true],
    ['white space and case only', BASE.toUpperCase().replace(/ /g, '  '), true],
    ['another story', 'Rebels captured two villages in the south after heavy fighting with the army, a commander told reporters by phone on Friday evening.', false],
  ]
  for (const [name, text, expected] of cases) {
    it(name, () => assert.equal(isNearDuplicate(minhash(BASE), minhash(text)), expected))
  }

  it('leaves removed spans out of the fingerprint', () => {
    const text = `${BASE}\nSubscribe to our newsletter for more news every morning of the week.`
    const removed = [{ start: BASE.length + 1, end: text.length, reason: 'promotion', rule: null }]
    assert.equal(similarity(articleSignature({ text, removed }), minhash(BASE)), 1)
  })

  it('gives equal band hashes for equal signatures', () => {
    assert.deepEqual(signatureBands(minhash(BASE)), signatureBands(minhash(BASE)))
    assert.equal(signatureBands(minhash(BASE)).length, 16)
  })
})
