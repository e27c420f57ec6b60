/**
 * The web app in real headless Chromium over a store built by the real pipeline (reference and
 * demo articles, plus the hostile test article): the map draws the world-atlas countries and puts
 * Palmyra (when the pipeline finds it) inside Syria, the timeline brushes, an event opens its
 * article with the evidence highlighted and in view, hostile markup never runs, and the layout
 * holds at phone width. Skips with a message when /usr/bin/chromium is absent (CI installs it).
 * Screenshots go to test-output/; with SITREP_UPDATE_SCREENSHOTS=1 the two in docs/screenshots/
 * are refreshed from the demo articles alone.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { REPO_ROOT, startServer, type RunningServer } from '../src/cli/serve.js'
import type { Analysis } from '../src/doc/schema.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'
import { analyse, eventAt, placeAt, statementAt, stored } from '../src/store/fixtures.js'
import type { Store } from '../src/store/store.js'
import { containsPoint, countryFeatures, type Topology } from '../web/src/topojson.js'
import { buildDemoStore, demoAnalyses, XSS_MARKUP } from './web-fixtures.js'

const CHROMIUM = '/usr/bin/chromium'
const OUT = join(REPO_ROOT, 'test-output')
const PALMYRA = /^(Palmyr[ae]|Tadmur)$/i
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install it with apt-get install -y chromium`

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  // launch() gives every run a fresh temporary profile (its own --user-data-dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
}

function syria() {
  const topo = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8')) as Topology
  const f = countryFeatures(topo).find((c) => c.properties.name === 'Syria')
  assert.ok(f, 'world-atlas has Syria')
  return f
}

async function openOverview(page: Page, url: string): Promise<void> {
  // A fresh load every time: going to the same URL with only a new hash would not reload the app.
  await page.goto('about:blank')
  await page.goto(`${url}/#/`)
  await page.waitForSelector('body[data-state=ready]', { timeout: 30_000 })
}

describe('web app in headless Chromium', { skip, timeout: 180_000 }, () => {
  let store: Store
  let analyses: Analysis[]
  let server: RunningServer
  let browser: Browser
  let page: Page
  const dialogs: string[] = []
  const errors: string[] = []

  before(async () => {
    mkdirSync(OUT, { recursive: true })
    ;({ store, analyses } = await buildDemoStore())
    server = await startServer({ port: 0 }, store)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } })
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('pageerror', (e) => errors.push(e.message))
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    await store?.close()
  })

  it('draws the world-atlas countries and the event markers', async () => {
    await openOverview(page, server.url)
    const countries = await page.locator('path.country').count()
    assert.ok(countries > 150, `expected the world's countries, got ${countries} shapes`)
    assert.equal(await page.locator('path[data-country="Syria"]').count(), 1)
    const events = Number(await page.getAttribute('body', 'data-shown-events'))
    assert.ok(events >= 2, `expected at least the two test events, got ${events}`)
    assert.equal(await page.textContent('#tab-events'), `Events (${events})`, 'the tab counts the events listed')
    assert.match((await page.textContent('#tab-statements')) ?? '', /^Statements \(\d+\)$/)
    assert.ok(await page.locator('.event-marker, .cluster').count() >= 1, 'event markers or a cluster')
    // An event told at two places has a marker at each (the second far from everything else).
    assert.equal(await page.locator('path.event-marker[data-place^="Wadi"]').count(), 1, 'a marker at the second place of the shelling')
    await page.screenshot({ path: join(OUT, 'web-overview.png') })
  })

  it('puts Palmyra (when the pipeline finds it) inside Syria, on the map and in the data', async (t) => {
    const reference = analyses.find((a) => a.article.published === '2016-12-12' && a.article.language === 'fr')
    const found = reference?.places.filter((p) => PALMYRA.test(p.name) || PALMYRA.test(p.text)) ?? []
    if (found.length === 0) {
      t.diagnostic('the pipeline found no Palmyra place yet: the marker check is vacuous')
      return
    }
    const shape = syria()
    for (const p of found) assert.ok(containsPoint(shape, p.lon, p.lat), `${p.name} at ${p.lat},${p.lon} lies in Syria`)
    const inside = await page.evaluate((pattern) => {
      const re = new RegExp(pattern, 'i')
      const country = document.querySelector<SVGPathElement>('path[data-country="Syria"]')!
      const markers = [...document.querySelectorAll<SVGPathElement>('path[data-place]')].filter((m) => re.test(m.dataset.place ?? ''))
      return markers.map((m) => {
        const box = m.getBBox()
        const point = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2)
        return { name: m.dataset.place, inside: country.isPointInFill(point) }
      })
    }, PALMYRA.source)
    assert.ok(inside.length >= 1, 'a Palmyra marker is drawn')
    for (const m of inside) assert.ok(m.inside, `the ${m.name} marker is drawn inside Syria's shape`)
  })

  it('filters the map and the list by brushing the timeline, and clears', async () => {
    await openOverview(page, server.url)
    const all = Number(await page.getAttribute('body', 'data-shown-events'))
    const bars = page.locator('.timeline-svg g.bucket')
    const first = await bars.first().getAttribute('data-start')
    const box = (await page.locator('.timeline-svg').boundingBox())!
    const n = await bars.count()
    const barWidth = box.width / n
    await page.mouse.move(box.x + 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + barWidth * 0.6, box.y + box.height / 2, { steps: 4 })
    await page.mouse.up()
    const shown = Number(await page.getAttribute('body', 'data-shown-events'))
    assert.ok(shown >= 1 && shown < all, `brushing the first bucket shows fewer events (${shown} of ${all})`)
    assert.match((await page.textContent('#brush-label')) ?? '', new RegExp(`^${first} to .*: ${shown} events? of ${all} loaded$`))
    assert.equal(await page.locator('#events li.row').count(), shown)
    await page.screenshot({ path: join(OUT, 'web-brushed.png') })
    await page.click('#brush-clear')
    assert.equal(Number(await page.getAttribute('body', 'data-shown-events')), all)
    // A narrower window redraws the bars to its width: nothing scrolls sideways.
    const redrawn = () => page.waitForFunction(() => Math.abs(Number(document.querySelector('.timeline-svg')?.getAttribute('width')) - document.getElementById('timeline')!.clientWidth) < 2)
    await page.setViewportSize({ width: 700, height: 860 })
    try {
      await redrawn()
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1), 'the page fits the narrower window')
    } finally {
      // The next test must not focus bars the window's return is about to redraw.
      await page.setViewportSize({ width: 1366, height: 860 })
      await redrawn()
    }
  })

  it('brushes from the keyboard', async () => {
    await page.focus('.timeline-svg')
    await page.keyboard.press('ArrowRight')
    assert.notEqual((await page.textContent('#brush-label')) ?? '', '')
    await page.keyboard.press('Escape')
    assert.equal((await page.textContent('#brush-label')) ?? '', '')
  })

  it('reaches the filters, the markers, the timeline and the event rows from the keyboard', async () => {
    await openOverview(page, server.url)
    await page.locator('body').focus()
    const reached = new Set<string>()
    for (let i = 0; i < 300 && !reached.has('row'); i++) {
      await page.keyboard.press('Tab')
      const kind = await page.evaluate(() => {
        const el = document.activeElement
        if (!el) return 'none'
        if (el.closest('#filters')) return 'filter'
        if (el.matches('path.event-marker, path.place-marker, .cluster')) return 'marker'
        if (el.matches('.timeline-svg')) return 'timeline'
        if (el.matches('#events a.row-link')) return 'row'
        return el.tagName.toLowerCase()
      })
      reached.add(kind)
    }
    for (const kind of ['filter', 'marker', 'timeline', 'row']) assert.ok(reached.has(kind), `Tab reaches a ${kind} (reached: ${[...reached].join(', ')})`)
    await page.keyboard.press('Enter')
    await page.waitForSelector('body[data-state=article]')
  })

  it('skips to the event list from the keyboard, keeping the filters; mentioned places stay out of the Tab order', async () => {
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/?country=Syria`)
    await page.waitForSelector('body[data-state=ready]')
    assert.ok(await page.locator('path.place-marker').count() >= 1)
    assert.equal(await page.locator('path.place-marker:not([tabindex="-1"])').count(), 0, 'no place marker is a Tab stop')
    await page.locator('body').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the event list')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'events')
    assert.match(page.url(), /#\/\?country=Syria$/, 'the hash keeps the filters')
    await page.keyboard.press('Tab')
    assert.ok(await page.evaluate(() => document.activeElement?.matches('#events a.row-link')), 'the next Tab is the first event')
  })

  it('opens an event in its article with the evidence highlighted and in view', async () => {
    await openOverview(page, server.url)
    const row = page.locator('#events a.row-link').first()
    const quoted = ((await row.locator('.row-sub').textContent()) ?? '').match(/“(.+)”/)?.[1] ?? ''
    await row.click()
    await page.waitForSelector('body[data-state=article]')
    const selected = page.locator('.article-text .hl-event.selected')
    assert.ok(await selected.count() >= 1, 'the evidence is highlighted')
    // The evidence, and the event's actor, date and place words wherever they are (a headline's place).
    const text = (await selected.allTextContents()).join('')
    assert.ok(text.includes(quoted.slice(0, 20)), `the highlight "${text}" holds the event's evidence "${quoted}"`)
    const start = /evidence=(\d+)-/.exec((await page.evaluate(() => location.hash)))?.[1]
    const inView = await page.locator(`.article-text .hl-event.selected[data-start="${start}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })
    assert.ok(inView, 'the evidence is scrolled into view')
    for (const layer of ['event', 'statement', 'place', 'time']) {
      assert.equal(await page.locator(`.layer-legend input[data-layer=${layer}]`).count(), 1, `legend has ${layer}`)
    }
    // The event is opened beside the text: why it was coded, field by field.
    const opened = page.locator('#article-events button[aria-expanded=true]')
    assert.equal(await opened.count(), 1, 'the linked event is the opened one')
    const details = page.locator('#article-events li.open .event-details')
    assert.ok(await details.isVisible(), 'its fields are shown')
    assert.match((await details.textContent()) ?? '', /Actor 1.*Date.*Place/s)
    await page.screenshot({ path: join(OUT, 'web-article-hostile.png') })
  })

  it('keeps the filters in the URL, marks a bad filter, exports what is shown and searches near a place', async () => {
    await openOverview(page, server.url)
    await page.fill('#filters input[name=country]', 'Narnia')
    await page.click('#filters button[type=submit]')
    await page.waitForSelector('body[data-state=error]')
    assert.equal(await page.getAttribute('#filters input[name=country]', 'aria-invalid'), 'true', 'the bad field is marked')
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'country', 'and focused')
    assert.match((await page.textContent('#status')) ?? '', /not a country.*results shown are from the previous search/)
    assert.ok(await page.locator('#overview.stale').count() === 1, 'the previous results are dimmed')
    await page.fill('#filters input[name=country]', 'Syria')
    await page.click('#filters button[type=submit]')
    await page.waitForSelector('body[data-state=ready]')
    assert.match(page.url(), /#\/\?country=Syria$/)
    assert.equal(await page.getAttribute('#filters input[name=country]', 'aria-invalid'), null)
    assert.equal(await page.locator('#overview.stale').count(), 0)
    const href = (await page.getAttribute('#export a[data-format=csv]', 'href'))!
    assert.equal(href, 'api/export/events.csv?country=Syria')
    const jsonl = await page.evaluate(async (u) => (await fetch(u)).text(), (await page.getAttribute('#export a[data-format=jsonl]', 'href'))!)
    assert.equal(jsonl.trim().split('\n').length, Number(await page.getAttribute('body', 'data-shown-events')), 'the export holds the events shown')
    await page.reload()
    await page.waitForSelector('body[data-state=ready]')
    assert.equal(await page.inputValue('#filters input[name=country]'), 'Syria', 'a reload keeps the filters')
    // A place's popup searches near it (from the keyboard: markers may lie under a cluster).
    await page.locator('path.place-marker').first().focus()
    await page.keyboard.press('Enter')
    await page.click('.leaflet-popup-content .near-button')
    await page.waitForSelector('body[data-state=ready]')
    assert.match(page.url(), /country=Syria&near=-?[\d.]+%2C-?[\d.]+%2C10$/)
    assert.match(await page.inputValue('#filters input[name=near]'), /^-?[\d.]+,-?[\d.]+,10$/)
  })

  it('shows the latest search when an earlier, slower one answers after it; a month from a link fills the day pickers', async () => {
    await openOverview(page, server.url)
    // The first search's events answer late.
    await page.route(/api\/events\?.*q=Zembrak/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
    })
    try {
      await page.fill('#filters input[name=q]', 'Zembrak')
      await page.click('#filters button[type=submit]')
      await page.fill('#filters input[name=q]', '')
      await page.fill('#filters input[name=country]', 'Syria')
      await page.click('#filters button[type=submit]')
      await page.waitForSelector('body[data-state=ready]')
      const latest = await page.textContent('#status')
      await page.waitForTimeout(2000)
      assert.equal(await page.textContent('#status'), latest, 'the late answer is dropped')
      assert.equal(await page.locator('#events [data-event] .row-main').filter({ hasText: 'Zembrak' }).count(), 0, 'no event of the first search is listed')
    } finally {
      await page.unrouteAll()
    }
    await page.goto(`${server.url}/#/?from=2016-12&to=2016-12`)
    await page.waitForSelector('body[data-state=ready]')
    assert.deepEqual([await page.inputValue('#filters input[name=from]'), await page.inputValue('#filters input[name=to]')], ['2016-12-01', '2016-12-31'])
  })

  it('loads the next page of events when more match than were loaded', async () => {
    await openOverview(page, server.url)
    const all = Number(await page.getAttribute('body', 'data-shown-events'))
    // The first page is cut to 5 events that say more match; the next page is the API's own.
    await page.route(/api\/events\?(?!.*offset=)/, async (route) => {
      const response = await route.fetch()
      const json = (await response.json()) as { items: unknown[] }
      await route.fulfill({ response, json: { ...json, items: json.items.slice(0, 5), more: true } })
    })
    try {
      await openOverview(page, server.url)
      assert.equal(await page.textContent('#tab-events'), 'Events (5+)')
      assert.match((await page.textContent('#status')) ?? '', /^5 events \(the newest; more match\)/)
      await page.click('#events .more-button')
      await page.waitForSelector('body[data-state=ready]')
      assert.equal(Number(await page.getAttribute('body', 'data-shown-events')), all, 'the next page holds the rest')
      assert.equal(await page.locator('#events .more').count(), 0, 'nothing more to load')
      assert.equal(await page.evaluate(() => [...document.querySelectorAll('#events li.row')].indexOf(document.activeElement!.closest('li')!)), 5, 'the focus is on the first new row')
    } finally {
      await page.unrouteAll()
    }
  })

  it('opens a statement in its article with its content highlighted', async () => {
    await openOverview(page, server.url)
    await page.click('#tab-statements')
    assert.equal(await page.isVisible('#statements'), true)
    assert.equal(await page.isVisible('#events'), false)
    await page.locator('#statements a.row-link').first().click()
    await page.waitForSelector('body[data-state=article]')
    assert.ok(await page.locator('.article-text .hl-statement.selected').count() >= 1)
    assert.equal(await page.locator('#article-statements button[aria-pressed=true]').count(), 1, 'the linked statement is the pressed one')
    assert.equal(await page.locator('#article-statements button[aria-expanded]').count(), 0, 'a statement has nothing to expand')
  })

  it('shows every layer of the reference article and its removed boilerplate apart', async (t) => {
    const reference = analyses.find((a) => a.article.published === '2016-12-12' && a.article.language === 'fr')
    if (!reference) {
      t.skip('the reference article is not available')
      return
    }
    await page.goto(`${server.url}/#/article/${reference.article.id}`)
    await page.waitForSelector('body[data-state=article]')
    const count = (sel: string) => page.locator(sel).count()
    if (reference.places.length) assert.ok(await count('.article-text .hl-place') >= 1)
    if (reference.timexes.length) assert.ok(await count('.article-text .hl-time') >= 1)
    if (reference.statements.length) assert.ok(await count('.article-text .hl-statement') >= 1)
    if (reference.events.length) assert.ok(await count('.article-text .hl-event') >= 1)
    if (reference.article.removed.length) {
      assert.equal(await count('.removed .removed-item'), reference.article.removed.length)
      const kept = (await page.textContent('.article-text')) ?? ''
      const removed = reference.article.text.slice(reference.article.removed[0]!.start, reference.article.removed[0]!.end)
      assert.ok(!kept.includes(removed.slice(0, 40)), 'removed boilerplate is not in the article text')
    }
    await page.screenshot({ path: join(OUT, 'web-article-reference.png'), fullPage: true })
  })

  it('never runs markup or script from an article', async () => {
    const hostile = analyses.find((a) => a.input === 'hostile')!
    await openOverview(page, server.url)
    // The popup of the hostile events (one place, so one cluster or marker) shows their names as text.
    // A cluster mixing places zooms in on click: click until a popup opens.
    for (let i = 0; i < 8 && (await page.locator('.leaflet-popup-content').count()) === 0; i++) {
      await page.locator('.cluster-badge[data-place*="Zembrak"], path.event-marker[data-place*="Zembrak"]').first().click({ force: true })
      await page.waitForTimeout(400)
    }
    assert.match((await page.textContent('.leaflet-popup-content')) ?? '', /<img src=x onerror=|<script>/)
    await page.locator('path.place-marker').first().hover({ force: true })
    await page.click('#tab-statements')
    await page.goto(`${server.url}/#/article/${hostile.article.id}`)
    await page.waitForSelector('body[data-state=article]')
    await page.waitForTimeout(500)
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: document.scripts.length,
      title: document.getElementById('article-title')?.textContent ?? '',
      text: document.querySelector('.article-text')?.textContent ?? '',
      links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
    }))
    assert.equal(state.xss, null, 'no injected handler ran')
    assert.equal(state.images, 0, 'no <img> element was created from article text')
    assert.equal(state.scripts, 1, 'only the app script is on the page')
    assert.match(state.title, /<script>/, 'the markup is shown as text')
    assert.ok(state.text.includes(XSS_MARKUP), 'the article text is shown literally')
    assert.ok(!state.links.some((h) => /^javascript:/i.test(h)), 'no javascript: link')
    assert.deepEqual(dialogs, [])
    assert.deepEqual(errors, [])
  })

  it('fits a phone screen and stays usable', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    try {
      await openOverview(phone, server.url)
      // Against the layout viewport: on a mobile page, window.innerWidth grows to the widest content.
      const fits = await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)
      assert.ok(fits, 'no horizontal scrolling at phone width')
      const map = (await phone.locator('#map').boundingBox())!
      assert.ok(map.width > 300 && map.height > 200, 'the map fills the width')
      await phone.screenshot({ path: join(OUT, 'web-phone.png'), fullPage: true })
      await phone.locator('#events a.row-link').first().click()
      await phone.waitForSelector('body[data-state=article]')
      assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1), 'the article fits too')
      // The hostile article holds a URL wider than the screen.
      await phone.goto(`${server.url}/#/article/${analyses.find((a) => a.input === 'hostile')!.article.id}`)
      await phone.waitForSelector('body[data-state=article]')
      assert.match((await phone.textContent('.article-text')) ?? '', /example\.org/)
      assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1), 'a long URL in the text wraps')
    } finally {
      await phone.close()
    }
  })

  it('with a type filter, maps only the places where such an event is told and says which statements it keeps', async () => {
    // Written for this test (and put last: the other tests count the demo store's rows). One
    // article reports a clash at Zarqa and names Hilla, where nothing of the kind happened; the
    // search is for Hilla, which the article and its statement both hold.
    const a = analyse('Gunmen clashed with soldiers in Zarqa on Monday. The governor of Hilla said that the roads to Hilla were closed.', { published: '2016-12-20', source: 'Test wire' })
    const zarqa = placeAt(a, 'Zarqa', { lat: -30, lon: -20, country: 'ZZ', geonameId: 901 })
    const hilla = placeAt(a, 'Hilla', { lat: -30, lon: 20, country: 'ZZ', geonameId: 902 })
    a.places = [zarqa, hilla]
    a.events = [eventAt(a, 'Gunmen clashed with soldiers', { type: 'Battles', sub: 'Armed clash', date: '2016-12-19', place: zarqa, actor1: 'Gunmen' })]
    a.statements = [statementAt(a, 'the roads to Hilla were closed', 'The governor of Hilla')]
    await store.put([{ stored: stored(a), sighting: { input: 'zarqa.txt', url: null, source: 'Test wire' } }])
    const places = async (hash: string) => {
      await page.goto('about:blank')
      await page.goto(`${server.url}/${hash}`)
      await page.waitForSelector('body[data-state=ready]')
      return page.evaluate(() => [...document.querySelectorAll<SVGPathElement>('path.place-marker')].map((m) => m.dataset.place).sort())
    }
    assert.deepEqual(await places('#/?q=Hilla'), ['Hilla', 'Zarqa'], 'without a type, every place the article names')
    assert.deepEqual(await places('#/?q=Hilla&type=Armed+clash'), ['Zarqa'], 'with the type, only where the clash is told')
    await page.click('#tab-statements')
    assert.match((await page.textContent('#statements li.scope')) ?? '', /articles that report a “Armed clash” event/)
    assert.equal(await page.locator('#statements li.row').count(), 1, "the governor's statement, in an article reporting a clash")
    assert.deepEqual(await places('#/?q=Hilla&type=Peaceful+protest'), [])
    await page.click('#tab-statements')
    assert.equal(await page.locator('#statements li.row').count(), 0, 'no article reports a protest')
    assert.equal(await page.locator('#statements li.scope').count(), 1)
    assert.deepEqual(await places('#/?q=Hilla'), ['Hilla', 'Zarqa'])
    await page.click('#tab-statements')
    assert.equal(await page.locator('#statements li.scope').count(), 0, 'no type, nothing to say')
    await page.click('#tab-events')
  })

  it('refreshes the documentation screenshots on request', { skip: process.env.SITREP_UPDATE_SCREENSHOTS !== '1' && 'set SITREP_UPDATE_SCREENSHOTS=1 to refresh docs/screenshots' }, async () => {
    const demo = await demoAnalyses()
    const demoStore = openSqliteStore(':memory:')
    await demoStore.put(demo.map((a) => ({ stored: stored(a), sighting: { input: a.input, url: a.article.url, source: a.article.source } })))
    const demoServer = await startServer({ port: 0 }, demoStore)
    const shots = await browser.newPage({ viewport: { width: 1366, height: 860 } })
    try {
      const dir = join(REPO_ROOT, 'docs', 'screenshots')
      mkdirSync(dir, { recursive: true })
      await openOverview(shots, demoServer.url)
      await shots.screenshot({ path: join(dir, 'map-timeline.png') })
      const reference = demo.find((a) => a.article.published === '2016-12-12') ?? demo[0]!
      const first = reference.events[0]?.evidence ?? (reference.statements[0] ? [reference.statements[0].content] : [])
      const spans = first.map((s) => `${s.start}-${s.end}`).join(',')
      await shots.goto(`${demoServer.url}/#/article/${reference.article.id}${spans ? `?evidence=${spans}` : ''}`)
      await shots.waitForSelector('body[data-state=article]')
      await shots.screenshot({ path: join(dir, 'article-view.png') })
    } finally {
      await shots.close()
      await demoServer.close()
      await demoStore.close()
    }
  })
})
