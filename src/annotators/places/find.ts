/**
 * Finding toponym candidates: the longest gazetteer names over runs of tokens that start with a
 * capital (or lower-case geographic phrases such as « bande de Gaza » that end with one), with the
 * context around each: locative cues before, admin words after, the sentence's casing.
 */
import type { Doc } from '../../pipeline/annotator.js'
import type { Span, Token } from '../../doc/schema.js'
import { firstEndingAfter, lowerBound } from '../../doc/spans.js'
import { isAsciiAlnum } from '../../doc/chars.js'
import { compassDirection, foldName, keyStartOf, type Gazetteer, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import { countryWordKey, type CountryWords, type PlaceResources } from './resources.js'
import { ownName } from './resolve.js'
import { POSSESSOR_CITY, strippedPossessiveStem } from '../../kb/gazetteer/possessive.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const STARTS_UPPER = /^\p{Lu}/u
const ONE_UPPER = /^\p{Lu}$/u
const STARTS_LOWER = /^\p{Ll}/u
const ALL_UPPER = /^\p{Lu}+$/u

/** The word right before a name, one space between. */
const CAPITALISED_BEFORE = /(\p{Lu}\p{L}+) $/u

/** Longest name tried, in tokens ("Saint-Germain-en-Laye" is one token; "Bosnia and Herzegovina" three). */
const MAX_TOKENS = 6

export interface Candidate {
  start: number
  end: number
  key: string
  entries: GazetteerEntry[]
  sentence: number
  /** Index of the first and last token. */
  first: number
  last: number
  /** First word of its sentence (after any quote or bracket). */
  sentenceInitial: boolean
  /** Its sentence is a headline in Title Case, where capitals say nothing. */
  titleCase: boolean
  cueBefore: boolean
  /**
   * The cue before is a locative one (« à », « dans », "in"), not only a preposition that opens any
   * noun's complement as often as a place's (« de », « par »; cue kind `weak-before`).
   */
  strongCue: boolean
  near: boolean
  adminWord: boolean
  /** The admin word is a first-level area's ("province", « gouvernorat »; cue kind `area`), not a district's or a town's. */
  areaWord: boolean
  /** A settlement word after ("Chorora town") or before with "of" ("the villages of Gare"). */
  settlementWord: boolean
  metonymic: boolean
  /**
   * Right after a verb whose object is a person or a body ("met", "thanked", « a reçu »; cue kind
   * `object-verb`): a name there is whom the verb governs, not where anything happened.
   */
  objectOf: boolean
  /**
   * Where a group or source is based ("the Britain-based monitor", « basé à Londres »), or a state
   * glued to a word of leading or backing ("the US-led coalition", "Iran-backed militias"): no
   * event's place.
   */
  seat: boolean
  /** Part of a street's name ("Washington Drive", « rue de Paris »). */
  street: boolean
  /**
   * The name of a facility or local body the name opens ("Kumasi Polytechnic", "a Heliwa police
   * station") or that governs it ("the University of Kisangani", « l'hôpital de Bunia »), when there is one.
   */
  facility: FacilityName | null
}

/** A facility's name around a place name, and where its head ("Hospital", « hôpital ») starts. */
export interface FacilityName {
  start: number
  end: number
  head: number
}

export const isCapitalized = (s: string): boolean => STARTS_UPPER.test(s)
const UPPER_AT = /\p{Lu}/uy
/** `isCapitalized(text.slice(at, …))` without the slice: called for every token. */
const capitalAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at)
  if (c < 128) return c >= 65 && c <= 90
  UPPER_AT.lastIndex = at
  return UPPER_AT.test(text)
}
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word'
const MARK_AT = /\p{M}/uy
/** A word token that starts with a combining mark (it may fold to nothing). */
const markAt = (text: string, at: number): boolean => {
  MARK_AT.lastIndex = at
  return MARK_AT.test(text)
}

/** The folded key (`foldName`) of each word token of a document, computed on first use: several steps ask for it. */
export type TokenKeys = (token: number) => string

/**
 * One `TokenKeys` per document, shared by every stage that asks (places, the events' country
 * votes). Keyed by the token array, which belongs to one text and outlives the stages' Doc views.
 */
const keysCache = new WeakMap<readonly Token[], TokenKeys>()

export function tokenKeys(doc: Doc): TokenKeys {
  const tokens = doc.tokens
  let keyOf = keysCache.get(tokens)
  if (!keyOf) {
    const text = doc.article.text
    const keys: (string | undefined)[] = new Array(tokens.length)
    keyOf = (i) => (keys[i] ??= foldName(text.slice(tokens[i]!.start, tokens[i]!.end)))
    keysCache.set(tokens, keyOf)
  }
  return keyOf
}

/**
 * The countries the text's nationality words name, one per word in text order ("Tunisian students",
 * « des étudiants tunisiens »), a two-word form before its words alone ("South African" is South
 * Africa, not "African").
 */
export function nationalityCountries(doc: Doc, demonyms: ReadonlyMap<string, string>, within: readonly { start: number; end: number }[] = [], owner?: PlaceResources): string[] {
  const out: string[] = []
  const tokens = doc.tokens
  // A nationality word that names an embassy's or a consulate's owner ("the Kuwaiti embassy", «
  // l'ambassade koweïtienne »: cue kinds `seat-after`, `owner-before`) tells whose building it is,
  // not which country the text is about, as a country's name so placed does not.
  const word = (i: number) => (tokens[i]?.kind === 'word' ? doc.article.text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase() : '')
  const owned = (first: number, last: number) => owner !== undefined
    && (owner.cues['seat-after'].includes(word(last + 1)) || owner.cues['owner-before'].includes(word(first - 1)))
  // `within`: spans in text order whose words are no nationality of their own ("Saudi" of "Saudi
  // Arabia", a place the caller counts already).
  let w = 0
  let after = -1
  for (const hit of nationalityWords(doc, demonyms)) {
    // The word after a two-word form is read with it.
    if (hit.token <= after) continue
    const tok = tokens[hit.token]!
    while (w < within.length && within[w]!.end <= tok.start) w++
    if (w < within.length && within[w]!.start <= tok.start) continue
    if (hit.pair !== undefined) {
      after = hit.token + 1
      if (!owned(hit.token, hit.token + 1)) out.push(hit.pair)
    } else if (!owned(hit.token, hit.token)) out.push(hit.single!)
  }
  return out
}

/** Letters and digits of ASCII only: such a word's folded key (`foldName`) is the word in lower case. */
export function plainAlnum(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at)
    if (!isAsciiAlnum(c)) return false
  }
  return true
}

