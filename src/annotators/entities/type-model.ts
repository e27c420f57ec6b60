/**
 * A learned second opinion on the type of names the rules typed only weakly (defaults, the
 * gazetteer, context words, the document lexicon): a multiclass averaged perceptron over sparse
 * features, trained by scripts/train-type-model.ts on Europeana Newspapers French NER (CC0) and
 * stored in `resources/<lang>/entities/type-model.json`. A language without that file keeps the
 * rules' types. NONE means "not a name of a scored type": the candidate is dropped.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RESOURCES_DIR } from '../../resources/load.js'
import type { NameCandidate } from './names.js'
import { placeEvidence } from './place-feature.js'
import type { EntityResources } from './resources.js'
import type { Word } from './words.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const UPPER_RUNS = /\p{Lu}+/gu
const LOWER_RUNS = /\p{Ll}+/gu

export const MODEL_LABELS = ['PER', 'ORG', 'LOC', 'NONE'] as const
export type ModelLabel = (typeof MODEL_LABELS)[number]
/** Feature → weight per label, in MODEL_LABELS order. */
export interface TypeModel { source: string; weights: Record<string, number[]> }

/** Rules whose type the model may overrule; strong evidence (titles, KB, cue words) stays. */
export const WEAK_RULES = new Set(['default-single', 'default-multi', 'default-article', 'default-place', 'default-acronym', 'default-caps', 'gazetteer', 'loc-context', 'document'])

const cache = new Map<string, TypeModel | null>()

export function loadTypeModel(lang: string): TypeModel | null {
  if (cache.has(lang)) return cache.get(lang)!
  const file = join(RESOURCES_DIR, lang, 'entities', 'type-model.json')
  const model = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TypeModel) : null
  cache.set(lang, model)
  return model
}

const shape = (s: string): string => s.replace(UPPER_RUNS, 'A').replace(LOWER_RUNS, 'a').replace(/\d+/g, '0')

export function candidateFeatures(c: NameCandidate, words: readonly Word[], res: EntityResources): string[] {
  const first = words[c.from]!
  const last = words[c.to]!
  const prev = words[c.from - 1]
  const prev2 = words[c.from - 2]
  const next = words[c.to + 1]
  const n = c.to - c.from + 1
  const place = placeEvidence(c.text)
  const f = [
    'bias', `rule=${c.rule}`, `type=${c.type}`, `len=${Math.min(n, 3)}`, `shape=${shape(c.text).slice(0, 8)}`,
    `first=${first.fold}`, `last=${last.fold}`, `suf3=${last.fold.slice(-3)}`, `suf2=${last.fold.slice(-2)}`,
    `prev=${prev?.fold ?? '<s>'}`, `prev2=${prev2?.fold ?? '<s>'}`, `next=${next?.fold ?? '</s>'}`,
    `place=${place.strong ? 'strong' : place.weak ? 'weak' : 'none'}`, `firstname=${res.firstNames.has(first.text)}`,
    `caps=${first.allCaps}`, `rule+prev=${c.rule}|${prev?.fold ?? '<s>'}`, `type+suf3=${c.type}|${last.fold.slice(-3)}`,
  ]
  if (c.text.length <= 3) f.push('short')
  return f
}

export function predictType(model: TypeModel, features: readonly string[]): ModelLabel {
  const scores = MODEL_LABELS.map(() => 0)
  for (const f of features) {
    const w = model.weights[f]
    if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k] ?? 0
  }
  let best = 0
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k
  return MODEL_LABELS[best]!
}

/** Retypes weakly typed candidates; NONE drops them. */
export function retype(model: TypeModel, names: readonly NameCandidate[], words: readonly Word[], res: EntityResources): NameCandidate[] {
  const out: NameCandidate[] = []
  for (const c of names) {
    if (!c.type || c.type === 'MISC' || !WEAK_RULES.has(c.rule)) {
      out.push(c)
      continue
    }
    const label = predictType(model, candidateFeatures(c, words, res))
    if (label === 'NONE') continue
    out.push(label === c.type ? c : { ...c, type: label, rule: `model:${c.rule}` })
  }
  return out
}
