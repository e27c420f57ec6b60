import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { NOT_ACLED, eventKind } from './event-kind.js'

describe('eventKind', () => {
  it('is the ACLED sub-event type of an ACLED event', () => {
    assert.equal(eventKind({ eventType: 'Battles', subEventType: 'Armed clash', plover: { type: 'ASSAULT' } }), 'Armed clash')
  })
  it('is the PLOVER type of an event ACLED does not code, not its internal code', () => {
    assert.equal(eventKind({ eventType: NOT_ACLED, subEventType: 'DIPLO', plover: { type: 'CONSULT' } }), 'Consult (PLOVER)')
    assert.equal(eventKind({ eventType: NOT_ACLED, subEventType: 'NATURAL_DISASTER', plover: { type: '' } }), 'NATURAL_DISASTER')
  })
})
