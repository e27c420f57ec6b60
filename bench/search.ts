/**
 * Search latency on a large store: the real news corpus (../shared/eval, read at run time) is
 * analysed once and re-ingested with varied ids (a copy number appended to the text, so every copy
 * has its own content hash and offsets stay valid) until the store holds `--articles` articles
 * (default 100,000). Then full-text and filtered queries run against it; prints p50, p95 and max.
 *
 *   npx tsx bench/search.ts [--articles N] [--db PATH | --db postgres://…] [--keep]
 *
 * Copies reuse the packed analysis of their original (the store's search never reads it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadFakes } from '../eval/loaders/news-fakes.js'
import { loadMlCrisis } from '../eval/loaders/news-mlcrisis.js'
import { articleSignature } from '../src/dedup/minhash.js'
import { articleId, createPipeline } from '../src/pipeline/pipeline.js'
import { packAnalysis } from '../src/store/pack.js'
import { openStore } from '../src/store/open.js'
import { isPostgresUrl } from '../src/store/postgres/url.js'
import type { SearchFilters, Store, StoredAnalysis } from '../src/store/store.js'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const target = Number(arg('--articles') ?? 100_000)
const dir = mkdtempSync(join(tmpdir(), 'sitrep-search-'))
const db = arg('--db') ?? join(dir, 'search.db')
const fileExisted = existsSync(db)
const store = await openStore(db)
const reuse = isPostgresUrl(db) ? (await store.stats()).articles > 0 : fileExisted

async function build(s: Store, already: number): Promise<void> {
  const base = createPipeline([])
  // Very long pages (over 100k characters) are left out: they would dominate the store's size.
  const originals = [...loadFakes(), ...loadMlCrisis()].filter((a) => a.text.length < 100_000).map((a) => {
    const analysis = base.analyze({ input: a.id, text: a.text, title: a.title, published: a.published, source: a.source })
    return { analysis, packed: new Uint8Array(packAnalysis(analysis)) }
  })
  const started = Date.now()
  let batch: { stored: StoredAnalysis; sighting: { input: string; url: null; source: string | null } }[] = []
  let added = already
  for (let n = 0; added < target; n++) {
    const o = originals[n % originals.length]!
    const copy = Math.floor(n / originals.length)
    const text = copy === 0 ? o.analysis.article.text : `${o.analysis.article.text}\n[copy ${copy}]`
    const analysis = { ...o.analysis, article: { ...o.analysis.article, id: articleId(text), text } }
    batch.push({ stored: { analysis, signature: articleSignature(analysis.article), packed: o.packed }, sighting: { input: `${o.analysis.input}#${copy}`, url: null, source: analysis.article.source } })
    if (batch.length === 1000 || added + batch.length >= target) {
      added += (await s.put(batch)).added
      batch = []
      if (n % 10_000 === 9_999) console.error(`  built ${added} articles, ${(n / ((Date.now() - started) / 1000)).toFixed(0)} articles/s`)
    }
  }
}

const QUERIES: SearchFilters[] = [
  ...['Alep', 'Damas', 'armée syrienne', 'attack', 'ceasefire', 'Syrie', 'protest', 'Benghazi', 'rebels killed', 'sécurité', 'Idlib', 'Homs',
    'manifestants', 'Moubarak', 'chemical weapons', 'président', 'opposition', 'Kadhafi', 'Raqqa', 'coalition strikes'].map((text) => ({ text })),
  { text: 'Alep', language: 'fr' },
  { text: 'army', from: '2016-01-01', to: '2016-12-31' },
  { text: 'Syrie', source: 'ext' },
  { from: '2013-01-01', to: '2013-01-31' },
  { language: 'en', limit: 50 },
  { text: 'zzzznotaword' },
  { text: 'attack', near: { lat: 36.2, lon: 37.13, km: 50 } },
  { text: 'armée', country: 'SY' },
]

const slowest: { ms: number; what: string }[] = []
async function time(f: SearchFilters, kind: 'articles' | 'events' | 'statements'): Promise<number> {
  const t = process.hrtime.bigint()
  if (kind === 'articles') await store.searchArticles(f)
  else if (kind === 'events') await store.searchEvents(f)
  else await store.searchStatements(f)
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  slowest.push({ ms, what: `${kind} ${JSON.stringify(f)}` })
  return ms
}

const t0 = Date.now()
const have = (await store.stats()).articles
if (have < target) await build(store, have)
const buildSeconds = (Date.now() - t0) / 1000
const count = (await store.stats()).articles
const times: number[] = []
for (let round = 0; round < 5; round++) {
  for (const q of QUERIES) {
    times.push(await time(q, 'articles'))
    if (round === 0) {
      times.push(await time(q, 'events'))
      times.push(await time(q, 'statements'))
    }
  }
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1)
await store.close()
console.log(`search bench: ${count} articles${reuse ? ' (existing store)' : `, built in ${buildSeconds.toFixed(0)} s`}; ${times.length} queries (articles, events, statements; text and filters)`)
console.log(`  p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${times[times.length - 1]!.toFixed(1)} ms`)
for (const q of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  slow: ${q.ms.toFixed(1)} ms ${q.what}`)
if (!process.argv.includes('--keep') && !arg('--db')) rmSync(dir, { recursive: true, force: true })
