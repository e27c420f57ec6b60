/**
 * Bad inputs in one `sitrep ingest` batch: binary, invalid UTF-8, truncated gzip, a gzip bomb,
 * XXE and billion-laughs feeds, a 50 MB page, a truncated WARC.gz, a feed URL to 127.0.0.1 without
 * --allow-private. Each gets a clear error naming it, and the good inputs of the same batch land.
 * Also: RSS, Atom and WARC inputs, globs, re-ingest changing nothing, and --allow-private fetching.
 */
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { gzipSync } from 'node:zlib'
import { runIngest } from '../src/cli/ingest.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'

process.env.SITREP_INGEST_PIPELINE = 'base'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'))
const db = join(dir, 'bad.db')
const write = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name)
  writeFileSync(p, data)
  return p
}
const FR = "L'armée a repris le contrôle de la ville lundi après deux jours de combats, selon un communiqué.\nAu moins huit combattants ont été tués, d'après une ONG."
const EN = 'Rebels shelled a government checkpoint on Sunday, killing three soldiers, a monitoring group said.\nThe army responded with artillery fire on nearby villages.'
const LONG = (n: number) => `<p>${`Security forces dispersed a protest in the capital on day ${n} of the unrest, witnesses said, firing tear gas at several hundred demonstrators. `.repeat(4)}</p>`

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Demo</title>${items}</channel></rss>`
const item = (n: number) => `<item><title>Item ${n}</title><link>https://example.org/item/${n}</link><pubDate>Mon, 12 Dec 2016 10:00:00 GMT</pubDate><description><![CDATA[${LONG(n)}]]></description></item>`
const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Demo</title><entry><title>Entry</title><link href="https://example.org/atom/1"/><updated>2016-12-12T09:00:00Z</updated><content type="html">${LONG(9).replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry></feed>`
const XXE = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>`
const LOL = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><item><title>&c;</title></item></channel></rss>`

function warcRecord(url: string, html: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`)
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2016-12-12T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')])
}
const page = (n: number) => `<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body><article><h1>Page ${n}</h1>${LONG(100 + n)}${LONG(200 + n)}</article></body></html>`

let server: Server
let hits = 0
let port = 0

