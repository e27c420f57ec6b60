import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeSnippet, withSnippets } from './snippet.js'

describe('makeSnippet', () => {
  const text = 'Les forces de sécurité ont bombardé Alep.\nLa trêve est rompue, selon le porte-parole.'
  const cases: [string | undefined, number, string][] = [
    ['securite', 160, 'Les forces de «sécurité» ont bombardé Alep. La trêve est rompue, selon le porte-parole.'],
    ['TRÊVE alep', 160, 'Les forces de sécurité ont bombardé «Alep». La trêve est rompue, selon le porte-parole.'],
    ['rompue', 20, '…trêve est «rompue», selon le…'],
    ['absent', 20, 'Les forces de sécuri'],
    [undefined, 10, 'Les forces'],
  ]
  for (const [q, width, expected] of cases) it(`${q} (${width})`, () => assert.equal(makeSnippet(text, q, width), expected))

  it('gives hits sharing a head the same snippet, made once', () => {
    const rows = [{ id: 'a', head: text }, { id: 'b', head: 'Autre texte sur Alep.' }, { id: 'c', head: text }]
    assert.deepEqual(withSnippets(rows, 'alep').map((h) => [h.id, h.snippet]), [
      ['a', 'Les forces de sécurité ont bombardé «Alep». La trêve est rompue, selon le porte-parole.'],
      ['b', 'Autre texte sur «Alep».'],
      ['c', 'Les forces de sécurité ont bombardé «Alep». La trêve est rompue, selon le porte-parole.'],
    ])
  })
})
