import { strict as assert } from 'node:assert'
import { test } from 'node:test'
import { firstEndingAfter, keptParts, spanAt, spanIndex } from './spans.js'

/** The plain scans the index stands for. */
const overlapsScan = (spans: { start: number; end: number }[], start: number, end: number) => spans.some((s) => s.start < end && start < s.end)
const containsScan = (spans: { start: number; end: number }[], start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end)

test('spanIndex answers as the scans do, for nested, touching and unsorted spans', () => {
  const spans = [{ start: 30, end: 34 }, { start: 2, end: 20 }, { start: 5, end: 8 }, { start: 20, end: 22 }, { start: 40, end: 60 }, { start: 41, end: 45 }]
  const index = spanIndex(spans)
  for (let start = 0; start < 64; start++) {
    for (let end = start + 1; end <= 64; end++) {
      assert.equal(index.overlaps(start, end), overlapsScan(spans, start, end), `overlaps ${start}-${end}`)
      assert.equal(index.contains(start, end), containsScan(spans, start, end), `contains ${start}-${end}`)
    }
  }
})

test('spanIndex of no spans holds nothing', () => {
  const index = spanIndex([])
  assert.equal(index.overlaps(0, 10), false)
  assert.equal(index.contains(0, 1), false)
})

test('spanAt and firstEndingAfter find the sentence of an offset as a scan does', () => {
  const sentences = [{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 20, end: 35 }, { start: 40, end: 41 }]
  for (let at = -1; at < 45; at++) {
    assert.equal(spanAt(sentences, at), sentences.find((s) => s.start <= at && at < s.end), `spanAt ${at}`)
    const first = sentences.findIndex((s) => s.end > at)
    assert.equal(firstEndingAfter(sentences, at), first < 0 ? sentences.length : first, `firstEndingAfter ${at}`)
  }
  assert.equal(spanAt([], 3), undefined)
})

test('keptParts: paragraphs without their removed spans, whole removed paragraphs gone', () => {
  const paragraphs = [{ start: 0, end: 10 }, { start: 11, end: 30 }, { start: 31, end: 40 }, { start: 41, end: 50 }]
  const removed = [{ start: 0, end: 10 }, { start: 15, end: 20 }, { start: 25, end: 30 }, { start: 41, end: 45 }]
  assert.deepEqual(keptParts(paragraphs, removed), [
    { start: 11, end: 15, paragraph: 1 },
    { start: 20, end: 25, paragraph: 1 },
    { start: 31, end: 40, paragraph: 2 },
    { start: 45, end: 50, paragraph: 3 },
  ])
  assert.deepEqual(keptParts(paragraphs, []), paragraphs.map((p, paragraph) => ({ ...p, paragraph })))
})
