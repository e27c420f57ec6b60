/**
 * `npm run bench [-- --limit N]`: throughput, per-stage time, memory and cold start of the default
 * pipeline (every annotator that has landed) over the raw news and HTML pages in SITREP_EVAL_DIR,
 * extraction side by side with Readability + linkedom, and the floor no engine beats: one regex
 * pass over the same bytes. Prints markdown tables.
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { readabilityExtract } from '../eval/tasks/extract.js'
import { REPO_DIR } from '../eval/paths.js'
import { markdownTable } from '../eval/table.js'
import { extractHtml } from '../src/extract/html.js'
import { defaultAnnotators } from '../src/pipeline/default.js'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { availableCorpora, type BenchInput } from './corpora.js'

const { values } = parseArgs({ options: { limit: { type: 'string' }, 'cold-runs': { type: 'string', default: '3' } } })
const limit = values.limit === undefined ? undefined : Number(values.limit)
if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) {
  console.error('--limit expects a positive whole number')
  process.exit(2)
}

const MB = 1e6
const fmt = (n: number, digits = 1) => n.toFixed(digits)

let peakRss = 0
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}

interface CorpusRun {
  name: string
  articles: number
  failed: number
  bytes: number
  ms: number
  stages: Map<string, number>
  paragraphs: number
  removed: number
}

function runCorpus(name: string, inputs: BenchInput[]): CorpusRun {
  const stages = new Map<string, number>()
  let warming = true
  const pipeline = createPipeline(defaultAnnotators(), { onStage: (stage, ms) => warming || stages.set(stage, (stages.get(stage) ?? 0) + ms) })
  // One untimed article first: resources and indexes load lazily, and cold start is measured apart.
  try {
    if (inputs[0]) pipeline.analyze(inputs[0].raw)
  } catch {
    // Counted below with the timed run.
  }
  warming = false
  let failed = 0
  let paragraphs = 0
  let removed = 0
  const t0 = performance.now()
  for (const input of inputs) {
    try {
      const { article } = pipeline.analyze(input.raw)
      paragraphs += article.paragraphs.length
      removed += article.removed.length
    } catch {
      // Refusals (empty text, oversized page) are counted, not fatal: the run goes on as the CLI's does.
      failed++
    }
    sampleRss()
  }
  const ms = performance.now() - t0
  return { name, articles: inputs.length, failed, bytes: inputs.reduce((n, i) => n + i.bytes, 0), ms, stages, paragraphs, removed }
}

interface ExtractRun {
  name: string
  pages: number
  bytes: number
  sitrepMs: number
  readabilityMs: number
  regexMs: number
}

/** Extraction alone on HTML pages: ours, Readability + linkedom, and one regex pass as the floor. */
function runExtraction(name: string, inputs: BenchInput[]): ExtractRun {
  const pages = inputs.filter((i) => i.raw.html != null)
  const time = (f: (html: string) => unknown) => {
    const t = performance.now()
    for (const p of pages) {
      try {
        f(p.raw.html!)
      } catch {
        // An oversized page is refused quickly; the time still counts.
      }
    }
    return performance.now() - t
  }
  const word = /[\p{L}\p{N}_]+/gu
  return {
    name,
    pages: pages.length,
    bytes: pages.reduce((n, p) => n + p.bytes, 0),
    sitrepMs: time((h) => extractHtml(h)),
    readabilityMs: time(readabilityExtract),
    regexMs: time((h) => h.match(word)?.length ?? 0),
  }
}

/** Wall time of a fresh `node --no-regexp-tier-up bin/sitrep.js analyze` (as `npx sitrep` starts) on the reference article (resources, annotators, all). */
function coldStart(runs: number): { ms: number[]; ok: boolean } {
  const file = join(REPO_DIR, '..', 'shared', 'seed', '000_7e124b92c4e9139c.txt')
  const ms: number[] = []
  let ok = true
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const r = spawnSync(process.execPath, ['--no-regexp-tier-up', join(REPO_DIR, 'bin', 'sitrep.js'), 'analyze', file, '--published', '2016-12-12'], { cwd: REPO_DIR, encoding: 'utf8' })
    ms.push(performance.now() - t)
    ok &&= r.status === 0
  }
  return { ms: ms.sort((a, b) => a - b), ok }
}

