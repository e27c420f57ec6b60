/**
 * Document-level decisions for names: a name typed with evidence anywhere in the article types
 * its other occurrences and the surnames of persons; capitals headlines are read through that
 * lexicon; what is left gets a default from its shape.
 */
import { foldWord, splitWords } from '../../kb/actors/normalize.js'
import type { NameCandidate, NerType } from './names.js'
import { placeEvidence } from './place-feature.js'
import { hasCue, type EntityResources } from './resources.js'
import type { Word } from './words.js'

const fold = (s: string): string => splitWords(s).map((w) => foldWord(w.word)).join(' ')

export type Lexicon = Map<string, NerType>

export function buildLexicon(typed: readonly NameCandidate[], res: EntityResources): Lexicon {
  const lex: Lexicon = new Map()
  for (const c of typed) {
    if (!c.type) continue
    const key = fold(c.text)
    if (!lex.has(key)) lex.set(key, c.type)
  }
  for (const c of typed) {
    if (c.type !== 'PER') continue
    const parts = c.text.split(/\s+/).filter((p) => !hasCue(res, 'particle', p))
    const surname = parts[parts.length - 1]
    if (parts.length > 1 && surname && !lex.has(fold(surname))) lex.set(fold(surname), 'PER')
  }
  return lex
}

/** Types what evidence left open: the lexicon first, then the candidate's shape. */
export function finishCandidate(c: NameCandidate, words: readonly Word[], lex: Lexicon, sentenceStart: boolean): NameCandidate | null {
  if (c.type) return c
  const known = lex.get(fold(c.text))
  if (known) return { ...c, type: known, rule: 'document' }
  const single = c.from === c.to
  if (!single) {
    if (words.slice(c.from, c.to + 1).every((w) => w.allCaps)) return { ...c, type: 'ORG', rule: 'default-caps' }
    return { ...c, type: 'PER', rule: 'default-multi' }
  }
  if (sentenceStart) return null
  if (words[c.from]!.allCaps) return { ...c, type: 'ORG', rule: 'default-acronym' }
  const place = placeEvidence(c.text)
  if (place.weak) return { ...c, type: 'LOC', rule: 'default-place', country: place.country }
  return { ...c, type: 'ORG', rule: 'default-single' }
}

/** Names in a capitals sentence: the longest word runs the lexicon, countries or gazetteer know. */
export function capsNames(words: readonly Word[], covered: readonly boolean[], text: string, lex: Lexicon, res: EntityResources): NameCandidate[] {
  const out: NameCandidate[] = []
  let i = 0
  while (i < words.length) {
    let found: NameCandidate | null = null
    for (let n = Math.min(4, words.length - i); n >= 1 && !found; n--) {
      const run = words.slice(i, i + n)
      if (run.some((w, k) => !w.isWord || covered[i + k] || !/\p{L}/u.test(w.text))) continue
      const name = text.slice(run[0]!.start, run[n - 1]!.end)
      const key = fold(name)
      const type: NerType | null = lex.get(key) ?? (res.countryNames.has(key) ? 'LOC' : null) ?? (n === 1 && words[i + 1]?.isWord === false && /^\d/.test(words[i + 1]?.text ?? '') && placeEvidence(name).strong ? 'LOC' : null)
      if (type && !res.notNames.has(run[0]!.text)) {
        found = { from: i, to: i + n - 1, start: run[0]!.start, end: run[n - 1]!.end, text: name, type, rule: 'caps-lexicon', country: res.countryNames.get(key) ?? null, titled: false }
      }
    }
    if (found) {
      out.push(found)
      i = found.to + 1
    } else i++
  }
  return out
}
