/**
 * The country a place name's spelling tells: a character model of the gazetteer's own names of
 * towns and areas for each country (each letter's probability after the one, two or three before
 * it in that country's names, word edges marked, the orders interpolated), and the posterior of
 * each country for a name, all countries alike a priori. Somali, Oromo, Hausa, Bantu, Malagasy,
 * Maghreb Arabic or Afrikaans names are spelt each their way ("Buulo Xaawo", "Gannale Dumey", "Dan
 * Gulbi", "Ambohimanarina"). Trained from the gazetteer alone, never from texts; built once into
 * `.cache/spelling/` (keyed by the gazetteer's stamp and this model's version) and loaded once per
 * process. A guess is trusted from `SPELLING_SURE`, the posterior from which the country is right
 * nine times in ten on held-out gazetteer names of thinly covered countries
 * (`scripts/calibrate-spelling.ts`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { asideName } from '../cache-file.js'
import { eachOwnName, foldName, gazetteerStamp } from './index.js'
import { CACHE_DIR } from './sources.js'

/** Bump when the model's features, training names or file shape change. */
const MODEL_VERSION = 3

/** Letters a–z are 1–26, a word's edge 27: an n-gram of up to four is one number below 28⁴. */
const BASE = 28
const EDGE = 27
const GRAMS = BASE ** 4
/** The weight of the model of each order (index: letters of the n-gram) in a letter's probability. */
const LAMBDA = [0, 0.1, 0.2, 0.3, 0.4]
/**
 * A name's letters are not independent evidence: the model's likelihoods, multiplied over them,
 * call most guesses certain. Their logarithms are divided by this before the posterior, which
 * then reads on held-out gazetteer names about as often right as it says (`scripts/calibrate-spelling.ts`).
 */
const TEMPER = 2

/**
 * The posterior at which a guess is trusted. On gazetteer names held out of training (five folds by
 * name), the guesses from 0.68 up name the right country 90 % of the time; but the towns the
 * gazetteer lacks lie mostly in the countries it covers thinly, and on the held-out names of the
 * countries of fewer than 1,000 names (208 of them) the guesses are right 90 % of the time from
 * 0.81 up. See docs/quality.md and `scripts/calibrate-spelling.ts`.
 */
export const SPELLING_SURE = 0.81

/** The feature codes whose names the model learns: towns and administrative areas. */
const LEARNED = /^(PPL|ADM[12]$)/

export interface SpellingModel {
  /** ISO alpha-2 codes, by class index. */
  classes: string[]
  /** The words for an area's kind left out of the names learned, and so of the names asked. */
  kinds: ReadonlySet<string>
  /** For n-gram g, the classes that have it and how often, in `cls`/`count[gramStart[g] .. gramStart[g+1])`. */
  gramStart: Int32Array
  cls: Uint8Array
  count: Float32Array
  /** Per class: the letters and the words of its names. */
  letters: Float64Array
  words: Float64Array
}

export interface SpellingGuess {
  country: string
  posterior: number
}

/** The n-gram numbers of a folded name, appended to `out` (returned). */
export function gramsOf(key: string, out: number[] = []): number[] {
  const syms: number[] = [EDGE]
  const flush = () => {
    if (syms.length > 1) {
      syms.push(EDGE)
      for (let n = 1; n <= 4; n++) {
        for (let i = 0; i + n <= syms.length; i++) {
          if (n === 1 && syms[i] === EDGE) continue
          let code = 0
          for (let j = n - 1; j >= 0; j--) code = code * BASE + syms[i + j]!
          out.push(code)
        }
      }
    }
    syms.length = 1
  }
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c >= 97 && c <= 122) syms.push(c - 96)
    else flush()
  }
  flush()
  return out
}

/** A training name: its folded key and its country. */
export interface NameSample {
  key: string
  country: string
}

/** A word that ends the names of this many first- and second-level areas is a word for their kind. */
const KIND_MIN = 20

/**
 * The gazetteer's own names of towns and first- and second-level areas, folded, each (name,
 * country) once: a town and its district of one name, or two villages of one name in a country,
 * count once. The word for an area's kind that GeoNames puts after its name ("County", "Rayon",
 * "Zone", "Constituency": a last word of `KIND_MIN` areas' names or more) is left out, as the places
 * stage leaves out a kind word after a name: it tells how GeoNames names a country's areas, not
 * how its names are spelt. Those words come with the names (`kinds`).
 */
