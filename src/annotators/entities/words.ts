/** A sentence's tokens with the surface features entity rules read. */
import type { Token } from '../../doc/schema.js'
import { foldWord } from '../../kb/actors/normalize.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const TWO_LETTERS = /\p{L}{2}/u

export interface Word {
  start: number
  end: number
  text: string
  fold: string
  isWord: boolean
  /** Starts with a capital letter. */
  cap: boolean
  /** Two or more letters, all capitals. */
  allCaps: boolean
  /** A line break stands between it and the word before (a photo credit above a paragraph). */
  newLine: boolean
}

const CAP = /^\p{Lu}/u
/** Anything but a letter (one code point): removed, it leaves the letters `/\p{L}/gu` would match, joined. */
const NOT_LETTER = /\P{L}/gu

/** `texts` (when given) holds the token texts of the document, `tokens[0]`'s at `from` (`tokenTexts`). */
export function toWords(text: string, tokens: readonly Token[], texts?: readonly string[], from = 0): Word[] {
  return tokens.map((t, i) => {
    const s = texts !== undefined ? texts[from + i]! : text.slice(t.start, t.end)
    const gapFrom = i > 0 ? tokens[i - 1]!.end : t.start
    // Printable ASCII (most words in news) is tested once, by character codes, for the fold, the
    // capital and the all-capitals test, each of which has a plain path for it.
    const plain = isPrintableAscii(s)
    const first = s.charCodeAt(0)
    return {
      start: t.start,
      end: t.end,
      text: s,
      fold: plain ? s.toLowerCase() : foldWord(s),
      isWord: t.kind === 'word',
      cap: t.kind === 'word' && (first < 128 ? first >= 65 && first <= 90 : CAP.test(s)),
      allCaps: plain ? isAllCapsAscii(s) : isAllCaps(s),
      newLine: gapFrom < t.start && hasNewLine(text, gapFrom, t.start),
    }
  })
}

/** `text.slice(from, to).includes('\n')` without the slice. */
function hasNewLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

/** `/^[ -~]*$/.test(s)` by character codes. */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 32 || c > 126) return false
  }
  return true
}

/** Two or more letters, all capitals, in a word with other than printable ASCII. */
export function isAllCaps(s: string): boolean {
  // One string, not an array of one-letter strings joined: the same letters in the same order.
  const letters = s.replace(NOT_LETTER, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** `isAllCaps` of printable ASCII, by character codes: no letter to decompose or special-case. */
function isAllCapsAscii(s: string): boolean {
  let letters = 0
  let upper = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
    if (c >= 65 && c <= 90) {
      letters++
      upper = true
    }
  }
  return letters >= 2 && upper
}

/** Headlines and sports tables written in capitals: capitalisation says nothing there. */
export function isCapsSentence(words: readonly Word[]): boolean {
  const lettered = words.filter((w) => w.isWord && TWO_LETTERS.test(w.text))
  return lettered.length >= 2 && lettered.filter((w) => w.allCaps).length / lettered.length >= 0.6
}

/** A year, alone or closing a numeric date ("2017", "16-12-2014", "19.04.2017"). */
const YEAR = /^(?:\d{1,2}[-./]\d{1,2}[-./])?(?:19|20)\d\d$/
const NUMBER = /^\d+$/
const DATE_WORD = /^\p{L}\p{Ll}{1,8}\.?$/u
/** How many words a dateline before a headline may have ("Wednesday 27 Jul 2016"). */
const DATELINE_WORDS = 5

/**
 * The index of a sentence's first word, where its capital says nothing: after a dateline that
 * opens it ("Sun 16 Apr 2017 Death toll from…", "02-09-2013 Syrian Army…"), the headline's first
 * word. A dateline is up to five numbers and words (weekdays, months) with a day, closed by a year and
 * followed by a word; -1 when the sentence has no word.
 */
export function firstWordIndex(words: readonly Word[]): number {
  const first = words.findIndex((w) => w.isWord)
  if (first < 0) return first
  let seen = 0
  let day = false
  for (let k = 0; k < words.length && seen < DATELINE_WORDS; k++) {
    const w = words[k]!
    const numeric = /^\d/.test(w.text)
    if (!w.isWord && !numeric) continue
    seen++
    if (numeric && YEAR.test(w.text)) {
      // A day with the year ("16 Apr 2017", "16-12-2014") and the headline right after it: "In
      // 2008, Gaddafi met…" has no dateline.
      const next = k + 1 < words.length && words[k + 1]!.isWord ? k + 1 : -1
      return (day || w.text.length > 4) && next >= 0 ? next : first
    }
    if (NUMBER.test(w.text)) day = true
    else if (!DATE_WORD.test(w.text)) break
  }
  return first
}

/** Words of at least this many characters are counted for Title Case; shorter ones are mostly function words. */
const TITLE_WORD = 4

/**
 * A headline in Title Case ("Army Kills 60 Terrorists in Homs Province"): after its first word
 * (whose capital says nothing), at least three words of four letters or more, seven in ten of them
 * capitalised. A capital says little there: most of the headline's words have one.
 */
export function isTitleSentence(words: readonly Word[], first: number): boolean {
  let long = 0
  let caps = 0
  for (let k = Math.max(first, 0) + 1; k < words.length; k++) {
    const w = words[k]!
    if (!w.isWord || w.text.length < TITLE_WORD || w.allCaps) continue
    long++
    if (w.cap) caps++
  }
  return long >= 3 && caps / long >= 0.7
}

/**
 * A word's fold the article writes in lower case, as it is or in another inflected form ("kills"
 * beside "killed", "terrorists" beside "terrorist"): `suffixes` are the language's inflection endings,
 * folded. The stem keeps four letters at least.
 */
export function commonForm(fold: string, common: ReadonlySet<string>, suffixes: ReadonlySet<string>): boolean {
  if (common.has(fold)) return true
  if (suffixes.size === 0) return false
  for (const s of ['', ...suffixes]) {
    if (!fold.endsWith(s)) continue
    const stem = fold.slice(0, fold.length - s.length)
    if (stem.length < TITLE_WORD) continue
    for (const t of suffixes) if (t !== s && common.has(stem + t)) return true
    if (s !== '' && common.has(stem)) return true
  }
  return false
}
