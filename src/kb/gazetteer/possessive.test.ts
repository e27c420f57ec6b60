import { test } from 'node:test'
import assert from 'node:assert/strict'
import { strippedPossessiveStem } from './possessive.js'

test('possessive: a country or a large city with the ending a feed kept, its apostrophe lost', () => {
  assert.equal(strippedPossessiveStem('Syrias', ['s']), 'Syria')
  assert.equal(strippedPossessiveStem('Russias', ['s']), 'Russia')
  assert.equal(strippedPossessiveStem('Texas', ['s']), null) // a place of its own
  assert.equal(strippedPossessiveStem('Syria', ['s']), null)
})

test('possessive: one language\'s answer is not another\'s (a list without the ending asked first)', () => {
  const none: string[] = []
  assert.equal(strippedPossessiveStem('Iraqs', none), null)
  assert.equal(strippedPossessiveStem('Iraqs', ['s']), 'Iraq')
  assert.equal(strippedPossessiveStem('Iraqs', none), null)
})
