import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { looksLikeFeed, parseFeed } from './feeds.js'
import { readSources } from './sources.js'

describe('parseFeed', () => {
  it('reads RSS 2.0 items', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One &amp; two</title><link>https://e.org/1</link><pubDate>Mon, 12 Dec 2016 10:00:00 GMT</pubDate><description><![CDATA[<p>Body</p>]]></description></item></channel></rss>'
    assert.deepEqual(parseFeed(xml, 'f'), [{ title: 'One & two', link: 'https://e.org/1', published: 'Mon, 12 Dec 2016 10:00:00 GMT', html: '<p>Body</p>', source: 'T' }])
  })
  it('reads Atom entries and their alternate link', () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Le Fil</title><entry><title type="text">E</title><link rel="self" href="https://e.org/self"/><link rel="alternate" href="https://e.org/a"/><updated>2016-12-12T10:00:00Z</updated><summary>S</summary></entry></feed>'
    assert.deepEqual(parseFeed(xml, 'f'), [{ title: 'E', link: 'https://e.org/a', published: '2016-12-12T10:00:00Z', html: 'S', source: 'Le Fil' }])
  })
  it('reads an RSS 1.0 (RDF) channel title as the source', () => {
    const xml = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>Agence</title></channel><item><title>I</title><link>https://e.org/i</link><description>D</description></item></rdf:RDF>'
    assert.equal(parseFeed(xml, 'f')[0]!.source, 'Agence')
  })
  it('reads an empty channel as no items', () => assert.deepEqual(parseFeed('<rss><channel><title>x</title></channel></rss>', 'f'), []))

  const refused: [string, string, RegExp][] = [
    ['XXE', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>', /external entity/],
    ['parameter-entity XXE', '<!DOCTYPE r [<!ENTITY % p PUBLIC "x" "http://evil/x.dtd">]><rss/>', /external entity/],
    ['billion laughs', '<!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>', /billion-laughs/],
    ['not a feed', '<html><body>x</body></html>', /not an RSS or Atom feed/],
  ]
  for (const [name, xml, re] of refused) it(`refuses ${name}`, () => assert.throws(() => parseFeed(xml, 'f.xml'), re))
})

describe('looksLikeFeed', () => {
  const cases: [string, boolean][] = [['<?xml version="1.0"?>\n<rss version="2.0">', true], ['<feed xmlns="http://www.w3.org/2005/Atom">', true], ['<!doctype html><html>', false]]
  for (const [head, expected] of cases) it(head, () => assert.equal(looksLikeFeed(head), expected))
})

describe('a feed read with a country hint', () => {
  it('gives the hint to each of its items', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-feed-')), 'country.xml')
    const item = (n: number) => `<item><title>Item ${n}</title><link>https://e.org/${n}</link><description>Soldiers killed two farmers in a village on Monday, residents said.</description></item>`
    writeFileSync(path, `<?xml version="1.0"?><rss version="2.0"><channel><title>Country news</title>${item(1)}${item(2)}</channel></rss>`)
    const countries: (string | null | undefined)[] = []
    for await (const it of readSources([path], { fetchLinks: false, fallbackCountry: 'ET' })) if (it.ok) countries.push(it.article.country)
    assert.deepEqual(countries, ['ET', 'ET'])
  })
})
