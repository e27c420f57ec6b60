import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { TIMEML_CORPORA, TIMEML_DIR, loadTimeml, parseTimeml } from './timeml.js'

describe('TimeML parsing', () => {
  const xml = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03">Feb 3</TIMEX3></DCT>\r\n<TEXT>\r\nA &amp; B <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-02-02" mod="START">yesterday</TIMEX3>.</TEXT></TimeML>'
  const doc = parseTimeml(xml, 'inline.tml')
  const cases: [string, unknown, unknown][] = [
    ['DCT value', doc.dct, '2001-02-03'],
    ['text without tags, entities decoded, CRLF as LF', doc.text, '\nA & B met yesterday.'],
    ['one body timex', doc.timexes.length, 1],
    ['its extent', doc.text.slice(doc.timexes[0]!.start, doc.timexes[0]!.end), 'yesterday'],
    ['its value and mod', [doc.timexes[0]!.value, doc.timexes[0]!.mod], ['2001-02-02', 'START']],
  ]
  for (const [name, got, expected] of cases) it(name, () => assert.deepEqual(got, expected))
  it('refuses a file without <TEXT>', () => assert.throws(() => parseTimeml('<TimeML/>', 'bad.tml'), /bad\.tml/))
})

describe('TimeML gold offsets', { skip: !hasEvalData(TIMEML_DIR) && `no gold at ${TIMEML_DIR}` }, () => {
  it('every gold span text equals the document text at its offsets', () => {
    let spans = 0
    const mismatches: string[] = []
    for (const corpus of TIMEML_CORPORA) {
      for (const doc of loadTimeml(corpus)) {
        for (const t of doc.timexes) {
          spans++
          if (doc.text.slice(t.start, t.end) !== t.text || t.text.trim() === '') mismatches.push(`${doc.file} ${t.start}`)
        }
      }
    }
    assert.equal(spans, 1822, 'the README counts 1,822 body TIMEX3')
    assert.deepEqual(mismatches, [], `${mismatches.length} of ${spans} spans do not match their text`)
  })
})
