import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { progressLine, summaryLine } from './ingest.js'

const p = (read: number, total: number | null, seconds: number) => ({ read, added: read - 2, existing: 2, nearDuplicates: 1, errors: 1, total, seconds })

describe('ingest progress', () => {
  const cases: [ReturnType<typeof p>, string][] = [
    [p(50, 200, 10), 'ingest: [#####...............] 25% 50/200 read, 48 new, 2 known, 1 errors, 5 articles/s ETA 30 s'],
    [p(50, null, 10), 'ingest: 50 read, 48 new, 2 known, 1 errors, 5 articles/s'],
    [p(200, 200, 10), 'ingest: [####################] 100% 200/200 read, 198 new, 2 known, 1 errors, 20 articles/s'],
    [p(10, 100000, 10), 'ingest: [....................] 0% 10/100000 read, 8 new, 2 known, 1 errors, 1 articles/s ETA 27.8 h'],
  ]
  for (const [input, expected] of cases) it(expected, () => assert.equal(progressLine(input), expected))
  it('summarises', () => assert.equal(summaryLine(p(50, 200, 10), 'x.db'), 'ingest: done in 10.0 s (5 articles/s): 50 read, 48 new (1 joined an existing story), 2 already stored, 1 errors → x.db'))
})
