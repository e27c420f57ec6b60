/**
 * `npm run eval -- quotes`: attributed statements scored on PolNeAR (English political news),
 * one annotation per document (the alphabetically first `.ann` file). The unit is one attribution
 * relation. Content F1 exact (same span; a discontinuous gold content is exact when its outer
 * bounds are) and overlap (one-to-one, greedy on the largest shared character count); cue F1 the
 * same way; speaker accuracy over content-matched pairs (our speaker mention overlaps the gold
 * Source, or both have none); recall per gold kind and precision per predicted kind.
 * The statements come from the quotes annotator alone on a pipeline with the text forced to English.
 */
import { createQuotesAnnotator } from '../../src/annotators/quotes/index.js'
import type { Span, Statement } from '../../src/doc/schema.js'
import { createPipeline } from '../../src/pipeline/pipeline.js'
import { loadPolnear, POLNEAR_SETS, type PolnearDoc, type PolnearRelation } from '../loaders/polnear.js'
import type { EvalTask, Metrics, TaskOptions } from '../task.js'

type Kind = Statement['kind']
const KINDS: Kind[] = ['direct', 'indirect', 'mixed']

interface Unit {
  fragments: Span[]
  kind: Kind
}

const pipeline = createPipeline([createQuotesAnnotator()])

function bounds(fragments: readonly Span[]): Span {
  return { start: Math.min(...fragments.map((f) => f.start)), end: Math.max(...fragments.map((f) => f.end)) }
}

function shared(a: readonly Span[], b: readonly Span[]): number {
  let n = 0
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
  return n
}

/** One-to-one matching, greedy on the largest overlap: pairs of [gold index, predicted index]. */
export function matchOverlap(gold: readonly Span[][], pred: readonly Span[][]): [number, number][] {
  const pairs: [number, number, number][] = []
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const n = shared(g, p)
    if (n > 0) pairs.push([i, j, n])
  }))
  pairs.sort((a, b) => b[2] - a[2])
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const out: [number, number][] = []
  for (const [i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue
    usedG.add(i)
    usedP.add(j)
    out.push([i, j])
  }
  return out
}

/** Exact matches (same outer bounds), one-to-one. */
export function matchExact(gold: readonly Span[][], pred: readonly Span[][]): number {
  const want = new Map<string, number>()
  for (const g of gold) {
    const b = bounds(g)
    want.set(`${b.start}:${b.end}`, (want.get(`${b.start}:${b.end}`) ?? 0) + 1)
  }
  let n = 0
  for (const p of pred) {
    const b = bounds(p)
    const k = `${b.start}:${b.end}`
    const left = want.get(k) ?? 0
    if (left > 0) {
      want.set(k, left - 1)
      n++
    }
  }
  return n
}

/** The kind of a gold content, read from its quote marks as ours is. */
export function goldKind(text: string): Kind {
  const t = text.trim().replace(/^that\s+/iu, '').replace(/[\s.,;:]+$/u, '')
  if (/^["“]/u.test(t) && /["”]$/u.test(t) && !/["“”]/u.test(t.slice(1, -1))) return 'direct'
  return /["“”]/u.test(t) ? 'mixed' : 'indirect'
}

function contentUnit(doc: PolnearDoc, r: PolnearRelation): Unit {
  const fragments = r.content.flatMap((c) => c.fragments)
  return { fragments, kind: goldKind(fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ')) }
}

interface Counts {
  gold: number
  pred: number
  contentExact: number
  contentOverlap: number
  cueGold: number
  cuePred: number
  cueExact: number
  cueOverlap: number
  speakerCorrect: number
  goldKind: Record<Kind, number>
  goldKindMatched: Record<Kind, number>
  predKind: Record<Kind, number>
  predKindMatched: Record<Kind, number>
}

const perKind = (): Record<Kind, number> => ({ direct: 0, indirect: 0, mixed: 0 })

function scoreDoc(doc: PolnearDoc, statements: Statement[], c: Counts): void {
  const rels = doc.relations.filter((r) => r.content.length > 0)
  const gold = rels.map((r) => contentUnit(doc, r))
  const pred = statements.map((s) => [s.content])
  c.gold += gold.length
  c.pred += pred.length
  c.contentExact += matchExact(gold.map((g) => g.fragments), pred)
  const pairs = matchOverlap(gold.map((g) => g.fragments), pred)
  c.contentOverlap += pairs.length
  for (const g of gold) c.goldKind[g.kind]++
  for (const s of statements) c.predKind[s.kind]++
  for (const [i, j] of pairs) {
    const r = rels[i]!
    const s = statements[j]!
    c.goldKindMatched[gold[i]!.kind]++
    c.predKindMatched[s.kind]++
    const correct = r.source ? s.speaker !== null && shared(r.source.fragments, [s.speaker]) > 0 : s.speaker === null
    if (correct) c.speakerCorrect++
  }
  const goldCues = doc.relations.flatMap((r) => (r.cue ? [r.cue.fragments] : []))
  const predCues = statements.flatMap((s) => (s.cue ? [[s.cue]] : []))
  c.cueGold += goldCues.length
  c.cuePred += predCues.length
  c.cueExact += matchExact(goldCues, predCues)
  c.cueOverlap += matchOverlap(goldCues, predCues).length
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

function prf(prefix: string, matched: number, gold: number, pred: number): Metrics {
  const p = ratio(matched, pred)
  const r = ratio(matched, gold)
  return { [`${prefix}_p`]: p, [`${prefix}_r`]: r, [`${prefix}_f1`]: f1(p, r) }
}

export function metricsOf(c: Counts): Metrics {
  const m: Metrics = {
    gold: c.gold,
    predicted: c.pred,
    matched_exact: c.contentExact,
    ...prf('content_exact', c.contentExact, c.gold, c.pred),
    matched_overlap: c.contentOverlap,
    ...prf('content_overlap', c.contentOverlap, c.gold, c.pred),
    cue_gold: c.cueGold,
    cue_predicted: c.cuePred,
    cue_matched_exact: c.cueExact,
    ...prf('cue_exact', c.cueExact, c.cueGold, c.cuePred),
    cue_matched_overlap: c.cueOverlap,
    ...prf('cue_overlap', c.cueOverlap, c.cueGold, c.cuePred),
    speaker_correct: c.speakerCorrect,
    speaker_accuracy: ratio(c.speakerCorrect, c.contentOverlap),
  }
  for (const k of KINDS) {
    m[`${k}_gold`] = c.goldKind[k]
    m[`${k}_recall`] = ratio(c.goldKindMatched[k], c.goldKind[k])
    m[`${k}_predicted`] = c.predKind[k]
    m[`${k}_precision`] = ratio(c.predKindMatched[k], c.predKind[k])
  }
  return m
}

async function run(set: string, opts: TaskOptions): Promise<Metrics> {
  const c: Counts = {
    gold: 0, pred: 0, contentExact: 0, contentOverlap: 0, cueGold: 0, cuePred: 0, cueExact: 0, cueOverlap: 0, speakerCorrect: 0,
    goldKind: perKind(), goldKindMatched: perKind(), predKind: perKind(), predKindMatched: perKind(),
  }
  for (const doc of loadPolnear(set, opts.limit)) {
    const a = pipeline.analyze({ input: doc.annotationFile, text: doc.text, language: 'en' })
    scoreDoc(doc, a.statements, c)
  }
  return metricsOf(c)
}

export const quotesTask: EvalTask = {
  name: 'quotes',
  description: 'attributed statements (content, cue, speaker) on PolNeAR, one annotation per document',
  sets: [...POLNEAR_SETS],
  run,
}