/**
 * A hash of a key's code units, the same for a plain word (`plainAlnum`) read in place in lower
 * case (`lower`: ASCII letters to lower case by bit 5, which digits have set already).
 */
export function keyHash(s: string, start: number, end: number, lower: boolean): number {
  let h = 0
  for (let at = start; at < end; at++) h = (Math.imul(h, 31) + (lower ? s.charCodeAt(at) | 32 : s.charCodeAt(at))) | 0
  return h
}

const HASH_BITS = 0xffff

const demonymHashesCache = new WeakMap<ReadonlyMap<string, string>, Uint8Array>()

/**
 * The hashes (`keyHash`) of the nationality words' keys and of their two-word forms' first words:
 * a plain word whose hash is not among them is neither, and is not folded to be asked.
 */
function demonymHashes(demonyms: ReadonlyMap<string, string>): Uint8Array {
  let bits = demonymHashesCache.get(demonyms)
  if (!bits) {
    bits = new Uint8Array(HASH_BITS + 1)
    for (const key of [...demonyms.keys(), ...pairHeads(demonyms)]) bits[keyHash(key, 0, key.length, false) & HASH_BITS] = 1
    demonymHashesCache.set(demonyms, bits)
  }
  return bits
}

/** A word that names a country as a nationality, alone (`single`) or with the next word (`pair`). */
interface NationalityWord { token: number; pair: string | undefined; single: string | undefined }

const nationalityWordsCache = new WeakMap<readonly Token[], { demonyms: ReadonlyMap<string, string>; words: NationalityWord[] }>()

/**
 * The words of the text that may be nationality words, in text order, found once per document: the
 * places stage and the events' country votes read them with other spans left out.
 */
function nationalityWords(doc: Doc, demonyms: ReadonlyMap<string, string>): NationalityWord[] {
  const tokens = doc.tokens
  const hit = nationalityWordsCache.get(tokens)
  if (hit && hit.demonyms === demonyms) return hit.words
  const text = doc.article.text
  const keyOf = tokenKeys(doc)
  const heads = pairHeads(demonyms)
  const hashes = demonymHashes(demonyms)
  const words: NationalityWord[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    if (tok.kind !== 'word') continue
    // A plain word's key is itself in lower case: one whose hash no key or first word has is no
    // nationality word nor opens one, and is not folded (most words of a text).
    if (hashes[keyHash(text, tok.start, tok.end, true) & HASH_BITS] === 0 && plainAlnum(text, tok.start, tok.end)) continue
    const next = tokens[i + 1]
    // A two-word form is asked only after a word that opens one: most words open none, and the
    // pair's key would be a new string to hash for each.
    const pair = next?.kind === 'word' && next.start === tok.end + 1 && text.charCodeAt(tok.end) === 32 && heads.has(keyOf(i))
      ? demonyms.get(`${keyOf(i)} ${keyOf(i + 1)}`)
      : undefined
    const single = pair === undefined ? demonyms.get(keyOf(i)) : undefined
    if (pair !== undefined || single !== undefined) words.push({ token: i, pair, single })
  }
  nationalityWordsCache.set(tokens, { demonyms, words })
  return words
}

/**
 * The countries the text's country words tell (`places/country-words.tsv`: "woreda", "naira",
 * « fokontany »), one per distinct form in text order, outside removed spans (in a sentence). A
 * currency counts only in lower case ("Rand Paul" is a name).
 */
export function countryWordCountries(doc: Doc, res: PlaceResources): readonly string[] {
  const words = res.countryWords
  if (!words) return []
  const text = doc.article.text
  const sentences = doc.sentences
  // The places stage and the events' country votes both ask, for the same sentences.
  const hit = countryWordsCache.get(sentences)
  if (hit && hit.text === text && hit.res === res) return hit.out
  const seen = new Set<string>()
  const out: string[] = []
  for (const m of countryWordMatches(words, text)) {
    const key = countryWordKey(m[0])
    const form = words.forms.get(key)
    if (!form || seen.has(key) || (form.lower && m[0] !== m[0].toLowerCase())) continue
    const end = m.index + m[0].length
    const s = sentences[lowerBound(0, sentences.length, (i) => sentences[i]!.end <= m.index)]
    if (!s || s.start > m.index || s.end < end) continue
    seen.add(key)
    out.push(form.country)
  }
  countryWordsCache.set(sentences, { text, res, out })
  return out
}

/**
 * The matches of the country words' regex over the text, as a global search would give them, but
 * run only where a word opens that is some form's first word (lower case): a match starts at a
 * word's start (the regex's leading lookbehind), and its first word is the form's, so the regex is
 * asked at a few offsets instead of searched through the whole text.
 */
export function countryWordMatches(words: CountryWords, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  const n = text.length
  let prevWord = false
  for (let i = 0; i < n;) {
    const cp = text.codePointAt(i)!
    const size = cp > 0xffff ? 2 : 1
    const isWord = isWordPoint(cp)
    if (!isWord || prevWord) {
      prevWord = isWord
      i += size
      continue
    }
    let j = i + size
    while (j < n) {
      const c = text.codePointAt(j)!
      if (!isWordPoint(c)) break
      j += c > 0xffff ? 2 : 1
    }
    if (j - i >= words.firstMin && j - i <= words.firstMax && maybeFirstWord(words.pairs, text, i)) {
      let key = text.slice(i, j).toLowerCase()
      // The one letter whose case-insensitive match (long s ~ s) lower case does not give.
      if (key.includes('\u017f')) key = key.replaceAll('\u017f', 's')
      if (words.firstWords.has(key)) {
        words.at.lastIndex = i
        const m = words.at.exec(text)
        if (m) {
          out.push(m)
          // A match ends before a character that is no letter, digit or underscore.
          i += m[0].length
          prevWord = false
          continue
        }
      }
    }
    i = j
    prevWord = true
  }
  return out
}

/**
 * Whether the word at `i` may open a form, by its first two characters: no when both are ASCII
 * and, in lower case, open none (a form's own letters are lower case; an ASCII letter matches,
 * case-insensitively, only an ASCII letter or a character beyond ASCII, which is asked in full).
 */
function maybeFirstWord(pairs: Uint8Array | null, text: string, i: number): boolean {
  if (!pairs) return true
  let a = text.charCodeAt(i)
  let b = text.charCodeAt(i + 1)
  if (a >= 128 || b >= 128 || Number.isNaN(b)) return true
  if (a >= 65 && a <= 90) a += 32
  if (b >= 65 && b <= 90) b += 32
  return pairs[a * 128 + b] === 1
}

