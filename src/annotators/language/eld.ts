/**
 * eld's language detection ("medium" database), computed as eld 2.1 computes it — the same bytes,
 * n-grams, scores, maximum and reliability — with eld's own data, but faster: eld scores each
 * n-gram with `for…in` over an object of language indexes (string keys used as array indexes) and
 * collects n-grams as the keys of an object, which was most of the language stage (and, on a page of
 * 10,000 paragraphs, seconds). Here an n-gram's scores are read once into a flat array and kept, and
 * the n-grams of a text are a Set. `eld.test.ts` checks the guesses against eld's own.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

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
const { ngramsData } = await load<{ ngramsData: NgramsData }>('ngrams/medium.js')
const { separators } = await load<{ separators: RegExp }>('regexPatterns.js')
const { dictionary } = await load<{ dictionary: string[] }>('dictionary.js')
const { avgScore } = await load<{ avgScore: Record<string, number> }>('avgScore.js')

const LANGS = Object.keys(ngramsData.languages).length
const langCode = (i: number): string => ngramsData.languages[i]!
/** eld subtracts this from every stored score to keep its database small. */
const BASE_NGRAM_SCORE = 53
/** eld reads this many characters of a text. */
export const ELD_READS = 1000

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

/** Per n-gram: language index and score (base added), pairs flat; null when the database lacks it. */
const scoresOf = new Map<string, Int32Array | null>()

function ngramScores(ngram: string): Int32Array | null {
  let s = scoresOf.get(ngram)
  if (s !== undefined) return s
  const byLang = ngramsData.ngrams[ngram]
  if (byLang === undefined || !Object.hasOwn(ngramsData.ngrams, ngram)) s = null
  else {
    const langs = Object.keys(byLang)
    s = new Int32Array(langs.length * 2)
    langs.forEach((l, k) => {
      s![2 * k] = Number(l)
      s![2 * k + 1] = byLang[l]! + BASE_NGRAM_SCORE
    })
  }
  scoresOf.set(ngram, s)
  return s
}

export interface EldGuess {
  /** ISO 639-1 code, '' when nothing scored. */
  language: string
  reliable: boolean
}

/** What `eld.detect(text)` says: `.language`, and `.isReliable()` with its default threshold. */
export function eldDetect(text: string): EldGuess {
  const words = utf8Words(replaceSeparators(text.substring(0, ELD_READS)).trim().toLowerCase())
  const ngrams = byteNgrams(words)
  const scores = new Array<number>(LANGS).fill(0)
  for (const ngram of ngrams) {
    const s = ngramScores(ngram)
    if (s === null) continue
    for (let k = 0; k < s.length; k += 2) scores[s[k]!]! += s[k + 1]!
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
  const language = langCode(best)
  return { language, reliable: isReliable(scores, language, ngrams.size) }
}

/** eld's `strToUtf8Bytes`: the words of a text as one character per UTF-8 byte, cut after about 350 bytes. */
function utf8Words(str: string): string[] {
  let encoded = ''
  const words: string[] = []
  let bytes = 0
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i)
    if (c < 0x80) {
      if (c === 32) {
        if (encoded !== '') {
          words.push(encoded)
          encoded = ''
        }
        if (bytes > 350) break
      } else {
        encoded += str[i]
      }
      bytes++
    } else if (c < 0x800) {
      encoded += dictionary[0xc0 | (c >> 6)]! + dictionary[0x80 | (c & 0x3f)]!
      bytes += 2
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded += dictionary[0xe0 | (c >> 12)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!
      bytes += 3
    } else {
      i++
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff))
      encoded += dictionary[0xf0 | (c >> 18)]! + dictionary[0x80 | ((c >> 12) & 0x3f)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!
      bytes += 4
    }
    if (bytes > 380) break
  }
  if (encoded !== '') words.push(encoded)
  return words
}

/** eld's `getByteNgrams`: 4-byte n-grams at a stride of 3 over the first 70 bytes of each word, with word edges. */
function byteNgrams(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const word of words) {
    const len = Math.min(word.length, 70)
    let j = 0
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4))
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ')
  }
  return out
}

/** eld's `LanguageResult.isReliable()` (threshold 0.75), including its comparison of the best score with the second language's index. */
function isReliable(scores: readonly number[], language: string, numNgrams: number): boolean {
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
