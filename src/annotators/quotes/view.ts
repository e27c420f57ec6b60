/** The tokens of each sentence with their normalised text, and small predicates over them. */
import type { Sentence, Token } from '../../doc/schema.js'
import { tokenTexts } from '../../doc/token-texts.js'
import { normalizeWord, type Words } from './resources.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const STARTS_UPPER = /^\p{Lu}/u

export interface Tok extends Token {
  text: string
  norm: string
}

export interface SentenceView extends Sentence {
  index: number
  toks: Tok[]
}

const OPEN_QUOTES = new Set(['«', '“', '„', '‹', '"', '‘'])
const CLOSE_QUOTES = new Set(['»', '”', '“', '›', '"', '’'])
const TERMINAL = /^[.!?…:;]+$/u

/** Sentences with their tokens, in one merge pass over the two sorted layers. */
export function sentenceViews(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): SentenceView[] {
  const texts = tokenTexts(text, tokens)
  const views: SentenceView[] = []
  let t = 0
  sentences.forEach((s, index) => {
    while (t < tokens.length && tokens[t]!.start < s.start) t++
    const toks: Tok[] = []
    while (t < tokens.length && tokens[t]!.end <= s.end) {
      const surface = texts[t]!
      const { start, end, kind } = tokens[t++]!
      toks.push({ start, end, kind, text: surface, norm: normalizeWord(surface) })
    }
    views.push({ ...s, index, toks })
  })
  return views
}

export const isOpenQuote = (t: Tok | undefined): boolean => t !== undefined && OPEN_QUOTES.has(t.text)
export const isCloseQuote = (t: Tok | undefined): boolean => t !== undefined && CLOSE_QUOTES.has(t.text)
export const isComma = (t: Tok | undefined): boolean => t?.text === ','
export const isTerminal = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'punct' && TERMINAL.test(t.text)
export const isCapitalized = (t: Tok | undefined): boolean => t !== undefined && STARTS_UPPER.test(t.text)
export const isWord = (t: Tok | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'number')

/** True when the words of `phrase` are the tokens from `i`. */
export function matchAt(toks: readonly Tok[], i: number, phrase: Words): boolean {
  if (i < 0 || i + phrase.length > toks.length) return false
  return phrase.every((w, k) => toks[i + k]!.norm === w)
}

/** Length of the longest phrase of `table` that starts at `i`, 0 when none does. */
export function phraseAt(toks: readonly Tok[], i: number, table: ReadonlyMap<string, readonly Words[]>): number {
  const first = toks[i]?.norm
  if (first === undefined) return 0
  const list = table.get(first)
  if (list === undefined) return 0
  for (const words of list) if (matchAt(toks, i, words)) return words.length
  return 0
}

/** Length of the longest phrase of `table` that ends just before `end`, 0 when none does. */
export function phraseBefore(toks: readonly Tok[], end: number, table: ReadonlyMap<string, readonly Words[]>): number {
  let best = 0
  for (const list of table.values()) {
    for (const words of list) {
      if (words.length > best && matchAt(toks, end - words.length, words)) best = words.length
    }
  }
  return best
}

export function spanOf(toks: readonly Tok[]): { start: number; end: number } {
  return { start: toks[0]!.start, end: toks.at(-1)!.end }
}
