/**
 * The offline gazetteer: compiled once from its sources into `.cache/gazetteer/` (rebuilt when a
 * source changes), then loaded once per process. Lookups take folded names (see `fold.ts`).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildGazetteer } from './build.js'
import { consonantKey, foldName, looseKey, vowelKey, vowelKeyAsked } from './fold.js'
import { LOOSE_MIN, packGazetteer, readPacked, writePacked, type PackedGazetteer } from './pack.js'
import { CACHE_DIR, readKbTable, sourceStamp } from './sources.js'
import type { FeatureKind, GazetteerEntry } from './types.js'
import { lowerBound } from '../../doc/spans.js'

export type { FeatureKind, GazetteerEntry } from './types.js'
export { bareKey, consonantKey, foldName, keyStartOf, looseKey, ungluedKey, vowelKey } from './fold.js'

/** Bump when the compiled shape or the build rules change. */
const INDEX_VERSION = 9

export interface Gazetteer {
  /** Every feature a folded name may refer to. */
  lookup(key: string): GazetteerEntry[]
  has(key: string): boolean
  /** True when some key starts with `key` and a space: a longer name may begin with this one. */
  continues(key: string): boolean
  /**
   * Features whose names share the loose key of `key` (`looseKey`: another transliteration of the
   * same name), for names nothing matches exactly; the loose keys are computed with the index.
   */
  lookupLoose(key: string): GazetteerEntry[]
  /**
   * Features whose names share the vowel key of `key` (`vowelKey`: the loose key with its vowels
   * written any way, "Nekemt" for Nek'emte, "Badelle" for Bedele), for names neither the exact nor
   * the loose key finds; empty for a key of too few consonants.
   */
  lookupVowels(key: string): GazetteerEntry[]
  /**
   * The first- and second-level areas a name a compass word opens may be ("West Hararge", "Mirab
   * Harerge" for West Harerghe Zone): same direction, same consonants of the core name (`areaKey`).
   */
  lookupArea(key: string): GazetteerEntry[]
  entry(row: number): GazetteerEntry
  /** The country feature for an ISO alpha-2 code. */
  country(code: string): GazetteerEntry | null
  admin1(countryCode: string, admin1Code: string): GazetteerEntry | null
  /**
   * The seat of a first-level area (its PPLA, else the capital when the area holds it), or with no
   * area the country's capital: where ACLED codes what a source places only in that area or country.
   */
  seat(countryCode: string, admin1Code?: string | null): GazetteerEntry | null
  size: number
}

export interface LoadStats {
  built: boolean
  buildMs: number
  loadMs: number
  path: string
}

let loaded: Gazetteer | null = null
let stats: LoadStats | null = null
/** The packed index behind `loaded`, for `eachOwnName`. */
let loadedPacked: PackedGazetteer | null = null

export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded
  const t0 = performance.now()
  const stamp = sourceStamp(INDEX_VERSION)
  const dir = join(CACHE_DIR, 'gazetteer', stamp)
  let buildMs = 0
  let packed: PackedGazetteer
  if (existsSync(join(dir, 'meta.json'))) {
    packed = readPacked(dir)
  } else {
    packed = packGazetteer(buildGazetteer(INDEX_VERSION, stamp))
    // The index on disk only saves the next process the build: a folder it cannot write is no error.
    try {
      writePacked(dir, packed)
      pruneOldIndexes(join(CACHE_DIR, 'gazetteer'), stamp)
    } catch {
      // Read-only or full: this process goes on with the index it built.
    }
    buildMs = performance.now() - t0
  }
  loaded = createGazetteer(packed)
  loadedPacked = packed
  stats = { built: buildMs > 0, buildMs, loadMs: performance.now() - t0 - buildMs, path: dir }
  return loaded
}
/** Removes indexes built from older sources; another process may still hold one open, which is fine on POSIX. */
function pruneOldIndexes(root: string, keep: string): void {
  for (const d of readdirSync(root)) {
    if (d !== keep && /^[0-9a-f]{16}$/.test(d)) rmSync(join(root, d), { recursive: true, force: true })
  }
}

/**
 * Every feature's own name with its country and GeoNames feature code (towns, areas, countries,
 * regions), in row order: what a model of the gazetteer's names learns from. Loads the gazetteer.
 */
