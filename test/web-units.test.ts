/** The web app's pure parts, without a browser: highlight segments, link spans, timeline buckets, TopoJSON. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readFileSync } from 'node:fs'
import { getDefaultPipeline } from '../src/pipeline/default.js'
import { isEventType } from '../src/store/event-types.js'
import { exportUrl } from '../web/src/api.js'
import { collectMarks, eventDetails } from '../web/src/article.js'
import { axisTicks, bucketize, dayNumber, dayString, inRange } from '../web/src/buckets.js'
import { eventTypeGroups } from '../web/src/event-types.js'
import { filtersFromHash, formValue, nearFilter, overviewHash, withRange } from '../web/src/filters.js'
import { loadedSummary, otherReports } from '../web/src/lists.js'
import type { EventItem } from '../web/src/types.js'
import { typeClass } from '../web/src/colors.js'
import { formatSpans, parseSpans, segmentRange, segmentRanges, type Mark } from '../web/src/highlight.js'
import { containsPoint, countryFeatures, type Topology } from '../web/src/topojson.js'

const mark = (start: number, end: number, layer: Mark['layer']): Mark => ({ start, end, layer, label: layer, group: null })

describe('web: segmentRange', () => {
  const cases: [string, [number, number], Mark[], [number, number, string][]][] = [
    ['no marks', [0, 10], [], [[0, 10, '']]],
    ['one mark inside', [0, 10], [mark(2, 5, 'place')], [[0, 2, ''], [2, 5, 'place'], [5, 10, '']]],
    ['nested marks', [0, 10], [mark(0, 10, 'statement'), mark(3, 6, 'place')], [[0, 3, 'statement'], [3, 6, 'statement+place'], [6, 10, 'statement']]],
    ['overlapping marks', [0, 10], [mark(0, 6, 'event'), mark(4, 10, 'time')], [[0, 4, 'event'], [4, 6, 'event+time'], [6, 10, 'time']]],
    ['marks cut at the range', [5, 10], [mark(0, 7, 'place'), mark(9, 20, 'time')], [[5, 7, 'place'], [7, 9, ''], [9, 10, 'time']]],
    ['empty and outside marks ignored', [0, 4], [mark(2, 2, 'place'), mark(6, 9, 'time')], [[0, 4, '']]],
  ]
  for (const [name, [start, end], marks, expected] of cases) {
    it(name, () => {
      const got = segmentRange(start, end, marks).map((s) => [s.start, s.end, s.marks.map((m) => m.layer).join('+')])
      assert.deepEqual(got, expected)
    })
  }
})

describe('web: segmentRanges (one sweep for a whole article)', () => {
  it('gives each range the segments segmentRange gives it, marks crossing ranges included', () => {
    const ranges = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 20, end: 30 }, { start: 40, end: 41 }]
    const marks = [mark(25, 45, 'statement'), mark(2, 5, 'place'), mark(0, 30, 'event'), mark(8, 14, 'time'), mark(12, 12, 'cue'), mark(31, 39, 'speaker'), mark(40, 41, 'mention')]
    const layers = (segs: ReturnType<typeof segmentRange>) => segs.map((x) => [x.start, x.end, x.marks.map((m) => m.layer).sort().join('+')])
    assert.deepEqual(segmentRanges(ranges, marks).map(layers), ranges.map((r) => layers(segmentRange(r.start, r.end, marks))))
  })
})

describe('web: evidence spans in links', () => {
  const cases: [string | null, { start: number; end: number }[]][] = [
    ['12-40', [{ start: 12, end: 40 }]],
    ['12-40,50-61', [{ start: 12, end: 40 }, { start: 50, end: 61 }]],
    ['40-12,x-1,,7-9', [{ start: 7, end: 9 }]],
    [null, []],
  ]
  for (const [input, expected] of cases) it(String(input), () => assert.deepEqual(parseSpans(input), expected))
  it('round-trips', () => assert.equal(formatSpans(parseSpans('1-2,3-4')), '1-2,3-4'))
})

describe('web: timeline buckets', () => {
  it('counts per day by type over a short range', () => {
    const { unit, buckets } = bucketize([{ date: '2016-12-01', type: 'Battles' }, { date: '2016-12-03', type: 'Riots' }, { date: '2016-12-03', type: 'Battles' }, { date: null, type: 'Battles' }])
    assert.equal(unit, 'day')
    assert.deepEqual(buckets.map((b) => [b.start, b.total]), [['2016-12-01', 1], ['2016-12-02', 0], ['2016-12-03', 2]])
  })
  it('counts per Monday-first week over a long range', () => {
    const { unit, buckets } = bucketize([{ date: '2016-01-01', type: 'Battles' }, { date: '2016-12-14', type: 'Battles' }])
    assert.equal(unit, 'week')
    assert.equal(buckets[0]!.start, '2015-12-28', '1 January 2016 was a Friday; its week starts Monday 28 December')
    assert.equal(buckets.at(-1)!.start, '2016-12-12')
    assert.equal(buckets.at(-1)!.end, '2016-12-18')
  })
  it('counts per month when the weeks would be too many bars', () => {
    const { unit, buckets } = bucketize([{ date: '2011-03-15', type: 'Battles' }, { date: '2016-12-14', type: 'Riots' }])
    assert.equal(unit, 'month')
    assert.deepEqual([buckets[0]!.start, buckets[0]!.end], ['2011-03-01', '2011-03-31'])
    assert.deepEqual([buckets.at(-1)!.start, buckets.at(-1)!.end, buckets.at(-1)!.total], ['2016-12-01', '2016-12-31', 1])
    assert.equal(buckets.length, 70)
  })
  it('counts per year when one date lies decades away (a wrong year must not flatten the rest to hairlines)', () => {
    const { unit, buckets } = bucketize([{ date: '2016-12-01', type: 'Battles' }, { date: '2016-12-02', type: 'Battles' }, { date: '2042-07-01', type: 'Battles' }], 60)
    assert.equal(unit, 'year')
    assert.equal(buckets.length, 27)
    assert.deepEqual([buckets[0]!.start, buckets[0]!.end, buckets[0]!.total], ['2016-01-01', '2016-12-31', 2])
  })
  it('uses fewer, wider buckets when fewer fit (a narrow timeline)', () => {
    const items = [{ date: '2016-12-01', type: 'Battles' }, { date: '2016-12-31', type: 'Battles' }]
    assert.equal(bucketize(items).unit, 'day')
    assert.equal(bucketize(items, 10).unit, 'week')
    assert.equal(bucketize(items, 3).unit, 'month')
  })
  it('labels the axis between its ends as the unit reads', () => {
    const months = bucketize([{ date: '2011-03-15', type: 'Battles' }, { date: '2016-12-14', type: 'Riots' }])
    const ticks = axisTicks(months.buckets, months.unit, 5)
    assert.deepEqual(ticks.map((t) => t.label), ['2012-03', '2013-03', '2014-03', '2015-03'], 'every 12 of 70 months, none at the ends')
    const years = bucketize([{ date: '1990-01-01', type: 'x' }, { date: '2042-07-01', type: 'x' }], 60)
    assert.ok(axisTicks(years.buckets, years.unit, 4).every((t) => /^\d{4}$/.test(t.label)))
    assert.deepEqual(axisTicks(months.buckets.slice(0, 1), months.unit, 5), [], 'one bucket: only its ends')
  })
  const ranges: [string | null, boolean][] = [['2016-12-05', true], ['2016-12', true], ['2016-11-30', false], [null, false]]
  for (const [date, expected] of ranges) {
    it(`inRange ${date}`, () => assert.equal(inRange(date, { from: '2016-12-01', to: '2016-12-31' }), expected))
  }
  it('day numbers round-trip', () => assert.equal(dayString(dayNumber('2016-02-29')!), '2016-02-29'))
})

describe('web: filters in the URL hash and in exports', () => {
  it('round-trips the filters through the hash, in a fixed order, dropping empty and unknown keys', () => {
    const hash = overviewHash({ to: '2016-12-31', q: 'Alep', from: '2016-12-01', near: '36.2,37.15,10' })
    assert.equal(hash, '#/?q=Alep&from=2016-12-01&to=2016-12-31&near=36.2%2C37.15%2C10')
    assert.deepEqual(filtersFromHash(hash), { q: 'Alep', from: '2016-12-01', to: '2016-12-31', near: '36.2,37.15,10' })
    assert.deepEqual(filtersFromHash('#/?q=&evil=1&country=Mali'), { country: 'Mali' })
    assert.equal(overviewHash({ admin1: 'Idlib', country: 'SY' }), '#/?country=SY&admin1=Idlib', 'the region, which the API filters by too')
    assert.equal(overviewHash({}), '#/')
    assert.deepEqual(filtersFromHash('#/'), {})
    assert.deepEqual(filtersFromHash(''), {})
  })
  const ranges: [string, { from?: string; to?: string }, { from: string; to: string }][] = [
    ['the brushed range inside the filter dates', { from: '2016-12-01', to: '2016-12-31' }, { from: '2016-12-05', to: '2016-12-11' }],
    ['a brushed week overhanging the filter dates', { from: '2016-12-01', to: '2016-12-31' }, { from: '2016-12-01', to: '2016-12-31' }],
    ['a month bound ending before the brushed week', { to: '2016-12' }, { from: '2016-12-26', to: '2016-12' }],
    ['no filter dates', {}, { from: '2016-12-26', to: '2017-01-01' }],
  ]
  const brushed = [{ from: '2016-12-05', to: '2016-12-11' }, { from: '2016-11-28', to: '2017-01-01' }, { from: '2016-12-26', to: '2017-01-01' }, { from: '2016-12-26', to: '2017-01-01' }]
  ranges.forEach(([name, filters, expected], i) => it(`exports ${name}`, () => {
    const f = withRange({ country: 'SY', ...filters }, brushed[i]!)
    assert.deepEqual({ from: f.from, to: f.to }, expected)
    assert.equal(f.country, 'SY')
  }))
  const shown: [Parameters<typeof formValue>[0], string, string][] = [
    ['from', '2016-12', '2016-12-01'], ['to', '2016-12', '2016-12-31'], ['to', '2016-02', '2016-02-29'],
    ['from', '2016', '2016-01-01'], ['to', '2016', '2016-12-31'], ['to', '2016-12-05', '2016-12-05'], ['country', '2016', '2016'],
  ]
  for (const [key, value, expected] of shown) {
    it(`a link's ${key}=${value} shows in the day picker as ${expected}`, () => assert.equal(formValue(key, value), expected))
  }
  it('exports every matching event with the filters as the API reads them', () => {
    assert.equal(exportUrl('csv', { country: 'Syria', near: '36.2,37.15,10' }), 'api/export/events.csv?country=Syria&near=36.2%2C37.15%2C10')
    assert.equal(exportUrl('geojson', {}), 'api/export/events.geojson')
  })
  it('searches near a place, or around every point of a cluster', () => {
    assert.equal(nearFilter([{ lat: 36.2, lon: 37.15 }]), '36.2000,37.1500,10')
    const [lat, lon, km] = nearFilter([{ lat: 36, lon: 37 }, { lat: 36, lon: 38 }]).split(',').map(Number)
    assert.deepEqual([lat, lon], [36, 37.5])
    assert.ok(km! >= 46 && km! <= 47, `half of 90 km, rounded up, plus 1: ${km}`)
  })
})

describe('web: an event reported by several articles links each', () => {
  it('the first article is the row; each other one gets its own link with all its evidence spans', () => {
    const ev = (articleId: string, start: number, text: string) => ({ articleId, span: { start, end: start + text.length }, text })
    const item = { id: 'ev-1', sourceCount: 3, sources: [], event: {} as EventItem['event'],
      evidence: [ev('a1', 0, 'Air strikes hit the town'), ev('b2', 10, 'Frappes sur la ville'), ev('b2', 50, 'au moins 58 morts'), ev('c3', 5, 'Strikes kill 58')] }
    assert.deepEqual(otherReports(item), [
      { href: '#/article/b2?evidence=10-30,50-67', text: 'Frappes sur la ville' },
      { href: '#/article/c3?evidence=5-20', text: 'Strikes kill 58' },
    ])
    assert.deepEqual(otherReports({ ...item, evidence: item.evidence.slice(0, 1) }), [])
  })
})

describe('web: the status line says when results were cut', () => {
  const placed = { event: { location: {} } } as EventItem
  const page = <T = EventItem>(n: number, more: boolean, item: T = placed as T) => ({ items: Array.from({ length: n }, () => item), limit: n, offset: 0, more })
  it('all loaded', () => assert.equal(loadedSummary(page(1, false), page(3, false), page(0, false)), '1 event, 3 statements, 0 places.'))
  it('more match', () => {
    const s = loadedSummary(page(500, true), page(200, false), page(130, false))
    assert.match(s, /^500 events \(the newest; more match\), 200 statements, 130 places\. Narrow the filters/)
  })
  it('events without a place are said to be off the map', () => {
    const events = { ...page(3, false), items: [placed, { event: { location: null } } as unknown as EventItem, placed] }
    assert.equal(loadedSummary(events, page(0, false), page(2, false)), '3 events, 0 statements, 2 places. 1 event has no place and is listed but not on the map.')
  })
  it('places are the most mentioned, not the newest', () => {
    assert.match(loadedSummary(page(5, false), page(5, false), page(500, true)), /500 places \(the most mentioned; more match\)\.$/)
  })
})

describe('web: the fields of an event in the article view', () => {
  it('says which fields came from the text and which from a convention or the publication date', () => {
    const text = 'Rebel fighters attacked an army base near Gulu on 3 March, killing four soldiers.'
    const a = getDefaultPipeline().analyze({ input: 'web-unit', text, language: 'en', published: '2021-03-05' })
    const rows = new Map(eventDetails(a.events[0]!))
    assert.match(rows.get('Type') ?? '', /^Battles \/ /)
    assert.match(rows.get('Date') ?? '', /^2021-03-03 \(the day\)$/)
    assert.match(rows.get('Place') ?? '', /^Gulu, UG/)
    assert.equal(rows.get('Fatalities'), '4')
    const undated = new Map(eventDetails({ ...a.events[0]!, dateSpan: null, actor2: null, flags: { ...a.events[0]!.flags, negated: true } }))
    assert.match(undated.get('Date') ?? '', /from the publication date$/)
    assert.equal(undated.get('Actor 2'), '—')
    assert.equal(undated.get('Told as'), 'negated')
  })
  it('fr: an actor supplied by convention is marked so', () => {
    const text = 'Des civils ont été tués lundi à Gao lors d\'une attaque.'
    const a = getDefaultPipeline().analyze({ input: 'web-unit-fr', text, language: 'fr', published: '2021-04-14' })
    const e = a.events.find((x) => x.actor2 && !x.actor2.span) ?? a.events.find((x) => x.actor1 && !x.actor1.span)
    assert.ok(e, JSON.stringify(a.events.map((x) => [x.actor1, x.actor2])))
    const rows = [...eventDetails(e).values()].map(([k, v]) => `${k}: ${v}`)
    assert.ok(rows.some((r) => /^Actor [12]: .*by convention, not named in the text/.test(r)), rows.join('\n'))
  })
})

describe('web: the type filter offers the taxonomy the engine codes with', () => {
  const groups = eventTypeGroups(readFileSync(new URL('../resources/common/events/taxonomy.tsv', import.meta.url), 'utf8'))
  it('the six ACLED types, each with its sub-event types, then the labels of the events ACLED does not code', () => {
    assert.deepEqual(groups.slice(0, -1).map((g) => g.type), ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'])
    assert.deepEqual(groups[0]!.values.slice(0, 2), ['Battles', 'Armed clash'])
    assert.ok(groups[1]!.values.includes('Air/drone strike'))
    assert.equal(groups.at(-1)!.type, null)
    assert.ok(groups.at(-1)!.values.includes('DIPLO') && groups.at(-1)!.values.includes('ATTRIB'))
  })
  it('every choice is a type the API accepts', () => {
    for (const v of groups.flatMap((g) => g.values)) assert.ok(isEventType(v), v)
  })
})

describe('web: topojson and colours', () => {
  // A unit square (0,0)-(10,10) as one quantised, delta-encoded arc.
  const topo: Topology = {
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]],
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '1', properties: { name: 'Square' }, arcs: [[0]] }] } },
  }
  const [square] = countryFeatures(topo)
  const points: [number, number, boolean][] = [[5, 5, true], [11, 5, false], [-1, -1, false], [9.9, 0.1, true]]
  for (const [lon, lat, inside] of points) it(`point ${lon},${lat}`, () => assert.equal(containsPoint(square!, lon, lat), inside))
  it('reversed arcs decode backwards', () => {
    const rev = countryFeatures({ ...topo, objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[~0]] }] } } })
    assert.deepEqual(rev[0]!.geometry.coordinates[0]![0]![1], [0, 10])
  })
  const classes: [string, string][] = [['Battles', 'battles'], ['Explosions/Remote violence', 'explosions-remote-violence'], ['<x>', 'x'], ['', 'other']]
  for (const [type, cls] of classes) it(`class for ${type || 'empty'}`, () => assert.equal(typeClass(type), cls))
})

describe('web: the article view marks the words of each event field', () => {
  it('actor and date words carry the event group and the field in their label', () => {
    const text = 'Rebel fighters attacked an army base near Gulu on 3 March, killing four soldiers.'
    const a = getDefaultPipeline().analyze({ input: 'web-unit', text, language: 'en', published: '2021-04-14' })
    const labels = collectMarks(a).filter((m) => m.layer === 'event' && m.group === 'ev-0').map((m) => `${m.label} = ${text.slice(m.start, m.end)}`)
    assert.ok(labels.some((l) => /^event 1 actor 1: Military Forces .* = (army|soldiers)/.test(l)), labels.join('\n'))
    assert.ok(labels.includes('event 1 date: 2021-03-03 = 3 March'), labels.join('\n'))
    assert.ok(labels.includes('event 1 place: Gulu = Gulu'), labels.join('\n'))
  })
  it('fr: the place words too', () => {
    const text = 'Des hommes armés ont attaqué un camp militaire près de Gao le 3 mars, tuant quatre soldats.'
    const a = getDefaultPipeline().analyze({ input: 'web-unit-fr', text, language: 'fr', published: '2021-03-05' })
    const labels = collectMarks(a).filter((m) => m.layer === 'event' && m.group === 'ev-0').map((m) => `${m.label} = ${text.slice(m.start, m.end)}`)
    assert.ok(labels.includes('event 1 place: Gao = Gao'), labels.join('\n'))
    assert.ok(labels.includes('event 1 date: 2021-03-03 = 3 mars'), labels.join('\n'))
  })
})
