/** `sitrep analyze` on every input format and on bad input: clear errors that name the input, the rest goes on. */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { gzipSync } from 'node:zlib'
import { Analysis } from '../src/doc/schema.js'
import { analyzeCapture } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-inputs-'))
const write = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name)
  writeFileSync(p, data)
  return p
}
const FR = "L'armée syrienne a repris le contrôle de la ville lundi, selon un communiqué du ministère de la Défense.\nLes combats ont fait au moins douze morts, d'après une ONG."
const EN = 'Syrian troops retook the town on Monday, the defence ministry said in a statement.\nThe fighting killed at least twelve people, a monitoring group said.'

describe('analyze inputs', () => {
  it('reads plain text and keeps it unchanged', async () => {
    const { code, out } = await analyzeCapture([write('a.txt', FR)], { published: '2016-12-12' })
    assert.equal(code, 0)
    const a = Analysis.parse(JSON.parse(out[0]!))
    assert.equal(a.article.text, FR)
    assert.equal(a.article.language, 'fr')
    assert.equal(a.article.published, '2016-12-12')
    assert.equal(a.article.paragraphs.length, 2)
  })

  it('reads a JSON article with its metadata and id', async () => {
    const p = write('b.json', JSON.stringify({ id: 'wire-42', text: EN, url: 'https://example.org/x', title: 'Town retaken', published: '2016-03-27', source: 'Example Wire' }))
    const { code, out } = await analyzeCapture([p])
    assert.equal(code, 0)
    const a = Analysis.parse(JSON.parse(out[0]!))
    assert.equal(a.inputId, 'wire-42')
    assert.equal(a.article.language, 'en')
    assert.equal(a.article.title, 'Town retaken')
    assert.equal(a.article.source, 'Example Wire')
    assert.equal(a.article.published, '2016-03-27')
  })

  it('reads a JSON article\'s country hint, in any case, and refuses one that names no country', async () => {
    const { out } = await analyzeCapture([write('hint.json', JSON.stringify({ text: EN, country: 'sy' }))])
    assert.equal(Analysis.parse(JSON.parse(out[0]!)).article.country, 'SY')
    const bad = await analyzeCapture([write('bad-hint.json', JSON.stringify({ text: EN, country: 'XQ' }))])
    assert.equal(bad.code, 1)
    assert.match(bad.err.join('\n'), /bad-hint\.json.*country: not a country code/)
  })

  it('parses an analysis without a country hint, as stored before it existed, and one with a null hint', async () => {
    const { out } = await analyzeCapture([write('no-hint.json', JSON.stringify({ text: EN }))])
    const old = JSON.parse(out[0]!) as { article: Record<string, unknown> }
    assert.equal('country' in old.article, false)
    assert.equal(Analysis.parse(old).article.country, undefined)
    assert.equal(Analysis.parse({ ...old, article: { ...old.article, country: null } }).article.country, null)
  })

  it('reads HTML and extracts the article body and title', async () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${EN} Paragraph ${i}.</p>`).join('')
    const html = `<!doctype html><html lang="en"><head><title>Town retaken - Example</title><meta property="article:published_time" content="2016-03-27T08:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Town retaken</h1>${body}</article><footer>Copyright Example</footer></body></html>`
    const { code, out } = await analyzeCapture([write('c.html', html)])
    assert.equal(code, 0)
    const a = Analysis.parse(JSON.parse(out[0]!))
    assert.match(a.article.text, /Syrian troops retook the town/)
    assert.doesNotMatch(a.article.text, /Home World/)
    assert.equal(a.article.published, '2016-03-27')
  })

  it('prints JSON Lines in input order for a JSON Lines file, with errors named by line', async () => {
    const p = write('d.jsonl', [JSON.stringify({ id: '1', text: FR }), '{not json', JSON.stringify({ id: '3', title: 'no text' }), JSON.stringify({ id: '4', text: EN })].join('\n') + '\n')
    const { code, out, err } = await analyzeCapture([p])
    assert.equal(code, 1)
    assert.deepEqual(out.map((l) => JSON.parse(l).inputId), ['1', '4'])
    assert.ok(err.some((e) => e.includes(`${p}:2`) && /malformed JSON/.test(e)))
    assert.ok(err.some((e) => e.includes(`${p}:3`) && /text.*html/.test(e)))
  })

  it('walks a directory in sorted order and goes on past bad files', async () => {
    const d = join(dir, 'batch')
    mkdirSync(d)
    writeFileSync(join(d, '1-good.txt'), EN)
    writeFileSync(join(d, '2-binary.bin'), gzipSync(Buffer.from(EN.repeat(20))))
    writeFileSync(join(d, '3-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74]))
    writeFileSync(join(d, '4-empty.txt'), '')
    writeFileSync(join(d, '5-good.txt'), FR)
    const { code, out, err } = await analyzeCapture([d])
    assert.equal(code, 1)
    assert.equal(out.length, 2)
    assert.deepEqual(out.map((l) => JSON.parse(l).article.language), ['en', 'fr'])
    assert.ok(err.some((e) => e.includes('2-binary.bin') && /binary/.test(e)))
    assert.ok(err.some((e) => e.includes('3-latin1.txt') && /invalid UTF-8 at byte 3/.test(e)))
    assert.ok(err.some((e) => e.includes('4-empty.txt') && /empty/.test(e)))
    for (const e of err) assert.doesNotMatch(e, /\n\s+at /, 'no stack traces')
  })

  it('refuses, naming them, the files it would read as one article of markup: feeds, WARC, other XML, tables', async () => {
    const files: [string, string, RegExp][] = [
      ['f.rss', '<rss version="2.0"><channel><title>T</title></channel></rss>', /f\.rss: an RSS or Atom feed: `sitrep ingest` reads it/],
      ['f.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', /f\.xml: an RSS or Atom feed/],
      ['a.warc', 'WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n', /a\.warc: a WARC archive: `sitrep ingest` reads it/],
      ['sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://e.org/</loc></url></urlset>', /sitemap\.xml: XML that is not an RSS or Atom feed/],
      ['articles.csv', 'title,text\n"Clash","Rebels shelled the town."\n', /articles\.csv: a table is not an input format: convert it to JSON Lines/],
      ['articles.tsv', 'title\ttext\nClash\tLes rebelles ont bombardé la ville.\n', /articles\.tsv: a table is not an input format/],
    ]
    const { code, out, err } = await analyzeCapture([...files.map(([name, data]) => write(name, data)), write('ok.txt', EN)])
    assert.equal(code, 1)
    assert.equal(out.length, 1)
    for (const [, , message] of files) assert.ok(err.some((e) => message.test(e)), `${message}:\n${err.join('\n')}`)
  })

  it('refuses an input over the size limit and names it', async () => {
    const p = write('big.txt', 'a'.repeat(2048))
    const { code, err } = await analyzeCapture([p], { maxBytes: 1024 })
    assert.equal(code, 1)
    assert.ok(err.some((e) => e.includes(p) && /over the 1024-byte limit/.test(e)))
  })

  it('reports a missing file and still analyses the others', async () => {
    const { code, out, err } = await analyzeCapture([join(dir, 'nope.txt'), write('e.txt', EN)])
    assert.equal(code, 1)
    assert.equal(out.length, 1)
    assert.ok(err.some((e) => /nope\.txt: no such file/.test(e)))
  })

  it('analyses a 200,000-character paragraph with a warning', async () => {
    const long = 'Les combats se poursuivent dans la ville. '.repeat(5000)
    const { code, out, err } = await analyzeCapture([write('long.txt', long)])
    assert.equal(code, 0)
    const a = Analysis.parse(JSON.parse(out[0]!))
    assert.equal(a.sentences.length, 5000)
    assert.ok(err.some((e) => /paragraph at 0 has \d+ characters/.test(e)))
  })

  it('survives malformed HTML', async () => {
    const { code, out } = await analyzeCapture([write('bad.html', `<html><body><div><p>${EN}<p><b>unclosed <i>tags ${FR}</div></span></html>`)])
    assert.equal(code, 0)
    assert.match(JSON.parse(out[0]!).article.text, /Syrian troops/)
  })

  it('prints a readable text summary', async () => {
    const { out } = await analyzeCapture([write('f.txt', FR)], { format: 'text' })
    assert.match(out[0]!, /· fr ·/)
    assert.match(out[0]!, /2 paragraphs/)
  })
})
