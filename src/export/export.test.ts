import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyse, eventAt, placeAt } from '../store/fixtures.js'
import type { MergedEvent } from '../store/store.js'
import { csvCell } from './acled-csv.js'
import { ROW_PER_DAY_MAX, acledCells, interaction } from './acled-row.js'
import { writeExport } from './index.js'

const a = analyse('Army artillery shelled Homs overnight, residents said, and "heavy" fire hit the old city.')
const homs = placeAt(a, 'Homs', { lat: 34.7308, lon: 36.7094, country: 'SY', admin1: 'Homs' })
const event = eventAt(a, 'shelled Homs', { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', date: '2016-12-20', place: homs, actor1: 'Military Forces of Syria', fatalities: 3 })
event.actor1!.inter = 1
const merged = (id: string, withPlace: boolean): MergedEvent => ({
  id, event: { ...event, location: withPlace ? homs : null }, sourceCount: 2, sources: ['Outlet X', 'Outlet, Y'],
  evidence: [{ articleId: a.article.id, span: event.evidence[0]!, text: 'shelled Homs' }, { articleId: 'b', span: { start: 0, end: 5 }, text: '"heavy" fire' }],
})

const collect = (events: MergedEvent[], format: 'acled-csv' | 'geojson' | 'jsonl') => {
  let out = ''
  const r = writeExport(events, format, (s) => (out += s))
  return { out, ...r }
}

describe('ACLED CSV', () => {
  it("has ACLED's column names and one quoted, CRLF-terminated row per event", () => {
    const { out, written } = collect([merged('ev-1', true), merged('ev-2', false)], 'acled-csv')
    assert.equal(written, 2)
    assert.ok(out.startsWith('\uFEFF'))
    const lines = out.slice(1).split('\r\n')
    const header = lines[0]!.split(',')
    for (const c of ['event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2',
      'interaction', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'notes', 'source']) {
      assert.ok(header.includes(c), c)
    }
    assert.equal(lines.length, 4)
    assert.match(lines[1]!, /^ev-1,2016-12-20,1,Explosions\/Remote violence,Shelling\/artillery\/missile attack,Military Forces of Syria,,1,,,,10,Syria,Homs,Homs,34.7308,36.7094,1,3,/)
    assert.match(lines[1]!, /"shelled Homs … ""heavy"" fire","Outlet X; Outlet, Y",2,/)
  })

  const cells: [string | number | null, boolean, string][] = [
    ['plain', false, 'plain'],
    ['a,b', false, '"a,b"'],
    ['say "x"', false, '"say ""x"""'],
    ['line\nbreak', false, '"line\nbreak"'],
    ['=HYPERLINK("x")', false, `"'=HYPERLINK(""x"")"`],
    ['-3 dead', false, "'-3 dead"],
    [-3.5, true, '-3.5'],
    [null, false, ''],
  ]
  for (const [v, numeric, expected] of cells) it(`cell ${JSON.stringify(v)}`, () => assert.equal(csvCell(v, numeric), expected))

  it('leaves out events ACLED would not code: not an ACLED type, negated, hypothetical; keeps ceased ones', () => {
    const flagged = (id: string, change: Partial<MergedEvent['event']>): MergedEvent => {
      const m = merged(id, true)
      return { ...m, event: { ...m.event, ...change } }
    }
    const flags = event.flags
    const { out, written, skipped } = collect([
      flagged('ev-diplo', { eventType: 'Not an ACLED event', subEventType: 'DIPLO' }),
      flagged('ev-neg', { flags: { ...flags, negated: true } }),
      flagged('ev-hyp', { flags: { ...flags, hypothetical: true } }),
      flagged('ev-ceased', { eventType: 'Strategic developments', subEventType: 'Change to group/activity', flags: { ...flags, ceased: true } }),
    ], 'acled-csv')
    assert.deepEqual([written, skipped], [1, 3])
    assert.match(out, /\r\nev-ceased,/)
    assert.ok(!/ev-(diplo|neg|hyp)/.test(out))
  })

  it('codes a happening told over a span of days as one row per day, its fatalities shared out', () => {
    const m = merged('ev-span', true)
    const { out, written } = collect([{ ...m, event: { ...m.event, date: '2016-12-07', dateEnd: '2016-12-09', fatalities: 5 } }], 'acled-csv')
    assert.equal(written, 1)
    const rows = out.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(','))
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[18]]), [['ev-span-1', '2016-12-07', '2'], ['ev-span-2', '2016-12-08', '2'], ['ev-span-3', '2016-12-09', '1']])
  })

  it('keeps one row for one day and for a span longer than a week', () => {
    const days = (date: string, dateEnd: string | null, fatalities: number | null) =>
      acledCells({ date, dateEnd, fatalities, location: homs }).map((c) => [c.date, c.fatalities])
    assert.deepEqual(days('2016-12-07', null, 4), [['2016-12-07', 4]])
    assert.deepEqual(days('2016-12-07', '2016-12-08', null), [['2016-12-07', 0], ['2016-12-08', 0]])
    assert.equal(days('2016-12-01', '2016-12-20', 9).length, 1)
    assert.equal(days('2016-02-27', '2016-03-01', 0).at(-1)![0], '2016-03-01')
    assert.equal(days('2016-12-01', `2016-12-0${ROW_PER_DAY_MAX}`, 0).length, ROW_PER_DAY_MAX)
  })

  it('codes a happening told at several places as one row per place, each with its place columns', () => {
    const m = merged('ev-towns', true)
    const aleppo = { ...homs, id: 'x', geonameId: 170063, name: 'Aleppo', lat: 36.2021, lon: 37.1343, admin1Name: 'Aleppo' }
    const { out } = collect([{ ...m, event: { ...m.event, otherLocations: [aleppo], fatalities: 3 } }], 'acled-csv')
    const rows = out.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(','))
    assert.deepEqual(rows.map((r) => [r[0], r[14], r[15], r[16], r[18]]), [['ev-towns-1', 'Homs', '34.7308', '36.7094', '2'], ['ev-towns-2', 'Aleppo', '36.2021', '37.1343', '1']])
  })

  const pairs: [number | null, number | null, number | null][] = [[1, 7, 17], [7, 1, 17], [2, null, 20], [null, null, null], [3, 3, 33]]
  for (const [x, y, expected] of pairs) it(`interaction ${x} ${y}`, () => assert.equal(interaction(x, y), expected))
})

