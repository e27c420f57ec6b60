import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { CASE_ACLED_LABELS, CASE_DIR, CASE_OTHER_LABELS, loadCase2021, parseCaseTsv } from './case2021.js'

describe('parseCaseTsv', () => {
  it('reads id, snippet and label', () => {
    assert.deepEqual(parseCaseTsv('id\tEventSnippet\tSubType\n7\tTroops "shelled" a town\tART_MISS_ATTACK\n'), [{ id: '7', text: 'Troops "shelled" a town', label: 'ART_MISS_ATTACK' }])
  })
  it('rejects a wrong header', () => assert.throws(() => parseCaseTsv('a\tb\tc\n'), /expected header/))
  it('rejects a short line', () => assert.throws(() => parseCaseTsv('id\tEventSnippet\tSubType\n1\tx\n'), /line 2/))
})

describe('CASE-2021 loader', { skip: !hasEvalData(CASE_DIR) && `no data at ${CASE_DIR}` }, () => {
  it('reads 1,019 snippets with known labels (829 ACLED, 190 other)', () => {
    const all = loadCase2021()
    assert.equal(all.length, 1019)
    const known = new Set<string>([...CASE_ACLED_LABELS, ...CASE_OTHER_LABELS])
    assert.deepEqual(all.filter((s) => !known.has(s.label)).map((s) => s.label), [])
    assert.equal(all.filter((s) => (CASE_ACLED_LABELS as readonly string[]).includes(s.label)).length, 829)
    assert.equal(all.filter((s) => s.text.trim() === '').length, 0)
  })
  it('honours the limit', () => assert.equal(loadCase2021(5).length, 5))
})
