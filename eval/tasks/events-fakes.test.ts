import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Event } from '../../src/doc/schema.js'
import { lookupName } from '../../src/kb/gazetteer/index.js'
import { causeOf, fakesEvent, inGovernorate, largestEvent, perpetratorClass, scoreArticle, silverAreas, within10, type PerpetratorClass } from './events-fakes.js'

/** The event location of a town, as the places stage gives it. */
function placeOf(name: string, cc: string): Event['location'] {
  const e = lookupName(name).find((x) => x.countryCode === cc && x.kind === 'city')!
  return { start: 0, end: 0, text: name, id: e.id, geonameId: e.geonameId, name: e.name, lat: e.lat, lon: e.lon, countryCode: e.countryCode, admin1Code: e.admin1Code, admin1Name: e.admin1Name, featureCode: e.featureCode, geoPrecision: 1, confidence: 1, metonymic: false, alternatives: [] }
}

const noFlags = { negated: false, ceased: false, hypothetical: false, historical: false, reportedBy: null }

/** An invented event: its type, where its evidence starts, its dead and its doer. */
function ev(over: Partial<Event> & { at?: number }): Event {
  const at = over.at ?? 0
  return {
    id: `e${at}`, eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', plover: { type: 'ASSAULT', mode: null, context: null },
    actor1: null, assocActor1: [], actor2: null, assocActor2: [], date: null, timePrecision: null, location: null, geoPrecision: null,
    fatalities: null, size: null, flags: noFlags, evidence: [{ start: at, end: at + 10 }], confidence: 0.8, ...over,
  }
}

describe('FA-KES governorates', () => {
  it('reads every silver spelling as a Syrian first-level area', () => {
    const cases: [string, string][] = [
      ['aleppo', 'Aleppo'], ['idlib', 'Idlib'], ['deir ezzor', 'Deir ez-Zor'], ['hasakeh', 'Al Hasakah'], ['lattakia', 'Latakia'],
      ['tartous', 'Tartus'], ['raqqa', 'Ar Raqqah'], ['homs', 'Homs'], ['hama', 'Hama'], ['daraa', 'Daraa'], ['quneitra', 'Al Qunaytirah'],
    ]
    for (const [silver, town] of cases) {
      const areas = silverAreas(silver)
      assert.equal(areas.size, 1, silver)
      assert.ok(inGovernorate(placeOf(town, 'SY'), silver), `${town} in ${silver}`)
    }
  })
  it('counts the Damascus countryside as Damascus (the silver has no Rif Dimashq)', () => {
    assert.equal(silverAreas('damascus').size, 2)
    assert.ok(inGovernorate(placeOf('Damascus', 'SY'), 'damascus'))
    assert.ok(inGovernorate(placeOf('Douma', 'SY'), 'damascus'))
  })
  it('an event placed only by its country, at the capital, tells no governorate', () => {
    const country = { ...placeOf('Damascus', 'SY')!, text: 'Syria', geoPrecision: 3 as const }
    assert.ok(!inGovernorate(country, 'damascus'))
    assert.ok(inGovernorate({ ...placeOf('Damascus', 'SY')!, geoPrecision: 2 as const }, 'damascus'))
  })
  it('does not put a place in another governorate, or nowhere', () => {
    assert.ok(!inGovernorate(placeOf('Aleppo', 'SY'), 'idlib'))
    assert.ok(!inGovernorate(placeOf('Homs', 'SY'), 'hama'))
    assert.ok(!inGovernorate(null, 'aleppo'))
  })
})

