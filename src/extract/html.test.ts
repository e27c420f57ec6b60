import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EngineError } from '../errors.js'
import { extractHtml, MAX_HTML_CHARS } from './html.js'

const para = (s: string) => `<p>${s} ${'The council met again on Tuesday to weigh the proposal, and members asked for more figures before any vote.'}</p>`

/** An invented news page with the usual furniture around a five-paragraph article. */
function page(extraHead = '', body = ''): string {
  return `<!doctype html><html lang="en"><head><title>Bridge plan delayed | The Valley Courier</title>
<meta property="og:title" content="Bridge plan delayed">
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2021-03-04T09:30:00Z">
<meta name="author" content="Jane Doe">${extraHead}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<article><h1>Bridge plan delayed</h1>
${para('The town bridge plan was delayed by a month.')}
<figure><img src="x.jpg"><figcaption>The old bridge at dusk. Photo by a reader.</figcaption></figure>
${para('Engineers said the steel order had not arrived.')}
${para('Residents have waited six years for the crossing.')}
<ul><li><a href="/a">Other story one about something else</a></li><li><a href="/b">Other story two about another thing</a></li></ul>
${para('The mayor said she regretted the delay.')}
${para('A public meeting is planned for April.')}
${body}</article>
<aside class="related-articles"><h2>Related</h2><p><a href="/c">A teaser for a different article entirely</a></p></aside>
<div id="comments"><p>First comment from a reader who disagrees with everything said above at great length.</p></div>
<footer>© The Valley Courier. All rights reserved.</footer>
<script>document.body.innerHTML = 'HACKED'; globalThis.__ran = true</script>
</body></html>`
}

describe('extractHtml', () => {
  const out = extractHtml(page())

  it('keeps the article paragraphs, one per block, separated by blank lines', () => {
    const paras = out.text.split('\n\n')
    assert.equal(paras.length, 5)
    assert.match(paras[0]!, /^The town bridge plan was delayed/)
    assert.match(paras[4]!, /^A public meeting is planned/)
  })

  const absent: [string, string][] = [
    ['the headline', 'Bridge plan delayed\n'],
    ['navigation', 'Sport'],
    ['share buttons', 'Share on'],
    ['the caption', 'old bridge at dusk'],
    ['a link list inside the article', 'Other story one'],
    ['related articles', 'teaser for a different'],
    ['comments', 'First comment'],
    ['the footer', 'All rights reserved'],
    ['script text', 'HACKED'],
  ]
  for (const [what, needle] of absent) it(`drops ${what}`, () => assert.ok(!(out.text + '\n').includes(needle), needle))

  it('never runs scripts', () => assert.equal((globalThis as Record<string, unknown>).__ran, undefined))

  it('reads title, date, author, site name and language', () => {
    assert.deepEqual(
      [out.title, out.published, out.author, out.siteName, out.language, out.method],
      ['Bridge plan delayed', '2021-03-04T09:30:00Z', 'Jane Doe', 'The Valley Courier', 'en', 'readability'],
    )
  })

  it('prefers JSON-LD metadata and survives broken JSON-LD', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2021-03-05","author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"LD Site"}}</script><script type="application/ld+json">{broken</script>`
    const m = extractHtml(page(ld))
    assert.deepEqual([m.title, m.published, m.author], ['LD headline', '2021-03-05', 'A. Writer'])
  })
})

describe('extractHtml on bad input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['no body', '<html><head><title>t</title></head></html>'],
    ['unclosed tags', '<div><p>Unclosed paragraph with some words in it <b>bold <i>italic'],
    ['stray closing tags', '</div></p></span>Text after stray closers.</body>'],
    ['moderate nesting', `${'<div>'.repeat(60)}Deep text.${'</div>'.repeat(60)}`],
    ['an unterminated tag', `<p>Start ${'<a href="x" '.repeat(20000)}`],
    ['binary-ish garbage', '\u0000\u0001<<<>>>&&&;;;<!--'],
  ]
  for (const [name, html] of cases) {
    it(`does not throw on ${name}`, () => {
      const r = extractHtml(html)
      assert.equal(typeof r.text, 'string')
    })
  }

  it('reads a fragment without html or body tags', () => {
    assert.equal(extractHtml('<div>Only a short line &amp; here.</div>').text, 'Only a short line & here.')
  })

  it('refuses hostile nesting at once instead of hanging the parser', () => {
    const deep = `${'<div>'.repeat(20000)}Deep text.${'</div>'.repeat(20000)}`
    const t = performance.now()
    assert.throws(() => extractHtml(deep, 'deep.html'), (e: unknown) => e instanceof EngineError && e.code === 'E_HTML_TOO_DEEP')
    assert.ok(performance.now() - t < 1000)
  })

  it('refuses a page over the size limit at once, naming the input', () => {
    const huge = 'x'.repeat(MAX_HTML_CHARS + 1)
    const t = performance.now()
    assert.throws(() => extractHtml(huge, 'big.html'), (e: unknown) => e instanceof EngineError && e.code === 'E_TOO_LARGE' && /big\.html/.test(`${e.input} ${e.message}`))
    assert.ok(performance.now() - t < 1000)
  })
})

describe('headlineOf', async () => {
  const { headlineOf } = await import('./meta.js')
  const cases: [string, string | null, string][] = [
    ['Bridge plan delayed | The Valley Courier', null, 'Bridge plan delayed'],
    ['Courier - Local news - Bridge plan delayed for another month', null, 'Bridge plan delayed for another month'],
    ['Emden - Sights and attractions', 'Emden', 'Emden'],
    ['Protests: a year on', null, 'Protests: a year on'],
    ['Well-known co-author', null, 'Well-known co-author'],
  ]
  for (const [title, h1, expected] of cases) it(title, () => assert.equal(headlineOf(title, h1), expected))
})
