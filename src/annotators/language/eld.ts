/**
 * eld's language detection ("medium" database), computed as eld 2.1 computes it — the same bytes,
 * n-grams, scores, maximum and reliability — with eld's own data, but faster: eld scores each
 * n-gram with `for…in` over an object of language indexes (string keys used as array indexes) and
 * collects n-grams as the keys of an object, which was most of the language stage (and, on a page of
 * 10,000 paragraphs, seconds). Here an n-gram's scores are read once into a flat array and kept, by
 * the n-gram as a number (no string is made for it), and each distinct n-gram of a text is counted once. eld's database, a 2 MB JavaScript object literal (0.47 s of CPU
 * and 73 MB of heap in every process that loads it), is read once into a packed table under
 * `.cache/eld/` (sorted n-grams and their scores as typed arrays, loaded in milliseconds) and
 * searched by binary search. `eld.test.ts` checks the guesses against eld's own.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { asideName } from '../../kb/cache-file.js'
import { CACHE_DIR } from '../../kb/gazetteer/sources.js'
import { lowerBound } from '../../doc/spans.js'

interface NgramsData {
  languages: Record<string, string>
  ngrams: Record<string, Record<string, number> | undefined>
}

/** eld's folder, found the way Node finds it (its `exports` map lists only the entry points). */
function eldDir(): string {
  const require = createRequire(import.meta.url)
  for (const base of require.resolve.paths('eld') ?? []) {
    if (existsSync(join(base, 'eld', 'package.json'))) return join(base, 'eld')
  }
  throw new Error('package eld is not installed; run npm install')
}

const dir = eldDir()
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(join(dir, 'src', file)).href)) as T
const { separators } = await load<{ separators: RegExp }>('regexPatterns.js')
const { dictionary } = await load<{ dictionary: string[] }>('dictionary.js')
const { avgScore } = await load<{ avgScore: Record<string, number> }>('avgScore.js')

/** eld subtracts this from every stored score to keep its database small. */
const BASE_NGRAM_SCORE = 53
/** eld reads this many characters of a text. */
export const ELD_READS = 1000

/** eld's n-grams, sorted (one byte per character, so a latin1 blob), with their (language, score + base) pairs. */
export interface NgramTable {
  languages: string[]
  keys: string
  keyStart: Int32Array
  pairStart: Int32Array
  pairs: Int32Array
}

/** Bump when the table's shape changes. */
const TABLE_VERSION = 1
const ARRAYS = ['keyStart', 'pairStart', 'pairs'] as const

async function loadTable(): Promise<NgramTable> {
  const source = join(dir, 'src', 'ngrams', 'medium.js')
  const st = statSync(source)
  const pkg = readFileSync(join(dir, 'package.json'), 'utf8')
  const stamp = createHash('sha256').update(`${TABLE_VERSION}\0${pkg}\0${st.size}\0${st.mtimeMs}`).digest('hex').slice(0, 16)
  const out = join(CACHE_DIR, 'eld', stamp)
  if (existsSync(join(out, 'meta.json'))) {
    const buf = (file: string) => {
      const b = readFileSync(join(out, `${file}.bin`))
      return new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))
    }
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as { languages: string[] }
    return { languages: meta.languages, keys: readFileSync(join(out, 'keys.bin'), 'latin1'), keyStart: buf('keyStart'), pairStart: buf('pairStart'), pairs: buf('pairs') }
  }
  const { ngramsData } = await load<{ ngramsData: NgramsData }>('ngrams/medium.js')
  const table = packTable(ngramsData)
  try {
    mkdirSync(out, { recursive: true })
    const put = (file: string, data: string | NodeJS.ArrayBufferView, encoding?: BufferEncoding) => {
      const tmp = asideName(join(out, file))
      writeFileSync(tmp, data, encoding ? { encoding } : undefined)
      renameSync(tmp, join(out, file))
    }
    put('keys.bin', table.keys, 'latin1')
    for (const a of ARRAYS) put(`${a}.bin`, table[a])
    // The meta file goes last: its presence says the rest is complete.
    put('meta.json', JSON.stringify({ languages: table.languages }))
  } catch {
    // A cache that cannot be written: the table is used from memory this time.
    rmSync(join(out, 'meta.json'), { force: true })
  }
  return table
}

/** eld's database as a table: n-grams sorted by code unit, each with its scores in eld's language order. */
export function packTable(data: NgramsData): NgramTable {
  const languages = Object.keys(data.languages).map((i) => data.languages[i]!)
  const ngrams = Object.keys(data.ngrams).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const keyStart = new Int32Array(ngrams.length + 1)
  const pairStart = new Int32Array(ngrams.length + 1)
  const pairs: number[] = []
  let off = 0
  ngrams.forEach((k, i) => {
    keyStart[i] = off
    off += k.length
    pairStart[i] = pairs.length / 2
    const byLang = data.ngrams[k]!
    for (const l of Object.keys(byLang)) pairs.push(Number(l), byLang[l]! + BASE_NGRAM_SCORE)
  })
  keyStart[ngrams.length] = off
  pairStart[ngrams.length] = pairs.length / 2
  return { languages, keys: ngrams.join(''), keyStart, pairStart, pairs: Int32Array.from(pairs) }
}

