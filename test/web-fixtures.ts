/**
 * The store the API and browser tests run over: the reference article (read from ../shared/seed)
 * and the demo articles, analysed by the real default pipeline and written by the real store, plus
 * one hostile article written for these tests. The hostile article carries markup and script in its
 * text and in hand-made layers (actor, place and speaker names), so every place the app shows
 * article data is exercised; its two events (different days) give the timeline something to brush
 * whatever the annotators produce today.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Analysis } from '../src/doc/schema.js'
import { readInputs } from '../src/ingest/inputs.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'
import { eventAt, placeAt, statementAt, stored } from '../src/store/fixtures.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'
import type { Store } from '../src/store/store.js'
import { REPO_DIR } from '../eval/paths.js'
import { hasReference, REFERENCE_FILE, REFERENCE_PUBLISHED, referenceText } from './helpers.js'

export const XSS_MARKUP = '<img src=x onerror="window.__xss=(window.__xss||0)+1">'
export const XSS_SCRIPT = '<script>window.__xss=(window.__xss||0)+1</script>'

export const HOSTILE_TEXT = [
  `Clashes reported near Zembrak Town ${XSS_MARKUP}`,
  `Fighters attacked positions near Zembrak Town on Thursday ${XSS_SCRIPT} and the fighting lasted all night.`,
  'A week later, armed men shelled the market of Zembrak Town again, residents said.',
  `The spokesman ${XSS_MARKUP} said that the town was calm by Sunday.`,
  // One unbroken string wider than a phone: the article view must wrap it.
  `The full report is at https://example.org/report?id=${'0123456789abcdef'.repeat(5)} for those who want it.`,
].join('\n')

/** The hostile article's place: an invented town in an empty stretch of desert. */
const ZEMBRAK = { lat: 21.5, lon: 45.5, country: 'SA', geonameId: 1 }

export function hostileAnalysis(): Analysis {
  const a = getDefaultPipeline().analyze({ input: 'hostile', text: HOSTILE_TEXT, published: '2016-12-11', source: `Hostile ${XSS_MARKUP}`, title: `Hostile title ${XSS_SCRIPT}`, url: 'javascript:window.__xss=1' })
  const place = { ...placeAt(a, 'Zembrak Town', ZEMBRAK), name: `Zembrak ${XSS_MARKUP}` }
  a.places = [...a.places, place]
  a.events = [
    eventAt(a, 'Fighters attacked positions near Zembrak Town', { type: 'Battles', sub: 'Armed clash', date: '2016-12-01', place, actor1: `Fighters ${XSS_MARKUP}` }),
    // Told at a second place too (an invented one, far from the first): a marker at each.
    { ...eventAt(a, 'armed men shelled the market of Zembrak Town', { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', date: '2016-12-08', place, actor1: `Armed men ${XSS_SCRIPT}` }),
      otherLocations: [{ ...place, id: 'test:wadi', geonameId: 2, name: `Wadi ${XSS_MARKUP}`, lat: 18.5, lon: 50.5 }] },
  ]
  a.statements = [...a.statements, { ...statementAt(a, 'the town was calm by Sunday', 'The spokesman'), speaker: { ...statementAt(a, 'the town was calm by Sunday', 'The spokesman').speaker!, name: `Spokesman ${XSS_MARKUP}` } }]
  return a
}

export async function demoAnalyses(): Promise<Analysis[]> {
  const pipeline = getDefaultPipeline()
  const out: Analysis[] = []
  if (hasReference) out.push(pipeline.analyze({ input: REFERENCE_FILE, text: referenceText(), published: REFERENCE_PUBLISHED }))
  const dir = join(REPO_DIR, 'examples', 'articles')
  const files = readdirSync(dir).filter((f) => /\.(json|jsonl|txt|html)$/.test(f)).map((f) => join(dir, f))
  for await (const item of readInputs(files)) {
    if (item.ok) out.push(pipeline.analyze(item.article))
  }
  return out
}

/** The test store, in memory unless a path is given. */
export async function buildDemoStore(path = ':memory:'): Promise<{ store: Store; analyses: Analysis[] }> {
  const analyses = [...(await demoAnalyses()), hostileAnalysis()]
  const store = openSqliteStore(path)
  await store.put(analyses.map((a) => ({ stored: stored(a), sighting: { input: a.input, url: a.article.url, source: a.article.source } })))
  return { store, analyses }
}
