import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { analyse, eventAt, statementAt, stored } from '../fixtures.js'
import { storeContract } from '../store.contract.js'
import { openSqliteStore } from './index.js'
import { openDatabase } from './open.js'
import { searchArticles, searchEvents, searchStatements } from './read.js'

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

describe('sqlite search with words, both plans', () => {
  // Few matches are sorted by date; many are found walking down the date index (FEW_MATCHES in
  // read.ts). Each search runs both ways on articles stored out of date order, many on one day.
  it('lists articles, statements and events newest first, ties the last stored first', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-order-')), 'order.db')
    const store = openSqliteStore(path)
    const day = (i: number) => new Date(Date.UTC(2010, 0, 1) + ((i * 7919) % 70) * 86_400_000).toISOString().slice(0, 10)
    const analyses = Array.from({ length: 300 }, (_, i) => {
      const a = analyse(`The convoy reached village ${i} on its way north, the driver said that the convoy was late.`, { published: day(i), source: `Outlet ${i % 3}` })
      a.statements = [statementAt(a, 'the convoy was late', 'the driver')]
      a.events = [eventAt(a, 'The convoy reached', { type: 'Strategic developments', sub: 'Other', date: day(i + 5), place: null, actor1: `Convoy ${i}` })]
      return a
    })
    for (const [i, a] of analyses.entries()) await store.put([{ stored: stored(a), sighting: { input: `${i}.txt`, url: null, source: a.article.source } }])
    await store.close()
    const db = openDatabase(path)
    const newest = (date: (i: number) => string, keep: (i: number) => boolean, n: number) => analyses.map((a, i) => ({ id: a.article.id, i, d: date(i) }))
      .filter((x) => keep(x.i)).sort((x, y) => y.d.localeCompare(x.d) || y.i - x.i).slice(0, n).map((x) => x.id)
    for (const few of [1, 1000]) {
      const plan = few === 1 ? 'walk' : 'sort'
      assert.deepEqual(searchArticles(db, { text: 'convoy', limit: 30 }, few).map((h) => h.id), newest(day, () => true, 30), plan)
      assert.deepEqual(searchArticles(db, { text: 'convoy north', source: 'Outlet 1', limit: 30 }, few).map((h) => h.id), newest(day, (i) => i % 3 === 1, 30), plan)
      assert.deepEqual(searchStatements(db, { text: 'convoy late', limit: 30 }, few).map((h) => h.articleId), newest(day, () => true, 30), plan)
      assert.deepEqual(searchEvents(db, { text: 'convoy', limit: 30 }, few).map((e) => e.evidence[0]!.articleId), newest((i) => day(i + 5), () => true, 30), plan)
    }
    db.close()
  })
})