export function eachOwnName(fn: (name: string, countryCode: string, featureCode: string) => void): void {
  loadGazetteer()
  const p = loadedPacked!
  for (let r = 0; r < p.rows; r++) fn(p.names.slice(p.nameStart[r]!, p.nameStart[r + 1]! - 1), p.strings[p.cc[r]!]!, p.strings[p.fcode[r]!]!)
}

/** The fingerprint of the gazetteer's sources and build (its cache folder's name): caches derived from it key on it. */
export function gazetteerStamp(): string {
  loadGazetteer()
  return loadedPacked!.stamp
}

/** How the gazetteer was obtained in this process (for the bench); null before the first load. */
export function gazetteerLoadStats(): LoadStats | null {
  return stats
}

function kindOf(fcode: string): FeatureKind {
  if (fcode === 'PCLI') return 'country'
  if (fcode === 'ADM1') return 'admin1'
  if (fcode === 'ADM2') return 'admin2'
  if (fcode.startsWith('PPL')) return 'city'
  return 'region'
}

/** First letters of exact keys whose loose key may start with `c` (`looseKey`: q→k, ph→f, ou→u, y/ee→i). */
const LOOSE_FROM: Readonly<Record<string, readonly string[]>> = { k: ['k', 'q'], f: ['f', 'p'], u: ['u', 'o'], i: ['i', 'y', 'e'] }
const LOOSE_SOURCES = (c: string): readonly string[] => LOOSE_FROM[c] ?? [c]

let suffixRe: RegExp | null = null
let compass: Map<string, string> | null = null
let suffixWords: Set<string> | null = null

/** A compass word that opens areas' names (`kb/places/area-compass.tsv`) → its direction. */
export function compassDirection(word: string): string | undefined {
  if (!compass) {
    compass = new Map()
    for (const { cols } of readKbTable('area-compass.tsv', 2)) for (const w of cols[1]!.split('|')) compass.set(w.trim(), cols[0]!)
  }
  return compass.get(word)
}

/**
 * The key of a folded name a compass word opens, by which `lookupArea` finds an area: the direction
 * and the consonants of the core name (`consonantKey`), without the admin word GeoNames or the
 * writer puts after it ("east hararghe zone" → "east hrg"). Null for any other name, for a core of
 * fewer than three consonant-key letters, or for a direction of two words ("South West").
 */
export function areaKey(key: string): string | null {
  const words = key.split(' ')
  const dir = words.length >= 2 ? compassDirection(words[0]!) : undefined
  if (!dir) return null
  suffixWords ??= new Set(readKbTable('admin-suffixes.txt', 1).map((r) => foldName(r.cols[0]!)))
  const core = words.slice(1)
  while (core.length > 1 && suffixWords.has(core.at(-1)!)) core.pop()
  if (core.some((w) => compassDirection(w) !== undefined || suffixWords!.has(w))) return null
  const consonants = consonantKey(core.join(' '))
  return consonants.length >= 3 ? `${dir} ${consonants}` : null
}

const NO_KEYS = new Int32Array(0)

/**
 * A first-level area's name as ACLED and most writers give it, without the word for its type
 * that GeoNames appends ("Borno State" → "Borno", "Sfax Governorate" → "Sfax"; the words are
 * `kb/places/admin-suffixes.txt`). A name that is only such words stays whole.
 */
export function bareAdminName(name: string | undefined): string | null {
  if (!name) return null
  suffixRe ??= new RegExp(`\\s+(?:${readKbTable('admin-suffixes.txt', 1).map((r) => r.cols[0]!).join('|')})$`, 'i')
  const bare = name.replace(suffixRe, '')
  return bare || name
}

