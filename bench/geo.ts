/**
 * `npx tsx bench/geo.ts [--articles N]`: gazetteer index build time (fresh cache), cold load time
 * and RSS in a new process, then places-annotator throughput (toponyms/s, articles/s) over the LGL
 * dev texts when SITREP_EVAL_DIR has them, else over examples/articles.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { hasEvalData, REPO_DIR } from '../eval/paths.js'
import { LGL_DIR, loadLgl } from '../eval/loaders/lgl.js'
import { markdownTable } from '../eval/table.js'

const { values } = parseArgs({ options: { child: { type: 'boolean', default: false }, articles: { type: 'string' } } })

if (values.child) {
  // One cold process: load (or build) the gazetteer, report times and memory as JSON.
  const { loadGazetteer, gazetteerLoadStats } = await import('../src/kb/gazetteer/index.js')
  const t0 = performance.now()
  loadGazetteer()
  const wall = performance.now() - t0
  console.log(JSON.stringify({ ...gazetteerLoadStats(), wallMs: wall, rssMb: process.memoryUsage().rss / 2 ** 20 }))
} else {
  const self = fileURLToPath(import.meta.url)
  const child = (cacheDir?: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child'], {
    cwd: REPO_DIR,
    env: { ...process.env, ...(cacheDir ? { SITREP_CACHE_DIR: cacheDir } : {}) },
    encoding: 'utf8',
  }).trim().split('\n').pop()!) as { buildMs: number; loadMs: number; wallMs: number; rssMb: number }
  const fresh = mkdtempSync(join(tmpdir(), 'sitrep-geo-bench-'))
  const built = child(fresh)
  rmSync(fresh, { recursive: true, force: true })
  child()
  const cold = child()

  const { createPlacesAnnotator } = await import('../src/annotators/places/index.js')
  const { createPipeline } = await import('../src/pipeline/pipeline.js')
  const texts = hasEvalData(LGL_DIR)
    ? loadLgl().map((d) => d.text)
    : readdirSync(join(REPO_DIR, 'examples', 'articles')).map((f) => readFileSync(join(REPO_DIR, 'examples', 'articles', f), 'utf8'))
  const limit = values.articles === undefined ? texts.length : Number(values.articles)
  const bare = createPipeline([])
  const withPlaces = createPipeline([createPlacesAnnotator()])
  const sample = texts.slice(0, limit)
  // Segmentation is the pipeline's, not ours: time it alone and subtract.
  let t = performance.now()
  for (const text of sample) bare.analyze({ input: 'bench', text, language: 'en' })
  const baseMs = performance.now() - t
  t = performance.now()
  let toponyms = 0
  for (const text of sample) toponyms += withPlaces.analyze({ input: 'bench', text, language: 'en' }).places.length
  const fullMs = performance.now() - t
  const placesMs = Math.max(1, fullMs - baseMs)
  const chars = sample.reduce((n, s) => n + s.length, 0)
  console.log(markdownTable(['measure', 'value'], [
    ['index build (fresh cache), ms', built.buildMs],
    ['cold load in a new process, ms', cold.wallMs],
    ['RSS after load, MB', cold.rssMb],
    ['articles', sample.length],
    ['mean article length, chars', chars / Math.max(1, sample.length)],
    ['toponyms found', toponyms],
    ['places stage, articles/s', (sample.length * 1000) / placesMs],
    ['places stage, toponyms/s', (toponyms * 1000) / placesMs],
    ['whole pipeline with places, articles/s', (sample.length * 1000) / fullMs],
    ['RSS after the run, MB', process.memoryUsage().rss / 2 ** 20],
  ]))
}