describe('ingest: bad inputs fail alone, with clear errors', () => {
  before(async () => {
    server = createServer((_req, res) => {
      hits++
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(rss(item(50) + item(51)))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  after(() => server.close())

  const inputs: Record<string, string> = {}
  const errors: string[] = []
  let code = -1

  it('ingests the batch: the good inputs land, each bad one is reported', async () => {
    inputs.good = write('good.txt', FR)
    inputs.json = write('good.json', JSON.stringify({ id: 'x1', text: EN, source: 'Demo Wire', published: '2016-12-11' }))
    inputs.binary = write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xd8, 0, 1, 2, 3]))
    inputs.utf8 = write('latin1.txt', Buffer.concat([Buffer.from('Les forces de s'), Buffer.from([0xe9]), Buffer.from('curit\xe9 ont ouvert le feu.', 'latin1')]))
    inputs.truncated = write('cut.txt.gz', gzipSync(Buffer.from(EN.repeat(50))).subarray(0, 60))
    inputs.bomb = write('bomb.txt.gz', gzipSync(Buffer.alloc(40 * 1024 * 1024, 'a')))
    inputs.xxe = write('xxe.rss', XXE)
    inputs.lol = write('lol.rss', LOL)
    inputs.big = write('big.html', `<html><body>${'<p>filler text for a huge page</p>'.repeat(Math.ceil((50 * 1024 * 1024) / 34))}</body></html>`)
    inputs.rss = write('feed.rss', rss(item(1) + item(2)))
    inputs.atom = write('feed.atom', atom)
    inputs.warc = write('pages.warc', Buffer.concat([warcRecord('https://example.org/p/1', page(1)), warcRecord('https://example.org/p/2', page(2))]))
    inputs.warcgz = write('cut.warc.gz', gzipSync(Buffer.concat([warcRecord('https://example.org/p/3', page(3)), warcRecord('https://example.org/p/4', page(4))])).subarray(0, 400))
    inputs.url = `http://127.0.0.1:${port}/feed.xml`
    inputs.warcUrl = `http://127.0.0.1:${port}/crawl/segment.warc.gz`
    const r = await runIngest(Object.values(inputs), { db, workers: 0, quiet: true, fetchLinks: false }, { out: () => {}, err: (s) => errors.push(s) })
    code = r.code
    assert.equal(code, 1)
  })

  const expectations: [string, RegExp][] = [
    ['binary', /binary data/],
    ['utf8', /invalid UTF-8 at byte 15/],
    ['truncated', /bad gzip data.*(truncated|corrupt)/],
    ['bomb', /decompresses to more than the 20971520-byte limit/],
    ['xxe', /external entity/],
    ['lol', /billion-laughs/],
    ['big', /over the 20971520-byte limit/],
    ['warcgz', /unreadable archive|ends|truncated/i],
    ['url', /private, loopback or link-local address .*--allow-private/],
    ['warcUrl', /a WARC archive is read from a file: download it/],
  ]
  for (const [name, re] of expectations) {
    it(`reports ${name} with a clear error naming it`, () => {
      const line = errors.find((e) => e.includes(inputs[name]!))
      assert.ok(line, `no error names ${inputs[name]}:\n${errors.join('\n')}`)
      assert.match(line, re)
    })
  }

  it('never connected to 127.0.0.1 without --allow-private', () => assert.equal(hits, 0))

  it('stored every good article: text, JSON, 2 RSS items, 1 Atom entry, 2 WARC pages, and the complete record before the cut in the WARC.gz', async () => {
    const store = openSqliteStore(db)
    try {
      const s = await store.stats()
      assert.equal(s.articles, 8)
      assert.equal(s.bySource.Demo, 3, 'feed items are counted under their feed\'s title')
      assert.equal(errors.filter((e) => e.startsWith('sitrep: error')).length, expectations.length)
      assert.deepEqual(await store.check(), [])
      const hits = await store.searchArticles({ text: 'dispersed protest', limit: 10 })
      assert.equal(hits.length, 6)
      assert.ok(hits.some((h) => h.url === 'https://example.org/p/2'))
      assert.ok(hits.some((h) => h.url === 'https://example.org/p/3'))
    } finally {
      await store.close()
    }
  })

  it('changes nothing when the same inputs are ingested again', async () => {
    const r = await runIngest([inputs.good!, inputs.json!, inputs.rss!, inputs.atom!, inputs.warc!], { db, workers: 0, quiet: true }, { out: () => {}, err: () => {} })
    assert.equal(r.summary.added, 0)
    assert.equal(r.summary.existing, 7)
    const store = openSqliteStore(db)
    assert.equal((await store.stats()).sightings, 8)
    await store.close()
  })

  it('fetches a private feed URL with --allow-private, and expands globs', async () => {
    const r = await runIngest([`http://127.0.0.1:${port}/feed.xml`, join(dir, 'good.*')], { db, workers: 0, quiet: true, allowPrivate: true, fetchLinks: false }, { out: () => {}, err: () => {} })
    assert.equal(r.code, 0)
    assert.equal(hits, 1)
    assert.equal(r.summary.added, 2)
    assert.equal(r.summary.existing, 2)
  })
})

describe('ingest: the publication date an article gets', () => {
  const dated = (n: number, url: string, published: string) => page(n).replace('<head>', `<head><meta property="article:published_time" content="${published}"><link rel="canonical" href="${url}">`)
  it("keeps a page's own date over a WARC capture date and over --published, which fill in only where no date is stated", async () => {
    const dbDates = join(dir, 'dates.db')
    const warc = write('dated.warc', Buffer.concat([warcRecord('https://example.org/d/1', dated(7, 'https://example.org/d/1', '2016-12-08T10:00:00Z')), warcRecord('https://example.org/d/2', page(8))]))
    const text = write('undated.txt', `${EN}\nNo date is given in this one.`)
    const json = write('dated.json', JSON.stringify({ text: `${FR}\nCelui-ci est daté.`, published: '2016-11-30', url: 'https://example.org/d/json' }))
    const html = write('dated.html', dated(9, 'https://example.org/d/html', '2016-12-01T08:00:00Z'))
    const r = await runIngest([warc, text, json, html], { db: dbDates, workers: 0, quiet: true, published: '2016-12-20' }, { out: () => {}, err: () => {} })
    assert.equal(r.code, 0)
    const store = openSqliteStore(dbDates)
    try {
      const hits = await store.searchArticles({ limit: 10 })
      const byUrl = Object.fromEntries(hits.map((h) => [h.url ?? (h.title === 'Page 9' ? 'html' : 'text'), h.published]))
      assert.deepEqual(byUrl, {
        'https://example.org/d/1': '2016-12-08',
        'https://example.org/d/2': '2016-12-12',
        text: '2016-12-20',
        'https://example.org/d/json': '2016-11-30',
        html: '2016-12-01',
      })
    } finally {
      await store.close()
    }
  })
})

describe('ingest: a feed item whose page cannot be fetched', () => {
  it('is an error naming its link, which says that --no-fetch-links stores the summary the feed gives', async () => {
    const teaser = write('teaser.rss', rss('<item><title>Short</title><link>http://127.0.0.1:9/a</link><description>Rebels shelled a checkpoint on Sunday.</description></item>'))
    const errs: string[] = []
    const r = await runIngest([teaser], { db: join(dir, 'teaser.db'), workers: 0, quiet: true }, { out: () => {}, err: (s) => errs.push(s) })
    assert.equal(r.code, 1)
    assert.match(errs.join('\n'), /^sitrep: error: http:\/\/127\.0\.0\.1:9\/a: refused: .*--allow-private.* \(the feed gives a summary of it, which --no-fetch-links stores instead\)$/m)
    const again = await runIngest([teaser], { db: join(dir, 'teaser.db'), workers: 0, quiet: true, fetchLinks: false }, { out: () => {}, err: () => {} })
    assert.deepEqual([again.code, again.summary.added], [0, 1])
  })
})
