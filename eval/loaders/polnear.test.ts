import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { POLNEAR_DIR, loadPolnear, parseAnn } from './polnear.js'

describe('PolNeAR .ann parsing', () => {
  const cases: [string, string, { relations: number; content: string[]; source: string | null }][] = [
    [
      'one relation with every role',
      'T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 20\tit will run\nT4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n',
      { relations: 1, content: ['9-20'], source: '0-3' },
    ],
    [
      'a discontinuous content whose surface continues on the next line',
      'T1\tCue 0 4\tsaid\nT2\tContent 5 9;11 20\tfirst\nline two\nT3\tAttribution 0 4\tsaid\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2\n',
      { relations: 1, content: ['5-9,11-20'], source: null },
    ],
    ['an event that names no role is ignored', 'T1\tAttribution 0 4\tsaid\nE1\tAttribution:T1\n', { relations: 0, content: [], source: null }],
  ]
  for (const [name, ann, expected] of cases) {
    it(name, () => {
      const { relations } = parseAnn(ann, 'test.ann')
      assert.equal(relations.length, expected.relations)
      const r = relations[0]
      if (!r) return
      assert.deepEqual(r.content.map((c) => c.fragments.map((f) => `${f.start}-${f.end}`).join(',')), expected.content)
      assert.equal(r.source ? `${r.source.fragments[0]!.start}-${r.source.fragments[0]!.end}` : null, expected.source)
    })
  }
})

describe('PolNeAR gold offsets', { skip: !hasEvalData(POLNEAR_DIR) && `no gold at ${POLNEAR_DIR}` }, () => {
  it('every span text equals the document text at its offsets (dev, one annotation per document)', () => {
    let spans = 0
    const mismatches: string[] = []
    for (const doc of loadPolnear('dev')) {
      for (const s of doc.spans) {
        spans++
        const got = s.fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ')
        if (got !== s.surface) mismatches.push(`${doc.annotationFile} ${s.id}`)
      }
    }
    assert.ok(spans > 5000, `expected thousands of dev spans, got ${spans}`)
    assert.deepEqual(mismatches, [], `${mismatches.length} of ${spans} spans do not match their text`)
  })
})
