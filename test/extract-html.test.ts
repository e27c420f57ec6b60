/**
 * HTML in, article out, through `sitrep analyze` (the path users take): charsets, furniture, metadata,
 * removed promotion, and refusals that name the input. Pages are invented for this test.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { Analysis } from '../src/doc/schema.js'
import { decodeHtml } from '../src/extract/decode.js'
import { analyzeCapture } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const body = [
  'Le conseil régional a adopté jeudi un plan de rénovation des lycées, après un long débat en séance plénière.',
  'Le président de la région a défendu un effort « sans précédent » et promis les premiers chantiers dès l’été.',
  'L’opposition a jugé le calendrier irréaliste et réclamé un audit indépendant des bâtiments concernés.',
  'Les syndicats d’enseignants ont salué l’annonce, tout en demandant à être associés au choix des priorités.',
]

function frenchPage(charset: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="${charset}"><title>Lycées : un plan voté | La Gazette</title>
<meta property="og:title" content="Lycées : un plan voté"><meta property="og:site_name" content="La Gazette">
<meta property="article:published_time" content="2022-05-12T08:00:00+02:00"></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/region">Région</a></li><li><a href="/sports">Sports</a></li></ul></nav>
<article><h1>Lycées : un plan voté</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}
<p>Suivez-nous sur Facebook et Twitter pour ne rien manquer.</p></article>
<aside class="most-read"><p><a href="/x">Un autre article sans rapport avec celui-ci</a></p></aside>
<footer><a href="/mentions">Mentions légales</a></footer></body></html>`
}

async function analyzeFile(name: string, bytes: Uint8Array): Promise<Analysis> {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  const { code, out, err } = await analyzeCapture([path])
  assert.equal(code, 0, err.join('\n'))
  return Analysis.parse(JSON.parse(out[0]!))
}

/** The text a reader keeps: the article minus removed paragraphs. */
const kept = (a: Analysis) => a.article.paragraphs.filter((p) => !a.article.removed.some((r) => r.start === p.start)).map((p) => a.article.text.slice(p.start, p.end))

describe('sitrep analyze on HTML', () => {
  it('extracts a UTF-8 page: body only, metadata, promotion removed', async () => {
    const a = await analyzeFile('page-utf8.html', Buffer.from(frenchPage('utf-8'), 'utf8'))
    assert.deepEqual(kept(a), body)
    assert.deepEqual([a.article.title, a.article.published, a.article.source, a.article.language], ['Lycées : un plan voté', '2022-05-12', 'La Gazette', 'fr'])
    assert.equal(a.article.removed.length, 1)
    assert.equal(a.article.removed[0]!.reason, 'promotion')
  })

  it('decodes a page declared and encoded as windows-1252', async () => {
    const html = frenchPage('windows-1252').replace(/[’]/g, "'")
    const bytes = Uint8Array.from([...html].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)))
    const a = await analyzeFile('page-1252.html', bytes)
    assert.ok(a.article.text.includes('Le conseil régional a adopté jeudi'))
  })
})

describe('decodeHtml', () => {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)))
  const cases: [string, Uint8Array, string, string][] = [
    ['declared iso-8859-1', latin1('<meta charset="iso-8859-1"><p>été</p>'), 'été', 'iso-8859-1'],
    ['declared utf-8 but invalid bytes', latin1('<meta charset="utf-8"><p>été</p>'), 'été', 'windows-1252'],
    ['http-equiv windows-1250', latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><p>\u009a</p>'), 'š', 'windows-1250'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('<p>café</p>')]), 'café', 'utf-8'],
  ]
  for (const [name, bytes, needle, charset] of cases) {
    it(name, () => {
      const r = decodeHtml(bytes, name)
      assert.ok(r.html.includes(needle), r.html)
      assert.equal(r.charset, charset)
    })
  }
})