const WORD_POINT = /[\p{L}\p{N}_]/u
/** Per UTF-16 code unit: 0 not yet asked, 1 a letter, digit or underscore, 2 another character. */
const wordPoints = new Uint8Array(0x10000)

function isWordPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95
  if (cp > 0xffff) return WORD_POINT.test(String.fromCodePoint(cp))
  let k = wordPoints[cp]!
  if (k === 0) wordPoints[cp] = k = WORD_POINT.test(String.fromCharCode(cp)) ? 1 : 2
  return k === 1
}

const countryWordsCache = new WeakMap<readonly Span[], { text: string; res: PlaceResources; out: readonly string[] }>()

const pairHeadsCache = new WeakMap<ReadonlyMap<string, string>, Set<string>>()

/**
 * Every start of a key up to one of its spaces ("south" and "south sudanese" for "south sudanese
 * x"): a key `a + ' ' + b` exists only if `a` is among them.
 */
export function pairHeads(demonyms: ReadonlyMap<string, string>): Set<string> {
  let heads = pairHeadsCache.get(demonyms)
  if (!heads) {
    heads = new Set()
    for (const key of demonyms.keys()) {
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) heads.add(key.slice(0, at))
    }
    pairHeadsCache.set(demonyms, heads)
  }
  return heads
}

export function findCandidates(doc: Doc, gaz: Gazetteer, res: PlaceResources, keyOf: TokenKeys = tokenKeys(doc)): Candidate[] {
  const text = doc.article.text
  const tokens = doc.tokens
  const out: Candidate[] = []
  let t = 0
  doc.sentences.forEach((sent, si) => {
    while (t < tokens.length && tokens[t]!.start < sent.start) t++
    let end = t
    while (end < tokens.length && tokens[end]!.end <= sent.end) end++
    const titleCase = isTitleCase(text, tokens, t, end)
    let firstWord = t
    while (firstWord < end && !isWord(tokens[firstWord])) firstWord++
    for (let i = t; i < end; i++) {
      const tok = tokens[i]!
      if (!isWord(tok)) continue
      const startsUpper = capitalAt(text, tok.start)
      const found = longestMatch(text, tokens, i, end, gaz, startsUpper, keyOf)
      // A frequent word opening a name that is no feature's own name, only another's alternate
      // name ("The Cape", Buxton's), yields to a name from the next word that reaches further:
      // "The Cape Town Rastafarian community" is Cape Town's.
      if (found && found.last > i && res.commonWords.has(keyOf(i)) && !found.entries.some((e) => ownName(e, found.key))) {
        const next = longestMatch(text, tokens, i + 1, end, gaz, capitalAt(text, tokens[i + 1]!.start), keyOf)
        if (next && next.last > found.last) continue
      }
      const stem = !found && startsUpper ? possessiveStem(text, tok, res, gaz) : null
      if (stem !== null) {
        const key = foldName(stem)
        const c = newCandidate(tok.start, tok.start + stem.length, key, gaz.lookup(key), si, i, i, i === firstWord, titleCase)
        addContext(c, text, res, gaz)
        out.push(c)
        continue
      }
      if (!found) {
        // Inside a hyphenated token: "Egyptian-US relations", "D-Charleston", "Fargo-Moorhead".
        // "the Yei-Maridi road", « l'axe Beni-Kasindi »: a road named after the towns it links runs
        // from the first, and what happens along it is near that town; its towns are names even
        // where the gazetteer lacks one of them ("the Arua-Nimule highway"; a syllable such as the
        // "Man" of "the Sag-Man Trail" is no town's name).
        const roadway = hasHyphen(text, tok) ? roadNamed(text, tok, res) : null
        const parts = hyphenParts(text, tok, gaz, res, roadway !== null)
        for (const part of parts) {
          const c = newCandidate(part.start, part.end, part.key, part.entries, si, i, i, false, titleCase)
          addContext(c, text, res, gaz)
          const road = part === parts[0] ? roadway : null
          if (road) {
            c.facility = road
            c.near = true
          }
          out.push(c)
        }
        continue
      }
      const c: Candidate = {
        start: tok.start,
        end: tokens[found.last]!.end,
        key: found.key,
        entries: found.entries,
        sentence: si,
        first: i,
        last: found.last,
        sentenceInitial: i === firstWord,
        titleCase,
        cueBefore: false,
        strongCue: false,
        near: false,
        adminWord: false,
        areaWord: false,
        settlementWord: false,
        metonymic: false,
        objectOf: false,
        seat: false,
        street: false,
        facility: null,
      }
      addContext(c, text, res, gaz)
      out.push(c)
      i = found.last
    }
    t = end
  })
  return out
}

/** The word after a name: one space, then letters. */
const WORD_AFTER = /^ (\p{L}+)/u

/**
 * A possessive that lost its apostrophe ("Syrias army", "Aleppos Old City") names its place as
 * "Syria's" does: the stem (`strippedPossessiveStem`, the language's ending of cue kind
 * `possessive-suffix`) is the mention, the ending no part of it. Here the stem must be a country's
 * or a city of a million's own name ("Americas" is no America's: the United States' own name is
 * another; "Capitals", "Souls" are no Capital's nor Seoul's), and a word must follow that is no
 * list's joint: a plural goes on with "and" or ends the phrase ("Turkeys and chickens").
 */
function possessiveStem(text: string, tok: Token, res: PlaceResources, gaz: Gazetteer): string | null {
  const suffixes = res.cues['possessive-suffix']
  if (!suffixes.length) return null
  const word = text.slice(tok.start, tok.end)
  // Most capitalised words are no possessive (an answer kept per word): asked first, before the word after.
  if (ALL_UPPER.test(word)) return null
  const stem = strippedPossessiveStem(word, suffixes)
  if (stem === null) return null
  const next = WORD_AFTER.exec(text.slice(tok.end, tok.end + 40))
  if (!next || res.cues['list-joint'].includes(next[1]!.toLowerCase())) return null
  const key = foldName(stem)
  return gaz.lookup(key).some((e) => ownName(e, key) && (e.kind === 'country' || (e.kind === 'city' && e.population >= POSSESSOR_CITY))) ? stem : null
}

function newCandidate(start: number, end: number, key: string, entries: GazetteerEntry[], sentence: number, first: number, last: number, sentenceInitial: boolean, titleCase: boolean): Candidate {
  return { start, end, key, entries, sentence, first, last, sentenceInitial, titleCase, cueBefore: false, strongCue: false, near: false, adminWord: false, areaWord: false, settlementWord: false, metonymic: false, objectOf: false, seat: false, street: false, facility: null }
}

