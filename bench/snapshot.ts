/**
 * A fixed set of analyses, for checking that a speed change keeps the output identical: the first
 * N FA-KES and N ML-Crisis articles (read from SITREP_EVAL_DIR at run time), examples/articles and
 * the reference article (with `--big N`, also the N longest ML-Crisis texts), each analysed by the default pipeline and written as one JSON line.
 *
 *   npx tsx bench/snapshot.ts OUT.jsonl [--limit 70] [--big N]
 *   npx tsx bench/snapshot.ts --diff A.jsonl B.jsonl [--layers article,mentions,...]
 *
 * `--diff` prints, per layer, how many documents differ (and the first few inputs), and exits 1
 * when any compared layer differs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadFakes } from '../eval/loaders/news-fakes.js'
import { loadMlCrisis } from '../eval/loaders/news-mlcrisis.js'
import { evalDir, REPO_DIR } from '../eval/paths.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'
import type { RawArticle } from '../src/pipeline/pipeline.js'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string', default: '70' }, big: { type: 'string', default: '0' }, diff: { type: 'boolean' }, layers: { type: 'string' } } })

if (values.diff) {
  const [a, b] = positionals.map((p) => readFileSync(p!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>))
  if (!a || !b) throw new Error('--diff needs two files')
  if (a.length !== b.length) console.log(`document counts differ: ${a.length} vs ${b.length}`)
  const layers = values.layers?.split(',') ?? [...new Set([...Object.keys(a[0] ?? {}), ...Object.keys(b[0] ?? {})])]
  let bad = false
  for (const layer of layers) {
    const differ: string[] = []
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (JSON.stringify(a[i]![layer]) !== JSON.stringify(b[i]![layer])) differ.push(String(a[i]!.input))
    }
    if (differ.length) bad = true
    console.log(`${layer}: ${differ.length ? `${differ.length} differ (${differ.slice(0, 5).join(', ')})` : 'identical'}`)
  }
  process.exit(bad ? 1 : 0)
}

const out = positionals[0]
if (!out) throw new Error('usage: npx tsx bench/snapshot.ts OUT.jsonl [--limit N]')
const limit = Number(values.limit)
const raws: RawArticle[] = [
  ...loadFakes(limit).map((a) => ({ input: `fakes:${a.id}`, text: a.text, title: a.title, published: a.published })),
  ...loadMlCrisis(limit).map((a) => ({ input: `mlcrisis:${a.id}`, text: a.text, published: a.published })),
]
const big = Number(values.big)
if (big > 0) {
  const longest = loadMlCrisis().sort((x, y) => y.text.length - x.text.length || (x.id < y.id ? -1 : 1)).slice(0, big)
  raws.push(...longest.map((a) => ({ input: `mlcrisis-big:${a.id}`, text: a.text, published: a.published })))
}
const examples = join(REPO_DIR, 'examples', 'articles')
for (const f of readdirSync(examples).sort()) {
  if (!f.endsWith('.json')) continue
  const j = JSON.parse(readFileSync(join(examples, f), 'utf8')) as RawArticle
  raws.push({ ...j, input: `examples:${f}` })
}
const seed = join(evalDir(), '..', 'seed', '000_7e124b92c4e9139c.txt')
try {
  raws.push({ input: 'seed:000', text: readFileSync(seed, 'utf8'), published: '2016-12-12' })
} catch {
  // No reference article here: the rest still makes a fixed set.
}
const pipeline = getDefaultPipeline()
const lines = raws.map((raw) => {
  try {
    return JSON.stringify(pipeline.analyze(raw))
  } catch (e) {
    return JSON.stringify({ input: raw.input, error: (e as Error).message })
  }
})
writeFileSync(out, lines.join('\n') + '\n')
console.log(`${lines.length} analyses written to ${out}`)
