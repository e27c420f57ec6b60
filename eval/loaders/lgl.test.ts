import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { LGL_DIR, decodeXml, loadLgl, parseLgl } from './lgl.js'

describe('LGL parsing', () => {
  const xml = '<articles><article docid="7"><dltime>2009-03-20 12:24:52-05</dltime><text><![CDATA[Rain in Lake Town & beyond.]]></text><toponyms><toponym><start>8</start><end>17</end><phrase>Lake Town</phrase><gaztag geonameid="42"><name>Lake Town</name><lat>1.5</lat><lon>-2.25</lon></gaztag></toponym><toponym><start>0</start><end>4</end><phrase>Rain</phrase></toponym></toponyms></article></articles>'
  const [doc] = parseLgl(xml, 'inline.xml')
  const cases: [string, unknown, unknown][] = [
    ['CDATA text kept verbatim', doc!.text, 'Rain in Lake Town & beyond.'],
    ['date from dltime', doc!.published, '2009-03-20'],
    ['resolved toponym', doc!.toponyms[0], { start: 8, end: 17, text: 'Lake Town', lat: 1.5, lon: -2.25, geonameId: 42 }],
    ['toponym without gaztag has no point', [doc!.toponyms[1]!.lat, doc!.toponyms[1]!.geonameId], [null, null]],
    ['entities decode', decodeXml('a &amp; b &#233;'), 'a & b é'],
  ]
  for (const [name, got, expected] of cases) it(name, () => assert.deepEqual(got, expected))
})

describe('LGL gold offsets', { skip: !hasEvalData(LGL_DIR) && `no gold at ${LGL_DIR}` }, () => {
  it('every gold span text equals the document text at its offsets', () => {
    const docs = loadLgl()
    let spans = 0
    const mismatches: string[] = []
    for (const d of docs) for (const t of d.toponyms) {
      spans++
      if (d.text.slice(t.start, t.end) !== t.text) mismatches.push(`${d.id}@${t.start}`)
    }
    assert.equal(docs.length, 588)
    assert.equal(spans, 5088)
    assert.deepEqual(mismatches, [], `${mismatches.length} of ${spans} spans differ`)
  })
})
