/**
 * API latency bench: p50/p95/p99 of filtered event searches against a running `sitrep serve`
 * (a child process, requests over loopback), on a synthetic store of at least 100,000 articles.
 * The store is generated once into .cache/ (made-up sentences, events placed at random inside
 * real countries' boxes over eight years) and reused while it has enough articles.
 *
 *   npx tsx bench/api.ts [--articles 100000] [--requests 400] [--db .cache/bench-api.db]
 */
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Analysis, Event, Place } from '../src/doc/schema.js'
import { articleSignature } from '../src/dedup/minhash.js'
import { articleId } from '../src/pipeline/pipeline.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'
import type { SearchFilters } from '../src/store/store.js'

const args = new Map<string, string>()
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '')
const ARTICLES = Number(args.get('articles') ?? 100_000)
const REQUESTS = Number(args.get('requests') ?? 400)
const ROOT = join(import.meta.dirname, '..')
const DB = args.get('db') ?? join(ROOT, '.cache', 'bench-api.db')

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same store. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(42)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

const COUNTRIES = [
  { code: 'SY', box: [32.5, 37.0, 35.8, 42.0] }, { code: 'IQ', box: [29.5, 37.0, 39.0, 48.0] },
  { code: 'YE', box: [12.8, 18.5, 43.0, 52.0] }, { code: 'LY', box: [25.0, 32.8, 10.0, 25.0] },
  { code: 'AF', box: [30.0, 38.0, 61.0, 71.0] }, { code: 'UA', box: [45.0, 52.0, 23.0, 40.0] },
  { code: 'NG', box: [4.5, 13.5, 3.0, 14.0] }, { code: 'ML', box: [11.0, 24.0, -11.0, 4.0] },
  { code: 'SO', box: [-1.0, 11.0, 41.0, 50.0] }, { code: 'MX', box: [16.0, 30.0, -115.0, -90.0] },
] as const
const TYPES = [
  ['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Air/drone strike'], ['Violence against civilians', 'Attack'],
  ['Protests', 'Peaceful protest'], ['Riots', 'Violent demonstration'], ['Strategic developments', 'Arrests'],
] as const
const ACTORS = ['Government forces', 'Rebel fighters', 'Islamic State', 'Police', 'Protesters', 'Militia', 'Coalition aircraft', 'Unidentified gunmen']
const VERBS = ['attacked', 'shelled', 'clashed with', 'arrested', 'marched against', 'struck', 'ambushed']
const SOURCES = ['Wire A', 'Wire B', 'Daily C', 'Agence D', 'Radio E']
const WORDS = 'residents officials said monday tuesday wednesday town village district market road checkpoint convoy hospital school ceasefire talks army fighters killed wounded displaced aid'.split(' ')

function syntheticArticle(i: number): Analysis {
  const country = pick(COUNTRIES)
  const [s, n, w, e] = country.box
  const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(random() * 8 * 365) * 86_400_000).toISOString().slice(0, 10)
  const sentences: string[] = []
  const events: Event[] = []
  const places: Place[] = []
  let text = `Report ${i}: ${pick(ACTORS)} and ${pick(ACTORS)} in ${country.code}\n`
  for (let k = 0; k < 1 + Math.floor(random() * 2); k++) {
    const [type, sub] = pick(TYPES)
    const a1 = pick(ACTORS)
    const a2 = pick(ACTORS)
    const town = `Town${Math.floor(random() * 5000)}`
    const sentence = `${a1} ${pick(VERBS)} ${a2} near ${town} on ${day}, ${pick(SOURCES)} reported.`
    const start = text.length
    text += `${sentence} `
    const lat = s + random() * (n - s)
    const lon = w + random() * (e - w)
    const townAt = start + sentence.indexOf(town)
    const place: Place = {
      start: townAt, end: townAt + town.length, text: town, id: `bench:${town}`, geonameId: null, name: town, lat, lon, countryCode: country.code,
      admin1Code: null, admin1Name: null, featureCode: 'PPL', geoPrecision: 1, confidence: 0.8, metonymic: false, alternatives: [],
    }
    places.push(place)
    events.push({
      id: `e${k}`, eventType: type, subEventType: sub, plover: { type: 'ASSAULT', mode: null, context: null },
      actor1: { name: a1, actorId: null, inter: null }, assocActor1: [], actor2: { name: a2, actorId: null, inter: null }, assocActor2: [],
      date: day, timePrecision: 1, location: place, geoPrecision: 1, fatalities: Math.floor(random() * 5), size: null,
      flags: { negated: false, ceased: false, hypothetical: false, historical: false, reportedBy: null },
      evidence: [{ start, end: start + sentence.length }], confidence: 0.7,
    })
    sentences.push(sentence)
  }
  text += `\n${Array.from({ length: 60 }, () => pick(WORDS)).join(' ')}.`
  const source = pick(SOURCES)
  return {
    inputId: null, input: `bench-${i}`,
    article: { id: articleId(text), url: null, source, title: `Report ${i}`, author: null, published: day, language: 'en', languageSupported: true, text, paragraphs: [{ start: 0, end: text.length, language: 'en' }], removed: [] },
    sentences: [], tokens: [], mentions: [], actors: [], places, timexes: [], statements: [], events, warnings: [],
  }
}

