import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Event } from '../../doc/schema.js'
import { interactionCode, toAcledRow } from './acled-row.js'

const text = 'Rebels attacked the town. Nothing else.'
const base: Event = {
  id: 'a-e1', eventType: 'Battles', subEventType: 'Armed clash', plover: { type: 'ASSAULT', mode: null, context: null },
  actor1: { name: 'Rebels', actorId: null, inter: 2 }, assocActor1: [], actor2: { name: 'Military Forces of Mali', actorId: 'military-ml', inter: 1 }, assocActor2: [],
  date: '2020-01-02', timePrecision: 1, location: null, geoPrecision: null, fatalities: null, size: null,
  flags: { negated: false, ceased: false, hypothetical: false, historical: false, reportedBy: null },
  evidence: [{ start: 0, end: 25 }, { start: 7, end: 15 }], confidence: 0.7,
}

describe('interactionCode', () => {
  const cases: [number | null, number | null, number | null][] = [[1, 7, 17], [7, 1, 17], [6, null, 60], [null, null, null], [2, 2, 22]]
  for (const [a, b, expected] of cases) it(`${a} ${b}`, () => assert.equal(interactionCode(a, b), expected))
})

describe('toAcledRow', () => {
  it('maps an event to ACLED columns, notes = the evidence sentence', () => {
    const row = toAcledRow(base, text, 'Test Wire')
    assert.equal(row?.interaction, 12)
    assert.equal(row?.notes, 'Rebels attacked the town.')
    assert.equal(row?.fatalities, 0)
    assert.equal(row?.source, 'Test Wire')
  })
  it('gives no row for a negated or hypothetical event', () => {
    assert.equal(toAcledRow({ ...base, flags: { ...base.flags, negated: true } }, text, null), null)
    assert.equal(toAcledRow({ ...base, flags: { ...base.flags, hypothetical: true } }, text, null), null)
  })
  it('gives no row for an event ACLED does not code', () => {
    assert.equal(toAcledRow({ ...base, eventType: 'Not an ACLED event', subEventType: 'DIPLO' }, text, null), null)
  })
})
