/**
 * Language identification with eld (n-gram detector, about 36 µs a sentence). The article language
 * comes from its whole text (first 20,000 characters); each paragraph gets its own when it is long
 * enough to tell, else inherits the article's.
 */
import { eld } from 'eld/medium'

const MIN_PARAGRAPH = 40
const SAMPLE = 20_000

export interface LanguageGuess {
  language: string | null
  reliable: boolean
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  if (!/\p{L}/u.test(sample)) return { language: null, reliable: false }
  const r = eld.detect(sample)
  const language = r.language && r.language !== 'und' ? r.language : null
  return { language, reliable: language !== null && r.isReliable() }
}

/** A paragraph's language, or `fallback` when the paragraph is short or the guess is unreliable. */
export function detectParagraphLanguage(text: string, fallback: string): string {
  if (text.length < MIN_PARAGRAPH) return fallback
  const g = detectLanguage(text)
  return g.language && g.reliable ? g.language : fallback
}