export function gazetteerSamples(): { samples: NameSample[]; kinds: string[] } {
  const names: { key: string; cc: string }[] = []
  const lastWords = new Map<string, number>()
  eachOwnName((name, cc, fcode) => {
    if (!cc || !LEARNED.test(fcode)) return
    const key = foldName(name)
    if (!/[a-z]/.test(key)) return
    names.push({ key, cc })
    const space = key.lastIndexOf(' ')
    if (space > 0 && fcode.startsWith('ADM')) {
      const last = key.slice(space + 1)
      lastWords.set(last, (lastWords.get(last) ?? 0) + 1)
    }
  })
  const kinds = [...lastWords].filter(([, n]) => n >= KIND_MIN).map(([w]) => w).sort()
  const kindSet = new Set(kinds)
  const seen = new Set<string>()
  const samples: NameSample[] = []
  for (const { key, cc } of names) {
    const bare = withoutKind(key, kindSet)
    const id = `${cc}\t${bare}`
    if (seen.has(id)) continue
    seen.add(id)
    samples.push({ key: bare, country: cc })
  }
  return { samples, kinds }
}

/** A folded name without the kind word that ends it ("emurua dikirr constituency" → "emurua dikirr"); a name of one word stays. */
function withoutKind(key: string, kinds: ReadonlySet<string>): string {
  const space = key.lastIndexOf(' ')
  return space > 0 && kinds.has(key.slice(space + 1)) ? key.slice(0, space) : key
}

/**
 * Trains the model on `samples`, a class per country, and the kind words left out of their names.
 */
export function trainSpelling(samples: readonly NameSample[], kinds: readonly string[] = []): SpellingModel {
  const classes = [...new Set(samples.map((s) => s.country))].sort()
  if (classes.length > 256) throw new Error('more than 256 countries')
  const index = new Map(classes.map((c, i) => [c, i]))
  const byClass: NameSample[][] = classes.map(() => [])
  for (const s of samples) byClass[index.get(s.country)!]!.push(s)
  // Counts of one class at a time in a dense table, emitted as (gram, class, count) triples.
  const counter = new Int32Array(GRAMS)
  const touched: number[] = []
  const tGram: number[] = []
  const tCls: number[] = []
  const tCount: number[] = []
  const letters = new Float64Array(classes.length)
  const words = new Float64Array(classes.length)
  const grams: number[] = []
  byClass.forEach((names, k) => {
    for (const s of names) {
      for (const w of s.key.split(NOT_LETTER)) {
        if (!w) continue
        words[k]!++
        letters[k]! += w.length
      }
      grams.length = 0
      for (const g of gramsOf(s.key, grams)) {
        if (counter[g] === 0) touched.push(g)
        counter[g]!++
      }
    }
    for (const g of touched) {
      tGram.push(g)
      tCls.push(k)
      tCount.push(counter[g]!)
      counter[g] = 0
    }
    touched.length = 0
  })
  const gramStart = new Int32Array(GRAMS + 1)
  for (const g of tGram) gramStart[g + 1]!++
  for (let g = 0; g < GRAMS; g++) gramStart[g + 1]! += gramStart[g]!
  const fill = gramStart.slice(0, GRAMS)
  const cls = new Uint8Array(tGram.length)
  const count = new Float32Array(tGram.length)
  for (let i = 0; i < tGram.length; i++) {
    const at = fill[tGram[i]!]!++
    cls[at] = tCls[i]!
    count[at] = tCount[i]!
  }
  return { classes, kinds: new Set(kinds), gramStart, cls, count, letters, words }
}

const NOT_LETTER = /[^a-z]+/

/**
 * Each country's log-likelihood of a folded name (its kind word left out): for every letter and
 * word edge after the first edge, the interpolated probability of it after the three, two, one and
 * no letters before it in that country's names; null for a name with no letter.
 */