type HyphenPart = { start: number; end: number; key: string; entries: GazetteerEntry[] }
const NO_PARTS: readonly HyphenPart[] = []

/** Whether a token holds a hyphen, asked before it is copied (most are plain words). */
function hasHyphen(text: string, tok: Token): boolean {
  for (let at = tok.start; at < tok.end; at++) if (text.charCodeAt(at) === 45) return true
  return false
}

function hyphenParts(text: string, tok: Token, gaz: Gazetteer, res: PlaceResources, road = false): readonly HyphenPart[] {
  if (!hasHyphen(text, tok)) return NO_PARTS
  const word = text.slice(tok.start, tok.end)
  const out: HyphenPart[] = []
  let at = 0
  for (const part of word.split('-')) {
    const key = foldName(part)
    // The other parts must be names, single letters ("D-Charleston") or lower case ("Atlanta-area"),
    // not fragments of one brand ("Wal-Mart").
    const others = word.split('-').filter((o) => o !== part)
    const compound = others.every((o) => ONE_UPPER.test(o) || STARTS_LOWER.test(o) || gaz.has(foldName(o)) || res.demonyms.has(foldName(o)) || (road && isCapitalized(o) && o.length >= 4))
    if (compound && (part.length > 2 || ALL_UPPER.test(part)) && isCapitalized(part) && gaz.has(key)) out.push({ start: tok.start + at, end: tok.start + at + part.length, key, entries: gaz.lookup(key) })
    at += part.length + 1
  }
  return out
}

const WORD_BEFORE = /(\p{L}+)\s$/u

/**
 * The name of a road or bridge a hyphenated token of town names is part of ("Yei-Maridi road",
 * « l'axe Beni-Butembo »): a street or facility word right after it or right before it.
 */
function roadNamed(text: string, tok: Token, res: PlaceResources): FacilityName | null {
  const head = (w: string | undefined) => w !== undefined && (res.cues.street.includes(w.toLowerCase()) || res.cues.facility.includes(w.toLowerCase()))
  const after = NEXT_WORD.exec(text.slice(tok.end, tok.end + 40))
  if (after && head(after[1]!.replace(/\.$/, ''))) return { start: tok.start, end: tok.end + after[0].length, head: tok.end + 1 }
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, tok.start - 30), tok.start))
  if (before && head(before[1])) return { start: tok.start - before[0].length, end: tok.end, head: tok.start - before[0].length }
  return null
}

/**
 * The gazetteer's answers for spans of ASCII text read in place. `longestMatch` and `reachOf` ask,
 * per capitalised word and per span of words after it, whether the span's folded key is a key
 * (`has`) and whether a longer key goes on from it (`continues`): a slice, `foldName`'s memo and the
 * gazetteer's map per question. The fold of ASCII text depends only on its ASCII lower case, so the
 * answers are kept per span's lower case, found by a hash of its code units read in place and
 * compared in place; the first question of a span folds it as before. Bounded: emptied when half
 * full. One table per gazetteer.
 */
export class SpanAnswers {
  private readonly slots: number
  private readonly hashes: Int32Array
  /** The span's text in ASCII lower case; undefined for a free slot. */
  private readonly lowers: (string | undefined)[]
  private readonly keys: string[]
  /** 1: `has` asked, 2: it is a key (of 2 letters or more), 4: `stops` asked, 8: no longer key goes on from it. */
  private readonly flags: Uint8Array
  private size = 0
  constructor(
    private readonly gaz: Gazetteer,
    bits = 17,
  ) {
    this.slots = 1 << bits
    this.hashes = new Int32Array(this.slots)
    this.lowers = new Array<string | undefined>(this.slots)
    this.keys = new Array<string>(this.slots)
    this.flags = new Uint8Array(this.slots)
  }

  /** The slot of text[start, end), or -1 when it is not all ASCII. */
  slot(text: string, start: number, end: number): number {
    for (let at = start; at < end; at++) if (text.charCodeAt(at) >= 128) return -1
    const h = keyHash(text, start, end, true)
    const mask = this.slots - 1
    let s = (h ^ (h >>> 15)) & mask
    for (;;) {
      const lower = this.lowers[s]
      if (lower === undefined) break
      if (this.hashes[s] === h && sameLower(lower, text, start, end)) return s
      s = (s + 1) & mask
    }
    if (this.size >= this.slots >> 1) {
      this.lowers.fill(undefined)
      this.flags.fill(0)
      this.size = 0
      return this.slot(text, start, end)
    }
    const raw = text.slice(start, end)
    this.hashes[s] = h
    this.lowers[s] = raw.toLowerCase()
    this.keys[s] = foldName(raw)
    this.size++
    return s
  }

  key(s: number): string {
    return this.keys[s]!
  }

  /** Whether the span's key is a gazetteer key of 2 letters or more. */
  isKey(s: number): boolean {
    let f = this.flags[s]!
    if ((f & 1) === 0) {
      const key = this.keys[s]!
      f |= 1 | (key.length >= 2 && this.gaz.has(key) ? 2 : 0)
      this.flags[s] = f
    }
    return (f & 2) !== 0
  }

  /** Whether no longer gazetteer key goes on from the span's key (`reachOf`'s stop). */
  stops(s: number): boolean {
    let f = this.flags[s]!
    if ((f & 4) === 0) {
      const start = keyStartOf(this.keys[s]!)
      f |= 4 | (start !== null && !this.gaz.continues(start) ? 8 : 0)
      this.flags[s] = f
    }
    return (f & 8) !== 0
  }
}

/** Whether `lower` is text[start, end) in ASCII lower case (the text's span is ASCII). */
export function sameLower(lower: string, text: string, start: number, end: number): boolean {
  if (lower.length !== end - start) return false
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(start + i)
    if (c >= 65 && c <= 90) c += 32
    if (c !== lower.charCodeAt(i)) return false
  }
  return true
}

const spanAnswersCache = new WeakMap<Gazetteer, SpanAnswers>()

function spanAnswers(gaz: Gazetteer): SpanAnswers {
  let a = spanAnswersCache.get(gaz)
  if (!a) {
    a = new SpanAnswers(gaz)
    spanAnswersCache.set(gaz, a)
  }
  return a
}

/** Punctuation that may sit inside a name ("Saint-Louis", "N'Djamena", "St. Louis"). */
const NAME_PUNCT = "-'’."

