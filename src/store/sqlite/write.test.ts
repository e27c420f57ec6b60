import assert from 'node:assert/strict'
import { test } from 'node:test'

test('an event that agrees with reports of two merged events joins the first one the R*Tree holds', async () => {
  const { openSqliteStore } = await import('./index.js')
  const { analyse, eventAt, placeAt, stored } = await import('../fixtures.js')
  const { default: Database } = await import('better-sqlite3')
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tmpdir } = await import('node:os')
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-write-'))
  const path = join(dir, 'x.db')
  const store = openSqliteStore(path)
  const geo = { lat: 36.2, lon: 37.15, country: 'SY' }
  // Invented reports. A is stored first but dated a day after B, so the (type, date) index lists B first.
  const report = (text: string, date: string, actor2: string | undefined, source: string) => {
    const a = analyse(text, { published: date, source })
    a.events = [eventAt(a, 'shelled', { sub: 'Shelling/artillery/missile attack', type: 'Explosions/Remote violence', date, place: placeAt(a, 'Aleppo', geo), actor1: 'Rebels', ...(actor2 ? { actor2 } : {}) })]
    return { stored: stored(a), sighting: { input: source, url: null, source } }
  }
  await store.put([report('Rebels shelled a school in Aleppo on Tuesday.', '2016-03-02', 'Civilians', 'A')])
  await store.put([report('Rebels shelled an army post in Aleppo on Monday.', '2016-03-01', 'Military Forces', 'B')])
  await store.put([report('Rebels shelled a district of Aleppo, witnesses said.', '2016-03-02', undefined, 'C')])
  await store.close()
  const db = new Database(path, { readonly: true })
  const clusters = db.prepare('SELECT cluster FROM events ORDER BY n').pluck().all()
  db.close()
  rmSync(dir, { recursive: true, force: true })
  assert.deepEqual(clusters, [1, 2, 1])
})
