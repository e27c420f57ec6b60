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
  it('keeps the signatures stores already hold (the first slots of fixed texts, long and short)', () => {
    // A change of the hashing would make every stored article a stranger to its new copies.
    assert.equal(minhash('Rebels shelled the northern checkpoint on Sunday, killing two soldiers.').slice(0, 32), '36a8d9e446f94b30085036ca20d2b9fb')
    assert.equal(minhash('Alep').slice(0, 32), 'c1a15a06bb0a680b4a3d38adeb8306d8')
    assert.equal(minhash('deux mots').slice(0, 32), 'fc98466be32a86062bc536f4f8497c80')
    assert.equal(minhash('').slice(0, 32), 'd9902749a939d6886f77a40f138d15d4')
  })

  it('reads the words the Unicode letter-and-digit runs are: accents, other scripts, astral letters, lone surrogates', () => {
    // Pinned from the regex split (`/[\p{L}\p{N}]+/gu`) the words were first read with.
    assert.equal(minhash('Les forces de sécurité ont dispersé les manifestants à Gao.').slice(0, 32), '154755d82353017300cfc2ed1aec61ed')
    assert.equal(minhash('Combats à Goma : 𝐀𝐁 ½ Ⅻ 2e jour').slice(0, 32), '21f26efd1c1e622b02d5d5a61356b621')
    assert.equal(minhash('a\uD800b c\uDC00d e 😀x').slice(0, 32), '5147d2885e6b8b130aecdd494f471722')
    assert.equal(minhash('Клашес в Гао 中华 人民').slice(0, 32), '19d809f705a922771f0b1dfb336a11c2')
  })
})