/** Tokens joined by nothing or one space. */
function singleSpaceOrNone(text: string, from: number, to: number): boolean {
  return to <= from || (to === from + 1 && text.charCodeAt(from) === 32)
}

function longestMatch(text: string, tokens: readonly Token[], i: number, end: number, gaz: Gazetteer, startsUpper: boolean, keyOf: TokenKeys): { last: number; key: string; entries: GazetteerEntry[] } | null {
  let last = i
  // The tokens a name may end on are i, i + 1, … i + stops - 1 (no array: they follow each other).
  let stops = 0
  // Extend over tokens joined by nothing or one space (a comma or a line break ends a name).
  while (last < end && last - i < MAX_TOKENS) {
    stops++
    const next = tokens[last + 1]
    if (!next || next.end > tokens[end - 1]!.end || !singleSpaceOrNone(text, tokens[last]!.end, next.start)) break
    if (next.kind === 'punct' && !(next.end - next.start === 1 && NAME_PUNCT.includes(text[next.start]!))) break
    last++
  }
  const head = tokens[i]!
  const answers = spanAnswers(gaz)
  let reach: number | undefined
  for (let k = stops - 1; k >= 0; k--) {
    const j = i + k
    const tail = tokens[j]!
    if (!isWord(tail)) continue
    if (!startsUpper && (j === i || !capitalAt(text, tail.start))) continue
    if (j !== i) {
      reach ??= reachOf(text, tokens, i, stops, gaz, keyOf, answers)
      if (k > reach && !markAt(text, tail.start)) continue
    }
    let key: string
    const s = answers.slot(text, head.start, tail.end)
    if (s >= 0) {
      if (!answers.isKey(s)) continue
      key = answers.key(s)
    } else {
      key = j === i ? keyOf(i) : foldName(text.slice(head.start, tail.end))
      if (key.length < 2 || !gaz.has(key)) continue
    }
    let entries = gaz.lookup(key)
    // A lower-case start is only a geographic phrase (« golfe Persique »), never a town.
    if (!startsUpper) entries = entries.filter((e) => e.kind === 'region' || e.kind === 'country')
    if (entries.length) return { last: j, key, entries }
  }
  return null
}

/**
 * How far along the `stops` tokens from `i` a gazetteer name may reach. A name longer than some
 * first tokens, which a space or a hyphen ends, has a key that starts with theirs and a space
 * (`keyStartOf`): past the first such tokens no gazetteer key continues, none is tried.
 */
function reachOf(text: string, tokens: readonly Token[], i: number, stops: number, gaz: Gazetteer, keyOf: TokenKeys, answers: SpanAnswers): number {
  for (let k = 0; k < stops - 1; k++) {
    const m = i + k
    const sep = text.charCodeAt(tokens[m]!.end)
    if (sep !== 32 && sep !== 45) continue
    const s = answers.slot(text, tokens[i]!.start, tokens[m]!.end)
    if (s >= 0) {
      if (answers.stops(s)) return k
      continue
    }
    const start = keyStartOf(m === i ? keyOf(i) : foldName(text.slice(tokens[i]!.start, tokens[m]!.end)))
    if (start !== null && !gaz.continues(start)) return k
  }
  return stops - 1
}

/** A headline in Title Case: most longer words capitalised. */
function isTitleCase(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0
  let caps = 0
  // The sentence's first word is capitalised in any case: it tells nothing ("Students at Kumasi
  // Polytechnic protested." is no headline).
  let first = true
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!
    if (tok.kind !== 'word') continue
    if (first) {
      first = false
      continue
    }
    if (tok.end - tok.start < 4) continue
    words++
    if (capitalAt(text, tok.start)) caps++
  }
  return words >= 3 && caps / words >= 0.7
}

/** Cue phrases as the text around a name must read to hold them, with the kinds each stands for (bits). */
interface CueIndex {
  /** Endings of the lower-cased text before a name: a phrase and its space, or a phrase ending in an apostrophe. */
  before: Map<string, number>
  /** Beginnings of the lower-cased text after a name, after its space. */
  after: Map<string, number>
  /** The facility heads ("hospital", « hôpital de district »), asked for every word after a name. */
  facility: Set<string>
  /** The longest key of `before` and of `after`: a longer ending or beginning is not asked. */
  longestBefore: number
  longestAfter: number
}
const NEAR = 1
const BEFORE = 2
const ADMIN = 4
const SETTLEMENT = 8
const STREET = 16
const METONYMY = 32
const FACILITY = 64
const SEAT = 128
const AREA = 256
/** A `before` cue that is locative, not a `weak-before` one. */
const STRONG = 512
const OBJECT = 1024
/** A `sponsor-after` word, a cue only after the name's hyphen ("US-led"), or a `sponsor-before` phrase ("backed by", « soutenus par »). */
const SPONSOR = 2048

const cueIndexes = new WeakMap<PlaceResources, CueIndex>()

function cueIndex(res: PlaceResources): CueIndex {
  let index = cueIndexes.get(res)
  if (index) return index
  index = { before: new Map(), after: new Map(), facility: new Set(res.cues.facility), longestBefore: 0, longestAfter: 0 }
  const add = (map: Map<string, number>, text: string, kind: number) => map.set(text, (map.get(text) ?? 0) | kind)
  const ending = (phrase: string) => (phrase.endsWith("'") ? phrase : `${phrase} `)
  for (const p of res.cues.near) add(index.before, ending(p), NEAR)
  for (const p of res.cues.before) add(index.before, ending(p), BEFORE | STRONG)
  for (const p of res.cues['weak-before']) add(index.before, ending(p), BEFORE)
  for (const p of res.cues.street) add(index.before, ending(p), STREET)
  // Admin words (and, among them, first-level areas' words) and settlements' words after the name,
  // or before it with "of" (« de »).
  for (const [words, kind] of [[res.cues.admin, ADMIN], [res.cues.area, AREA], [res.cues.settlement, SETTLEMENT]] as const) {
    for (const a of words) {
      for (const joint of res.cues['kind-joint']) add(index.before, ending(`${a} ${joint}`), kind)
      add(index.after, a, kind)
    }
  }
  for (const p of res.cues.metonymy) add(index.after, p, METONYMY)
  for (const p of res.cues['seat-after']) add(index.after, p, SEAT)
  for (const p of res.cues['seat-before']) add(index.before, ending(p), SEAT)
  for (const p of res.cues['sponsor-after']) add(index.after, p, SPONSOR)
  for (const p of res.cues['sponsor-before']) add(index.before, ending(p), SPONSOR)
  for (const p of res.cues['object-verb']) add(index.before, ending(p), OBJECT)
  for (const f of res.cues.facility) for (const joint of res.cues['kind-joint']) add(index.before, ending(`${f} ${joint}`), FACILITY)
  for (const key of index.before.keys()) index.longestBefore = Math.max(index.longestBefore, key.length)
  for (const key of index.after.keys()) index.longestAfter = Math.max(index.longestAfter, key.length)
  cueIndexes.set(res, index)
  return index
}

