/**
 * Alias keys: the comparison form of an actor name. Case and accents are folded, punctuation and
 * hyphens split words, and language function words (articles, "of", « de »…, listed in
 * `resources/<lang>/entities/function-words.txt`) are dropped, so "l'armée de la Syrie", "Armée de
 * Syrie" and "armee syrie" share one key.
 */
import { allMatches } from '../../resources/load.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const MARKS = /\p{M}/gu
const ACRONYM_FORM = /^[\p{Lu}\d-]{2,6}$/u

const WORD = /[\p{L}\p{N}]+/gu

/** The KB id of an actor whose id carries the country it is scoped to ("civilians@SY" → "civilians"). */
export function baseActorId(actorId: string): string {
  return actorId.replace(/@[A-Z]{2}$/, '')
}

/** Printable ASCII: nothing to decompose, strip or map but the case (most words in news). */
const PLAIN = /^[ -~]*$/

export function foldWord(word: string): string {
  if (PLAIN.test(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/’/g, "'")
}

/** The words of a text with their offsets (hyphens and apostrophes split words). */
export function splitWords(text: string, offset = 0): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = []
  for (const m of allMatches(WORD, text)) out.push({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length })
  return out
}

export function aliasKey(text: string, skip: ReadonlySet<string>): string {
  return splitWords(text).map((w) => foldWord(w.word)).filter((w) => !skip.has(w)).join(' ')
}

/** Short all-capital aliases (IS, EI, UN, U.S.) are matched on their exact letters, not folded. */
export function acronymForm(alias: string): string | null {
  const letters = alias.replace(/[.\s]/g, '')
  return ACRONYM_FORM.test(letters) ? letters : null
}

export function slugify(text: string): string {
  return foldWord(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
