/**
 * Document-level decisions for names: a name typed with evidence anywhere in the article types
 * its other occurrences and the surnames of persons; capitals headlines are read through that
 * lexicon; what is left gets a default from its shape.
 */
import { foldWord, splitWords } from '../../kb/actors/normalize.js'
import { placeWordBefore, type NameCandidate, type NerType } from './names.js'
import { placeEvidence } from './place-feature.js'
import { hasCue, type EntityResources } from './resources.js'
import type { Word } from './words.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const HAS_LETTER = /\p{L}/u

const fold = (s: string): string => splitWords(s).map((w) => foldWord(w.word)).join(' ')

export interface Lexicon {
  types: Map<string, NerType>
  /** Last words of multi-word person names: "Washington" after "MaliVai Washington". */
  surnames: Set<string>
  /** Those of persons named with a given name (« François Hollande »): strong enough to outweigh a country's name. */
  givenSurnames: Set<string>
  /** Place names used as sports teams in this article ("Somerset 83 and 174"). */
  teams: Set<string>
}

export function buildLexicon(typed: readonly NameCandidate[], res: EntityResources, teams: Set<string>): Lexicon {
  const types = new Map<string, NerType>()
  const surnames = new Set<string>()
  const givenSurnames = new Set<string>()
  for (const c of typed) {
    if (!c.type) continue
    const key = fold(c.text)
    if (!types.has(key)) types.set(key, teams.has(key) && c.rule !== 'country-name' ? 'ORG' : c.type)
  }
  for (const c of typed) {
    if (c.type !== 'PER') continue
    const parts = c.text.split(/\s+/).filter((p) => !hasCue(res, 'particle', p))
    const surname = parts[parts.length - 1]
    if ((parts.length > 1 || c.titled) && surname) surnames.add(fold(surname))
    if (parts.length > 1 && c.rule === 'first-name' && surname) givenSurnames.add(fold(surname))
  }
  for (const s of surnames) if (!types.has(s)) types.set(s, 'PER')
  return { types, surnames, givenSurnames, teams }
}

const SCORE = /^\d+(?:-\d+)?$/
const YEARISH = /^(?:1[89]|20)\d\d/

/**
 * Sports reports name teams after places. In an article with several scores ("3-1", "v"), a
 * place name next to a score or after "beat"/"v" is a team, in the whole article.
 */
export function findTeams(sentences: readonly { words: readonly Word[]; names: readonly NameCandidate[] }[], res: EntityResources): Set<string> {
  let scores = 0
  for (const { words } of sentences) {
    words.forEach((w, i) => {
      if ((/^\d+-\d+$/.test(w.text) && !YEARISH.test(w.text)) || (w.text === '-' && /^\d+$/.test(words[i - 1]?.text ?? '') && /^\d+$/.test(words[i + 1]?.text ?? ''))) scores++
      else if (hasCue(res, 'team-before', w.fold) && words[i + 1]?.cap) scores++
    })
  }
  const teams = new Set<string>()
  if (scores < 3) return teams
  for (const { words, names } of sentences) {
    for (const n of names) {
      if (n.type !== 'LOC' || n.rule === 'country-name') continue
      const next = words[n.to + 1]
      const prev = words[n.from - 1]
      if ((next && SCORE.test(next.text) && !YEARISH.test(next.text)) || (prev && hasCue(res, 'team-before', prev.fold))) teams.add(fold(n.text))
    }
  }
  return teams
}

/** Types what evidence left open: the lexicon first, then the candidate's shape. */
export function finishCandidate(c: NameCandidate, words: readonly Word[], lex: Lexicon, sentenceStart: boolean, res: EntityResources): NameCandidate | null {
  const key = fold(c.text)
  const single = c.from === c.to
  if (c.type === 'LOC' && c.rule !== 'country-name' && lex.teams.has(key)) return { ...c, type: 'ORG', rule: 'team' }
  // The surname of a person the article names in full is that person, even where a town or a
  // country bears it (« François Hollande … Hollande a dit »), unless a locative cue stands before it.
  if (c.type === 'LOC' && single && lex.surnames.has(key) && (c.rule === 'gazetteer' || c.rule === 'loc-context' || (c.rule === 'country-name' && lex.givenSurnames.has(key) && !placeWordBefore(words, c.from, res)))) return { ...c, type: 'PER', rule: 'surname' }
  if (c.type) return c
  if (c.rule === 'drop') return null
  const known = lex.types.get(key)
  if (known) return { ...c, type: known, rule: 'document' }
  if (!single) {
    if (words.slice(c.from, c.to + 1).every((w) => w.allCaps)) return { ...c, type: 'ORG', rule: 'default-caps' }
    // "Dynamo Moscow", "Trofej Beograd": a place inside an unknown name makes it an organisation.
    const placeInside = words.slice(c.from + 1, c.to + 1).some((w) => res.countryNames.has(w.fold) || (w.cap && placeEvidence(w.text).strong))
    return { ...c, type: placeInside ? 'ORG' : 'PER', rule: 'default-multi' }
  }
  if (sentenceStart) return null
  const prev = words[c.from - 1]
  // « les Arabes »: after a plural determiner a lone capitalised word names a group.
  if (prev && hasCue(res, 'plural-det', prev.fold)) return null
  // « en Bohême », "in Gmuenden": a place word before an unknown name.
  if (prev && !prev.cap && hasCue(res, 'loc-before', prev.fold)) return { ...c, type: 'LOC', rule: 'loc-context' }
  // « la Prusse », "the Fed": persons take no article; places and organisations do.
  if (prev && hasCue(res, 'determiner', prev.fold)) return { ...c, type: placeEvidence(c.text).weak ? 'LOC' : 'ORG', rule: 'default-article' }
  if (words[c.from]!.allCaps) return { ...c, type: 'ORG', rule: 'default-acronym' }
  const place = placeEvidence(c.text)
  if (place.weak) return { ...c, type: 'LOC', rule: 'default-place', country: place.country }
  return { ...c, type: 'PER', rule: 'default-single' }
}

/** Names in a capitals sentence: the longest word runs the lexicon, countries or gazetteer know. */
export function capsNames(words: readonly Word[], covered: readonly boolean[], text: string, lex: Lexicon, res: EntityResources): NameCandidate[] {
  const out: NameCandidate[] = []
  let i = 0
  while (i < words.length) {
    let found: NameCandidate | null = null
    for (let n = Math.min(4, words.length - i); n >= 1 && !found; n--) {
      const run = words.slice(i, i + n)
      if (run.some((w, k) => !w.isWord || covered[i + k] || !HAS_LETTER.test(w.text))) continue
      const name = text.slice(run[0]!.start, run[n - 1]!.end)
      const key = fold(name)
      const dateline = i === 0 && words[i + n]?.isWord === false && /^\d/.test(words[i + n]?.text ?? '') && placeEvidence(name).strong
      const type: NerType | null = (lex.teams.has(key) ? 'ORG' : null) ?? lex.types.get(key) ?? (res.countryNames.has(key) ? 'LOC' : null) ?? (dateline ? 'LOC' : null)
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
