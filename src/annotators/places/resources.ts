/** Place-recognition knowledge per language, loaded once from `resources/<lang>/places/`. */
import { foldName } from '../../kb/gazetteer/index.js'
import { EngineError } from '../../errors.js'
import { compileResourceRegex, escapeRegex, hasResource, readResourceLines } from '../../resources/load.js'

export type CueKind = 'before' | 'weak-before' | 'near' | 'admin' | 'title' | 'metonymy' | 'street' | 'settlement' | 'facility' | 'weapon' | 'weapon-after' | 'seat-after' | 'seat-before' | 'possessive' | 'area' | 'object-verb' | 'world-part' | 'people-after' | 'dwellers-after' | 'people-of' | 'list-joint' | 'road-joint' | 'sponsor-after' | 'sponsor-before' | 'kind-joint' | 'inside' | 'local-body' | 'owner-before' | 'possessive-suffix'

export interface PlaceResources {
  lang: string
  /** Cue phrases by kind, lower case, longest first. */
  cues: Record<CueKind, string[]>
  /** Folded words that are frequent in the language: capitalisation alone does not make them places. */
  commonWords: Set<string>
  /** Folded month and weekday names: a time, never a place on their own. */
  timeWords: Set<string>
  /** Folded demonym or country adjective → ISO alpha-2 country code. */
  demonyms: Map<string, string>
  /**
   * An admin word → the word GeoNames puts after the names of areas of that kind ("zone", and for
   * French « territoire » "territory"): the admin words' third column, else the word itself.
   */
  adminTypes: Map<string, string>
  /** Words that tell one country without being a place or a nationality (`country-words.tsv`), null when the language lists none. */
  countryWords: CountryWords | null
}

/**
 * `places/country-words.tsv`: administrative units, currencies and terms of one country's public
 * life ("woreda", "naira", « fokontany »). `at` matches the longest form at an offset
 * (case-insensitive, sticky; `countryWordMatches` of `find.ts` finds a text's all); `forms` gives
 * the country of a match by its `countryWordKey`, and whether it counts only in lower case (a
 * currency: "Rand Paul" is a name).
 */
export interface CountryWords {
  forms: Map<string, { country: string; lower: boolean }>
  /**
   * Each form's first word (its letters, digits and underscores up to the first other character),
   * lower case: a match starts only at a word that is one of them.
   */
  firstWords: Set<string>
  /** The shortest and longest of `firstWords`, in UTF-16 code units. */
  firstMin: number
  firstMax: number
  /**
   * The first two characters of `firstWords`, where both are ASCII: `pairs[a * 128 + b]` is 1 for
   * a word opening with `a` then `b`. A word of the text that opens with two ASCII characters
   * (lower case) that are no such pair opens no form. Null when a form is shorter or opens with a
   * long s.
   */
  pairs: Uint8Array | null
  /** Every form, longest first, between word boundaries; sticky: which form matches at one offset. */
  at: RegExp
}

const COUNTRY_WORD_KINDS = ['unit', 'currency', 'term']

/** A country word's lookup key: lower case, one space between its words. */
export function countryWordKey(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, ' ')
}

function loadCountryWords(lang: string): CountryWords | null {
  if (!hasResource(lang, 'places/country-words.tsv')) return null
  const forms = new Map<string, { country: string; lower: boolean }>()
  for (const { cols, where } of readResourceLines(lang, 'places/country-words.tsv', 3)) {
    if (!COUNTRY_WORD_KINDS.includes(cols[1]!)) throw new EngineError('E_RESOURCE', `unknown country word kind "${cols[1]}"; expected one of ${COUNTRY_WORD_KINDS.join(', ')}`, where)
    for (const form of cols[2]!.split('|')) forms.set(countryWordKey(form), { country: cols[0]!.toUpperCase(), lower: cols[1] === 'currency' })
  }
  if (forms.size === 0) return null
  // Longest first, so that "service delivery protesters" is not cut at "protester".
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRegex(f).replace(/ /gu, '\\s+'))
  const source = `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`
  const where = `${lang}/places/country-words.tsv`
  const firstWords = new Set<string>()
  for (const key of forms.keys()) {
    const first = /^[\p{L}\p{N}_]+/u.exec(key)
    if (!first) throw new EngineError('E_RESOURCE', `country word "${key}" does not open with a letter or digit`, where)
    firstWords.add(first[0])
  }
  const lengths = [...firstWords].map((w) => w.length)
  let pairs: Uint8Array | null = new Uint8Array(128 * 128)
  for (const w of firstWords) {
    const a = w.charCodeAt(0)
    const b = w.charCodeAt(1)
    // A form opening beyond ASCII (« éco… ») matches only a word that does too, which is asked in
    // full; but the long s matches an s, case-insensitively.
    if (w.length < 2 || /^.?\u017f/u.test(w)) {
      pairs = null
      break
    }
    if (a < 128 && b < 128) pairs[a * 128 + b] = 1
  }
  return { forms, firstWords, firstMin: Math.min(...lengths), firstMax: Math.max(...lengths), pairs, at: compileResourceRegex(source, 'iuy', where) }
}