const LETTER = /\p{L}/u
const letterState = new Uint8Array(0x10000)
/** `/\p{L}/u.test(s[i])`: one code unit (a lone surrogate is no letter), kept per code unit. */
function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  let state = letterState[c]!
  if (state === 0) letterState[c] = state = LETTER.test(String.fromCharCode(c)) ? 1 : 2
  return state === 1
}

const AFTER_WORD = /^ ?(\p{L}+)\.?/u
/** The word before an opening bracket that ends the text before a name. */
const BRACKETED = /(\p{L}+) ?\( ?$/u
/** Two capitalised words before the bracket: the word is a name's ("Cape Town ("). */
const NAME_END_BRACKET = /\p{Lu}[\p{L}'’.-]* \p{Lu}\p{L}* ?\( ?$/u
const AFTER_TWO = /^ ?\p{L}+\.? (\p{Lu})?/u
const SPACE_CAPITAL = /^ \p{Lu}/u

/** White space other than one plain space, which `singleSpaced` rewrites. */
const UNEVEN_SPACE = /[^\S ]|\s\s/u

/** Every run of white space as one space; the string itself when it has nothing to rewrite. */
const singleSpaced = (s: string): string => (UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s)
const apostrophesStraight = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s)

/** The kinds of the cues that end `before` (lower case, spaces single), and where a facility's cue starts (-1 if none). */
function cuesEnding(before: string, cues: CueIndex): { kinds: number; facilityAt: number } {
  let kinds = 0
  let facilityAt = -1
  // A cue ends right before the name, and starts the text or follows a character that is no letter.
  for (let at = Math.max(0, before.length - cues.longestBefore); at < before.length; at++) {
    if (at > 0 && letterAt(before, at - 1)) continue
    const k = cues.before.get(before.slice(at)) ?? 0
    if (k & FACILITY && facilityAt < 0) facilityAt = at
    kinds |= k
  }
  return { kinds, facilityAt }
}

/** The cues a list's first name takes that its other names share ("in Bangadi, Duru and Faradje", "the towns of Ouango and Niakari"). */
const LISTED = NEAR | BEFORE | STRONG | SETTLEMENT | ADMIN | AREA
/** Names a list may hold before the one asked about. */
const MAX_LISTED = 5
/** Punctuation that ends a name, or the end of the text. */
const LIST_ENDS = /^\s*(?:$|[.,;:!?)\]»"”])/u
/** The one or two lower-case words after a name, after one space. */
const LOWER_WORDS_AFTER = /^ (\p{Ll}+)(?: (\p{Ll}+))?(?![\p{L}\p{M}])/u
/** A capitalised name of one to three words at the end of the text. */
const LIST_ITEM = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})$/u

/**
 * The cues of a list a name ends or goes on ("in Bangadi, Duru and Faradje": Duru and Faradje take
 * Bangadi's "in"): the name follows a joint (cue kind `list-joint`: "and", « et ») or a comma before
 * more of the list, and the names before it, joined so, follow the cue. 0 when there is none.
 */
function listCues(text: string, c: Candidate, res: PlaceResources, cues: CueIndex): number {
  if (!res.cues['list-joint'].length) return 0
  let before = apostrophesStraight(singleSpaced(text.slice(Math.max(0, c.start - 160), c.start)))
  const joint = (s: string) => {
    const lower = s.toLowerCase()
    for (const j of res.cues['list-joint']) {
      for (const sep of [`, ${j} `, ` ${j} `]) if (lower.endsWith(sep)) return sep.length
    }
    return s.endsWith(', ') ? -2 : 0
  }
  const first = joint(before)
  if (first === 0) return 0
  const after = text.slice(c.end, c.end + 30)
  const jointAfter = after.startsWith(',') || res.cues['list-joint'].some((j) => after.toLowerCase().startsWith(` ${j} `))
  // A comma alone joins the name to the list only when more of the list follows it ("in Bangadi, Duru and").
  if (first < 0 && !jointAfter) return 0
  // The list's name ends there: punctuation, the end or a lower-case word follows, not more of a
  // name ("in San Francisco and Terry Collins"), nor a street's or a facility's word, singular or
  // plural, that the names qualify ("Orange and White streets", "Reese and Claflin elementary schools").
  const words = LOWER_WORDS_AFTER.exec(after)
  // A word of three letters or more among them, or it with an ending of up to two letters (a plural).
  const named = (w: string | undefined) => w !== undefined && [...res.cues.street, ...cues.facility].some((x) => x.length >= 3 && w.startsWith(x) && w.length - x.length <= 2)
  if (!jointAfter && !LIST_ENDS.test(after) && (!words || named(words[1]) || named(words[2]))) return 0
  before = before.slice(0, before.length - Math.abs(first))
  for (let n = 0; n < MAX_LISTED; n++) {
    const item = LIST_ITEM.exec(before)
    // A month or a weekday is no name of the list ("in October, Moore, 19").
    if (!item || res.timeWords.has(foldName(item[1]!))) return 0
    before = before.slice(0, before.length - item[1]!.length)
    const kinds = cuesEnding(before.toLowerCase(), cues).kinds & LISTED
    if (kinds) return kinds
    const j = joint(before)
    if (j === 0) return 0
    before = before.slice(0, before.length - Math.abs(j))
  }
  return 0
}

/** A comma, or an opening bracket, right before a name (lower case, spaces single). */
const CONTAINER_SEPARATOR = /(?:, | ?\( ?)$/u
/** A closing bracket or a slash right after a name, or one lower-case word and the closing bracket. */
const BRACKET_CLOSES = /^(?: ?[)/]| (\p{Ll}+) ?\))/u
/** A settlement's or an admin word after a name, at the end of the text ("Tsetia village"). */
const KIND_WORD_END = / (\p{Ll}+)$/u

/**
 * The cue a place after a comma or in brackets takes from the name before it, when that name is a
 * contained place after a locative cue: "in Laanta Towfiiq, Yaaqshiid", "in Tsetia village, Wannune",
 * « à Dimtu (Arsi) »: the second name holds the first, and the event is in it. `before` is the text
 * before the comma or the bracket, `after` the text after the name; a list's joint after the name
 * makes it one more name of a list (`listCues`), not a container. 0 when there is none.
 */