function createGazetteer(p: PackedGazetteer): Gazetteer {
  const str = (i: number) => p.strings[i]!
  const countries = new Map<string, number>()
  const admin1s = new Map<string, number>()
  const keepLarger = (map: Map<string, number>, key: string, r: number) => {
    const had = map.get(key)
    if (had === undefined || p.pop[r]! > p.pop[had]!) map.set(key, r)
  }
  const seats = new Map<string, number>()
  const capitals = new Map<string, number>()
  for (let r = 0; r < p.rows; r++) {
    const f = str(p.fcode[r]!)
    if (f === 'PCLI') countries.set(str(p.cc[r]!), r)
    else if (f === 'ADM1') admin1s.set(`${str(p.cc[r]!)}.${str(p.admin1[r]!)}`, r)
    // An area or country with two seats listed (an old one kept): the more populous.
    else if (f === 'PPLA') keepLarger(seats, `${str(p.cc[r]!)}.${str(p.admin1[r]!)}`, r)
    else if (f === 'PPLC') keepLarger(capitals, str(p.cc[r]!), r)
  }
  const keyCount = p.keyStart.length - 1
  // Compares the key at `start` .. `end` of a newline-joined blob with `key` in place, code unit by
  // code unit as `<` does, without a substring per probe.
  const compareIn = (blob: string, start: number, end: number, key: string): number => {
    const len = end - start
    const n = Math.min(len, key.length)
    for (let i = 0; i < n; i++) {
      const d = blob.charCodeAt(start + i) - key.charCodeAt(i)
      if (d !== 0) return d
    }
    return len - key.length
  }
  const compareKey = (k: number, key: string): number => compareIn(p.keys, p.keyStart[k]!, p.keyStart[k + 1]! - 1, key)
  /** The first key not below `prefix` (keys are sorted). */
  const firstAtLeast = (prefix: string): number => lowerBound(0, keyCount, (k) => compareKey(k, prefix) < 0)
  // Keys asked are folded names, asked again and again (the same words across articles), most of
  // them both whether they are a key (`findKey`) and whether a longer key goes on from them
  // (`continues`): both answers are kept in one number per key (bounded, emptied when full), so the
  // second question costs no second search of a map. `known` is 4 × (the key's index + 2, or 1 when
  // it is no key, or 0 not yet asked) + (2 when a longer key goes on, 1 when none does, 0 not yet asked).
  const known = new Map<string, number>()
  const remember = (key: string, value: number): void => {
    if (known.size >= 200_000) known.clear()
    known.set(key, value)
  }
  const findKey = (key: string): number => {
    const had = known.get(key) ?? 0
    if (had >= 4) return (had >> 2) - 2
    let k = firstAtLeast(key)
    if (k >= keyCount || compareKey(k, key) !== 0) k = -1
    remember(key, 4 * (k + 2) + had)
    return k
  }
  // Asked per capitalised word of every article.
  const continues = (key: string): boolean => {
    const had = known.get(key) ?? 0
    if ((had & 3) !== 0) return (had & 3) === 2
    const prefix = `${key} `
    const k = firstAtLeast(prefix)
    const yes = k < keyCount && p.keyStart[k + 1]! - 1 - p.keyStart[k]! >= prefix.length && p.keys.startsWith(prefix, p.keyStart[k]!)
    remember(key, had + (yes ? 2 : 1))
    return yes
  }
  const entries = new Map<number, GazetteerEntry>()
  const coarse = new Set(p.coarseRows)
  const entry = (row: number): GazetteerEntry => {
    let e = entries.get(row)
    if (e) return e
    const gid = p.gid[row]!
    const cc = str(p.cc[row]!)
    const a1 = str(p.admin1[row]!)
    const fcode = str(p.fcode[row]!)
    e = {
      row,
      id: str(p.ref[row]!) || `geonames:${gid}`,
      geonameId: gid > 0 ? gid : null,
      name: p.names.slice(p.nameStart[row]!, p.nameStart[row + 1]! - 1),
      lat: Math.round(p.lat[row]! * 1e5) / 1e5,
      lon: Math.round(p.lon[row]! * 1e5) / 1e5,
      countryCode: cc || null,
      admin1Code: a1 || null,
      admin1Name: (a1 && bareAdminName(p.admin1Names[`${cc}.${a1}`])) || null,
      featureCode: fcode,
      kind: kindOf(fcode),
      population: p.pop[row]!,
      coarse: coarse.has(row),
    }
    entries.set(row, e)
    return e
  }
  /** The entries of key k, read straight from the postings (no array of rows first). */
  const entriesOfKey = (k: number): GazetteerEntry[] => {
    const from = p.postStart[k]!
    const out = new Array<GazetteerEntry>(p.postStart[k + 1]! - from)
    for (let i = 0; i < out.length; i++) out[i] = entry(p.postRows[from + i]!)
    return out
  }
  const looseCount = p.looseStart.length - 1
  /** The keys (ascending) whose loose key is `lk`. */
  const keysOfLoose = (lk: string): Int32Array => {
    const lo = lowerBound(0, looseCount, (k) => compareIn(p.looseKeys, p.looseKeyStart[k]!, p.looseKeyStart[k + 1]! - 1, lk) < 0)
    if (lo === looseCount || compareIn(p.looseKeys, p.looseKeyStart[lo]!, p.looseKeyStart[lo + 1]! - 1, lk) !== 0) return NO_KEYS
    return p.looseRows.subarray(p.looseStart[lo]!, p.looseStart[lo + 1]!)
  }
  const vowelCount = p.vowelStart.length - 1
  const compareVowel = (v: number, vk: string): number => compareIn(p.vowelKeys, p.vowelKeyStart[v]!, p.vowelKeyStart[v + 1]! - 1, vk)
  // Areas by `areaKey` of their own names, built at the first question (a few thousand names).
  let areas: Map<string, number[]> | null = null
  const areaRows = (): Map<string, number[]> => {
    if (areas) return areas
    areas = new Map()
    for (let r = 0; r < p.rows; r++) {
      const f = str(p.fcode[r]!)
      if (f !== 'ADM1' && f !== 'ADM2') continue
      const ak = areaKey(foldName(p.names.slice(p.nameStart[r]!, p.nameStart[r + 1]! - 1)))
      if (!ak) continue
      const rows = areas.get(ak)
      if (rows) rows.push(r)
      else areas.set(ak, [r])
    }
    return areas
  }
  return {
    lookupArea: (key) => {
      const ak = areaKey(key)
      return ak ? (areaRows().get(ak) ?? []).map(entry) : []
    },
    lookup: (key) => {
      const k = findKey(key)
      return k < 0 ? [] : entriesOfKey(k)
    },
    lookupLoose: (key) => {
      const lk = looseKey(key)
      if (lk.length < LOOSE_MIN) return []
      // Only keys that start with a letter the loose key's first letter can come from, by letter in that order.
      const ks = keysOfLoose(lk)
      if (ks.length === 0) return []
      // Rows in the order letter, key, posting; each once (a Set keeps the first).
      const rows = new Set<number>()
      for (const letter of LOOSE_SOURCES(lk[0]!)) {
        for (const k of ks) {
          if (p.keys[p.keyStart[k]!] !== letter) continue
          for (let i = p.postStart[k]!; i < p.postStart[k + 1]!; i++) rows.add(p.postRows[i]!)
        }
      }
      return [...rows].map(entry)
    },
    lookupVowels: (key) => {
      const vk = vowelKey(looseKey(key))
      if (!vowelKeyAsked(vk)) return []
      const v = lowerBound(0, vowelCount, (i) => compareVowel(i, vk) < 0)
      if (v === vowelCount || compareVowel(v, vk) !== 0) return []
      // Rows in the order loose key, key, posting; each once.
      const rows = new Set<number>()
      for (let i = p.vowelStart[v]!; i < p.vowelStart[v + 1]!; i++) {
        const l = p.vowelRows[i]!
        for (let j = p.looseStart[l]!; j < p.looseStart[l + 1]!; j++) {
          const k = p.looseRows[j]!
          for (let x = p.postStart[k]!; x < p.postStart[k + 1]!; x++) rows.add(p.postRows[x]!)
        }
      }
      return [...rows].map(entry)
    },
    has: (key) => findKey(key) >= 0,
    continues,
    entry,
    country: (code) => {
      const r = countries.get(code.toUpperCase())
      return r === undefined ? null : entry(r)
    },
    admin1: (cc, a1) => {
      const r = admin1s.get(`${cc}.${a1}`)
      return r === undefined ? null : entry(r)
    },
    seat: (cc, a1) => {
      const capital = capitals.get(cc.toUpperCase())
      const capitalEntry = capital === undefined ? null : entry(capital)
      if (!a1) return capitalEntry
      const r = seats.get(`${cc.toUpperCase()}.${a1}`)
      if (r !== undefined) return entry(r)
      return capitalEntry?.admin1Code === a1 ? capitalEntry : null
    },
    size: p.rows,
  }
}

/** Convenience for callers holding a raw name: fold, then look up. */
export function lookupName(name: string): GazetteerEntry[] {
  return loadGazetteer().lookup(foldName(name))
}
