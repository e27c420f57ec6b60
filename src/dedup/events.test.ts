import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Event } from '../doc/schema.js'
import { analyse, eventAt, placeAt } from '../store/fixtures.js'
import { distanceKm } from '../doc/geo.js'
import { boxAround, daysApart, sameEvent } from './events.js'

const a = analyse('Army artillery shelled Homs overnight, residents said.')
const at = (lat: number, lon: number) => placeAt(a, 'Homs', { lat, lon, country: 'SY' })
const ev = (o: Partial<{ sub: string; date: string; lat: number; lon: number; actor1: string; actor2: string; noPlace: boolean }>): Event =>
  eventAt(a, 'shelled', {
    type: 'Explosions/Remote violence', sub: o.sub ?? 'Shelling/artillery/missile attack', date: o.date ?? '2016-12-20',
    place: o.noPlace ? null : at(o.lat ?? 34.73, o.lon ?? 36.71), actor1: o.actor1 ?? 'Military Forces of Syria', ...(o.actor2 ? { actor2: o.actor2 } : {}),
  })

describe('sameEvent', () => {
  const cases: [string, Event, boolean][] = [
    ['the same report', ev({}), true],
    ['12 km away, next day, actor written differently', ev({ lat: 34.83, date: '2016-12-21', actor1: 'military forces of  Syria' }), true],
    ['40 km away', ev({ lat: 35.09 }), false],
    ['two days later', ev({ date: '2016-12-22' }), false],
    ['another sub-event type', ev({ sub: 'Air/drone strike' }), false],
    ['another attacker', ev({ actor1: 'Rebel groups' }), false],
    ['a target one report names and the other leaves unknown', ev({ actor2: 'Civilians' }), true],
    ['no place to compare', ev({ noPlace: true }), false],
  ]
  for (const [name, other, expected] of cases) it(name, () => assert.equal(sameEvent(ev({}), other), expected))
  it('one side named alike, resolved to an actor id in one report only', () => {
    const withId = ev({ actor2: 'Civilians (Syria)' })
    const other = ev({ actor2: 'Civilians (Syria)' })
    const resolved: Event = { ...withId, actor2: { ...withId.actor2!, actorId: 'civilians@SY' } }
    assert.equal(sameEvent(resolved, { ...other, actor2: { ...other.actor2!, actorId: null } }), true)
    assert.equal(sameEvent(resolved, { ...other, actor2: { ...other.actor2!, name: 'Rebel Forces (Syria)', actorId: null } }), false)
  })

  // A happening told over 17–20 December is near every day of it, and a day after it.
  const span = (date: string, dateEnd: string): Event => ({ ...ev({ date }), dateEnd })
  const spans: [string, Event, Event, boolean][] = [
    ['a day inside a span of days', span('2016-12-17', '2016-12-20'), ev({ date: '2016-12-18' }), true],
    ['the day after a span of days', ev({ date: '2016-12-21' }), span('2016-12-17', '2016-12-20'), true],
    ['two days after a span of days', ev({ date: '2016-12-22' }), span('2016-12-17', '2016-12-20'), false],
    ['two spans that overlap', span('2016-12-10', '2016-12-18'), span('2016-12-17', '2016-12-20'), true],
  ]
  for (const [name, x, y, expected] of spans) it(name, () => assert.equal(sameEvent(x, y), expected))
})

describe('geometry and dates', () => {
  it('measures distances and days', () => {
    assert.ok(Math.abs(distanceKm(34.73, 36.71, 36.2, 37.13) - 168) < 3)
    assert.equal(daysApart('2016-12-20', '2016-12-21T10:00:00Z'), 1)
  })
  it('makes a box that holds every point within the radius', () => {
    const b = boxAround(60, 10, 25)
    assert.ok(distanceKm(60, 10, 60, b.maxLon) >= 25 - 0.1)
    assert.ok(distanceKm(60, 10, b.maxLat, 10) >= 25 - 0.1)
  })
})
