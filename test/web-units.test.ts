/** The web app's pure parts, without a browser: highlight segments, link spans, timeline buckets, TopoJSON. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../src/pipeline/default.js'
import { collectMarks } from '../web/src/article.js'
import { bucketize, dayNumber, dayString, inRange } from '../web/src/buckets.js'
import { typeClass } from '../web/src/colors.js'
import { formatSpans, parseSpans, segmentRange, type Mark } from '../web/src/highlight.js'
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
  const ranges: [string | null, boolean][] = [['2016-12-05', true], ['2016-12', true], ['2016-11-30', false], [null, false]]
  for (const [date, expected] of ranges) {
    it(`inRange ${date}`, () => assert.equal(inRange(date, { from: '2016-12-01', to: '2016-12-31' }), expected))
  }
  it('day numbers round-trip', () => assert.equal(dayString(dayNumber('2016-02-29')!), '2016-02-29'))
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
  })
})