const KINDS: CueKind[] = ['before', 'weak-before', 'near', 'admin', 'title', 'metonymy', 'street', 'settlement', 'facility', 'weapon', 'weapon-after', 'seat-after', 'seat-before', 'possessive', 'area', 'object-verb', 'world-part', 'people-after', 'dwellers-after', 'people-of', 'list-joint', 'road-joint', 'sponsor-after', 'sponsor-before', 'kind-joint', 'inside', 'local-body', 'owner-before', 'possessive-suffix']
const cache = new Map<string, PlaceResources>()

export function loadPlaceResources(lang: string): PlaceResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const cues = Object.fromEntries(KINDS.map((k) => [k, [] as string[]])) as Record<CueKind, string[]>
  const adminTypes = new Map<string, string>()
  for (const { cols, where } of readResourceLines(lang, 'places/cues.tsv', 2)) {
    const kind = cols[0] as CueKind
    if (!KINDS.includes(kind)) throw new EngineError('E_RESOURCE', `unknown cue kind "${cols[0]}"; expected one of ${KINDS.join(', ')}`, where)
    cues[kind].push(cols[1]!.toLowerCase())
    // Titles and weapons' nouns are compared with the word before a name folded (`foldName`): keep
    // the folded form of an accented one too (« général », « député », « hélicoptère »).
    if ((kind === 'title' || kind === 'weapon') && foldName(cols[1]!) !== cols[1]!.toLowerCase()) cues[kind].push(foldName(cols[1]!))
    if (kind === 'admin') adminTypes.set(cols[1]!.toLowerCase(), (cols[2] ?? cols[1]!).toLowerCase())
  }
  for (const k of KINDS) cues[k].sort((a, b) => b.length - a.length)
  const demonyms = new Map<string, string>()
  for (const { cols } of readResourceLines(lang, 'places/demonyms.tsv', 2)) {
    for (const form of cols[1]!.split('|')) demonyms.set(foldName(form), cols[0]!.toUpperCase())
  }
  const res: PlaceResources = {
    lang,
    cues,
    commonWords: new Set(readResourceLines(lang, 'places/common-words.txt').map((r) => foldName(r.cols[0]!))),
    demonyms,
    adminTypes,
    countryWords: loadCountryWords(lang),
    timeWords: new Set(readResourceLines(lang, 'places/time-words.txt').map((r) => foldName(r.cols[0]!))),
  }
  cache.set(lang, res)
  return res
}

const standIns = new Map<string, { before: RegExp | null; after: RegExp | null }>()

/**
 * Whether the name at [start, end) is a sponsor or a group's seat by the words around it (cue
 * kinds `sponsor-before` / `seat-before` right before it, `sponsor-after` / `seat-after` after its
 * hyphen or, for a seat, its space: "backed by Moscow", "US-led", "the Britain-based monitor"):
 * a state or a town named, not where the text is. For stages that count a text's countries before
 * the places stage runs.
 */
export function standsIn(lang: string, text: string, start: number, end: number): boolean {
  let re = standIns.get(lang)
  if (!re) {
    const cues = hasResource(lang, 'places/cues.tsv') ? loadPlaceResources(lang).cues : null
    const alt = (xs: string[]) => xs.map(escapeRegex).join('|')
    const before = cues ? alt([...cues['sponsor-before'], ...cues['seat-before']]) : ''
    const after = cues ? alt(cues['sponsor-after']) : ''
    const seat = cues ? alt(cues['seat-after']) : ''
    re = {
      before: before ? new RegExp(`(?<![\\p{L}])(?:${before})\\s+$`, 'iu') : null,
      after: after || seat ? new RegExp(`^(?:${[after && `-(?:${after})`, seat && `[- ](?:${seat})`].filter(Boolean).join('|')})(?![\\p{L}])`, 'iu') : null,
    }
    standIns.set(lang, re)
  }
  return (re.before?.test(text.slice(Math.max(0, start - 40), start)) ?? false) || (re.after?.test(text.slice(end, end + 30)) ?? false)
}