function logLikelihoods(model: SpellingModel, key: string): Float64Array | null {
  const n = model.classes.length
  const out = new Float64Array(n)
  const num = new Float64Array(n)
  const den = new Float64Array(n)
  const p = new Float64Array(n)
  /** The counts of n-gram `g` by class into `into` (zero elsewhere). */
  const spread = (g: number, into: Float64Array) => {
    into.fill(0)
    for (let i = model.gramStart[g]!, end = model.gramStart[g + 1]!; i < end; i++) into[model.cls[i]!] = model.count[i]!
  }
  const syms: number[] = []
  let any = false
  for (const w of withoutKind(key, model.kinds).split(NOT_LETTER)) {
    if (!w) continue
    any = true
    syms.length = 0
    syms.push(EDGE)
    for (let i = 0; i < w.length; i++) syms.push(w.charCodeAt(i) - 96)
    syms.push(EDGE)
    for (let i = 1; i < syms.length; i++) {
      // No letters before: the letter's share of the class's letters and word ends, add-one.
      if (syms[i] === EDGE) num.set(model.words)
      else spread(syms[i]!, num)
      for (let c = 0; c < n; c++) p[c] = (LAMBDA[1]! * (num[c]! + 1)) / (model.letters[c]! + model.words[c]! + BASE - 1)
      // One, two and three letters before: the n-gram ending at i over its history, where the class has the history.
      for (let order = 2; order <= 4 && i - order + 1 >= 0; order++) {
        spread(codeOf(syms, i - order + 1, order), num)
        const history = codeOf(syms, i - order + 1, order - 1)
        // A word's opening edge is no n-gram of its own: as many as the class has words.
        if (history === EDGE) den.set(model.words)
        else spread(history, den)
        for (let c = 0; c < n; c++) if (den[c]! > 0) p[c]! += (LAMBDA[order]! * num[c]!) / den[c]!
      }
      for (let c = 0; c < n; c++) out[c]! += Math.log(p[c]!)
    }
  }
  return any ? out : null
}

/** The number of the n-gram of `length` symbols starting at `from` (the first symbol lowest, as `gramsOf` numbers them). */
function codeOf(syms: readonly number[], from: number, length: number): number {
  let code = 0
  for (let j = length - 1; j >= 0; j--) code = code * BASE + syms[from + j]!
  return code
}

/** The most likely country of a folded name and its posterior (`TEMPER`); null for a name with no letter. */
export function guessCountry(model: SpellingModel, key: string): SpellingGuess | null {
  const score = logLikelihoods(model, key)
  if (!score) return null
  let best = 0
  for (let c = 1; c < score.length; c++) if (score[c]! > score[best]!) best = c
  let sum = 0
  for (let c = 0; c < score.length; c++) sum += Math.exp((score[c]! - score[best]!) / TEMPER)
  return { country: model.classes[best]!, posterior: 1 / sum }
}

let loaded: SpellingModel | null = null
let buildMs = 0

/** The model of the gazetteer's names, built at the first call (or read from the cache) and kept. */
export function loadSpellingModel(): SpellingModel {
  if (loaded) return loaded
  const stamp = `${gazetteerStamp()}-${MODEL_VERSION}`
  const root = join(CACHE_DIR, 'spelling')
  const dir = join(root, stamp)
  if (existsSync(join(dir, 'meta.json'))) {
    loaded = readModel(dir)
    return loaded
  }
  const t0 = performance.now()
  const { samples, kinds } = gazetteerSamples()
  loaded = trainSpelling(samples, kinds)
  buildMs = performance.now() - t0
  try {
    writeModel(dir, loaded)
    for (const d of readdirSync(root)) if (d !== stamp) rmSync(join(root, d), { recursive: true, force: true })
  } catch {
    // The cache only saves the next process the build.
  }
  return loaded
}

/** How long this process took to build the model (0 when it was read from the cache or not loaded). */
export function spellingBuildMs(): number {
  return buildMs
}

/** The country a place name the gazetteer lacks is spelt like, when the model is sure of it (`SPELLING_SURE`). */
export function spelledCountry(name: string): string | null {
  const guess = guessCountry(loadSpellingModel(), foldName(name))
  return guess && guess.posterior >= SPELLING_SURE ? guess.country : null
}

const ARRAYS = ['gramStart', 'cls', 'count', 'letters', 'words'] as const

function writeModel(dir: string, m: SpellingModel): void {
  mkdirSync(dir, { recursive: true })
  const put = (file: string, data: string | NodeJS.ArrayBufferView) => {
    const tmp = asideName(join(dir, file))
    writeFileSync(tmp, data)
    renameSync(tmp, join(dir, file))
  }
  for (const a of ARRAYS) put(`${a}.bin`, m[a])
  // The meta file goes last: its presence says the rest is complete.
  put('meta.json', JSON.stringify({ classes: m.classes, kinds: [...m.kinds] }))
}

function readModel(dir: string): SpellingModel {
  const buf = (file: string) => {
    const b = readFileSync(join(dir, `${file}.bin`))
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
  }
  const { classes, kinds } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { classes: string[]; kinds: string[] }
  return {
    classes,
    kinds: new Set(kinds),
    gramStart: new Int32Array(buf('gramStart')),
    cls: new Uint8Array(buf('cls')),
    count: new Float32Array(buf('count')),
    letters: new Float64Array(buf('letters')),
    words: new Float64Array(buf('words')),
  }
}
