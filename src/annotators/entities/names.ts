/**
 * Capitalised name sequences and their type. A sequence is a run of capitalised words, joined by
 * name particles (« de », "van", "al") and initials ("J."); leading words that never start a name
 * are dropped. Typing tries strong evidence first (titles, first names, countries, organisation
 * and place cue words, the gazetteer, context words) and leaves the rest to `finishNames`.
 */
import { foldWord, splitWords } from '../../kb/actors/normalize.js'
import { strippedPossessiveStem } from '../../kb/gazetteer/possessive.js'
import { placeEvidence } from './place-feature.js'
import { hasCue, type EntityResources } from './resources.js'
import type { Word } from './words.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const ONE_UPPER = /^\p{Lu}$/u
const NON_LETTERS = /[^\p{L}]/gu

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC'

export interface NameCandidate {
  from: number
  to: number
  start: number
  end: number
  text: string
  type: NerType | null
  /** The rule that typed it, for provenance and tuning. */
  rule: string
  country: string | null
  /** A title word stood before the name (« M. », "President"). */
  titled: boolean
}

// A transliterated article joined to a capitalised word continues a name (Deir ez-Zor, al-Assad).
const ARTICLE_JOINED = /^\p{Ll}{1,3}-\p{Lu}/u
const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u

const fold = (s: string): string => splitWords(s).map((w) => foldWord(w.word)).join(' ')

function isInitial(words: readonly Word[], i: number): boolean {
  return ONE_UPPER.test(words[i]?.text ?? '') && words[i + 1]?.text === '.' && (words[i + 2]?.cap ?? false)
}

/**
 * A possessive whose apostrophe a feed lost ("Syrias army", "Aleppo Syrias largest city", "in
 * Syrias Deir Ezzor", `strippedPossessiveStem`: a country's name or a city of a million's with the
 * language's possessive ending, cue type `possessive-suffix`, English "s"), and no first name
 * ("Frances"). It is no name of its own and ends the name before it: "Syrias Deir Ezzor" is not one name.
 */
function strippedPossessive(w: Word, res: EntityResources): boolean {
  const suffixes = res.cues.get('possessive-suffix')
  if (!suffixes || !w.cap || w.allCaps || !w.isWord || res.firstNames.has(w.text)) return false
  return strippedPossessiveStem(w.text, suffixes) !== null || figurePossessive(w, res) !== null
}

/**
 * A public figure's surname with the language's possessive ending, a word that is no figure's
 * itself ("Putins forces", "Assads rule"): the surname's length, else null.
 */
function figurePossessive(w: Word, res: EntityResources): number | null {
  const suffixes = res.cues.get('possessive-suffix')
  if (!suffixes || !w.cap || w.allCaps || !w.isWord || res.publicFigures.has(w.text)) return null
  for (const x of suffixes) if (x && w.text.length >= x.length + MIN_FIGURE && w.text.endsWith(x) && res.publicFigures.has(w.text.slice(0, -x.length))) return w.text.length - x.length
  return null
}

/** A public figure's surname this short ("Bush", "Tusk") may be any word's start. */
const MIN_FIGURE = 4

