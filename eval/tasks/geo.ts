/**
 * `geo`: geoparsing on LGL, GeoVirus and GeoCorpora (tweets, a side check). (a) Resolution given
 * the gold spans: accuracy within 161 km, coverage, exact GeoNames id match (where the gold has
 * ids), mean and median error, AUC of log error. (b) End to end: detection P/R/F1 with strict and
 * overlapping spans, and accuracy within 161 km on the overlap-matched gold toponyms.
 */
import { createPlacesAnnotator, resolveSpans } from '../../src/annotators/places/index.js'
import type { Place } from '../../src/doc/schema.js'
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js'
import { distanceKm } from '../../src/doc/geo.js'
import { loadGeoCorpora } from '../loaders/geocorpora.js'
import { loadGeoVirus } from '../loaders/geovirus.js'
import { type GeoDoc, type GoldToponym, loadLgl } from '../loaders/lgl.js'
import type { EvalTask, Metrics } from '../task.js'

const LOADERS: Record<string, () => GeoDoc[]> = { lgl: loadLgl, geovirus: loadGeoVirus, geocorpora: loadGeoCorpora }
/** Sets whose gold carries GeoNames ids. */
const HAS_IDS = new Set(['lgl', 'geocorpora'])
const ACC_KM = 161
const MAX_ERROR_KM = 20039

let pipeline: Pipeline | null = null

export const geoTask: EvalTask = {
  name: 'geo',
  description: 'toponym detection and resolution (LGL, GeoVirus, GeoCorpora tweets)',
  sets: ['lgl', 'geovirus', 'geocorpora'],
  run: async (set, opts) => {
    const load = LOADERS[set]
    if (!load) throw new Error(`geo has no set ${set}`)
    pipeline ??= createPipeline([createPlacesAnnotator()])
    let docs = load()
    if (opts.limit !== undefined) docs = docs.slice(0, opts.limit)
    return scoreSet(docs, pipeline, HAS_IDS.has(set))
  },
}

interface Tally {
  errors: number[]
  idHits: number
  idGold: number
  gold: number
}

const newTally = (): Tally => ({ errors: [], idHits: 0, idGold: 0, gold: 0 })

function tallyPoint(t: Tally, g: GoldToponym, p: Place | null | undefined): void {
  if (g.lat === null || g.lon === null) return
  t.gold++
  if (g.geonameId !== null) t.idGold++
  if (!p) return
  t.errors.push(distanceKm(g.lat, g.lon, p.lat, p.lon))
  if (g.geonameId !== null && p.geonameId === g.geonameId) t.idHits++
}

export function scoreSet(docs: GeoDoc[], pipe: Pipeline, hasIds: boolean): Metrics {
  const res = newTally()
  const e2e = newTally()
  let gold = 0
  let predicted = 0
  let strict = 0
  let overlap = 0
  for (const d of docs) {
    const a = pipe.analyze({ input: d.id, text: d.text, published: d.published, language: 'en' })
    resolveSpans(a, d.toponyms).forEach((p, i) => tallyPoint(res, d.toponyms[i]!, p))
    gold += d.toponyms.length
    predicted += a.places.length
    const exact = new Set(a.places.map((p) => `${p.start}:${p.end}`))
    strict += d.toponyms.filter((g) => exact.has(`${g.start}:${g.end}`)).length
    const pairs = matchOverlap(d.toponyms, a.places)
    overlap += pairs.size
    d.toponyms.forEach((g, i) => {
      const p = pairs.get(i)
      if (p !== undefined) tallyPoint(e2e, g, a.places[p])
    })
  }
  const prf = (m: number) => {
    const p = predicted ? m / predicted : 0
    const r = gold ? m / gold : 0
    return [p, r, p + r ? (2 * p * r) / (p + r) : 0] as const
  }
  const [sp, sr, sf] = prf(strict)
  const [op, or, of] = prf(overlap)
  const out: Metrics = {
    res_gold: res.gold,
    res_resolved: res.errors.length,
    res_coverage: res.gold ? res.errors.length / res.gold : 0,
    res_acc161: accuracy(res),
    ...(hasIds ? { res_id_match: res.errors.length ? res.idHits / res.errors.length : 0 } : {}),
    res_mean_km: mean(res.errors),
    res_median_km: median(res.errors),
    res_auc: aucLogError(res.errors),
    det_gold: gold,
    det_pred: predicted,
    det_strict_matched: strict,
    det_strict_p: sp,
    det_strict_r: sr,
    det_strict_f1: sf,
    det_overlap_matched: overlap,
    det_overlap_p: op,
    det_overlap_r: or,
    det_overlap_f1: of,
    e2e_gold_matched: e2e.gold,
    e2e_acc161: accuracy(e2e),
  }
  return out
}

/** Share of resolved toponyms within 161 km of the gold point. */
function accuracy(t: Tally): number {
  return t.errors.length ? t.errors.filter((e) => e <= ACC_KM).length / t.errors.length : 0
}

/** One-to-one, greedy on the largest overlap: gold index → predicted index. */
export function matchOverlap(gold: { start: number; end: number }[], pred: { start: number; end: number }[]): Map<number, number> {
  const pairs: [number, number, number][] = []
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const o = Math.min(g.end, p.end) - Math.max(g.start, p.start)
    if (o > 0) pairs.push([o, i, j])
  }))
  pairs.sort((a, b) => b[0] - a[0])
  const out = new Map<number, number>()
  const used = new Set<number>()
  for (const [, i, j] of pairs) {
    if (out.has(i) || used.has(j)) continue
    out.set(i, j)
    used.add(j)
  }
  return out
}

/** Gritta et al. (2018): trapezoidal area under ln(1 + error) over the scaled rank, over ln(20039). */
export function aucLogError(errors: number[]): number {
  if (errors.length === 0) return 0
  const y = [...errors].sort((a, b) => a - b).map((e) => Math.log(1 + e))
  if (y.length === 1) return y[0]! / Math.log(MAX_ERROR_KM)
  let area = 0
  for (let i = 1; i < y.length; i++) area += (y[i - 1]! + y[i]!) / 2 / (y.length - 1)
  return area / Math.log(MAX_ERROR_KM)
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0
}

function median(xs: number[]): number {
  if (!xs.length) return 0
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