function containerCues(before: string, bracket: boolean, after: string, res: PlaceResources, cues: CueIndex, gaz: Gazetteer): number {
  // The name ends there: punctuation, the end or a lower-case word follows, not more of a list
  // (a list's comma was `listCues`' to read); in brackets, it fills them, with at most its admin
  // word or another name after a slash ("(Wannune)", "(Wadajir/Medina District)"), not a bracketed
  // phrase it opens ("(Sent via a phone)").
  const lowerAfter = after.toLowerCase()
  if (res.cues['list-joint'].some((j) => lowerAfter.startsWith(` ${j} `))) return 0
  if (bracket) {
    const closes = BRACKET_CLOSES.exec(after)
    if (!closes || (closes[1] !== undefined && !res.cues.admin.includes(closes[1]) && !res.cues.settlement.includes(closes[1]))) return 0
  } else if (!LIST_ENDS.test(after) && !LOWER_WORDS_AFTER.test(after)) return 0
  // The contained name may carry its kind's word ("Tsetia village", "Dimtu town").
  const word = KIND_WORD_END.exec(before)?.[1]
  const kindWord = word !== undefined && (res.cues.settlement.includes(word) || res.cues.admin.includes(word))
  if (kindWord) before = before.slice(0, before.length - word.length - 1)
  const item = LIST_ITEM.exec(before)
  if (!item || res.timeWords.has(foldName(item[1]!))) return 0
  // A country, a first-level area or a region is held by nothing a note names after it: the name
  // after the comma opens the next clause ("During her visit to Israel, Clinton spoke").
  if (!kindWord && gaz.lookup(foldName(item[1]!)).some((e) => e.kind === 'country' || e.kind === 'admin1' || e.kind === 'region')) return 0
  const kinds = cuesEnding(before.slice(0, before.length - item[1]!.length).toLowerCase(), cues).kinds
  // A locative cue, or a settlement's or an admin word with "of" ("the village of Tsetia, Wannune").
  return kinds & (NEAR | STRONG) || kinds & (SETTLEMENT | ADMIN) ? BEFORE | STRONG : 0
}

/** The last word of a name of two words or more. */
const OWN_ADMIN_WORD = /\S\s+(\p{L}+)$/u

function addContext(c: Candidate, text: string, res: PlaceResources, gaz: Gazetteer): void {
  const cues = cueIndex(res)
  const before = apostrophesStraight(singleSpaced(text.slice(Math.max(0, c.start - 40), c.start).toLowerCase()))
  // A cue before a possessive that lost its apostrophe is the name's after it ("in Syrias Deir Ezzor").
  const possessive = res.cues['possessive-suffix'].length && text.charCodeAt(c.start - 1) === 32 ? CAPITALISED_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start)) : null
  const ending = cuesEnding(possessive && strippedPossessiveStem(possessive[1]!, res.cues['possessive-suffix']) !== null ? before.slice(0, before.length - possessive[0].length) : before, cues)
  let ends = ending.kinds
  const facilityAt = ending.facilityAt
  // A name in brackets right after a settlement, admin or facility word is the place that holds it
  // ("Hawl-Wadaag neighbourhood (Beled Weyne)", "the livestock market (Heliwa)").
  // Not the last word of a name before it ("the College of Cape Town (Crawford)").
  // The regex is asked only of text that ends as it requires: an unanchored search with `$` walks
  // every offset of the 40 characters before every name.
  const bracketed = before.endsWith('(') || before.endsWith('( ') ? BRACKETED.exec(before)?.[1] : undefined
  if (bracketed !== undefined && (res.cues.settlement.includes(bracketed) || res.cues.admin.includes(bracketed) || cues.facility.has(bracketed))
    && !NAME_END_BRACKET.test(text.slice(Math.max(0, c.start - 60), c.start))) ends |= BEFORE
  // A cue follows the name after a space, and ends the text or precedes a character that is no letter.
  const after = singleSpaced(text.slice(c.end, c.end + 40).toLowerCase())
  let starts = 0
  if (after.startsWith(' ') || after.startsWith('-')) {
    for (let q = 2, last = Math.min(after.length, cues.longestAfter + 1); q <= last; q++) {
      if (q < after.length && letterAt(after, q)) continue
      starts |= cues.after.get(after.slice(1, q)) ?? 0
    }
    // A compound's hyphen stands for the space only before a seat word ("Britain-based"); a
    // sponsor's word needs the hyphen ("US-led", not "Syria armed the rebels").
    starts &= after.startsWith('-') ? SEAT | SPONSOR : ~SPONSOR
  }
  // A name a speech verb follows is the subject of a new clause, not one more name of a list
  // ("protests in Paris and Jackson said").
  if (!(ends & LISTED) && !(starts & METONYMY)) ends |= listCues(text, c, res, cues)
  // A container after a comma or in brackets, after a contained place and its locative cue.
  if (!(ends & LISTED) && !(starts & METONYMY)) {
    const sep = CONTAINER_SEPARATOR.exec(before)
    // A compass word alone names a part of the town before it, no container ("Galkacyo (North)").
    if (sep && compassDirection(foldName(text.slice(c.start, c.end))) === undefined) {
      const wide = apostrophesStraight(singleSpaced(text.slice(Math.max(0, c.start - 120), c.start)))
      // The container names the area that holds the place, as an admin word after it would ("in
      // Chopha village, Arsi" is Arsi Zone, not Albania's Fushë-Arrëz, which has "Arsi" as another name).
      const held = containerCues(wide.slice(0, wide.length - sep[0].length), sep[0].includes('('), text.slice(c.end, c.end + 30), res, cues, gaz)
      if (held) ends |= held | ADMIN
    }
  }
  c.near = (ends & NEAR) !== 0
  c.cueBefore = c.near || (ends & BEFORE) !== 0
  c.strongCue = c.near || (ends & STRONG) !== 0
  c.adminWord = (starts & ADMIN) !== 0 || (ends & ADMIN) !== 0
  c.areaWord = c.adminWord && ((starts | ends) & AREA) !== 0
  // A name the gazetteer keeps with its admin word ("Guji Zone", "Kalehe Territory") says its kind itself.
  // Asked only of a candidate without an admin word (a slice and a regex per candidate otherwise).
  const own = c.adminWord ? undefined : OWN_ADMIN_WORD.exec(text.slice(c.start, c.end))?.[1]?.toLowerCase()
  if (own !== undefined && res.cues.admin.includes(own)) {
    c.adminWord = true
    c.areaWord = res.cues.area.includes(own)
  }
  c.settlementWord = (starts & SETTLEMENT) !== 0 || (ends & SETTLEMENT) !== 0
  c.metonymic = (starts & METONYMY) !== 0
  c.objectOf = (ends & OBJECT) !== 0
  c.seat = ((starts | ends) & (SEAT | SPONSOR)) !== 0
  // A street word glued after (English) or right before (French) the name, capitalised or not.
  const afterWord = AFTER_WORD.exec(text.slice(c.end, c.end + 20))?.[1]?.toLowerCase()
  // "Washington Drive", but not "Florida Highway Patrol" (an organisation named after the place),
  // read only after a street word (a slice and a regex per candidate otherwise).
  // Nor a road named by the two towns it links, the other one and a joint before ("the Aguelhoc to
  // Tessalit Road"): the name is the road's end, a town.
  const streetAfter = afterWord !== undefined && SPACE_CAPITAL.test(text.slice(c.end, c.end + 2)) && res.cues.street.includes(afterWord)
    && !AFTER_TWO.exec(text.slice(c.end, c.end + 40))?.[1] && !roadEnd(text, c.start, res)
  c.street = streetAfter || (ends & STREET) !== 0
  const head = facilityHeadAfter(text, c.end, res)
  if (head !== null) c.facility = { start: c.start, end: head.end, head: head.start }
  else if (facilityAt >= 0) c.facility = { start: c.start - (before.length - facilityAt), end: c.end, head: c.start - (before.length - facilityAt) }
}