describe('GeoJSON', () => {
  it('is a valid FeatureCollection of points in [lon, lat], leaving out events without a place', () => {
    const { out, written, skipped } = collect([merged('ev-1', true), merged('ev-2', false)], 'geojson')
    assert.deepEqual([written, skipped], [1, 1])
    const fc = JSON.parse(out) as { type: string; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] }
    assert.equal(fc.type, 'FeatureCollection')
    const f = fc.features[0]!
    assert.equal(f.type, 'Feature')
    assert.equal(f.geometry.type, 'Point')
    assert.deepEqual(f.geometry.coordinates, [36.7094, 34.7308])
    assert.equal(f.properties.sub_event_type, 'Shelling/artillery/missile attack')
    assert.equal((f.properties.evidence as unknown[]).length, 2)
    assert.equal(f.properties.event_date_end, null)
  })

  it('gives the last day of a span of days', () => {
    const m = merged('ev-span', true)
    const fc = JSON.parse(collect([{ ...m, event: { ...m.event, date: '2016-12-07', dateEnd: '2016-12-09' } }], 'geojson').out) as { features: { properties: Record<string, unknown> }[] }
    assert.deepEqual([fc.features[0]!.properties.event_date, fc.features[0]!.properties.event_date_end], ['2016-12-07', '2016-12-09'])
  })

  it('lists the other places a happening is told at', () => {
    const m = merged('ev-towns', true)
    const aleppo = { ...homs, id: 'x', geonameId: 170063, name: 'Aleppo', lat: 36.2021, lon: 37.1343 }
    const fc = JSON.parse(collect([{ ...m, event: { ...m.event, otherLocations: [aleppo] } }], 'geojson').out) as { features: { properties: Record<string, unknown> }[] }
    assert.deepEqual(fc.features[0]!.properties.other_locations, [{ name: 'Aleppo', latitude: 36.2021, longitude: 37.1343 }])
  })

  it('is an empty collection when nothing matches', () => {
    assert.deepEqual(JSON.parse(collect([], 'geojson').out), { type: 'FeatureCollection', features: [] })
  })
})

describe('event types', () => {
  it('leaves events of no ACLED type out of the ACLED CSV, not out of JSON Lines', () => {
    const plover = merged('ev-3', true)
    plover.event = { ...plover.event, eventType: 'Not an ACLED event', subEventType: 'DIPLO' }
    assert.deepEqual([collect([plover, merged('ev-1', true)], 'acled-csv').written, collect([plover], 'acled-csv').skipped], [1, 1])
    assert.equal(collect([plover], 'jsonl').written, 1)
  })
})

describe('JSON Lines', () => {
  it('writes one full record per line', () => {
    const lines = collect([merged('ev-1', true)], 'jsonl').out.trim().split('\n')
    assert.deepEqual(JSON.parse(lines[0]!).evidence.map((e: { text: string }) => e.text), ['shelled Homs', '"heavy" fire'])
  })
})
