/**
 * `npm run eval -- time`: TIMEX3 on TimeBank + AQUAINT (TempEval-3 definitions). Strict span P/R/F1
 * (identical extent), relaxed span P/R/F1 (any overlap, one-to-one, greedy on the largest overlap),
 * type accuracy over relaxed matches, and value F1 (a relaxed match with the identical value).
 * Set `tbaq` is sitrep's time annotator on the pipeline's sentences, given the DCT as `published`;
 * `chrono-tbaq` is chrono-node's casual English parser on the same texts through the same scorer
 * (DATE type, its date as a value at the precision it is certain of, a weekday counting as a day). Speed is expressions found
 * per second of tagging CPU time, and that time (`tag_cpu_ms`), the fastest of three passes
 * (segmentation excluded for sitrep, as chrono does none; the first pass also loads resources).
 */
import * as chrono from 'chrono-node'
import type { Analysis } from '../../src/doc/schema.js'
import { createTimeAnnotator } from '../../src/annotators/time/index.js'
import { createPipeline } from '../../src/pipeline/pipeline.js'
import { TIMEML_CORPORA, type GoldTimex, type TimemlCorpus, type TimemlDoc, loadTimeml } from '../loaders/timeml.js'
import type { EvalTask, Metrics, TaskOptions } from '../task.js'

interface Predicted { start: number; end: number; type: string; value: string }

export interface TimexCounts { gold: number; predicted: number; strict: number; relaxed: number; typeOk: number; valueOk: number }

/** Counts one document's matches: strict by identical extent, relaxed one-to-one by largest overlap. */
export function countMatches(gold: GoldTimex[], predicted: Predicted[]): TimexCounts {
  const strict = predicted.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length
  const pairs: [number, number, number][] = []
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start)
    if (overlap > 0) pairs.push([overlap, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0])
  const usedGold = new Set<number>()
  const usedPred = new Set<number>()
  let relaxed = 0
  let typeOk = 0
  let valueOk = 0
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue
    usedGold.add(i)
    usedPred.add(j)
    relaxed++
    if (gold[i]!.type === predicted[j]!.type) typeOk++
    if (gold[i]!.value === predicted[j]!.value) valueOk++
  }
  return { gold: gold.length, predicted: predicted.length, strict, relaxed, typeOk, valueOk }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

export function timexMetrics(c: TimexCounts, seconds: number): Metrics {
  const sp = ratio(c.strict, c.predicted); const sr = ratio(c.strict, c.gold)
  const rp = ratio(c.relaxed, c.predicted); const rr = ratio(c.relaxed, c.gold)
  const vp = ratio(c.valueOk, c.predicted); const vr = ratio(c.valueOk, c.gold)
  return {
    gold: c.gold, predicted: c.predicted,
    strict_matched: c.strict, strict_p: sp, strict_r: sr, strict_f1: f1(sp, sr),
    relaxed_matched: c.relaxed, relaxed_p: rp, relaxed_r: rr, relaxed_f1: f1(rp, rr),
    type_accuracy: ratio(c.typeOk, c.relaxed),
    value_matched: c.valueOk, value_p: vp, value_r: vr, value_f1: f1(vp, vr),
    expressions_per_s: seconds === 0 ? 0 : c.predicted / seconds,
    tag_cpu_ms: seconds * 1000,
  }
}

const annotator = createTimeAnnotator()
const segmenter = createPipeline([])
const pad = (n: number) => String(n).padStart(2, '0')

/** A tagger: `prepare` does the untimed work (segmentation), `tag` is what the clock measures. */
interface Tagger<T> { prepare(doc: TimemlDoc): T; tag(input: T): Predicted[] }

const sitrep: Tagger<Analysis> = {
  prepare: (doc) => segmenter.analyze({ input: doc.file, text: doc.text, published: doc.dct, language: 'en' }),
  tag: (segmented) => annotator.annotate(segmented).timexes ?? [],
}

const chronoBaseline: Tagger<{ text: string; ref: Date }> = {
  prepare: (doc) => ({ text: doc.text, ref: doc.dct ? new Date(`${doc.dct.slice(0, 10)}T12:00:00Z`) : new Date() }),
  tag: ({ text, ref }) => chrono.casual.parse(text, ref).map((r) => {
    const c = r.start
    const y = String(c.get('year') ?? 'XXXX')
    // A day when chrono knows it or a weekday ("Friday"), else the month, else the year.
    const value = c.isCertain('day') || c.isCertain('weekday') ? `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`
      : c.isCertain('month') ? `${y}-${pad(c.get('month')!)}` : y
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value }
  }),
}

/** Timed passes over the documents; the fastest is reported, as the machine is shared. */
const PASSES = 3

/** Process CPU time in ms: steadier than wall time when other jobs share the cores. */
function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

function score<T>(corpora: readonly TimemlCorpus[], tagger: Tagger<T>, limit?: number): Metrics {
  const docs = corpora.flatMap((c) => loadTimeml(c).slice(0, limit))
  const inputs = docs.map((d) => tagger.prepare(d))
  let predictions: Predicted[][] = []
  let fastest = Infinity
  for (let pass = 0; pass < PASSES; pass++) {
    const t0 = cpuMs()
    const out = inputs.map((input) => tagger.tag(input))
    fastest = Math.min(fastest, cpuMs() - t0)
    predictions = out
  }
  const total: TimexCounts = { gold: 0, predicted: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 }
  docs.forEach((doc, i) => {
    const c = countMatches(doc.timexes, predictions[i]!)
    for (const k of Object.keys(total) as (keyof TimexCounts)[]) total[k] += c[k]
  })
  return timexMetrics(total, fastest / 1000)
}

export const timeTask: EvalTask = {
  name: 'time',
  description: 'TIMEX3 tagging and normalisation on TimeBank + AQUAINT (TempEval-3), with chrono-node as a baseline',
  sets: ['tbaq', 'chrono-tbaq', 'timebank', 'aquaint'],
  run(set: string, opts: TaskOptions): Promise<Metrics> {
    switch (set) {
      case 'tbaq': return Promise.resolve(score(TIMEML_CORPORA, sitrep, opts.limit))
      case 'chrono-tbaq': return Promise.resolve(score(TIMEML_CORPORA, chronoBaseline, opts.limit))
      case 'timebank': return Promise.resolve(score(['TimeBank'], sitrep, opts.limit))
      case 'aquaint': return Promise.resolve(score(['AQUAINT'], sitrep, opts.limit))
      default: return Promise.reject(new Error(`time: unknown set "${set}"`))
    }
  },
}
