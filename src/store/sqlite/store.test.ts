import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyse, statementAt, stored } from '../fixtures.js'
import { storeContract } from '../store.contract.js'
import { openSqliteStore } from './index.js'

storeContract('sqlite (in memory)', async () => openSqliteStore(':memory:'))

describe('sqlite statements without words', () => {
  // Two statements an article: the walk down the date index (the contract's store has few, and sorts them).
  it('lists the newest publications first where articles have statements, with filters', async () => {
    const store = openSqliteStore(':memory:')
    const days = ['2016-03-02', '2017-01-15', '2015-07-30', '2016-11-11']
    for (const [i, day] of days.entries()) {
      const a = analyse(`The minister said on day ${i} that talks would resume. The envoy said the convoy had arrived.`, { published: day, source: `Outlet ${i % 2}` })
      a.statements = [statementAt(a, 'talks would resume', 'The minister'), statementAt(a, 'the convoy had arrived', 'The envoy')]
      await store.put([{ stored: stored(a), sighting: { input: `${i}.txt`, url: null, source: `Outlet ${i % 2}` } }])
    }
    const hits = await store.searchStatements({ limit: 3 })
    assert.deepEqual(hits.map((h) => [h.published, h.speaker]), [['2017-01-15', 'The minister'], ['2017-01-15', 'The envoy'], ['2016-11-11', 'The minister']])
    const outlet = await store.searchStatements({ source: 'Outlet 0', limit: 10 })
    assert.deepEqual([...new Set(outlet.map((h) => h.published))], ['2016-03-02', '2015-07-30'])
    await store.close()
  })
})
