/**
 * Language identification with eld (n-gram detector, about 36 µs a sentence). The article language
 * comes from its whole text (first 20,000 characters); each paragraph gets its own when it is long
 * enough to tell, else inherits the article's.
 */
import { eldDetect, ELD_READS } from './eld.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const HAS_LETTER = /\p{L}/u

const MIN_PARAGRAPH = 40
const SAMPLE = 20_000

export interface LanguageGuess {
  language: string | null
  reliable: boolean
}

/**
 * Guesses by what eld read, so a paragraph that is the whole text (a one-paragraph article) or a
 * line repeated across pages (site furniture) is detected once. Bounded; emptied when full.
 */
const guesses = new Map<string, LanguageGuess>()
const MAX_GUESSES = 4096

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  if (!HAS_LETTER.test(sample)) return { language: null, reliable: false }
  const read = sample.length > ELD_READS ? sample.slice(0, ELD_READS) : sample
  const known = guesses.get(read)
  if (known) return { ...known }
  const r = eldDetect(read)
  const language = r.language && r.language !== 'und' ? r.language : null
  const guess = { language, reliable: language !== null && r.reliable }
  if (guesses.size >= MAX_GUESSES) guesses.clear()
  guesses.set(read, guess)
  return { ...guess }
}

/** A paragraph's language, or `fallback` when the paragraph is short or the guess is unreliable. */
export function detectParagraphLanguage(text: string, fallback: string): string {
  if (text.length < MIN_PARAGRAPH) return fallback
  const g = detectLanguage(text)
  return g.language && g.reliable ? g.language : fallback
}
