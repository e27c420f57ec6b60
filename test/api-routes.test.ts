/**
 * Every API route through `app.request()` (no socket), over a store built by the real pipeline
 * from the reference and demo articles plus a hostile article written for the tests; every bad
 * input a client can send (wrong types, huge pages, unknown fields, SQL and FTS syntax).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { createApp } from '../src/api/app.js'
import { RESPONSE_ITEMS } from '../src/api/openapi.js'
import { countPlaces } from '../src/api/routes/search.js'
import { ACLED_COLUMNS } from '../src/export/acled-row.js'
import { Analysis } from '../src/doc/schema.js'
import { analyse, eventAt, placeAt } from '../src/store/fixtures.js'
import type { Store } from '../src/store/store.js'
import { buildDemoStore, HOSTILE_TEXT } from './web-fixtures.js'

const TOKEN = 'test-token-0123456789'
let store: Store
let analyses: Analysis[]
let app: Hono
let writable: Hono

const get = async (a: Hono, path: string) => {
  const res = await a.request(path)
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() }
}
const getJson = async (path: string) => {
  const r = await get(app, path)
  return { status: r.status, json: JSON.parse(r.body) as Record<string, unknown> & { items: Record<string, unknown>[]; error: { code: string; message: string } } }
}
const post = (a: Hono, path: string, body: unknown, headers: Record<string, string> = {}) =>
  a.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })

before(async () => {
  ;({ store, analyses } = await buildDemoStore())
  app = createApp({ store })
  writable = createApp({ store, token: TOKEN })
})
after(async () => store.close())

describe('api: documents and health', () => {
  it('serves an OpenAPI 3.1 document naming every route', async () => {
    const { status, json } = await getJson('/openapi.json')
    assert.equal(status, 200)
    assert.equal(json.openapi, '3.1.0')
    const paths = Object.keys(json.paths as object)
    for (const p of ['/api/analyze', '/api/articles', '/api/articles/{id}', '/api/events', '/api/statements', '/api/actors', '/api/places', '/api/ingest', '/api/export/events.csv', '/api/export/events.geojson', '/api/export/events.jsonl']) {
      assert.ok(paths.includes(p), `missing ${p}`)
    }
  })
  it('answers every list route with items of the documented shape, no more and no less', async () => {
    for (const [route, shape] of Object.entries(RESPONSE_ITEMS)) {
      const { status, json } = await getJson(`/api/${route}?limit=500`)
      assert.equal(status, 200, route)
      assert.ok(json.items.length >= 1, `${route} has items`)
      for (const item of json.items) shape.strict().parse(item)
    }
  })
  it('answers health', async () => assert.equal((await getJson('/api/health')).status, 200))
  it('answers unknown routes with a JSON 404', async () => {
    const { status, json } = await getJson('/api/nope')
    assert.equal(status, 404)
    assert.equal(json.error.code, 'E_NOT_FOUND')
  })
})

describe('api: POST /api/analyze', () => {
  it('analyses text and returns a valid Analysis', async () => {
    const res = await post(app, '/api/analyze', { text: 'Rebels shelled the town of Homs on Tuesday, a monitor said.', published: '2016-12-13' })
    assert.equal(res.status, 200)
    const a = Analysis.parse(await res.json())
    assert.equal(a.article.language, 'en')
    assert.equal(a.article.published, '2016-12-13')
  })
  it('takes a country hint, in any case, and documents it', async () => {
    const res = await post(app, '/api/analyze', { text: 'Soldiers killed two farmers in Dagaxo Bure village on Monday.', published: '2016-12-13', country: 'et' })
    assert.equal(res.status, 200)
    const a = Analysis.parse(await res.json())
    assert.equal(a.article.country, 'ET')
    assert.equal(a.events[0]?.actor1?.name, 'Military Forces of Ethiopia')
    const doc = JSON.stringify((await getJson('/openapi.json')).json.paths)
    assert.match(doc, /"country":\{"description":"ISO 3166-1 alpha-2 code of the country the text is about/)
  })
  it('analyses HTML', async () => {
    const html = '<html><head><title>A test page</title></head><body><article><p>Police dispersed a protest in the capital on Friday, witnesses said.</p><p>Several people were arrested during the evening.</p></article></body></html>'
    const res = await post(app, '/api/analyze', { html })
    assert.equal(res.status, 200)
    const a = Analysis.parse(await res.json())
    assert.match(a.article.text, /Police dispersed a protest/)
    assert.doesNotMatch(a.article.text, /<p>/)
  })
  const bad: [string, unknown, number, RegExp][] = [
    ['neither text nor html', { title: 'x' }, 400, /exactly one of "text" or "html"/],
    ['both text and html', { text: 'a', html: '<p>a</p>' }, 400, /exactly one/],
    ['an unknown field', { text: 'Some text here.', colour: 'red' }, 400, /unknown field\(s\): colour/],
    ['a number for text', { text: 42 }, 400, /text/],
    ['a bad date', { text: 'Some text here.', published: '12/12/2016' }, 400, /YYYY-MM-DD/],
    ['a bad language', { text: 'Some text here.', language: 'French' }, 400, /ISO 639-1/],
    ['a country hint that is no ISO code', { text: 'Some text here.', country: 'Ethiopia' }, 400, /ISO 3166-1 alpha-2/],
    ['a country hint that names no country', { text: 'Some text here.', country: 'ZZ' }, 400, /not a country code/],
    ['an array body', [1, 2], 400, /invalid body/],
    ['malformed JSON', '{"text": ', 400, /not valid JSON/],
    ['only white space', { text: '   ' }, 422, /no text to analyse/],
  ]
  for (const [name, body, status, message] of bad) {
    it(`refuses ${name}`, async () => {
      const res = await post(app, '/api/analyze', body)
      assert.equal(res.status, status)
      const json = (await res.json()) as { error: { message: string } }
      assert.match(json.error.message, message)
      assert.doesNotMatch(JSON.stringify(json), /at .*\.ts:\d+/, 'no stack trace')
    })
  }
  it('refuses a body that is not JSON', async () => {
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' })
    assert.equal(res.status, 415)
  })
  it('refuses a body over the size limit', async () => {
    const small = createApp({ store, maxBodyBytes: 1000 })
    const res = await post(small, '/api/analyze', { text: 'word '.repeat(1000) })
    assert.equal(res.status, 413)
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_TOO_LARGE')
  })
})

describe('api: search routes', () => {
  it('lists articles with paging', async () => {
    const all = await getJson('/api/articles?limit=50')
    assert.equal(all.status, 200)
    assert.equal(all.json.items.length, analyses.length)
    const first = await getJson('/api/articles?limit=1')
    const second = await getJson('/api/articles?limit=1&offset=1')
    assert.equal(first.json.items.length, 1)
    assert.equal(first.json.more, true)
    assert.notEqual(first.json.items[0]!.id, second.json.items[0]!.id)
  })
  it('filters articles by language and text', async () => {
    const fr = await getJson('/api/articles?lang=fr')
    assert.ok(fr.json.items.length >= 1)
    assert.ok(fr.json.items.every((a) => a.language === 'fr'))
    const q = await getJson('/api/articles?q=fighters+attacked+positions')
    assert.equal(q.json.items.length, 1)
  })
  const hostileQueries = [
    `"Palmyre" OR NEAR(a b`,
    `'; DROP TABLE articles; --`,
    'title:Alep*',
    '))) AND (((',
    '" OR 1=1 --',
  ]
  for (const q of hostileQueries) {
    it(`searches query syntax as words: ${q}`, async () => {
      for (const route of ['articles', 'events', 'statements']) {
        const r = await getJson(`/api/${route}?q=${encodeURIComponent(q)}`)
        assert.equal(r.status, 200, `${route}: ${JSON.stringify(r.json)}`)
      }
    })
  }
  it('still has every article after the hostile queries', async () => {
    assert.equal((await getJson('/api/articles?limit=50')).json.items.length, analyses.length)
  })
  const badQueries: [string, RegExp][] = [
    ['limit=501', /limit: expected a whole number from 1 to 500/],
    ['limit=100000000', /limit/],
    ['limit=0', /limit/],
    ['limit=-5', /limit/],
    ['limit=abc', /limit: expected a whole number/],
    ['offset=10001', /offset/],
    ['offset=1.5', /offset/],
    ['from=2016-13-45', /from/],
    ['from=2016-02-30', /from: expected a real calendar date/],
    ['from=2016-12&to=2016-01', /from 2016-12 is after to 2016-01-31: no date can match/],
    ['country=Narnia', /country: not a country/],
    ['type=Armed%20clashes', /type: not an event type/],
    ['to=yesterday', /to: expected YYYY, YYYY-MM or YYYY-MM-DD/],
    ['country=SY%3B%20DROP', /country/],
    ['near=34,38', /near: expected lat,lon,km/],
    ['near=95,38,10', /lat must be in/],
    ['lang=french', /lang/],
    ['sort=date', /unknown field\(s\): sort/],
    [`q=${'x'.repeat(501)}`, /500 characters/],
  ]
  for (const [query, message] of badQueries) {
    it(`refuses ?${query.slice(0, 40)}`, async () => {
      for (const route of ['articles', 'events', 'statements', 'places', 'actors']) {
        const r = await getJson(`/api/${route}?${query}`)
        assert.equal(r.status, 400, `${route}?${query}`)
        assert.equal(r.json.error.code, 'E_INVALID')
        assert.match(r.json.error.message, message)
      }
    })
  }
  it('takes the CLI forms of dates and countries', async () => {
    for (const q of ['from=2016&to=2016', 'from=2016-12&to=2016-12', 'country=SY', 'country=Syria', 'country=Syrie']) {
      assert.equal((await getJson(`/api/events?${q}`)).status, 200, q)
    }
    const month = await getJson('/api/events?from=2016-12&to=2016-12')
    assert.ok(month.json.items.some((e) => (e.event as { date: string }).date === '2016-12-08'), 'a month as upper bound means its end')
  })
  it('returns one article with all its layers', async () => {
    const id = analyses[0]!.article.id
    const { status, json } = await getJson(`/api/articles/${id}`)
    assert.equal(status, 200)
    const a = Analysis.parse(json)
    assert.equal(a.article.text, analyses[0]!.article.text)
    assert.equal(a.places.length, analyses[0]!.places.length)
    assert.equal(a.tokens.length, analyses[0]!.tokens.length)
  })
  it('leaves out the tokens on request (the web app draws none), and refuses unknown options', async () => {
    const id = analyses[0]!.article.id
    const { status, json } = await getJson(`/api/articles/${id}?tokens=false`)
    assert.equal(status, 200)
    const a = Analysis.parse(json)
    assert.deepEqual(a.tokens, [])
    assert.equal(a.places.length, analyses[0]!.places.length)
    assert.equal((Analysis.parse((await getJson(`/api/articles/${id}?tokens=true`)).json)).tokens.length, analyses[0]!.tokens.length)
    assert.equal((await getJson(`/api/articles/${id}?tokens=no`)).status, 400)
    assert.equal((await getJson(`/api/articles/${id}?layers=events`)).status, 400)
  })
  it('answers 404 for an unknown article and 400 for a malformed id', async () => {
    assert.equal((await getJson('/api/articles/0000000000000000')).status, 404)
    assert.equal((await getJson('/api/articles/..%2F..%2Fetc')).status, 400)
    assert.equal((await getJson(`/api/articles/${'a'.repeat(65)}`)).status, 400)
  })
  it('searches events by type and date', async () => {
    const all = await getJson('/api/events?limit=500')
    assert.ok(all.json.items.length >= 2)
    const battles = await getJson(`/api/events?type=${encodeURIComponent('Battles')}`)
    assert.ok(battles.json.items.length >= 1)
    assert.ok(battles.json.items.every((e) => (e.event as { eventType: string }).eventType === 'Battles'))
    const december = await getJson('/api/events?from=2016-12-05&to=2016-12-31')
    assert.ok(december.json.items.every((e) => ((e.event as { date: string }).date ?? '') >= '2016-12-05'))
  })
  it('searches statements', async () => {
    const r = await getJson('/api/statements?limit=500')
    assert.equal(r.status, 200)
    const expected = analyses.reduce((n, a) => n + a.statements.length, 0)
    assert.equal(r.json.items.length, expected)
  })
  it('counts places and actors over matching articles', async () => {
    const places = await getJson('/api/places?limit=500')
    assert.equal(places.status, 200)
    assert.ok(places.json.items.some((p) => String(p.name).startsWith('Zembrak')))
    const ref = analyses.find((a) => a.article.language === 'fr' && a.article.published === '2016-12-12')
    const palmyra = ref?.places.find((p) => p.text === 'Palmyre')
    if (palmyra) assert.equal(palmyra.countryCode, 'SY', 'Palmyre in the reference article is the Syrian town')
    const actors = await getJson('/api/actors')
    assert.equal(actors.status, 200)
    assert.ok(Array.isArray(actors.json.items))
  })
  it('returns store counts and refuses parameters there', async () => {
    const r = await getJson('/api/stats')
    assert.equal(r.status, 200)
    assert.equal(r.json.articles, analyses.length)
    assert.equal((await getJson('/api/stats?x=1')).status, 400)
  })
})

describe('api: place counts', () => {
  it('counts, with a type filter, only the places where an event of that type is told', () => {
    const a = analyse('Gunmen clashed with soldiers in Zarqa on Monday, while protesters marched in Hilla and Karma.')
    const [zarqa, hilla, karma] = [['Zarqa', 11], ['Hilla', 12], ['Karma', 13]].map(([name, id]) => placeAt(a, name as string, { lat: 30 + Number(id), lon: 40, country: 'IQ', geonameId: id as number }))
    a.places = [zarqa!, hilla!, karma!]
    a.events = [
      eventAt(a, 'clashed', { type: 'Battles', sub: 'Armed clash', date: '2016-12-12', place: zarqa! }),
      { ...eventAt(a, 'marched', { type: 'Protests', sub: 'Peaceful protest', date: '2016-12-12', place: hilla! }), otherLocations: [karma!] },
    ]
    const names = (type?: string) => countPlaces([a], type).map((p) => p.name)
    assert.deepEqual(names(), ['Hilla', 'Karma', 'Zarqa'])
    assert.deepEqual(names('armed clash'), ['Zarqa'], 'a sub-event type, whatever the case')
    assert.deepEqual(names('Protests'), ['Hilla', 'Karma'], 'a type, at every place the event is told')
    assert.deepEqual(names('Air/drone strike'), [])
  })
})

describe('api: exports', () => {
  it('streams ACLED CSV', async () => {
    const r = await get(app, '/api/export/events.csv')
    assert.equal(r.status, 200)
    assert.match(r.type, /text\/csv/)
    const lines = r.body.trim().split('\n')
    assert.equal(lines[0]!.replace(/^\uFEFF/, '').trim(), ACLED_COLUMNS.join(','))
    assert.ok(lines.length >= 3)
  })
  it('streams GeoJSON', async () => {
    const r = await get(app, '/api/export/events.geojson?type=Battles')
    const fc = JSON.parse(r.body) as { type: string; features: { geometry: { coordinates: number[] } }[] }
    assert.equal(fc.type, 'FeatureCollection')
    assert.ok(fc.features.length >= 1)
    assert.equal(fc.features[0]!.geometry.coordinates.length, 2)
  })
  it('streams JSON Lines', async () => {
    const r = await get(app, '/api/export/events.jsonl')
    const rows = r.body.trim().split('\n').map((l) => JSON.parse(l) as { event: unknown })
    assert.ok(rows.length >= 2)
    assert.ok(rows.every((x) => x.event))
  })
  it('validates export filters', async () => {
    assert.equal((await get(app, '/api/export/events.csv?limit=2000000')).status, 400)
    assert.equal((await get(app, '/api/export/events.csv?limit=200000')).status, 400, 'over the 100,000 rows the store returns')
    assert.equal((await get(app, '/api/export/events.csv?offset=3')).status, 400)
  })
})

describe('api: POST /api/ingest', () => {
  const article = { text: 'Protesters gathered in the main square of the capital on Monday, witnesses said.\nPolice watched from a distance.', published: '2016-12-05', source: 'Test wire' }
  it('is refused when the server has no token (read-only)', async () => {
    const res = await post(app, '/api/ingest', { articles: [article] })
    assert.equal(res.status, 403)
  })
  it('needs the right bearer token', async () => {
    assert.equal((await post(writable, '/api/ingest', { articles: [article] })).status, 401)
    assert.equal((await post(writable, '/api/ingest', { articles: [article] }, { authorization: 'Bearer wrong' })).status, 401)
  })
  it('validates the body', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` }
    assert.equal((await post(writable, '/api/ingest', { articles: [] }, auth)).status, 400)
    assert.equal((await post(writable, '/api/ingest', { articles: [{ text: 1 }] }, auth)).status, 400)
    assert.equal((await post(writable, '/api/ingest', { articles: [article], extra: true }, auth)).status, 400)
    assert.equal((await post(writable, '/api/ingest', { articles: Array(101).fill(article) }, auth)).status, 400)
  })
  it('analyses and stores, idempotently', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` }
    const res = await post(writable, '/api/ingest', { articles: [article] }, auth)
    assert.equal(res.status, 200)
    const out = (await res.json()) as { added: number; ids: string[] }
    assert.equal(out.added, 1)
    assert.equal((await getJson(`/api/articles/${out.ids[0]}`)).status, 200)
    const again = (await (await post(writable, '/api/ingest', { articles: [article] }, auth)).json()) as { added: number; existing: number }
    assert.deepEqual([again.added, again.existing], [0, 1])
  })
  it('stores each article\'s country hint in its analysis', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` }
    const hinted = { text: 'Soldiers killed two farmers in Dagaxo Bure village on Monday, residents said.', published: '2016-12-06', country: 'ET' }
    const res = await post(writable, '/api/ingest', { articles: [hinted] }, auth)
    assert.equal(res.status, 200)
    const out = (await res.json()) as { ids: string[] }
    const stored = Analysis.parse(JSON.parse((await get(writable, `/api/articles/${out.ids[0]}`)).body))
    assert.equal(stored.article.country, 'ET')
    assert.equal((await post(writable, '/api/ingest', { articles: [{ ...hinted, country: 'XQ' }] }, auth)).status, 400)
  })
})

describe('api: failures', () => {
  it('answers 503 without a store', async () => {
    const r = await createApp().request('/api/events')
    assert.equal(r.status, 503)
  })
  it('hides internal errors behind a bare 500', async () => {
    const logged: string[] = []
    const broken = { ...store, searchEvents: async () => { throw new Error('disk on fire at /secret/path') } } as Store
    const r = await createApp({ store: broken, log: (s) => logged.push(s) }).request('/api/events')
    assert.equal(r.status, 500)
    const body = await r.text()
    assert.doesNotMatch(body, /disk on fire|secret|\.ts/)
    assert.match(logged.join('\n'), /disk on fire/)
  })
  it('serves the web app safely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(dir, 'app.js'), 'console.log(1)')
    const web = createApp({ store, webDir: dir })
    const index = await web.request('/')
    assert.equal(index.status, 200)
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/)
    assert.match((await web.request('/app.js')).headers.get('content-type') ?? '', /javascript/)
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const r = await web.request(path)
      assert.doesNotMatch(await r.text(), /"name": "sitrep"/, path)
    }
    assert.equal((await web.request('/%E0%A4%A')).status, 400)
  })
  it('keeps the hostile article text unchanged in the API', async () => {
    const hostile = analyses.find((a) => a.input === 'hostile')!
    const { json } = await getJson(`/api/articles/${hostile.article.id}`)
    assert.equal((json.article as { text: string }).text, HOSTILE_TEXT)
  })
})