describe('FA-KES perpetrator classes', () => {
  const doer = (actorId: string | null, inter: number | null = null) => ({ actorId, inter })
  const cases: [string | null, PerpetratorClass][] = [
    ['military-sy', 'syrian government or russian troops'],
    ['government-sy', 'syrian government or russian troops'],
    ['ndf-syria', 'syrian government or russian troops'],
    ['military-ru', 'syrian government or russian troops'],
    ['islamic-state', 'the organization of the islamic state in iraq and the levant - isis'],
    ['iskp', 'the organization of the islamic state in iraq and the levant - isis'],
    ['us-led-coalition', 'international coalition forces'],
    ['military-us', 'international coalition forces'],
    ['military-fr', 'international coalition forces'],
    ['sdf', 'self administration forces'],
    ['ypg', 'self administration forces'],
    ['kurd-militia@SY', 'self administration forces'],
    ['jabhat-al-nusra', 'al-nusra front'],
    ['hayat-tahrir-al-sham', 'al-nusra front'],
    ['free-syrian-army', 'armed opposition groups'],
    ['jaish-al-islam', 'armed opposition groups'],
    ['rebels@SY', 'armed opposition groups'],
    ['unidentified-armed-group@SY', 'unknown'],
    ['unidentified-armed-group@TR', 'unknown'],
    ['military-tr', 'other'],
    ['hezbollah', 'other'],
    ['protesters@SY', 'other'],
    ['rebels@IQ', 'other'],
    ['person:someone', 'other'],
    [null, 'other'],
  ]
  for (const [id, expected] of cases) it(`${id ?? 'a name with no id'} → ${expected}`, () => assert.equal(perpetratorClass({ ...doer(id), inter: null }), expected))
  it('no doer → unknown', () => assert.equal(perpetratorClass(null), 'unknown'))
})

describe('FA-KES causes of death', () => {
  const cases: [string, string][] = [
    ['Air/drone strike', 'shelling'],
    ['Shelling/artillery/missile attack', 'shelling'],
    ['Remote explosive/landmine/IED', 'explosion'],
    ['Suicide bomb', 'explosion'],
    ['Grenade', 'explosion'],
    ['Chemical weapon', 'chemical and toxic gases'],
    ['Armed clash', 'shooting'],
    ['Non-state actor overtakes territory', 'shooting'],
    ['Attack', 'shooting'],
    ['Abduction/forced disappearance', 'unknown'],
    ['Agreement', 'unknown'],
  ]
  for (const [sub, expected] of cases) it(`${sub} → ${expected}`, () => assert.equal(causeOf({ subEventType: sub }), expected))
  it('no event → unknown', () => assert.equal(causeOf(null), 'unknown'))
})

describe('the FA-KES article\'s event', () => {
  const talk = ev({ eventType: 'Not an ACLED event', subEventType: 'DIPLO', at: 0 })
  const denied = ev({ at: 5, flags: { ...noFlags, negated: true }, fatalities: 90 })
  const old = ev({ at: 8, flags: { ...noFlags, historical: true }, fatalities: 80 })
  const strike = ev({ at: 20, fatalities: 4 })
  const clash = ev({ eventType: 'Battles', subEventType: 'Armed clash', at: 50, fatalities: 30 })
  it('is the first event of lethal force told, not negated or historical', () => assert.equal(fakesEvent([talk, denied, old, clash, strike]), strike))
  it('ties go to the most confident', () => {
    const sure = ev({ at: 20, confidence: 0.9, subEventType: 'Shelling/artillery/missile attack' })
    assert.equal(fakesEvent([strike, sure]), sure)
  })
  it('none when only talk is told', () => assert.equal(fakesEvent([talk]), null))
  it('the largest toll is the lethal event with the most dead', () => {
    assert.equal(largestEvent([talk, denied, strike, clash]), clash)
    assert.equal(largestEvent([ev({ at: 1 })]), null)
  })
  it('the any variants ask every lethal event', () => {
    const r = scoreArticle({ events: [strike, { ...clash, actor1: { name: 'Islamic State', actorId: 'islamic-state', inter: 2 }, location: placeOf('Aleppo', 'SY') }] }, {
      location: 'aleppo', actor: 'the organization of the islamic state in iraq and the levant - isis', cause: 'shooting',
    })
    assert.deepEqual(r, { governorate: false, governorateAny: true, perpetrator: 'unknown', perpetratorAny: true, cause: 'shelling', causeAny: true })
  })
})

describe('FA-KES dead within 10 %', () => {
  it('counts a toll within a tenth of the silver', () => {
    assert.ok(within10(22, 20))
    assert.ok(within10(18, 20))
    assert.ok(!within10(23, 20))
    assert.ok(within10(3, 3))
    assert.ok(!within10(null, 3))
  })
})
