/**
 * Resolution: each accepted candidate to one gazetteer feature. A prior from population and
 * feature type, then, over two passes, the document's context: its country focus (country names,
 * demonyms, the other places), its first-level areas, explicit containment ("Palmyra, Syria"),
 * admin words ("Idlib province"), and spatial coherence with the other places.
 */
import { distanceKm, EARTH_RADIUS_KM } from '../../doc/geo.js'
import { bareAdminName, bareKey, foldName, looseKey, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import type { Candidate } from './find.js'
import { lowerBound } from '../../doc/spans.js'

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
const CONTAINMENT = 5
const SEAT_AREA = -1.5
const BARE_AREA = 1
/** What a first-level area loses, read bare after a locative cue, to a town of its name that dwarfs its seat: its people counted twice (area and town) and the town's other name. */
const DWARFED_AREA = 2
/** Half the gap between a town's own name and an alternate name, in tenfold populations. */
const OWN_NAME = 0.5
/**
 * What more a lesser town read by an alternate name loses when another feature bears that name as
 * its own: the gap of a thousandfold population with `OWN_NAME`.
 */
const ANOTHERS_NAME = 2.5
/**
 * Capitals, first-level seats and large cities: their alternate names are the names other languages
 * write (Londres, Moscou, Tombouctou, Francfort), not a small town's old names and transliterations.
 */
const SEATS = new Set(['PPLC', 'PPLA'])
/** A city of this many people is large: its alternate names are other languages' names, and it names its country firmly (`firmCountry` in `index.ts`). */
export const LARGE_CITY = 500_000
/** A capital, a first-level seat or a large city (see `SEATS`). */
export const isMajorCity = (e: GazetteerEntry) => SEATS.has(e.featureCode) || e.population >= LARGE_CITY

const CITY_RANK: Record<string, number> = { PPLC: 1.5, PPLA: 1, PPLA2: 0.5, PPLA3: 0.2, PPLX: -1.5, PPLH: -2, PPLQ: -2 }

/** True when `key` is the feature's own name (with or without the apostrophes at its words' edges, `bareKey`). */
export function ownName(e: GazetteerEntry, key: string): boolean {
  const own = foldName(e.name)
  return own === key || bareKey(own) === key
}

export function priorScore(e: GazetteerEntry, key: string, namesCountry = false): number {
  // A country's name means the country: a town that has it only as an alternate name ("Benin"
  // for Benin City) is the unusual reading.
  if (namesCountry && e.kind === 'city' && !ownName(e, key)) return Math.log10(e.population + 10) - 3
  switch (e.kind) {
    case 'country': return 9
    case 'region': return 8.5
    case 'admin1': return Math.log10(e.population + 10) + 0.5
    case 'admin2': return Math.log10(e.population + 10) - 0.5
    // A town's own name is the common reading; an alternate name (GeoNames keeps old forms and
    // transliterations from many languages) is one only when the town is far larger.
    default: return Math.log10(e.population + 10) + (CITY_RANK[e.featureCode] ?? 0) + (ownName(e, key) ? OWN_NAME : -OWN_NAME)
  }
}

/** The seat of a reading's first-level area (`Gazetteer.seat`), when the caller knows it. */
export type SeatOf = (area: GazetteerEntry) => GazetteerEntry | null

export function resolveCandidates(cands: Candidate[], demonymCountries: string[], text: string, seatOf: SeatOf = () => null): Resolution[] {
  // Candidate i is apposed to i+1 in "Palmyra, Syria" and "Homs (Syria)".
  const apposed = cands.map((c, i) => i + 1 < cands.length && /^\s*[,(]\s*$/.test(text.slice(c.end, cands[i + 1]!.start)))
  let best = cands.map((c) => rank(c, (e) => priorScore(e, c.key, namesCountry(c))))
  for (let pass = 0; pass < 2; pass++) {
    const ctx = documentContext(cands, best.map((r) => r[0]!.entry), demonymCountries, apposed, seatOf)
    best = cands.map((c, i) => rank(c, (e) => priorScore(e, c.key, namesCountry(c)) + contextScore(e, c, i, ctx)))
  }
  return cands.map((cand, i) => {
    const ranked = best[i]!
    const top = ranked[0]!.score
    const exps = ranked.map((s) => Math.exp(s.score - top))
    const sum = exps.reduce((a, b) => a + b, 0)
    return { cand, ranked, probs: exps.map((x) => x / sum) }
  })
}

const namesCountry = (c: Candidate) => c.entries.some((e) => e.kind === 'country')

function rank(c: Candidate, score: (e: GazetteerEntry) => number): Scored[] {
  // A first-level area named like its own seat ("Raqqa", "Idlib"): the bare name is the town;
  // the area needs its word ("Raqqa province"), which the context score rewards.
  const seats = new Set(c.entries.filter((e) => e.featureCode === 'PPLA' || e.featureCode === 'PPLC').map((e) => `${e.countryCode}.${e.admin1Code}`))
  const seatPenalty = (e: GazetteerEntry) => (e.kind === 'admin1' && seats.has(`${e.countryCode}.${e.admin1Code}`) ? SEAT_AREA : 0)
  const anothers = readsAnothersName(c)
  return c.entries.map((entry) => ({ entry, score: score(entry) + seatPenalty(entry) - (anothers(entry) ? ANOTHERS_NAME : 0) })).sort((a, b) => b.score - a.score)
}

/**
 * The readings of a name that are a lesser town's alternate name while another feature bears it as
 * its own. Such a name ("Sabie", "Musina", "New Hanover") is that place before it is an old name or
 * a transliteration of a town elsewhere (Şabyā in Saudi Arabia, Muszyna in Poland); another spelling
 * of the town's own name ("Kismaayo") is no other name.
 */
export function readsAnothersName(c: Candidate): (e: GazetteerEntry) => boolean {
  // The countries of the first-level areas that bear the name as their own, with or without the word for their kind.
  const areaOwn = new Set(c.entries.filter((e) => e.kind === 'admin1' && areaOwnName(e, c.key)).map((e) => e.countryCode))
  if (areaOwn.size === 0 && !c.entries.some((e) => ownName(e, c.key))) return () => false
  const loose = looseKey(c.key)
  // An admin word says the name is an area's: where an area bears it as its own, no town has it as
  // another of its names, however large ("Bale Zone", « la zone de Bale » is no Basel, « Bâle »).
  const area = c.adminWord && c.entries.some((e) => (e.kind === 'admin1' || e.kind === 'admin2') && ownName(e, c.key))
  // Without the word, a first-level area of another country that bears the name still outranks a
  // large city's alternate name, an old name or another language's form ("Edo" is Nigeria's Edo
  // State before it is Tokyo's old name); an area of the city's own country is the city's ("Raqqa",
  // Ar Raqqah's governorate, is the city). A second-level area does not: « Vienne » is Vienna in
  // French before it is the French department.
  const abroad = (e: GazetteerEntry) => [...areaOwn].some((cc) => cc !== e.countryCode)
  return (e) => e.kind === 'city' && (area || !isMajorCity(e) || abroad(e)) && !ownName(e, c.key) && looseKey(foldName(e.name)) !== loose
}

/** True when `key` is an area's own name or its own name without the word for its kind ("Edo" for "Edo State", `bareAdminName`). */
function areaOwnName(e: GazetteerEntry, key: string): boolean {
  return ownName(e, key) || foldName(bareAdminName(e.name) ?? '') === key
}

/**
 * A name whose reading won only through `readsAnothersName`: the town elsewhere that has it as an
 * alternate name would have been the likelier by size and rank alone.
 */
export function wonOverAnothersName(r: Resolution): boolean {
  const anothers = readsAnothersName(r.cand)
  const best = r.ranked[0]!.entry
  // An area an admin word names won by that word, not by a doubt about another town's name.
  if (r.cand.adminWord && (best.kind === 'admin1' || best.kind === 'admin2')) return false
  return !anothers(best) && r.cand.entries.some((e) => anothers(e) && priorScore(e, r.cand.key) > priorScore(best, r.cand.key))
}

/** What one distinct name (or demonym) of the document says about its geography: one vote per name, however often repeated. */
interface Vote {
  country: string | null
  weight: number
  /** `CC.A1` of a town or county. */
  admin1: string | null
  entry: GazetteerEntry | null
}

interface DocContext {
  byKey: Map<string, Vote>
  countryWeight: Map<string, number>
  totalWeight: number
  /** Explicitly named first-level areas (`CC.A1`), by the key that names them. */
  admin1Named: Map<string, string>
  /** Votes of the document's towns and counties for their first-level area (`CC.A1`). */
  admin1Weight: Map<string, number>
  localCount: number
  /** Per candidate index: its current best entry. */
  best: GazetteerEntry[]
  /** The distinct best entries that are points (no country or region), for the nearest-place question. */
  points: Points
  cands: Candidate[]
  apposed: boolean[]
  seatOf: SeatOf
}

const isLocal = (e: GazetteerEntry) => e.kind === 'city' || e.kind === 'admin2'

function documentContext(cands: Candidate[], best: GazetteerEntry[], demonyms: string[], apposed: boolean[], seatOf: SeatOf): DocContext {
  const byKey = new Map<string, Vote>()
  best.forEach((e, i) => {
    const c = cands[i]!
    if (byKey.has(c.key)) return
    byKey.set(c.key, { country: e.countryCode, weight: e.kind === 'country' ? 2 : 1, admin1: isLocal(e) ? `${e.countryCode}.${e.admin1Code}` : null, entry: e })
  })
  new Set(demonyms).forEach((cc) => byKey.set(`demonym:${cc}`, { country: cc, weight: 1, admin1: null, entry: null }))
  const countryWeight = new Map<string, number>()
  const admin1Weight = new Map<string, number>()
  const admin1Named = new Map<string, string>()
  let totalWeight = 0
  let localCount = 0
  for (const [key, v] of byKey) {
    if (v.country) {
      countryWeight.set(v.country, (countryWeight.get(v.country) ?? 0) + v.weight)
      totalWeight += v.weight
    }
    if (v.admin1) {
      admin1Weight.set(v.admin1, (admin1Weight.get(v.admin1) ?? 0) + 1)
      localCount++
    }
    if (v.entry?.kind === 'admin1') admin1Named.set(`${v.entry.countryCode}.${v.entry.admin1Code}`, key)
  }
  return { byKey, countryWeight, totalWeight, admin1Named, admin1Weight, localCount, best, points: pointsOf(best), cands, apposed, seatOf }
}

/**
 * Entries sorted by latitude, each once; the latitudes in a typed array, one kind of array whether
 * there are none, whole numbers only or fractions (a plain array's kind differs, and the first
 * other kind after optimisation throws the searching function's code away).
 */
interface Points {
  lat: Float64Array
  entries: GazetteerEntry[]
}

function pointsOf(best: readonly GazetteerEntry[]): Points {
  const entries = [...new Set(best)].filter((b) => b.kind !== 'country' && b.kind !== 'region').sort((a, b) => a.lat - b.lat)
  return { lat: Float64Array.from(entries, (e) => e.lat), entries }
}

/** Farther than this, a place adds nothing to a town's coherence (see `contextScore`). */
const NEAR_KM = 400
/**
 * Degrees of latitude beyond which two points are farther than `NEAR_KM`: a great-circle distance is
 * at least the Earth's radius times the difference in latitude; a tenth of a degree more for rounding.
 */
const NEAR_LAT = (NEAR_KM / EARTH_RADIUS_KM) * (180 / Math.PI) + 0.1

/**
 * The distance from `e` to the nearest of `points` other than `self` when it is under `NEAR_KM`
 * (Infinity, or some distance at least `NEAR_KM`, when none is): only points within `NEAR_LAT` degrees
 * of latitude are measured, not every place of the document for every reading of every name.
 */
function nearestKm(e: GazetteerEntry, self: GazetteerEntry, points: Points): number {
  const lo = lowerBound(0, points.lat.length, (k) => points.lat[k]! < e.lat - NEAR_LAT)
  let nearest = Infinity
  for (let k = lo; k < points.lat.length && points.lat[k]! <= e.lat + NEAR_LAT; k++) {
    const b = points.entries[k]!
    if (b !== self) nearest = Math.min(nearest, distanceKm(e.lat, e.lon, b.lat, b.lon))
  }
  return nearest
}

function contextScore(e: GazetteerEntry, c: Candidate, i: number, ctx: DocContext): number {
  let s = 0
  const own = ctx.byKey.get(c.key)
  // Country focus, without this name's own vote.
  if (e.countryCode) {
    const total = ctx.totalWeight - (own?.country ? own.weight : 0)
    const ownVote = own?.country === e.countryCode ? own.weight : 0
    if (total > 0) s += (COUNTRY_FOCUS * ((ctx.countryWeight.get(e.countryCode) ?? 0) - ownVote)) / total
  }
  const a1 = `${e.countryCode}.${e.admin1Code}`
  const named = ctx.admin1Named.get(a1)
  if (isLocal(e) && named !== undefined && named !== c.key) s += ADMIN1_NAMED
  // The other towns' first-level areas, without this name's own vote.
  const others = ctx.localCount - (own?.admin1 ? 1 : 0)
  if ((isLocal(e) || e.kind === 'admin1') && others > 0) {
    const votes = (ctx.admin1Weight.get(a1) ?? 0) - (own?.admin1 === a1 ? 1 : 0)
    s += (ADMIN1_FOCUS * votes) / others
  }
  if (c.adminWord && (e.kind === 'admin1' || e.kind === 'admin2')) s += 3
  // "in Beni": a bare name after a locative cue is more often a town of some size that bears it
  // (a tenth of the area's people or more) than a first-level area abroad; and than its own area when
  // the town dwarfs the area's seat ("in New York": the city, not the state placed at Albany).
  // The city may be read by another name: GeoNames calls it "New York City".
  if (e.kind === 'admin1' && c.cueBefore && !c.adminWord) {
    if (c.entries.some((o) => o.kind === 'city' && o.countryCode !== e.countryCode && o.population * 10 >= e.population && ownName(o, c.key))) s -= BARE_AREA
    else if (c.entries.some((o) => o.kind === 'city' && (ownName(o, c.key) || isMajorCity(o)) && dwarfsSeat(o, e, ctx.seatOf))) s -= DWARFED_AREA
  }
  // Explicit containment, "Alexandria, La.": any reading of the next name that holds this one,
  // and, seen from the container, any reading of the previous name that it holds.
  if (ctx.apposed[i] && ctx.cands[i + 1]!.entries.some((o) => containsDirectly(o, e))) s += CONTAINMENT
  if (i > 0 && ctx.apposed[i - 1] && ctx.cands[i - 1]!.entries.some((inner) => containsDirectly(e, inner))) s += CONTAINMENT - 1
  // A section of a city is the one of its name whose city the sentence names, else the text
  // ("A Homs, … le quartier de Jobar": Homs's Jobar, not Damascus's).
  if (e.featureCode === 'PPLX') s += sectionCityScore(e, c, ctx)
  if (e.kind === 'city' || e.kind === 'admin2') {
    // The nearest other place of the document (by its best reading).
    const nearest = nearestKm(e, ctx.best[i]!, ctx.points)
    if (nearest < 150) s += 1
    else if (nearest < NEAR_KM) s += 0.5
  }
  return s
}

/** A town within this distance of a section of a city is that section's city. */
const SECTION_CITY_KM = 20
/** What a section of a city gains when its city is named in its sentence, and in the text only. */
const SECTION_CITY_SENTENCE = 2
const SECTION_CITY_TEXT = 1

/**
 * `SECTION_CITY_SENTENCE` when a town (not another section) the sentence of `c` names lies within
 * `SECTION_CITY_KM` of section `e`, `SECTION_CITY_TEXT` when one the text names does, else nothing:
 * two cities may have sections of one name (Jobar in Damascus and in Homs).
 */
function sectionCityScore(e: GazetteerEntry, c: Candidate, ctx: DocContext): number {
  let s = 0
  ctx.cands.forEach((o, k) => {
    const b = ctx.best[k]!
    if (o === c || b.kind !== 'city' || b.featureCode === 'PPLX' || distanceKm(b.lat, b.lon, e.lat, e.lon) > SECTION_CITY_KM) return
    s = Math.max(s, o.sentence === c.sentence ? SECTION_CITY_SENTENCE : SECTION_CITY_TEXT)
  })
  return s
}

/** How many times its area's seat's population a town must hold to be what the area's bare name means. */
const DWARFS_SEAT = 10

/** A town of an area, not its seat, with `DWARFS_SEAT` times the seat's people (New York City beside Albany). */
function dwarfsSeat(town: GazetteerEntry, area: GazetteerEntry, seatOf: SeatOf): boolean {
  if (town.admin1Code !== area.admin1Code || SEATS.has(town.featureCode)) return false
  const seat = seatOf(area)
  return seat !== null && seat.featureCode === 'PPLA' && town.population >= DWARFS_SEAT * seat.population
}

function containsDirectly(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.kind === 'country') return inner.countryCode === outer.countryCode && inner.kind !== 'country'
  if (outer.kind === 'admin1') return inner.countryCode === outer.countryCode && inner.admin1Code === outer.admin1Code && inner.kind !== 'admin1'
  return false
}

