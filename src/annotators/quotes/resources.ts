/**
 * Reported-speech knowledge per language, loaded once from `resources/<lang>/quotes/` and compiled
 * into lookup tables keyed by the first word of each phrase, so a sentence is matched in one pass.
 */
import { EngineError } from '../../errors.js'
import { readResourceLines } from '../../resources/load.js'

export type Frame = 'clause' | 'zero' | 'obj' | 'post'
const FRAMES: readonly Frame[] = ['clause', 'zero', 'obj', 'post']

/** A phrase as the tokenizer cuts it: lower case, straight apostrophes, split after elisions. */
export type Words = readonly string[]

export interface CueForm {
  lemma: string
  frames: ReadonlySet<Frame>
  words: Words
  where: string
}

export interface Marker {
  words: Words
  initialOnly: boolean
  where: string
}

export interface PronounInfo {
  plural: boolean
  /** The pronoun may stand for an organisation or a state ("it", « elle »). */
  org: boolean
}

export interface QuoteResources {
  lang: string
  /** Cue forms by first word, longest first. */
  cues: ReadonlyMap<string, CueForm[]>
  markers: ReadonlyMap<string, Marker[]>
  auxiliaries: ReadonlyMap<string, Words[]>
  narrative: ReadonlyMap<string, Words[]>
  adverbs: ReadonlySet<string>
  negations: ReadonlySet<string>
  complementizers: ReadonlySet<string>
  boundaries: ReadonlySet<string>
  hedges: ReadonlySet<string>
  determiners: ReadonlySet<string>
  pronouns: ReadonlyMap<string, PronounInfo>
  roles: ReadonlySet<string>
  organisations: ReadonlySet<string>
  titles: ReadonlySet<string>
  relatives: ReadonlySet<string>
  noContent: ReadonlySet<string>
  coordinations: ReadonlySet<string>
  linkers: ReadonlySet<string>
  nonFinite: ReadonlySet<string>
  nounMarkers: ReadonlySet<string>
  objectClitics: ReadonlySet<string>
  notSources: ReadonlySet<string>
  /** Listeners between a cue and its content, by first word. */
  addressees: ReadonlyMap<string, Words[]>
  /** Subject clitics joined to a verb by a hyphen (« a-t-il »), longest first. */
  inversions: readonly string[]
  postSubjectVerb: boolean
  postVerbSubject: boolean
}

/** Lower case with typographic apostrophes made straight, as every lookup compares words. */
export function normalizeWord(s: string): string {
  const lower = s.toLowerCase()
  return lower.includes('’') || lower.includes('ʼ') ? lower.replace(/[’ʼ]/gu, "'") : lower
}

/** Splits a resource phrase the way the tokenizer splits text: on spaces and after apostrophes. */
export function phraseWords(phrase: string): string[] {
  return normalizeWord(phrase)
    .split(/\s+/u)
    .flatMap((w) => w.replace(/^(\p{L}+')(?=\p{L})/u, '$1\u0000').split('\u0000'))
    .filter((w) => w !== '')
}

function byFirstWord<T extends { words: Words }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const first = item.words[0]
    if (first === undefined) continue
    const list = map.get(first) ?? []
    list.push(item)
    map.set(first, list)
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length)
  return map
}

function loadCues(lang: string): CueForm[] {
  const forms: CueForm[] = []
  for (const row of readResourceLines(lang, 'quotes/verbs.tsv', 3)) {
    const [lemma = '', frameList = '', formList = ''] = row.cols
    const frames = new Set<Frame>()
    for (const f of frameList.split(',').map((s) => s.trim())) {
      if (!(FRAMES as readonly string[]).includes(f)) {
        throw new EngineError('E_RESOURCE', `unknown frame "${f}"; expected one of ${FRAMES.join(', ')}`, row.where)
      }
      frames.add(f as Frame)
    }
    for (const form of formList.split('|')) {
      const words = phraseWords(form)
      if (words.length > 0) forms.push({ lemma, frames, words, where: row.where })
    }
  }
  return forms
}

const cache = new Map<string, QuoteResources>()

export function loadQuoteResources(lang: string): QuoteResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const rows = readResourceLines(lang, 'quotes/words.tsv', 2)
  const of = (cls: string) => rows.filter((r) => r.cols[0] === cls)
  const set = (cls: string) => new Set(of(cls).map((r) => normalizeWord(r.cols[1] ?? '')))
  const phrases = (cls: string) => byFirstWord(of(cls).map((r) => ({ words: phraseWords(r.cols[1] ?? '') }))) as Map<string, { words: Words }[]>
  const wordsOnly = (m: Map<string, { words: Words }[]>) => new Map([...m].map(([k, v]) => [k, v.map((x) => x.words)]))
  const markers = byFirstWord(of('marker').map((r) => ({ words: phraseWords(r.cols[1] ?? ''), initialOnly: r.cols[2] === 'initial', where: r.where })))
  const pronouns = new Map<string, PronounInfo>()
  for (const r of of('pronoun')) {
    const value = (r.cols[2] ?? '').split(',')
    pronouns.set(normalizeWord(r.cols[1] ?? ''), { plural: value.includes('pl'), org: value.includes('org') })
  }
  const postposed = set('postposed')
  const res: QuoteResources = {
    lang,
    cues: byFirstWord(loadCues(lang)),
    markers,
    auxiliaries: wordsOnly(phrases('auxiliary')),
    narrative: wordsOnly(phrases('narrative')),
    adverbs: set('adverb'),
    negations: set('negation'),
    complementizers: set('complementizer'),
    boundaries: set('boundary'),
    hedges: set('hedge'),
    determiners: set('determiner'),
    pronouns,
    roles: set('role'),
    organisations: set('organisation'),
    titles: set('title'),
    relatives: set('relative'),
    noContent: set('nocontent'),
    coordinations: set('coordination'),
    linkers: set('linker'),
    nonFinite: set('nonfinite'),
    nounMarkers: set('nounmarker'),
    objectClitics: set('objectclitic'),
    notSources: set('notsource'),
    addressees: wordsOnly(phrases('addressee')),
    inversions: [...set('inversion')].sort((a, b) => b.length - a.length),
    postSubjectVerb: postposed.has('subject-verb'),
    postVerbSubject: postposed.has('verb-subject'),
  }
  cache.set(lang, res)
  return res
}

/** True when the language has a statement lexicon. */
export function hasQuoteResources(lang: string): boolean {
  return loadQuoteResources(lang).cues.size > 0
}
