import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { leadItems, planLead } from './leads.js'

describe('leadItems', () => {
  const cases: [string, string[] | null][] = [
    ['%num %unit ago', ['%num']],
    ['(?:the )?%day %month', ['%day', 'the']],
    ['now|currently|at present', ['at', 'currently', 'now']],
    ["(?<=à )%hour heures?", ['%hour']],
    ['%num-%unit(?!-old)', ['%num']],
    ['plans? to', null],
    ['(?:%a|b)?c', ['%a', 'b', 'c']],
    ['\\d+h', null],
    ['(?:x )?(?<=y)z', ['x', 'z']],
  ]
  for (const [pattern, expected] of cases) it(`${pattern} → ${JSON.stringify(expected)}`, () => assert.deepEqual(leadItems(pattern), expected))
})

describe('planLead', () => {
  const lists = new Map([['numword', new Map([['a', '1'], ['twenty-one', '21'], ['two', '2']])]])
  const macros = new Map([['num', '\\d+|%numword'], ['odd', '[a-z]+|%numword']])
  it('splits a macro into numbers, long words and short words', () => {
    const plan = planLead('%num', lists, macros)!
    assert.equal(plan.numbers, true)
    assert.deepEqual(plan.words.sort(), ['twenty', 'two'])
    assert.ok(plan.short?.test('a'))
  })
  it('gives up on a macro it cannot split', () => assert.equal(planLead('%odd', lists, macros), null))
})