/** A capitalised word and the word after it, right before a name ("Aguelhoc to "). */
const NAME_AND_WORD_BEFORE = /\p{Lu}[\p{L}'’-]* (\p{Ll}+) $/u

/** The name ends a road's name after another town's name and a joint of cue kind `road-joint` ("the Aguelhoc to Tessalit Road"). */
function roadEnd(text: string, start: number, res: PlaceResources): boolean {
  const m = NAME_AND_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
  return m !== null && res.cues['road-joint'].includes(m[1]!)
}

/** Capitalised words a facility's name may hold between its town and its head ("Banha Teaching Hospital"). */
const MAX_NAME_WORDS = 3
const NEXT_WORD = /^ ([\p{L}\p{M}][\p{L}\p{M}'’.-]*)/u

/**
 * The end of a facility head after a name, over at most `MAX_NAME_WORDS` capitalised words, each
 * after one space: "Kumasi Polytechnic", "Benghazi Revolutionaries Shura Council", "Heliwa police
 * station". Null when none. The head may be lower case; the words before it may not.
 */
/** The words k … k + n - 1 joined by spaces (n ≤ 3), without an array per phrase. */
function wordsJoined(words: readonly { word: string }[], k: number, n: number): string {
  const first = words[k]!.word
  if (n === 1) return first
  const two = `${first} ${words[k + 1]!.word}`
  return n === 2 ? two : `${two} ${words[k + 2]!.word}`
}

export function facilityHeadAfter(text: string, from: number, res: PlaceResources): { start: number; end: number } | null {
  const heads = cueIndex(res).facility
  const words: { word: string; capital: boolean; start: number; end: number }[] = []
  let at = from
  // The phrases tried below start at a capitalised word or at the first lower-case word and span
  // up to three words: no word two past the first lower-case one is read.
  let last = MAX_NAME_WORDS + 2
  for (let k = 0; k <= last; k++) {
    // NEXT_WORD starts with a space: no other character is copied to be tried.
    if (text.charCodeAt(at) !== 32) break
    const m = NEXT_WORD.exec(text.slice(at, at + 40))
    if (!m) break
    // A full stop ends the sentence, or an abbreviation that is the last word of the name.
    const word = m[1]!.replace(/\.$/, '')
    const capital = isCapitalized(word)
    words.push({ word: apostrophesStraight(word.toLowerCase()), capital, start: at + 1, end: at + 1 + word.length })
    if (!capital && k + 2 < last) last = k + 2
    at += m[0].length
    if (word !== m[1]) break
  }
  for (let k = 0; k < words.length && k <= MAX_NAME_WORDS; k++) {
    for (let n = 1; k + n <= words.length && n <= 3; n++) {
      const phrase = wordsJoined(words, k, n)
      if (heads.has(phrase)) return { start: words[k]!.start, end: words[k + n - 1]!.end }
      // A head in the possessive ends the name ("Banha Teaching Hospital's maternity ward").
      if (phrase.endsWith("'s") && heads.has(phrase.slice(0, -2))) return { start: words[k]!.start, end: words[k + n - 1]!.end - 2 }
    }
    if (!words[k]!.capital) break
  }
  return null
}

/**
 * A candidate for a span given from outside (gold spans in evaluation, spans another stage found);
 * with `unknown`, also for a name the gazetteer lacks (no entries), whose context is all it has.
 */
export function candidateAt(doc: Doc, start: number, end: number, gaz: Gazetteer, res: PlaceResources, unknown = false): Candidate | null {
  const text = doc.article.text
  const surface = text.slice(start, end)
  // Bare forms a writer attaches: an article before, a possessive after.
  const forms = [surface, surface.replace(/^(the|la|le|les|l')\s*/i, ''), surface.replace(/['’]s$/, '')]
  let key = ''
  let entries: GazetteerEntry[] = []
  // A demonym given as a span ("Iraqi officials", "Canadian troops") stands for its country.
  const demonymOf = res.demonyms.get(foldName(surface))
  const demonymCountry = demonymOf ? gaz.country(demonymOf) : null
  if (demonymCountry) entries = [demonymCountry]
  for (const f of entries.length ? [] : forms) {
    key = foldName(f)
    entries = key.length >= 2 ? gaz.lookup(key) : []
    if (entries.length) break
  }
  if (!entries.length && !unknown) return null
  if (demonymCountry) key = foldName(surface)
  // The sentence holding `start` (else the first) and the first token ending after it (else the
  // first), by binary search: a long page asks this for thousands of names.
  const s = firstEndingAfter(doc.sentences, start)
  const sentence = s < doc.sentences.length && doc.sentences[s]!.start <= start ? s : 0
  const t = firstEndingAfter(doc.tokens, start)
  const first = t < doc.tokens.length ? t : 0
  let last = first
  while (last + 1 < doc.tokens.length && doc.tokens[last + 1]!.start < end) last++
  const c = newCandidate(start, end, key, entries, sentence, first, last, false, false)
  addContext(c, text, res, gaz)
  return c
}
