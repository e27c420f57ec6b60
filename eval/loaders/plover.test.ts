import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { PLOVER_DIR, loadPlover, parsePlover, plover2021 } from './plover.js'

describe('plover2021', () => {
  const cases: [string, string][] = [['DEMAND', 'REQUEST'], ['DISAPPROVE', 'ACCUSE'], ['INVESTIGATE', 'ACCUSE'], ['FIGHT', 'ASSAULT'], ['AGREE', 'AGREE']]
  for (const [old, now] of cases) it(old, () => assert.equal(plover2021(old), now))
})

describe('parsePlover', () => {
  it('skips the DOCUMENT record and reads actors; an empty target is no target', () => {
    const json = JSON.stringify([
      { id: 'D', event: 'DOCUMENT', eventText: 'about' },
      { id: 'A1', event: 'AGREE', text: 'Ruritania and Freedonia agreed to talk.', source: [{ actorText: 'Ruritania', code: 'RUR' }], target: '' },
    ])
    assert.deepEqual(parsePlover(json), [{ id: 'A1', text: 'Ruritania and Freedonia agreed to talk.', event: 'AGREE', source: [{ text: 'Ruritania', code: 'RUR' }], target: [], mode: null, context: null }])
  })
  it('rejects a non-array', () => assert.throws(() => parsePlover('{}'), /JSON array/))
})

describe('PLOVER GSR loader', { skip: !hasEvalData(PLOVER_DIR) && `no data at ${PLOVER_DIR}` }, () => {
  it('reads 322 records; reports actor strings that are not in their sentence', () => {
    const all = loadPlover()
    assert.equal(all.length, 322)
    assert.equal(all.filter((r) => r.source.length > 0).length, 321)
    const actors = all.flatMap((r) => [...r.source, ...r.target].map((a) => ({ r, a })))
    const missing = actors.filter(({ r, a }) => !r.text.includes(a.text))
    // Gold actors are strings, not spans; coders sometimes normalised them ("Hungarian" for "Hungary").
    assert.ok(missing.length / actors.length < 0.25, `${missing.length} of ${actors.length} actor strings are not in their sentence`)
  })
})
