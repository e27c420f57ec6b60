/**
 * The entity resources of one language, loaded once per process: titles, cue words, first names,
 * words that never start a name, country names and nationality adjectives, contextual heads.
 */
import countries from 'i18n-iso-countries'
import type { Token } from '../../doc/schema.js'
import { readResourceLines } from '../../resources/load.js'
import { foldWord, splitWords } from '../../kb/actors/normalize.js'
import { loadHeads, type HeadTarget } from '../../kb/actors/resolve.js'

export type CueType = 'org-last' | 'org-first' | 'loc-last' | 'loc-first' | 'loc-before' | 'per-before' | 'per-after' | 'particle' | 'definite' | 'determiner' | 'misc-last' | 'misc-word' | 'adj-suffix' | 'team-before' | 'plural-det' | 'loc-head' | 'force-military' | 'force-police' | 'force-link' | 'force-modifier' | 'force-coord' | 'title-complement' | 'region-adj' | 'figure-place-before' | 'stance-prefix' | 'inflection' | 'possessive-suffix'

export interface EntityResources {
  lang: string
  titles: Set<string>
  notNames: Set<string>
  firstNames: Set<string>
  /** Surnames of public figures news names alone (`resources/common/entities/public-figures.txt`). */
  publicFigures: Set<string>
  /** Folded surname of a leader (`resources/common/entities/leaders.tsv`) → the country led. */
  leaders: Map<string, string>
  cues: Map<CueType, Set<string>>
  /** Folded country name (words joined by spaces) → ISO code; capitals included. */
  countryNames: Map<string, string>
  /** Folded nationality adjective → ISO code. */
  adjectives: Map<string, string>
  heads: Map<string, HeadTarget>
  /** Longest head phrase, in words. */
  headMax: number
  /** First words of the head phrases: no head starts at any other word. */
  headFirst: Set<string>
}

const cache = new Map<string, EntityResources>()

/** Words keyed as the country names, adjectives and leaders are: folded, one space between ("U.S." is "u s"). */
export const countryKey = (s: string): string => splitWords(s).map((w) => foldWord(w.word)).join(' ')
const fold = countryKey

export function loadEntityResources(lang: string): EntityResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const cues = new Map<CueType, Set<string>>()
  for (const { cols } of readResourceLines(lang, 'entities/cues.tsv', 2)) {
    const set = cues.get(cols[0] as CueType) ?? new Set<string>()
    for (const w of cols[1]!.split(/\s+/)) set.add(w)
    cues.set(cols[0] as CueType, set)
  }
  const countryNames = new Map<string, string>()
  const adjectives = new Map<string, string>()
  for (const [cc, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
    for (const n of names) countryNames.set(fold(n.replace(/\s*\(.*\)$/, '')), cc)
  }
  for (const { cols } of readResourceLines(lang, 'entities/countries.tsv', 3)) {
    const cc = cols[0]!
    for (const n of (cols[1] ?? '').split(',').filter(Boolean)) countryNames.set(fold(n), cc)
    for (const a of (cols[2] ?? '').split('|').filter(Boolean)) adjectives.set(fold(a), cc)
    for (const c of (cols[3] ?? '').split('|').filter(Boolean)) countryNames.set(fold(c), cc)
  }
  const heads = loadHeads(lang)
  const res: EntityResources = {
    lang,
    titles: new Set(readResourceLines(lang, 'entities/titles.txt').map((r) => r.cols[0]!)),
    notNames: new Set(readResourceLines(lang, 'entities/not-names.txt').map((r) => r.cols[0]!)),
    firstNames: new Set(readResourceLines('common', 'entities/first-names.txt').flatMap((r) => r.cols[0]!.split(/\s+/))),
    publicFigures: new Set(readResourceLines('common', 'entities/public-figures.txt').flatMap((r) => r.cols.join(' ').split(/\s+/)).filter(Boolean)),
    leaders: new Map(readResourceLines('common', 'entities/leaders.tsv', 2).flatMap((r) => r.cols[1]!.split('|').map((n) => [fold(n), r.cols[0]!] as [string, string]))),
    cues,
    countryNames,
    adjectives,
    heads,
    headMax: Math.max(1, ...[...heads.keys()].map((k) => k.split(' ').length)),
    headFirst: new Set([...heads.keys()].map((k) => k.split(' ')[0]!)),
  }
  cache.set(lang, res)
  return res
}

/** A word of a stance cue (capitalised at a sentence's start), a hyphen and a name: "anti-Zuma", « pro-Gbagbo ». */
const STANCE = /^(\p{L}\p{Ll}*)-(\p{Lu}[\p{L}'’-]*)$/u

/**
 * The countries of the leaders a stance names ("an anti-Zuma protest", « des jeunes pro-Gbagbo »:
 * cue type `stance-prefix` before a surname of `leaders.tsv`), one per word in text order: the
 * leader is named as surely as by his name alone, which the name finder does not read inside
 * the word.
 */
export function stanceLeaderCountries(text: string, tokens: readonly Token[], res: EntityResources): string[] {
  const prefixes = res.cues.get('stance-prefix')
  if (!prefixes || res.leaders.size === 0) return []
  const out: string[] = []
  for (const t of tokens) {
    if (t.kind !== 'word' || !hasHyphen(text, t.start + 1, t.end - 1)) continue
    const m = STANCE.exec(text.slice(t.start, t.end))
    if (!m || !prefixes.has(m[1]!.toLowerCase())) continue
    const cc = res.leaders.get(fold(m[2]!))
    if (cc) out.push(cc)
  }
  return out
}

function hasHyphen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 45) return true
  return false
}

export function hasCue(res: EntityResources, type: CueType, word: string): boolean {
  return res.cues.get(type)?.has(word) ?? false
}