const table = await loadTable()
const LANGS = table.languages.length
const ngramCount = table.keyStart.length - 1

/**
 * eld's `text.replace(separators, ' ')` without the regular expression: every run of characters
 * that are not letters (eld's letter class) becomes one space, less the apostrophes that end it
 * (kept, as eld's look-behind keeps them: "don't", « l’armée »). Which code units are letters is
 * asked of eld's own expression, once per code unit.
 */
const WHOLE_SEPARATOR = new RegExp(`^(?:${separators.source})$`, 'u')
/** 0 unknown, 1 letter, 2 not a letter. */
const letterState = new Uint8Array(0x10000)
const isLetter = (c: number): boolean => {
  let state = letterState[c]!
  if (state === 0) {
    // A code unit that is no letter runs on into the space after it; a letter does not.
    state = c >= 0xd800 && c < 0xe000 ? 2 : WHOLE_SEPARATOR.test(`${String.fromCharCode(c)} `) ? 2 : 1
    letterState[c] = state
  }
  return state === 1
}
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x60 || c === 0x2019

function replaceSeparators(s: string): string {
  let out = ''
  let from = 0
  let i = 0
  while (i < s.length) {
    if (isLetter(s.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < s.length && !isLetter(s.charCodeAt(end))) end++
    let cut = end
    while (cut > i && isApostrophe(s.charCodeAt(cut - 1))) cut--
    if (cut > i) {
      out += `${s.slice(from, i)} `
      from = cut
    }
    i = end
  }
  return from === 0 ? s : out + s.slice(from)
}

/** Per n-gram seen: language index and score (base added), pairs flat; null when the database lacks it. */
const scoresOf = new Map<string, Int32Array | null>()

/** Compares n-gram k of the table with `ngram`, code unit by code unit as `<` does. */
function compareNgram(k: number, ngram: string): number {
  const start = table.keyStart[k]!
  const len = table.keyStart[k + 1]! - start
  const n = Math.min(len, ngram.length)
  for (let i = 0; i < n; i++) {
    const d = table.keys.charCodeAt(start + i) - ngram.charCodeAt(i)
    if (d !== 0) return d
  }
  return len - ngram.length
}

function ngramScores(ngram: string): Int32Array | null {
  let s = scoresOf.get(ngram)
  if (s !== undefined) return s
  const lo = lowerBound(0, ngramCount, (k) => compareNgram(k, ngram) < 0)
  s = lo < ngramCount && compareNgram(lo, ngram) === 0 ? table.pairs.subarray(2 * table.pairStart[lo]!, 2 * table.pairStart[lo + 1]!) : null
  scoresOf.set(ngram, s)
  return s
}

export interface EldGuess {
  /** ISO 639-1 code, '' when nothing scored. */
  language: string
  reliable: boolean
}

/**
 * The n-grams seen, by code (`ngramCode`), in a table of open addressing: a slot's code (0 when
 * empty), the index of its scores in `slotScores` (-1 when the database lacks it) and the last
 * detection that counted it (a text's n-grams are distinct: the stamp says one was met already).
 * An n-gram is thus read without a string, a set or a map of strings: most of eld's time here.
 */
let slotCount = 1 << 14
let slotCodes = new Float64Array(slotCount)
let slotIds = new Int32Array(slotCount)
let slotStamps = new Int32Array(slotCount)
let slotsFilled = 0
const slotScores: Int32Array[] = []
let detection = 0

/** An n-gram's code: its characters (one byte each) as digits 1–256 in base 257, first first; six fit a double exactly. */
const CODE_BASE = 257
/** The longest n-gram coded; longer ones (the end of a word past 70 bytes) go by string. */
const CODED_MAX = 6

function codeHash(code: number): number {
  const h = Math.imul((code >>> 0) ^ Math.imul(Math.floor(code / 4294967296), 0x9e3779b1), 0x85ebca6b)
  return h ^ (h >>> 13)
}

function ngramOfCode(code: number): string {
  let s = ''
  for (let c = code; c > 0; c = Math.floor(c / CODE_BASE)) s = String.fromCharCode((c % CODE_BASE) - 1) + s
  return s
}

/** The slot of `code`: its own, or the empty one where it goes. */
function slotOf(code: number): number {
  const mask = slotCount - 1
  let s = codeHash(code) & mask
  while (slotCodes[s] !== 0 && slotCodes[s] !== code) s = (s + 1) & mask
  return s
}

function growSlots(): void {
  const codes = slotCodes
  const ids = slotIds
  const stamps = slotStamps
  slotCount *= 2
  slotCodes = new Float64Array(slotCount)
  slotIds = new Int32Array(slotCount)
  slotStamps = new Int32Array(slotCount)
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === 0) continue
    const s = slotOf(codes[i]!)
    slotCodes[s] = codes[i]!
    slotIds[s] = ids[i]!
    slotStamps[s] = stamps[i]!
  }
}

