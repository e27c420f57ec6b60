/** A sentence's tokens with the surface features entity rules read. */
import type { Token } from '../../doc/schema.js'
import { foldWord } from '../../kb/actors/normalize.js'

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
    return {
      start: t.start,
      end: t.end,
      text: s,
      fold: foldWord(s),
      isWord: t.kind === 'word',
      cap: t.kind === 'word' && CAP.test(s),
      allCaps: isAllCaps(s),
      newLine: gapFrom < t.start && text.slice(gapFrom, t.start).includes('\n'),
    }
  })
}

const PRINTABLE_ASCII = /^[ -~]*$/

function isAllCaps(s: string): boolean {
  if (PRINTABLE_ASCII.test(s)) {
    // The same test by character codes, for the common case: no letter to decompose or special-case.
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
  const letters = s.match(LETTERS)?.join('') ?? ''
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** Headlines and sports tables written in capitals: capitalisation says nothing there. */
export function isCapsSentence(words: readonly Word[]): boolean {
  const lettered = words.filter((w) => w.isWord && /\p{L}{2}/u.test(w.text))
  return lettered.length >= 2 && lettered.filter((w) => w.allCaps).length / lettered.length >= 0.6
}
