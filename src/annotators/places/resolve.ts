/**
 * Resolution: each accepted candidate to one gazetteer feature. A prior from population and
 * feature type, then, over two passes, the document's context: its country focus (country names,
 * demonyms, the other places), its first-level areas, explicit containment ("Palmyra, Syria"),
 * admin words ("Idlib province"), and spatial coherence with the other places.
 */
import { foldName, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import type { Candidate } from './find.js'

export interface Scored {
  entry: GazetteerEntry
  score: number
}

export interface Resolution {
  cand: Candidate
  ranked: Scored[]
  /** Softmax probability of each ranked entry, same order. */
  probs: number[]
}

/** Weights of the context evidence, in units of a tenfold population. */
const COUNTRY_FOCUS = 4
const ADMIN1_NAMED = 2
const ADMIN1_FOCUS = 2

const CITY_RANK: Record<string, number> = { PPLC: 1.5, PPLA: 1, PPLA2: 0.5, PPLA3: 0.2, PPLX: -1.5, PPLH: -2, PPLQ: -2 }

export function priorScore(e: GazetteerEntry, key: string): number {
  switch (e.kind) {
    case 'country': return 9
    case 'region': return 8.5
    case 'admin1': return Math.log10(e.population + 10) + 0.5
    case 'admin2': return Math.log10(e.population + 10) - 0.5
    default: return Math.log10(e.population + 10) + (CITY_RANK[e.featureCode] ?? 0) + (foldName(e.name) === key ? 0.5 : 0)
  }
}

export function resolveCandidates(cands: Candidate[], demonymCountries: string[], text: string): Resolution[] {
  // Candidate i is apposed to i+1 in "Palmyra, Syria" and "Homs (Syria)".
  const apposed = cands.map((c, i) => i + 1 < cands.length && /^\s*[,(]\s*$/.test(text.slice(c.end, cands[i + 1]!.start)))
  let best = cands.map((c) => rank(c, (e) => priorScore(e, c.key)))
  for (let pass = 0; pass < 2; pass++) {
    const ctx = documentContext(cands, best.map((r) => r[0]!.entry), demonymCountries, apposed)
    best = cands.map((c, i) => rank(c, (e) => priorScore(e, c.key) + contextScore(e, c, i, ctx)))
  }
  return cands.map((cand, i) => {
    const ranked = best[i]!
    const top = ranked[0]!.score
    const exps = ranked.map((s) => Math.exp(s.score - top))
    const sum = exps.reduce((a, b) => a + b, 0)
    return { cand, ranked, probs: exps.map((x) => x / sum) }
  })
}

function rank(c: Candidate, score: (e: GazetteerEntry) => number): Scored[] {
  return c.entries.map((entry) => ({ entry, score: score(entry) })).sort((a, b) => b.score - a.score)
}

interface DocContext {
  /** Per candidate index: its current best entry. */
  best: GazetteerEntry[]
  countryWeight: Map<string, number>
  totalWeight: number
  /** Explicitly named first-level areas (`CC.A1`). */
  admin1Named: Set<string>
  /** Votes of the document's towns and counties for their first-level area (`CC.A1`). */
  admin1Weight: Map<string, number>
  localCount: number
  apposed: boolean[]
}

function documentContext(cands: Candidate[], best: GazetteerEntry[], demonyms: string[], apposed: boolean[]): DocContext {
  const countryWeight = new Map<string, number>()
  const add = (cc: string | null, w: number) => {
    if (cc) countryWeight.set(cc, (countryWeight.get(cc) ?? 0) + w)
  }
  const admin1Named = new Set<string>()
  const admin1Weight = new Map<string, number>()
  let localCount = 0
  best.forEach((e, i) => {
    if (e.kind === 'city' || e.kind === 'admin2') {
      const k = `${e.countryCode}.${e.admin1Code}`
      admin1Weight.set(k, (admin1Weight.get(k) ?? 0) + 1)
      localCount++
    }
    add(e.countryCode, e.kind === 'country' ? 2 : 1)
    if (e.kind === 'admin1' && !cands[i]!.entries.some((x) => x.kind === 'country')) admin1Named.add(`${e.countryCode}.${e.admin1Code}`)
  })
  for (const cc of demonyms) add(cc, 1)
  let totalWeight = 0
  for (const w of countryWeight.values()) totalWeight += w
  return { best, countryWeight, totalWeight, admin1Named, admin1Weight, localCount, apposed }
}

function contextScore(e: GazetteerEntry, c: Candidate, i: number, ctx: DocContext): number {
  let s = 0
  const own = ctx.best[i]!
  // Country focus, without the candidate's own vote.
  if (e.countryCode) {
    const ownVote = own.countryCode === e.countryCode ? (own.kind === 'country' ? 2 : 1) : 0
    const total = ctx.totalWeight - (own.countryCode ? (own.kind === 'country' ? 2 : 1) : 0)
    if (total > 0) s += (COUNTRY_FOCUS * ((ctx.countryWeight.get(e.countryCode) ?? 0) - ownVote)) / total
  }
  const local = e.kind === 'city' || e.kind === 'admin2'
  const a1 = `${e.countryCode}.${e.admin1Code}`
  if (local && ctx.admin1Named.has(a1)) s += ADMIN1_NAMED
  // The other towns' first-level areas, without this candidate's own vote.
  const ownLocal = (own.kind === 'city' || own.kind === 'admin2') ? 1 : 0
  const others = ctx.localCount - ownLocal
  if ((local || e.kind === 'admin1') && others > 0) {
    const votes = (ctx.admin1Weight.get(a1) ?? 0) - (ownLocal && `${own.countryCode}.${own.admin1Code}` === a1 ? 1 : 0)
    s += (ADMIN1_FOCUS * votes) / others
  }
  if (c.adminWord && (e.kind === 'admin1' || e.kind === 'admin2')) s += 3
  // Explicit containment: the next candidate, right after a comma or in brackets, holds this one.
  const container = ctx.best[i + 1]
  if (container && ctx.apposed[i] && containsDirectly(container, e)) s += 5
  if (e.kind === 'city' || e.kind === 'admin2') {
    let nearest = Infinity
    ctx.best.forEach((b, j) => {
      if (j === i || b.kind === 'country' || b.kind === 'region') return
      nearest = Math.min(nearest, distanceKm(e.lat, e.lon, b.lat, b.lon))
    })
    if (nearest < 150) s += 1
    else if (nearest < 400) s += 0.5
  }
  return s
}

function containsDirectly(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.kind === 'country') return inner.countryCode === outer.countryCode && inner.kind !== 'country'
  if (outer.kind === 'admin1') return inner.countryCode === outer.countryCode && inner.admin1Code === outer.admin1Code && inner.kind !== 'admin1'
  return false
}

/** Great-circle distance, R = 6371 km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)))
}
