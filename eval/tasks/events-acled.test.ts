import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lookupName } from '../../src/kb/gazetteer/index.js'
import type { Event } from '../../src/doc/schema.js'
import { oldEventType, sameAdmin1 } from './events-acled.js'

/** The event location of a town, as the places stage gives it. */
function placeOf(name: string, cc: string): Event['location'] {
  const e = lookupName(name).find((x) => x.countryCode === cc && x.kind === 'city')!
  return { start: 0, end: 0, text: name, id: e.id, geonameId: e.geonameId, name: e.name, lat: e.lat, lon: e.lon, countryCode: e.countryCode, admin1Code: e.admin1Code, admin1Name: e.admin1Name, featureCode: e.featureCode, geoPrecision: 1, confidence: 1, metonymic: false, alternatives: [] }
}

describe('ACLED admin1 by area', () => {
  it('matches ACLED\'s spelling of the same area', () => {
    assert.ok(sameAdmin1('Borno', placeOf('Maiduguri', 'NG')))
    assert.ok(sameAdmin1('Shabeellaha Hoose', placeOf('Marka', 'SO')))
    assert.ok(sameAdmin1('Oromia', placeOf('Adama', 'ET')))
  })
  it('does not match another area or no place', () => {
    assert.ok(!sameAdmin1('Yobe', placeOf('Maiduguri', 'NG')))
    assert.ok(!sameAdmin1('Borno', null))
  })
})

describe('ACLED pre-2019 event type of a riot', () => {
  const rioters = { name: 'Rioters (Kenya)', actorId: null, inter: 5 }
  const civilians = { name: 'Civilians (Kenya)', actorId: null, inter: 7 }
  it('mob violence between two crowds was riots then as now', () => {
    assert.equal(oldEventType({ eventType: 'Riots', subEventType: 'Mob violence', actor2: rioters }), 'Riots/Protests')
  })
  it('mob violence against people was violence against civilians', () => {
    assert.equal(oldEventType({ eventType: 'Riots', subEventType: 'Mob violence', actor2: civilians }), 'Violence against civilians')
    assert.equal(oldEventType({ eventType: 'Riots', subEventType: 'Mob violence', actor2: null }), 'Violence against civilians')
  })
})