const corpora = availableCorpora()
if (corpora.length === 0) console.log(`no benchmark data under SITREP_EVAL_DIR; only cold start is measured`)
const runs: CorpusRun[] = []
const extraction: ExtractRun[] = []
const regexRows: (string | number)[][] = []
for (const c of corpora) {
  const inputs = c.load(limit)
  runs.push(runCorpus(c.name, inputs))
  if (inputs.some((i) => i.raw.html != null)) extraction.push(runExtraction(c.name, inputs))
  else {
    const word = /[\p{L}\p{N}_]+/gu
    const t = performance.now()
    for (const i of inputs) i.raw.text?.match(word)
    const ms = performance.now() - t
    regexRows.push([c.name, fmt(inputs.reduce((n, i) => n + i.bytes, 0) / MB / (ms / 1000))])
  }
}

const stageNames = [...new Set(runs.flatMap((r) => [...r.stages.keys()]))]
console.log(`## sitrep bench (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, annotators: ${defaultAnnotators().map((a) => a.name).join(', ') || 'none'}${limit ? `, --limit ${limit}` : ''})\n`)
console.log('### Pipeline throughput\n')
console.log(
  markdownTable(
    ['corpus', 'articles', 'failed', 'MB', 'articles/s', 'MB/s', 'ms/article', 'paragraphs', 'removed as boilerplate'],
    runs.map((r) => [r.name, r.articles, r.failed, fmt(r.bytes / MB, 2), fmt(r.articles / (r.ms / 1000)), fmt(r.bytes / MB / (r.ms / 1000), 2), fmt(r.ms / Math.max(1, r.articles), 2), r.paragraphs, `${r.removed} (${fmt((100 * r.removed) / Math.max(1, r.paragraphs))} %)`]),
  ),
)
console.log('\n### Time per stage (ms per article)\n')
console.log(markdownTable(['corpus', ...stageNames, 'total'], runs.map((r) => [r.name, ...stageNames.map((s) => fmt((r.stages.get(s) ?? 0) / Math.max(1, r.articles), 2)), fmt(r.ms / Math.max(1, r.articles), 2)])))
if (extraction.length) {
  console.log('\n### Extraction alone, side by side (ms per page; MB/s of raw HTML)\n')
  console.log(
    markdownTable(
      ['pages', 'count', 'sitrep ms', 'sitrep MB/s', 'readability ms', 'readability MB/s', 'one regex pass MB/s'],
      extraction.map((e) => [e.name, e.pages, fmt(e.sitrepMs / Math.max(1, e.pages), 2), fmt(e.bytes / MB / (e.sitrepMs / 1000), 2), fmt(e.readabilityMs / Math.max(1, e.pages), 2), fmt(e.bytes / MB / (e.readabilityMs / 1000), 2), fmt(e.bytes / MB / (e.regexMs / 1000))]),
    ),
  )
}
if (regexRows.length) {
  console.log('\n### The limit on text: one regex pass (`[\\p{L}\\p{N}_]+`) over the same bytes\n')
  console.log(markdownTable(['corpus', 'MB/s'], regexRows))
}
const cold = coldStart(Number(values['cold-runs']))
sampleRss()
console.log('\n### Process\n')
console.log(
  markdownTable(
    ['measure', 'value'],
    [
      ['peak RSS (MB)', fmt(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / MB, 0)],
      // Shared machines skew every time above; the load says how much.
      ['load average (1 min) at the end, cores', `${fmt(loadavg()[0] ?? 0)}, ${availableParallelism()}`],
      [`cold start: node --no-regexp-tier-up bin/sitrep.js analyze <reference article> (median of ${cold.ms.length}${cold.ok ? '' : ', FAILED'})`, `${fmt(cold.ms[Math.floor(cold.ms.length / 2)] ?? 0, 0)} ms`],
    ],
  ),
)