/** Name sequences of one sentence, skipping words already covered by a knowledge-base match. */
/** `firstWord`: the sentence's first word (`firstWordIndex`), whose capital says nothing. */
export function findNameCandidates(words: readonly Word[], firstWord: number, covered: readonly boolean[], res: EntityResources, commonWords: ReadonlySet<string>): NameCandidate[] {
  const out: NameCandidate[] = []
  let i = 0
  while (i < words.length) {
    const w = words[i]!
    // A dateline before the headline ("Sun 16 Apr 2017") names no one.
    if (!w.cap || covered[i] || i < firstWord || strippedPossessive(w, res)) {
      // A figure's possessive alone names the figure, as "Assad's" does: its surname, typed so.
      const surname = i >= firstWord && w.cap && !covered[i] ? figurePossessive(w, res) : null
      if (surname !== null) out.push({ from: i, to: i, start: w.start, end: w.start + surname, text: '', type: null, rule: '', country: null, titled: false })
      i++
      continue
    }
    let j = i
    // Where the name ends inside its last word: a figure's possessive after a given name ("Bashar Assads forces").
    let cut: number | null = null
    while (j + 1 < words.length) {
      const next = words[j + 1]!
      // A name does not run over a line break ("Kevin Lamarque" credited above "Moscou se rallie…"),
      // nor over a possessive that lost its apostrophe ("Aleppo Syrias largest city"); a figure's
      // after a given name ends it after the surname.
      if (next.newLine) break
      if (strippedPossessive(next, res)) {
        const surname = res.firstNames.has(words[j]!.text) && !covered[j + 1] ? figurePossessive(next, res) : null
        if (surname !== null) {
          j++
          cut = next.start + surname
        }
        break
      }
      // A word that never starts a name ends the run: "Portugal Dans le tour" has lost its period.
      // A title inside a run starts the next name: "Courrèges Mademoiselle Chanel".
      // So does a change between capitals and title case: "Londres LONDRES".
      const caseBreak = next.allCaps !== words[j]!.allCaps && next.text.length > 3 && words[j]!.text.length > 3
      if (next.cap && !covered[j + 1] && !caseBreak && !res.notNames.has(next.text) && !(res.titles.has(next.text) && !res.titles.has(words[j]!.text))) j++
      else if (isInitial(words, j + 1)) j += 2
      else if (next.text === '.' && isInitial(words, j)) j++
      else if (hasCue(res, 'particle', next.text) && words[j + 2]?.cap && !covered[j + 2] && !strippedPossessive(words[j + 2]!, res)) j += 2
      else if (hasCue(res, 'particle', next.text) && words[j + 2] && !covered[j + 2] && res.firstNames.has(words[j]!.text) && figurePossessive(words[j + 2]!, res) !== null) {
        // "Bashar al Assads forces": the particle and the figure's surname end the name.
        cut = words[j + 2]!.start + figurePossessive(words[j + 2]!, res)!
        j += 2
        break
      }
      else if (ARTICLE_JOINED.test(next.text) && !covered[j + 1]) j++
      else if (next.text === '&' && words[j + 2]?.cap && !covered[j + 2]) j += 2
      else break
    }
    let from = i
    let titled = false
    // « La Chaux-de-Fonds », « Le Havre »: an article that the gazetteer knows as part of the name stays.
    const withArticle = from < j && res.notNames.has(words[from]!.text) && placeEvidence(words.slice(from, j + 1).map((w) => w.text).join(' ')).weak
    while (!withArticle && from <= j && (res.notNames.has(words[from]!.text) || res.titles.has(words[from]!.text) || words[from]!.text === '.')) {
      if (res.titles.has(words[from]!.text)) titled = true
      from++
    }
    if (from <= j && from === firstWord && commonWords.has(words[from]!.fold) && !res.firstNames.has(words[from]!.text)) from++
    // "Shares of Acme" at a sentence start: a common word joined by a particle is not a name's head.
    const headCue = hasCue(res, 'org-first', words[from]?.text ?? '') || hasCue(res, 'loc-first', words[from]?.text ?? '')
    if (from < j && from === firstWord && !headCue && hasCue(res, 'particle', words[from + 1]!.text) && !res.firstNames.has(words[from]!.text)) from += 2
    while (from <= j && hasCue(res, 'particle', words[from]!.text)) from++
    // "Australian Tom Moody": the nationality adjective is a mention of its own.
    if (from < j && res.adjectives.has(words[from]!.fold) && !res.countryNames.has(words.slice(from, j + 1).map((w) => w.fold).join(' '))) from++
    // Initials and elided words (« C' », "N") alone are not names, nor compounds with a lower-case
    // head ("Minneapolis-based", "France-registered").
    if (from === j && (words[from]!.text.replace(NON_LETTERS, '').length < 2 || /['’]$/.test(words[from]!.text) || COMPOUND_ADJECTIVE.test(words[from]!.text))) from = j + 1
    // "Secretary of State John Kerry", « la secrétaire d'État », « ministre de la Défense »: a
    // ministry word after a title and its particles completes the title; the name, if any, follows.
    if (from <= j && hasCue(res, 'title-complement', words[from]!.text) && titleBefore(words, from, res)) {
      from++
      titled = true
    }
    if (from <= j) {
      const prev = words[from - 1]
      if (prev && res.titles.has(prev.text)) titled = true
      // « le général de Gaulle »: a particle after a title belongs to the name; not before a
      // country's name (« l'ambassadeur de France », "the King of Jordan").
      const countryAfter = () => res.countryNames.has(fold(words.slice(from, j + 1).map((w) => w.text).join(' ')))
      if (prev && hasCue(res, 'particle', prev.text) && words[from - 2] && res.titles.has(words[from - 2]!.text) && !countryAfter()) {
        from--
        titled = true
      }
      j = extendAdjectives(words, from, j, res)
      from = placeHead(words, from, res)
      out.push({ from, to: j, start: words[from]!.start, end: cut ?? words[j]!.end, text: '', type: null, rule: '', country: null, titled })
    }
    i = j + 1
  }
  return out
}

/** A lower-case place word right before the word at `at` (« en Hollande », "in Jordan"). */
export function placeWordBefore(words: readonly Word[], at: number, res: EntityResources): boolean {
  const prev = words[at - 1]
  return prev !== undefined && !prev.cap && hasCue(res, 'loc-before', prev.fold)
}

/** True when a title stands before `at`, one or two particles between ("Secretary of", « ministre de la »). */
function titleBefore(words: readonly Word[], at: number, res: EntityResources): boolean {
  let k = at - 1
  while (k >= at - 2 && k >= 0 && hasCue(res, 'particle', words[k]!.text)) k--
  return k < at - 1 && k >= 0 && res.titles.has(words[k]!.text)
}

/** « canton de Vaud », « mer Noire »: a lower-case place noun before a name is part of it. */
function placeHead(words: readonly Word[], from: number, res: EntityResources): number {
  let k = from - 1
  if (k >= 0 && hasCue(res, 'particle', words[k]!.text)) k--
  return k >= 0 && !words[k]!.cap && hasCue(res, 'loc-head', words[k]!.text) ? k : from
}

/** « Conseil fédéral », « Suisse romande »: lower-case adjectives after an institution or place head. */
function extendAdjectives(words: readonly Word[], from: number, to: number, res: EntityResources): number {
  const suffixes = res.cues.get('adj-suffix')
  if (!suffixes) return to
  const head = words[from]!
  const key = words.slice(from, to + 1).map((w) => w.fold).join(' ')
  if (!hasCue(res, 'org-first', head.text) && !hasCue(res, 'loc-first', head.text) && !res.countryNames.has(key)) return to
  let j = to
  while (j - to < 2 && j + 1 < words.length) {
    const w = words[j + 1]!
    if (!w.isWord || w.cap || w.text.length < 4 || res.adjectives.has(w.fold)) break
    if (![...suffixes].some((x) => w.text.endsWith(x))) break
    j++
  }
  // A country's or capital's name is continued only into a place's name or by a regional adjective
  // (« Suisse romande »), not by a verb or a participle that ends like an adjective (« Moscou
  // appelle », « la Libye convoquée »).
  if (j > to && res.countryNames.has(key)) {
    const longer = words.slice(from, j + 1).map((w) => w.text).join(' ')
    const regional = words.slice(to + 1, j + 1).every((w) => hasCue(res, 'region-adj', w.fold))
    if (!regional && !res.countryNames.has(fold(longer)) && !placeEvidence(longer).weak) return to
  }
  return j
}

/** Types a candidate from its own words and its immediate context; null type when unsure. */
export function typeCandidate(c: NameCandidate, words: readonly Word[], text: string, res: EntityResources, sentenceStart: boolean): NameCandidate {
  const name = text.slice(c.start, c.end)
  const first = words[c.from]!
  const last = words[c.to]!
  const single = c.from === c.to
  const prev = words[c.from - 1]
  const next = words[c.to + 1]
  const typed = (type: NerType, rule: string, country: string | null = null): NameCandidate => ({ ...c, text: name, type, rule, country })
  const key = fold(name)
  if (!first.cap && hasCue(res, 'loc-head', first.text)) return typed('LOC', 'place-head')
  const country = res.countryNames.get(key) ?? (words.slice(c.from + 1, c.to + 1).every((w) => !w.cap) ? res.countryNames.get(first.fold) : undefined)
  // A public figure's surname alone is that person, unless an article, a place word or a particle
  // stands before it (« La Hollande », « en Hollande », « le roi de Hollande »); the particle only
  // before a country's name: « l'élection de Morsi » is the president's, whatever hamlet shares it.
  // The place word is one of place alone (`figure-place-before`): "support from Obama", « chez
  // Obama » come from or go to the person.
  const figure = single && res.publicFigures.has(name) && !(prev && (hasCue(res, 'determiner', prev.fold) || (!prev.cap && hasCue(res, 'figure-place-before', prev.fold)) || (!prev.cap && hasCue(res, 'particle', prev.text) && country !== undefined)))
  // A title right before makes a person of a name countries also bear (« le président Hollande »,
  // "President Chad"); not one joined by a particle (« l'ambassadeur de France »).
  if (country && !figure && !(c.titled && prev !== undefined && res.titles.has(prev.text))) return typed('LOC', 'country-name', country)
  if (figure) return typed('PER', 'public-figure')
  if (hasCue(res, 'misc-word', name) || hasCue(res, 'misc-last', last.text)) return typed('MISC', 'misc-cue')
  // A lone institution noun (« l'Etat », « le Conseil ») is a common noun written with a capital.
  if (single && hasCue(res, 'org-first', first.text) && !c.titled) return { ...c, text: name, rule: 'drop' }
  const adjective = res.adjectives.get(key)
  if (adjective) return typed('MISC', 'nationality', adjective)
  if (c.titled) return typed('PER', 'title')
  if (res.firstNames.has(first.text) && !single) return typed('PER', 'first-name')
  if (hasCue(res, 'org-last', last.text) || (!single && hasCue(res, 'org-first', first.text))) return typed('ORG', 'org-cue')
  if (!single && (hasCue(res, 'loc-first', first.text) || hasCue(res, 'loc-last', last.text))) return typed('LOC', 'loc-cue')
  const place = placeEvidence(name)
  if (place.strong && !res.firstNames.has(first.text)) return typed('LOC', 'gazetteer', place.country)
  if (prev && !prev.cap && hasCue(res, 'per-before', prev.fold)) return typed('PER', 'per-context')
  if (next && !next.cap && hasCue(res, 'per-after', next.fold) && !single) return typed('PER', 'per-after')
  if (prev && !prev.cap && hasCue(res, 'loc-before', prev.fold) && place.weak) return typed('LOC', 'loc-context', place.country)
  if (res.firstNames.has(first.text) && !sentenceStart) return typed('PER', 'first-name')
  return { ...c, text: name }
}
