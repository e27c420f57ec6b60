/**
 * `npm run eval -- extract`: main-text extraction from raw HTML, scored on ScrapingHub (4-token
 * shingles, means over pages) and trafilatura (must / must-not snippets). Two rows per set, scored
 * in the same run: `sitrep` (what `sitrep analyze` keeps of an HTML page: the article text minus
 * removed paragraphs) and `readability` (Readability.js on linkedom, its `textContent`), the
 * baseline we must at least match (`SITREP_EXTRACT_DEFUDDLE=1` adds defuddle, the alternative we
 * measured). The returned metrics are sitrep's, with the baseline's under a
 * `readability_` prefix.
 */
import { Readability } from '@mozilla/readability'
import { Defuddle } from 'defuddle/node'
import { parseHTML } from 'linkedom'
import type { Analysis } from '../../src/doc/schema.js'
import { decodeHtml } from '../../src/extract/decode.js'
import { htmlToBlocks } from '../../src/extract/html.js'
import { createPipeline } from '../../src/pipeline/pipeline.js'
import { addCounts, type PageScore, scorePage, scoreSnippets, type SnippetCounts, snippetMetrics, sumShingleScores } from '../loaders/extract-metrics.js'
import { loadScrapinghubGold, loadScrapinghubHtml } from '../loaders/extract-scrapinghub.js'
import { loadTrafilaturaGold, loadTrafilaturaHtml } from '../loaders/extract-trafilatura.js'
import { markdownTable } from '../table.js'
import type { EvalTask, Metrics, TaskOptions } from '../task.js'

/** Extraction only: no annotator changes what text is kept. */
const pipeline = createPipeline([])

/** The text `sitrep analyze` keeps: the article text with removed paragraphs cut out. */
export function keptText(a: Analysis): string {
  const { text, removed } = a.article
  const cuts = [...removed].sort((x, y) => x.start - y.start)
  let out = ''
  let at = 0
  for (const r of cuts) {
    out += text.slice(at, r.start)
    at = Math.max(at, r.end)
  }
  return out + text.slice(at)
}

interface Extracted {
  text: string
  language: string | null
  title: string | null
  published: string | null
  author: string | null
}

/** Our extractor on decoded HTML; a refusal (no text, too large) is an empty output, as a crash is upstream. */
export function sitrepExtract(input: string, html: string): Extracted {
  try {
    const a = pipeline.analyze({ input, html })
    const { language, title, published, author } = a.article
    return { text: keptText(a), language, title, published, author }
  } catch {
    return { text: '', language: null, title: null, published: null, author: null }
  }
}

export function readabilityExtract(html: string): string {
  try {
    return new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? ''
  } catch {
    return ''
  }
}

/** Defuddle (node entry) on linkedom, its HTML turned into blocks as ours is; the alternative we measured. */
export async function defuddleExtract(html: string): Promise<string> {
  try {
    const r = await Defuddle(parseHTML(html).document as unknown as Document, 'https://example.org/')
    return htmlToBlocks(r.content ?? '')
  } catch {
    return ''
  }
}

type ExtractorName = 'sitrep' | 'readability' | 'defuddle'
/** `SITREP_EXTRACT_DEFUDDLE=1` adds a defuddle row (6× slower; see docs/quality.md). */
const EXTRACTORS: ExtractorName[] = process.env.SITREP_EXTRACT_DEFUDDLE ? ['sitrep', 'readability', 'defuddle'] : ['sitrep', 'readability']

async function otherOutputs(html: string): Promise<Record<Exclude<ExtractorName, 'sitrep'>, string>> {
  return { readability: readabilityExtract(html), defuddle: EXTRACTORS.includes('defuddle') ? await defuddleExtract(html) : '' }
}

async function runScrapinghub(opts: TaskOptions): Promise<Metrics> {
  const gold = loadScrapinghubGold(opts.limit)
  const scores: Record<ExtractorName, PageScore[]> = { sitrep: [], readability: [], defuddle: [] }
  for (const page of gold) {
    const { html } = decodeHtml(loadScrapinghubHtml(page.id), page.id)
    const outputs = { sitrep: sitrepExtract(page.id, html).text, ...(await otherOutputs(html)) }
    for (const name of EXTRACTORS) scores[name].push(scorePage(outputs[name], page.body))
  }
  const totals = EXTRACTORS.map((name) => ({ name, ...sumShingleScores(scores[name]) }))
  console.log(`\n### extract / scrapinghub (${gold.length} pages; 4-token shingles, P and R are means over pages)\n`)
  console.log(markdownTable(['extractor', 'pages', 'precision', 'recall', 'F1', 'accuracy', 'empty'], totals.map((t) => [t.name, t.pages, t.precision, t.recall, t.f1, t.accuracy, t.empty])))
  return flatten(Object.fromEntries(totals.map(({ name, ...m }) => [name, m])))
}

