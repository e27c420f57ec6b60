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
const LETTERS = /\p{L}/gu

export function toWords(text: string, tokens: readonly Token[]): Word[] {
  return tokens.map((t, i) => {
    const s = text.slice(t.start, t.end)
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
function isAllCaps(s: string): boolean {
  const letters = s.match(LETTERS)?.join('') ?? ''
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
