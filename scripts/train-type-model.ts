/**
 * Trains the French name-type model (src/annotators/entities/type-model.ts) on Europeana
 * Newspapers French NER (CC0), four pseudo-documents in five; every fifth is held out and scored
 * as the `europeana-fr-heldout` set of the ner task. Only the weights are written, to
 * resources/fr/entities/type-model.json. Run: `npx tsx scripts/train-type-model.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findNames } from '../src/annotators/entities/index.js'
import { candidateFeatures, MODEL_LABELS, WEAK_RULES, type ModelLabel } from '../src/annotators/entities/type-model.js'
import { RESOURCES_DIR } from '../src/resources/load.js'
import { loadEuropeana } from '../eval/loaders/europeana.js'
import { tokenDoc, toTokens } from '../eval/tasks/ner.js'

const EPOCHS = 8
const examples: { features: string[]; label: number }[] = []
const docs = loadEuropeana().filter((_, i) => i % 5 !== 0)
for (const nd of docs) {
  const doc = tokenDoc(nd)
  const gold = new Map<string, string>()
  // Europeana has no B- tags: gold entities are maximal same-type runs.
  for (const e of nd.entities) gold.set(`${e.from}:${e.to}`, e.type)
  const { work, res } = findNames(doc, false)
  for (const w of work) {
    if (w.caps) continue
    for (const c of w.names) {
      if (!c.type || c.type === 'MISC' || !WEAK_RULES.has(c.rule)) continue
      const r = toTokens(nd, c.start, c.end)
      const label = (r && gold.get(`${r[0]}:${r[1]}`)) || 'NONE'
      examples.push({ features: candidateFeatures(c, w.words, res), label: MODEL_LABELS.indexOf(label as ModelLabel) })
    }
  }
}

// Averaged perceptron (Collins 2002), with a fixed example order per epoch for reproducibility.
const weights = new Map<string, number[]>()
const totals = new Map<string, number[]>()
const stamps = new Map<string, number[]>()
let step = 0
const K = MODEL_LABELS.length
const get = (m: Map<string, number[]>, f: string): number[] => {
  let v = m.get(f)
  if (!v) m.set(f, (v = new Array<number>(K).fill(0)))
  return v
}
const update = (f: string, k: number, delta: number): void => {
  const w = get(weights, f)
  const t = get(totals, f)
  const s = get(stamps, f)
  t[k]! += (step - s[k]!) * w[k]!
  s[k] = step
  w[k]! += delta
}
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  let errors = 0
  for (let i = 0; i < examples.length; i++) {
    const ex = examples[(i * 7919 + epoch * 104729) % examples.length]!
    step++
    const scores = new Array<number>(K).fill(0)
    for (const f of ex.features) {
      const w = weights.get(f)
      if (w) for (let k = 0; k < K; k++) scores[k]! += w[k]!
    }
    let best = 0
    for (let k = 1; k < K; k++) if (scores[k]! > scores[best]!) best = k
    if (best !== ex.label) {
      errors++
      for (const f of ex.features) {
        update(f, ex.label, 1)
        update(f, best, -1)
      }
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors over ${examples.length} candidates`)
}
const out: Record<string, number[]> = {}
for (const [f, w] of weights) {
  const t = totals.get(f)!
  const s = stamps.get(f)!
  const avg = w.map((x, k) => Math.round(((t[k]! + (step - s[k]!) * x) / step) * 1000) / 1000)
  if (avg.some((x) => Math.abs(x) >= 0.01)) out[f] = avg
}
const file = join(RESOURCES_DIR, 'fr', 'entities', 'type-model.json')
writeFileSync(file, JSON.stringify({ source: 'Europeana Newspapers French NER (BnF, CC0), 4 of 5 pseudo-documents; labels PER ORG LOC NONE', labels: MODEL_LABELS, weights: out }) + '\n')
console.log(`wrote ${Object.keys(out).length} features to ${file}`)