async function buildStore(): Promise<void> {
  if (existsSync(DB)) {
    const store = openSqliteStore(DB)
    const have = (await store.stats()).articles
    await store.close()
    if (have >= ARTICLES) {
      console.log(`store: reusing ${DB} (${have} articles)`)
      return
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true })
  }
  const store = openSqliteStore(DB)
  const t0 = performance.now()
  for (let i = 0; i < ARTICLES; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, ARTICLES - i) }, (_, k) => syntheticArticle(i + k))
    await store.put(batch.map((a) => ({ stored: { analysis: a, signature: articleSignature(a.article) }, sighting: { input: a.input, url: null, source: a.article.source } })))
    if ((i / 2000) % 10 === 0) console.log(`store: ${i + batch.length} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`)
  }
  const stats = await store.stats()
  await store.close()
  console.log(`store: built ${stats.articles} articles, ${stats.events} events in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

async function startServe(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--no-regexp-tier-up', join(ROOT, 'bin', 'sitrep.js'), 'serve', '--db', DB, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SITREP_TOKEN: '' } })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /at (http:\/\/[^\s]+) /.exec(out)
      if (m) resolve(m[1]!)
    })
    child.on('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${out}`)))
  })
  return { url, stop: () => child.kill('SIGTERM') }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const QUERIES: [string, () => string][] = [
  ['type+country+year', () => `type=${encodeURIComponent(pick(TYPES)[0])}&country=${pick(COUNTRIES).code}&from=${2014 + Math.floor(random() * 8)}&to=2021-12-31&limit=50`],
  ['country+month', () => `country=${pick(COUNTRIES).code}&from=2016-0${1 + Math.floor(random() * 9)}&to=2016-12&limit=50`],
  ['near+type', () => `near=34.5,${(38 + random()).toFixed(2)},100&type=Battles&limit=50`],
  ['text+type', () => `q=${pick(['shelled', 'convoy', 'checkpoint', 'ambushed'])}&type=${encodeURIComponent(pick(TYPES)[0])}&limit=50`],
  ['actor+country', () => `actor=${encodeURIComponent(pick(ACTORS))}&country=${pick(COUNTRIES).code}&limit=50`],
]

/** The same searches on the store in-process, without HTTP: what the API adds is the difference. */
async function storeOnly(): Promise<string[]> {
  const store = openSqliteStore(DB)
  const out: string[] = []
  try {
    for (const [name, make] of QUERIES) {
      const times: number[] = []
      for (let i = 0; i < Math.ceil(REQUESTS / QUERIES.length); i++) {
        const p = new URLSearchParams(make())
        const f: SearchFilters = { limit: Number(p.get('limit') ?? 50) + 1 }
        if (p.get('q')) f.text = p.get('q')!
        if (p.get('type')) f.eventType = p.get('type')!
        if (p.get('country')) f.country = p.get('country')!
        if (p.get('actor')) f.actor = p.get('actor')!
        if (p.get('from')) f.from = p.get('from')!
        if (p.get('to')) f.to = p.get('to')!.length === 7 ? `${p.get('to')}-31` : p.get('to')!
        if (p.get('near')) {
          const [lat, lon, km] = p.get('near')!.split(',').map(Number) as [number, number, number]
          f.near = { lat, lon, km }
        }
        const t = performance.now()
        await store.searchEvents(f)
        times.push(performance.now() - t)
      }
      times.sort((a, b) => a - b)
      out.push(`store only: ${name.padEnd(20)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`)
    }
  } finally {
    await store.close()
  }
  return out
}

async function main(): Promise<void> {
  await buildStore()
  const server = await startServe()
  try {
    for (let i = 0; i < 20; i++) await fetch(`${server.url}/api/events?${QUERIES[i % QUERIES.length]![1]()}`).then((r) => r.arrayBuffer())
    const all: number[] = []
    const rows: string[] = []
    for (const [name, make] of QUERIES) {
      const times: number[] = []
      let items = 0
      for (let i = 0; i < Math.ceil(REQUESTS / QUERIES.length); i++) {
        const t = performance.now()
        const res = await fetch(`${server.url}/api/events?${make()}`)
        const body = (await res.json()) as { items?: unknown[] }
        times.push(performance.now() - t)
        if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body)}`)
        items += body.items?.length ?? 0
      }
      times.sort((a, b) => a - b)
      all.push(...times)
      rows.push(`${name.padEnd(20)} n=${times.length}  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms  mean items ${(items / times.length).toFixed(1)}`)
    }
    all.sort((a, b) => a - b)
    rows.push(...(await storeOnly()))
    console.log(rows.join('\n'))
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`)
    console.log(`ALL                  n=${all.length}  p50 ${percentile(all, 50).toFixed(1)} ms  p95 ${percentile(all, 95).toFixed(1)} ms  p99 ${percentile(all, 99).toFixed(1)} ms  (bar: p95 <= 50 ms)`)
  } finally {
    server.stop()
  }
}

await main()