/** What `eld.detect(text)` says: `.language`, and `.isReliable()` with its default threshold. */
export function eldDetect(text: string): EldGuess {
  const words = utf8Words(replaceSeparators(text.substring(0, ELD_READS)).trim().toLowerCase())
  // Sums of small integers: exact in a typed array of doubles, and read without boxing.
  const scores = new Float64Array(LANGS)
  // eld's `getByteNgrams`: 4-byte n-grams at a stride of 3 over the first 70 bytes of each word,
  // with word edges; each distinct n-gram scored once, and counted.
  detection++
  let distinct = 0
  let long: Set<string> | null = null
  const score = (s: Int32Array | null) => {
    if (s !== null) for (let k = 0; k < s.length; k += 2) scores[s[k]!]! += s[k + 1]!
  }
  const add = (word: string, from: number, to: number, lead: boolean, trail: boolean) => {
    if ((lead ? 1 : 0) + to - from + (trail ? 1 : 0) > CODED_MAX) {
      const ngram = (lead ? ' ' : '') + word.substring(from, to) + (trail ? ' ' : '')
      long ??= new Set()
      if (long.has(ngram)) return
      long.add(ngram)
      distinct++
      score(ngramScores(ngram))
      return
    }
    let code = lead ? 33 : 0
    for (let i = from; i < to; i++) code = code * CODE_BASE + word.charCodeAt(i) + 1
    if (trail) code = code * CODE_BASE + 33
    let s = slotOf(code)
    if (slotCodes[s] === 0) {
      const found = ngramScores(ngramOfCode(code))
      slotCodes[s] = code
      slotIds[s] = found === null ? -1 : slotScores.push(found) - 1
      slotStamps[s] = 0
      if (++slotsFilled * 2 > slotCount) {
        growSlots()
        s = slotOf(code)
      }
    }
    if (slotStamps[s] === detection) return
    slotStamps[s] = detection
    distinct++
    const id = slotIds[s]!
    if (id >= 0) score(slotScores[id]!)
  }
  for (const word of words) {
    const len = Math.min(word.length, 70)
    let j = 0
    for (; j + 4 < len; j += 3) add(word, j, j + 4, j === 0, false)
    // `word.substring(len !== 3 ? len - 4 : 0)`: a negative start is 0, and the end is the word's.
    add(word, len !== 3 ? Math.max(0, len - 4) : 0, word.length, j === 0, true)
  }
  let best = -1
  let max = 0
  for (let i = 0; i < LANGS; i++) {
    if (scores[i]! > 0 && scores[i]! > max) {
      max = scores[i]!
      best = i
    }
  }
  if (best < 0) return { language: '', reliable: false }
  const language = table.languages[best]!
  return { language, reliable: isReliable(scores, language, distinct) }
}

/** eld's `strToUtf8Bytes`: the words of a text as one character per UTF-8 byte, cut after about 350 bytes. */
function utf8Words(str: string): string[] {
  // ASCII letters are copied a run at a time (`str.slice`), not appended one by one: `encoded`
  // is the same string, built without a new string per character.
  let encoded = ''
  const words: string[] = []
  let bytes = 0
  let run = 0
  let stop = str.length
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i)
    if (c < 0x80) {
      if (c === 32) {
        encoded += str.slice(run, i)
        run = i + 1
        if (encoded !== '') {
          words.push(encoded)
          encoded = ''
        }
        if (bytes > 350) {
          stop = i
          break
        }
      }
      bytes++
    } else if (c < 0x800) {
      encoded += str.slice(run, i) + dictionary[0xc0 | (c >> 6)]! + dictionary[0x80 | (c & 0x3f)]!
      run = i + 1
      bytes += 2
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded += str.slice(run, i) + dictionary[0xe0 | (c >> 12)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!
      run = i + 1
      bytes += 3
    } else {
      encoded += str.slice(run, i)
      i++
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      encoded += dictionary[0xf0 | (c >> 18)]! + dictionary[0x80 | ((c >> 12) & 0x3f)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!
      run = i + 1
      bytes += 4
    }
    if (bytes > 380) {
      stop = i + 1
      break
    }
  }
  encoded += str.slice(run, stop)
  if (encoded !== '') words.push(encoded)
  return words
}

/** eld's `LanguageResult.isReliable()` (threshold 0.75), including its comparison of the best score with the second language's index. */
function isReliable(scores: ArrayLike<number>, language: string, numNgrams: number): boolean {
  const ordered: [number, number][] = []
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > 0) {
      const ngramScore = scores[i]! / numNgrams
      ordered.push([i, ngramScore / (ngramScore + 25)])
    }
  }
  ordered.sort((a, b) => b[1] - a[1])
  if (!ordered.length || numNgrams < 3) return false
  const nextScore = ordered.length > 1 ? ordered[1]![0] : 0
  return !(avgScore[language]! * 0.75 > ordered[0]![1] || 0.01 > Math.abs(ordered[0]![1] - nextScore))
}
