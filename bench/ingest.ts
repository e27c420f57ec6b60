/**
 * Ingest throughput end to end: the real news corpus (FA-KES CSV + ML-Crisis JSON Lines, read
 * from ../shared/eval at run time) as JSON Lines through `ingest()` with the worker pool into a
 * fresh SQLite store. Prints articles/s, the annotators that ran, and a re-ingest (all known).
 *
 *   npx tsx bench/ingest.ts [--limit N] [--workers N] [--base]
 *
 * --base runs only the language-neutral stages, to separate the machinery from the annotators.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadFakes, type NewsArticle } from '../eval/loaders/news-fakes.js'
import { loadMlCrisis } from '../eval/loaders/news-mlcrisis.js'
import { ingest } from '../src/ingest/ingest.js'
import { defaultWorkers } from '../src/ingest/pool.js'
import { defaultAnnotators } from '../src/pipeline/default.js'
import { openSqliteStore } from '../src/store/sqlite/index.js'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const limit = arg('--limit') ? Number(arg('--limit')) : undefined
const workers = arg('--workers') ? Number(arg('--workers')) : defaultWorkers()
if (process.argv.includes('--base')) process.env.SITREP_INGEST_PIPELINE = 'base'

// Interleaved, so a --limit sample has both languages in the corpus's proportions.
const fakes = loadFakes()
const ml = loadMlCrisis()
const ratio = fakes.length / (fakes.length + ml.length)
const articles: NewsArticle[] = []
for (let i = 0, j = 0; i < fakes.length || j < ml.length; ) {
  if (j >= ml.length || (i < fakes.length && i <= ratio * (i + j))) articles.push(fakes[i++]!)
  else articles.push(ml[j++]!)
}
articles.splice(limit ?? articles.length)
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'))
const corpus = join(dir, 'news.jsonl')
writeFileSync(corpus, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, title: a.title, published: a.published, source: a.source })).join('\n') + '\n')
const chars = articles.reduce((n, a) => n + a.text.length, 0)

const db = join(dir, 'bench.db')
const store = openSqliteStore(db)
const cpu0 = process.cpuUsage()
// Every error names its input: printed after the figures, so a failed article is never only a count.
const failures: string[] = []
const first = await ingest([corpus], store, { workers, onError: (input, message) => failures.push(`${input}: ${message}`) })
const cpu = process.cpuUsage(cpu0)
const again = await ingest([corpus], store, { workers })
await store.close()
rmSync(dir, { recursive: true, force: true })
// Named after the run: building the annotators here would load the pipeline on the writing thread.
const ran = process.env.SITREP_INGEST_PIPELINE === 'base' ? 'base stages only' : `base stages + ${defaultAnnotators().map((a) => a.name).join(', ') || 'no annotators'}`

console.log(`ingest bench: ${articles.length} articles (${(chars / 1e6).toFixed(1)} M characters), ${workers} workers, ${ran}`)
console.log(`  first run : ${first.seconds.toFixed(1)} s, ${(first.read / first.seconds).toFixed(1)} articles/s (${first.added} new, ${first.existing} exact duplicates, ${first.nearDuplicates} near-duplicates joined a story, ${first.errors} errors)`)
console.log(`  CPU (all threads, user + system): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e3 / first.read).toFixed(1)} ms per article; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
console.log(`  re-ingest : ${again.seconds.toFixed(1)} s, ${(again.read / again.seconds).toFixed(0)} articles/s (${again.added} new, ${again.existing} known)`)
for (const f of failures) console.log(`  error     : ${f}`)
