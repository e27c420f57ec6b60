import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { GEOVIRUS_DIR, loadGeoVirus, parseGeoVirus } from './geovirus.js'

describe('GeoVirus parsing', () => {
  const xml = '<articles><article><source>u</source><text>Flu in Oslo &amp; Bergen.</text><locations><location><name>Bergen</name><altName>B</altName><start>20</start><end>26</end><lat>60.4</lat><lon>5.3</lon><page>p</page><location><name>Oslo</name><start>8</start><end>12</end><lat>59.9</lat><lon>10.7</lon><page>p</page></location></location></locations></article></articles><!-- <article><text>template</text></article> -->'
  const docs = parseGeoVirus(xml, 'inline.xml')
  const cases: [string, unknown, unknown][] = [
    ['one article, template comment ignored', docs.length, 1],
    ['nested locations all collected, sorted', docs[0]!.toponyms.map((t) => t.text), ['Oslo', 'Bergen']],
    ['1-based offsets shifted', docs[0]!.text.slice(docs[0]!.toponyms[0]!.start, docs[0]!.toponyms[0]!.end), 'Oslo'],
    ['no GeoNames id', docs[0]!.toponyms[0]!.geonameId, null],
  ]
  for (const [name, got, expected] of cases) it(name, () => assert.deepEqual(got, expected))
})

describe('GeoVirus gold offsets', { skip: !hasEvalData(GEOVIRUS_DIR) && `no gold at ${GEOVIRUS_DIR}` }, () => {
  it('every gold span text equals the document text at its offsets', () => {
    let spans = 0
    const mismatches: string[] = []
    for (const d of loadGeoVirus()) for (const t of d.toponyms) {
      spans++
      if (d.text.slice(t.start, t.end) !== t.text) mismatches.push(`${d.id}@${t.start}`)
    }
    assert.equal(spans, 2170)
    assert.deepEqual(mismatches, [], `${mismatches.length} of ${spans} spans differ`)
  })
})