const GROUPS = ['all', 'de', 'en', 'other'] as const
type Group = (typeof GROUPS)[number]
const ZERO: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 }

async function runTrafilatura(opts: TaskOptions): Promise<Metrics> {
  const gold = loadTrafilaturaGold(opts.limit)
  const meta: MetaCounts = { title: [0, 0], date: [0, 0], author: [0, 0] }
  const counts = new Map<string, SnippetCounts>()
  const add = (name: ExtractorName, group: Group, c: SnippetCounts) => counts.set(`${name}/${group}`, addCounts(counts.get(`${name}/${group}`) ?? ZERO, c))
  for (const page of gold) {
    const { html } = decodeHtml(loadTrafilaturaHtml(page.file), page.file)
    const ours = sitrepExtract(page.file, html)
    countMetadata(meta, page, ours)
    // Both rows are grouped by our detector's verdict on our text, so the groups hold the same pages.
    const group: Group = ours.language === 'de' || ours.language === 'en' ? ours.language : 'other'
    const outputs: Record<ExtractorName, string> = { sitrep: ours.text, ...(await otherOutputs(html)) }
    for (const name of EXTRACTORS) {
      const c = scoreSnippets(outputs[name], page.with, page.without)
      add(name, 'all', c)
      add(name, group, c)
    }
  }
  const rows = EXTRACTORS.flatMap((name) =>
    GROUPS.map((group) => {
      const m = snippetMetrics(counts.get(`${name}/${group}`) ?? ZERO)
      return [name, group, m.tp!, m.fp!, m.fn!, m.tn!, m.precision!, m.recall!, m.f1!, m.accuracy!]
    }),
  )
  console.log(`\n### extract / trafilatura (${gold.length} pages; snippet counts summed over the corpus)\n`)
  console.log(markdownTable(['extractor', 'language', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1', 'accuracy'], rows))
  const metrics: Record<string, Record<string, number>> = {}
  for (const name of EXTRACTORS) {
    metrics[name] = snippetMetrics(counts.get(`${name}/all`) ?? ZERO)
    for (const group of GROUPS.slice(1)) metrics[name][`f1_${group}`] = snippetMetrics(counts.get(`${name}/${group}`) ?? ZERO).f1!
  }
  console.log(`\n### extract / trafilatura metadata (exact match on pages with that gold field)\n`)
  console.log(markdownTable(['field', 'gold', 'correct', 'accuracy'], (Object.keys(meta) as (keyof MetaCounts)[]).map((k) => [k, meta[k][1], meta[k][0], meta[k][1] ? meta[k][0] / meta[k][1] : 0])))
  const out = flatten(metrics)
  for (const k of Object.keys(meta) as (keyof MetaCounts)[]) out[`${k}_accuracy`] = meta[k][1] ? meta[k][0] / meta[k][1] : 0
  return out
}

/** [correct, gold] per metadata field. */
interface MetaCounts {
  title: [number, number]
  date: [number, number]
  author: [number, number]
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/gu, ' ').trim()

/** Upstream scores metadata by exact match; titles and authors after white-space normalisation. */
function countMetadata(meta: MetaCounts, page: { title: string | null; date: string | null; author: string | null }, ours: Extracted): void {
  const check = (k: keyof MetaCounts, gold: string | null, got: string | null) => {
    if (!gold) return
    meta[k][1]++
    if (squash(gold) === squash(got)) meta[k][0]++
  }
  check('title', page.title, ours.title)
  check('date', page.date, ours.published)
  check('author', page.author, ours.author)
}

/** sitrep's metrics as they are, the baseline's prefixed with `readability_`. */
function flatten(byExtractor: Record<string, Record<string, number>>): Metrics {
  const out: Metrics = { ...byExtractor.sitrep }
  for (const [k, v] of Object.entries(byExtractor.readability ?? {})) out[`readability_${k}`] = v
  return out
}

export const extractTask: EvalTask = {
  name: 'extract',
  description: 'main text from raw HTML: ScrapingHub shingle F1 and trafilatura snippet F1, sitrep vs Readability.js',
  sets: ['scrapinghub', 'trafilatura'],
  run: async (set, opts) => {
    if (set === 'scrapinghub') return runScrapinghub(opts)
    if (set === 'trafilatura') return runTrafilatura(opts)
    throw new Error(`extract has no set "${set}"; sets: scrapinghub, trafilatura`)
  },
}
