/**
 * The store contract: one suite every `Store` implementation must pass (SQLite here; a
 * PostgreSQL store would call `storeContract` with its own factory). Fixtures are sentences
 * written for the test.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { analyse, eventAt, placeAt, statementAt, stored } from './fixtures.js'
import type { SearchFilters, Sighting, Store } from './store.js'

const HOMS = { lat: 34.7308, lon: 36.7094, country: 'SY', admin1: 'Homs' }
const NEAR_HOMS = { lat: 34.8, lon: 36.75, country: 'SY', admin1: 'Homs' }
const ALEPPO = { lat: 36.2021, lon: 37.1343, country: 'SY', admin1: 'Aleppo' }
const IDLIB = { lat: 35.9306, lon: 36.6339, country: 'SY', admin1: 'Idlib' }

const WIRE = [
  'Government forces shelled the northern districts of Homs on Tuesday, killing at least nine civilians, a monitoring group said.',
  'The bombardment began before dawn and lasted several hours, residents said, as families fled towards the countryside.',
  'A spokesman for the opposition coalition said the attack violated the ceasefire agreed in Geneva.',
].join('\n')
const SYNDICATED = `${WIRE}\nFollow our live coverage on the website.`
const UPDATED = WIRE.replace('at least nine civilians', 'at least eleven civilians')
const FRENCH = "Les forces de sécurité ont bombardé Alep mercredi, selon l'Observatoire syrien des droits de l'homme.\nLe porte-parole a affirmé que la trêve était rompue."
const OTHER = 'Rebels shelled a village near Homs on Wednesday, a local official said.\nNo casualties were reported in the early morning attack.'

const sight = (input: string, source: string | null = null): Sighting => ({ input, url: null, source })

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store
    before(async () => {
      store = await open()
    })
    after(async () => store.close())

    it('stores an article and gives back the same text and layers', async () => {
      const a = analyse(FRENCH, { published: '2016-12-14', source: 'Agence A', title: 'Alep bombardée' })
      const place = placeAt(a, 'Alep', ALEPPO)
      a.places = [place]
      a.statements = [statementAt(a, 'la trêve était rompue', 'Le porte-parole')]
      a.events = [eventAt(a, 'ont bombardé Alep', { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', date: '2016-12-14', place, actor1: 'Forces de sécurité' })]
      const r = await store.put([{ stored: stored(a), sighting: sight('a.json', 'Agence A') }])
      assert.deepEqual(r, { added: 1, existing: 0, nearDuplicates: 0 })
      const back = await store.get(a.article.id)
      assert.equal(back?.article.text, FRENCH)
      assert.deepEqual(back?.events, a.events)
      assert.deepEqual(back?.tokens, a.tokens)
    })

    it('is idempotent by content hash: a second put changes nothing but records a new sighting', async () => {
      const a = analyse(FRENCH, { published: '2016-12-14' })
      const before = await store.stats()
      assert.deepEqual(await store.put([{ stored: stored(a), sighting: sight('a.json', 'Agence A') }]), { added: 0, existing: 1, nearDuplicates: 0 })
      assert.deepEqual(await store.stats(), before)
      await store.put([{ stored: stored(a), sighting: sight('copy.json', 'Agence B') }])
      assert.equal((await store.stats()).sightings, before.sightings + 1)
      assert.equal(await store.hasInput('copy.json'), true)
      assert.equal(await store.hasInput('never-seen.json'), false)
      assert.equal(await store.see(a.article.id, sight('third.json')), true)
      assert.equal(await store.see('0000000000000000', sight('fourth.json')), false)
      assert.equal(await store.hasInput('fourth.json'), false)
    })

    it('groups syndicated copies and updated versions into one story, and keeps other stories apart', async () => {
      const items = [[WIRE, 'Wire'], [SYNDICATED, 'Paper 1'], [UPDATED, 'Paper 2'], [OTHER, 'Paper 3']] as const
      const analyses = items.map(([t]) => analyse(t, { published: '2016-12-13' }))
      const r = await store.put(analyses.map((a, i) => ({ stored: stored(a), sighting: sight(`w${i}`, items[i]![1]) })))
      assert.equal(r.added, 4)
      assert.equal(r.nearDuplicates, 2)
      const story = await store.story(analyses[0]!.article.id)
      assert.deepEqual(story?.articles.map((x) => x.id).sort(), analyses.slice(0, 3).map((a) => a.article.id).sort())
      assert.equal((await store.story(analyses[3]!.article.id))?.articles.length, 1)
    })

    it('merges one event reported by several articles, with its source count and every evidence span', async () => {
      const mk = (text: string, source: string, geo: typeof HOMS, date: string, actor1: string) => {
        const a = analyse(text, { published: date, source })
        const place = placeAt(a, 'Homs', geo)
        a.events = [eventAt(a, 'shelled', { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', date, place, actor1 })]
        return a
      }
      const x = mk('Army artillery shelled Homs overnight, residents said, and smoke rose over the old city.', 'Outlet X', HOMS, '2016-12-20', 'Military Forces of Syria')
      const y = mk('Heavy guns shelled the outskirts of Homs, the monitor reported on Wednesday morning.', 'Outlet Y', NEAR_HOMS, '2016-12-21', 'military forces of syria')
      const late = mk('Artillery shelled Homs again, three days later, witnesses told reporters.', 'Outlet Z', HOMS, '2016-12-24', 'Military Forces of Syria')
      const rebels = mk('Rebel fighters shelled a checkpoint in Homs, an official told the agency.', 'Outlet W', HOMS, '2016-12-20', 'Rebel groups')
      await store.put([x, y, late, rebels].map((a, i) => ({ stored: stored(a), sighting: sight(`ev${i}`, a.article.source) })))
      const events = await store.searchEvents({ near: { lat: HOMS.lat, lon: HOMS.lon, km: 30 }, from: '2016-12-19', to: '2016-12-31' })
      const merged = events.find((e) => e.evidence.some((v) => v.articleId === x.article.id))
      assert.ok(merged)
      assert.equal(merged.sourceCount, 2)
      assert.deepEqual(merged.sources, ['Outlet X', 'Outlet Y'])
      assert.deepEqual(merged.evidence.map((v) => v.text), ['shelled', 'shelled'])
      assert.equal(events.length, 3)
    })

    it('finds an event told over a span of days by any date inside the span', async () => {
      const a = analyse('Fighters clashed in Idlib from 3 to 6 January, killing twelve, a monitor said.', { published: '2017-01-07', source: 'Outlet S' })
      const place = placeAt(a, 'Idlib', IDLIB)
      a.events = [{ ...eventAt(a, 'clashed', { type: 'Battles', sub: 'Armed clash', date: '2017-01-03', place }), dateEnd: '2017-01-06' }]
      await store.put([{ stored: stored(a), sighting: sight('span.json', 'Outlet S') }])
      const found = async (f: Parameters<Store['searchEvents']>[0]) => (await store.searchEvents({ ...f, eventType: 'Armed clash' })).length
      assert.equal(await found({ from: '2017-01-05' }), 1)
      assert.equal(await found({ from: '2017-01' }), 1)
      assert.equal(await found({ from: '2017-01-06', to: '2017-01-06' }), 1)
      assert.equal(await found({ from: '2017-01-07' }), 0)
      assert.equal(await found({ to: '2017-01-02' }), 0)
      assert.equal((await store.searchEvents({ from: '2017-01-05', eventType: 'Armed clash' }))[0]!.event.dateEnd, '2017-01-06')
      // Another outlet's report of one of its days is the same event, found though it starts two days later.
      const b = analyse('Fighting went on in Idlib on 5 January, witnesses said.', { published: '2017-01-05', source: 'Outlet T' })
      b.events = [eventAt(b, 'Fighting', { type: 'Battles', sub: 'Armed clash', date: '2017-01-05', place: placeAt(b, 'Idlib', IDLIB) })]
      await store.put([{ stored: stored(b), sighting: sight('day.json', 'Outlet T') }])
      const merged = await store.searchEvents({ from: '2017-01-01', eventType: 'Armed clash' })
      assert.deepEqual(merged.map((m) => m.sourceCount), [2])
    })

    it('finds an event told at several places near any of them', async () => {
      const a = analyse('Protesters marched in Idlib and Deir ez-Zor on Thursday, witnesses said.', { published: '2017-02-03', source: 'Outlet P' })
      const idlib = placeAt(a, 'Idlib', IDLIB)
      const deir = placeAt(a, 'Deir ez-Zor', { lat: 35.3359, lon: 40.1408, country: 'SY', admin1: 'Deir ez-Zor' })
      a.events = [{ ...eventAt(a, 'marched', { type: 'Protests', sub: 'Peaceful protest', date: '2017-02-02', place: idlib }), otherLocations: [deir] }]
      await store.put([{ stored: stored(a), sighting: sight('places.json', 'Outlet P') }])
      const near = async (lat: number, lon: number) => (await store.searchEvents({ near: { lat, lon, km: 20 }, eventType: 'Peaceful protest' })).length
      assert.equal(await near(IDLIB.lat, IDLIB.lon), 1)
      assert.equal(await near(35.3359, 40.1408), 1)
      assert.equal(await near(35.6, 38.4), 0, 'between the two places, far from both')
    })

    it('finds words whatever their accents, and treats query syntax as words', async () => {
      const hits = await store.searchArticles({ text: 'securite ALEP' })
      assert.equal(hits.length, 1)
      assert.match(hits[0]!.snippet, /«sécurité»/)
      for (const text of ['"unbalanced', 'title:Alep OR', "'; DROP TABLE articles; --", 'NEAR(a b', '*', 'a AND']) {
        assert.ok(Array.isArray(await store.searchArticles({ text })), text)
      }
      assert.ok((await store.stats()).articles > 0)
    })

    it('filters by language, date, country, place, event type, actor and source', async () => {
      const ids = async (f: Parameters<Store['searchArticles']>[0]) => (await store.searchArticles({ ...f, limit: 100 })).length
      assert.equal(await ids({ language: 'fr' }), 1)
      assert.equal(await ids({ from: '2016-12-14', to: '2016-12-14' }), 1)
      assert.equal(await ids({ country: 'Syrie', text: 'alep' }), 1)
      assert.equal(await ids({ country: 'IQ' }), 0)
      assert.equal(await ids({ near: { lat: ALEPPO.lat, lon: ALEPPO.lon, km: 10 } }), 1)
      assert.equal(await ids({ eventType: 'Shelling/artillery/missile attack', actor: 'rebel' }), 1)
      assert.equal(await ids({ source: 'Outlet Y' }), 1)
      assert.equal(await ids({ source: '%' }), 0)
    })

    it('searches statement content and speakers', async () => {
      const hits = await store.searchStatements({ text: 'treve rompue' })
      assert.equal(hits.length, 1)
      assert.equal(hits[0]!.speaker, 'Le porte-parole')
      assert.equal(hits[0]!.content, 'la trêve était rompue')
      assert.equal((await store.searchStatements({ text: 'ceasefire' })).length, 0)
      const inArticlesAbout = async (f: Omit<SearchFilters, 'limit'>) => (await store.searchStatements({ ...f, limit: 100 })).length
      assert.deepEqual([await inArticlesAbout({ country: 'SY' }), await inArticlesAbout({ country: 'IQ' })], [1, 0])
      assert.deepEqual([await inArticlesAbout({ admin1: 'Aleppo' }), await inArticlesAbout({ admin1: 'Idlib', text: 'treve' })], [1, 0])
      assert.equal(await inArticlesAbout({ near: { lat: HOMS.lat, lon: HOMS.lon, km: 5 } }), 0)
      assert.equal(await inArticlesAbout({ eventType: 'Battles' }), 0)
    })

    it('lists statements of the newest publications first, whatever order they were stored in', async () => {
      const newer = analyse('The minister said on Friday that talks would resume in Geneva next week.', { published: '2017-02-03' })
      newer.statements = [statementAt(newer, 'talks would resume in Geneva next week', 'The minister')]
      const older = analyse('The envoy said on Monday that the convoy had reached the besieged town.', { published: '2015-06-01' })
      older.statements = [statementAt(older, 'the convoy had reached the besieged town', 'The envoy')]
      await store.put([{ stored: stored(newer), sighting: sight('newer.txt') }])
      await store.put([{ stored: stored(older), sighting: sight('older.txt') }])
      const dates = (await store.searchStatements({ limit: 100 })).map((h) => h.published)
      assert.deepEqual(dates, ['2017-02-03', '2016-12-14', '2015-06-01'])
    })

    it('lists articles, statements and events newest first whatever order they were stored in, with words or without', async () => {
      // Stored out of date order, two published the same day (the last stored comes first), one
      // undated (last), and an event dated years before its article: events go by their own date.
      const items = [
        { day: '2015-05-10', eventDay: '2015-05-09', place: 'Kvarkovo' },
        { day: '2013-02-02', eventDay: '2013-02-01', place: 'Kvarkovo' },
        { day: undefined, eventDay: '2014-08-20', place: 'Kvarkovo' },
        { day: '2018-07-07', eventDay: '2011-03-15', place: 'Kvarkovo' },
        { day: '2015-05-10', eventDay: '2016-10-02', place: 'Kvarkovo' },
      ]
      const analyses = items.map((x, i) => {
        const a = analyse(`Clashes broke out in Kvarkovo (report ${i}), the mayor said that the market of Kvarkovo was closed on day ${i}.`,
          { ...(x.day ? { published: x.day } : {}), source: 'Kvarkovo Post', title: `Kvarkovo ${i}` })
        const place = placeAt(a, x.place, { lat: 10 + 2 * i, lon: 20 + 2 * i, country: 'TD' })
        a.events = [eventAt(a, 'Clashes broke out', { type: 'Battles', sub: 'Armed clash', date: x.eventDay, place, actor1: `Group ${i}` })]
        a.statements = [statementAt(a, 'the market of Kvarkovo was closed', 'the mayor')]
        return a
      })
      for (const [i, a] of analyses.entries()) await store.put([{ stored: stored(a), sighting: sight(`kvarkovo-${i}.txt`, 'Kvarkovo Post') }])
      const byDate = [3, 4, 0, 1, 2].map((i) => analyses[i]!.article.id)
      const byEventDate = [4, 0, 2, 1, 3].map((i) => analyses[i]!.article.id)
      for (const f of [{ text: 'kvarkovo' }, { source: 'Kvarkovo Post' }, { text: 'market Kvarkovo', source: 'Kvarkovo' }]) {
        const what = JSON.stringify(f)
        assert.deepEqual((await store.searchArticles({ ...f, limit: 10 })).map((h) => h.id), byDate, `articles ${what}`)
        assert.deepEqual((await store.searchArticles({ ...f, limit: 2 })).map((h) => h.id), byDate.slice(0, 2), `articles ${what}, limit 2`)
        assert.deepEqual((await store.searchStatements({ ...f, limit: 10 })).map((h) => h.articleId), byDate, `statements ${what}`)
        const events = await store.searchEvents({ ...f, limit: 10 })
        assert.deepEqual(events.map((e) => e.evidence[0]!.articleId), byEventDate, `events ${what}`)
        assert.deepEqual((await store.searchEvents({ ...f, limit: 2 })).map((e) => e.evidence[0]!.articleId), byEventDate.slice(0, 2), `events ${what}, limit 2`)
      }
    })

    it('counts by type, country, month and source, and passes its own integrity check', async () => {
      const s = await store.stats()
      assert.equal(s.byLanguage.fr, 1)
      assert.ok((s.byEventType['Explosions/Remote violence / Shelling/artillery/missile attack'] ?? 0) >= 4)
      assert.ok(s.mergedEvents < s.events)
      assert.ok(s.byMonth['2016-12']! >= 1)
      assert.deepEqual(await store.check(), [])
    })
  })
}
