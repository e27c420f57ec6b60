/**
 * A country's capital told by the country's name or its nationality word, not by the city's own
 * name: "in Ethiopia's capital", "the capital of Ethiopia", "the Congolese capital", « la capitale
 * du Mali », « la capitale libyenne » (`resources/<lang>/places/capital-phrases.tsv`). The events
 * stage reads such a phrase as a place of its own, the country's capital (the gazetteer's PPLC) as
 * a city, where the happening is told there; the places layer is left as it is (the geo sets'
 * gold marks the country inside the phrase).
 */
import type { Place } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { compileResourceRegex, hasResource, readResourceLines } from '../../resources/load.js'
import { foldName, keyStartOf } from '../../kb/gazetteer/fold.js'
import { loadGazetteer, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import { governmentSeat } from '../../kb/gazetteer/government-seats.js'
import { loadPlaceResources } from '../places/resources.js'

interface CapitalPhrase {
  /** `bare`: the whole phrase in `before`, no country named ("the capital", « la capitale »). */
  anchor: 'country' | 'nation' | 'bare'
  /** Ends right before the anchor (null: nothing asked). */
  before: RegExp | null
  /** Starts right after the anchor (null: nothing asked). */
  after: RegExp | null
}

const phrasesCache = new Map<string, CapitalPhrase[]>()

/** The capital phrases of a language, compiled once. */
function loadCapitalPhrases(lang: string): CapitalPhrase[] {
  let out = phrasesCache.get(lang)
  if (out) return out
  out = []
  if (hasResource(lang, 'places/capital-phrases.tsv')) {
    for (const { cols, where } of readResourceLines(lang, 'places/capital-phrases.tsv', 3)) {
      const anchor = cols[0] === 'nation' || cols[0] === 'bare' ? cols[0] : 'country'
      const before = anchor === 'bare' ? compileResourceRegex(`(?<!\\p{L})(?:${cols[1]})(?!\\p{L})`, 'giu', where)
        : cols[1] && cols[1] !== '-' ? compileResourceRegex(`(?<!\\p{L})(?:${cols[1]})$`, 'iu', where) : null
      const after = cols[2] && cols[2] !== '-' ? compileResourceRegex(`^(?:${cols[2]})(?!\\p{L})`, 'iu', where) : null
      out.push({ anchor, before, after })
    }
  }
  phrasesCache.set(lang, out)
  return out
}

/** How far before and after its anchor a capital phrase may reach. */
const BEFORE_REACH = 40
const AFTER_REACH = 30

/*
 * A word is a letter and the letters, apostrophes and hyphens after it ("d'Ivoire",
 * "South-Sudanese"): /\p{L}[\p{L}'’-]*\/gu's matches, found by offsets (ASCII letters by their
 * code, others by a sticky test of one code point, which builds no match array).
 */
const LETTER = /\p{L}/uy
const SPACES = /\s+/y

/** The end of the letter at `i` (one code point), -1 when none is there. */
function letterEnd(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return i + 1
  if (!(c >= 0x80)) return -1
  LETTER.lastIndex = i
  return LETTER.test(text) ? LETTER.lastIndex : -1
}

/** The start of the first word at or after `from`, -1 when none. */
function nextWord(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (letterEnd(text, i) >= 0) return i
  return -1
}

/** The end of the word that starts at `start`. */
function wordEnd(text: string, start: number): number {
  let j = letterEnd(text, start)
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === 39 || c === 0x2019 || c === 45) { j++; continue }
    const k = letterEnd(text, j)
    if (k < 0) return j
    j = k
  }
}

/** True when `text` from `start` to `end` (not empty) is white space only. */
function spacesOnly(text: string, start: number, end: number): boolean {
  SPACES.lastIndex = start
  return SPACES.test(text) && SPACES.lastIndex === end
}

const openingsCache = new WeakMap<ReadonlyMap<string, string>, Set<string>>()

/** The keys that stand before a space in a key of `demonyms`: "south" and "south sudanese" of "south sudanese people". */
function pairOpenings(demonyms: ReadonlyMap<string, string>): Set<string> {
  let out = openingsCache.get(demonyms)
  if (out) return out
  out = new Set()
  for (const key of demonyms.keys()) for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) out.add(key.slice(0, i))
  openingsCache.set(demonyms, out)
  return out
}

/**
 * False when no two words whose first folds to `key` can fold to a key of the table: a name made
 * of a word, a space and a word folds to the word's key, a space and more (`keyStartOf`), so such
 * a pair needs `key` among the table's openings; a key that `keyStartOf` cannot promise (an
 * Arabic article, which folds to "al" once a word follows it) is always tried.
 */
function mayOpenPair(key: string, opens: Set<string>): boolean {
  return opens.has(key) || keyStartOf(key) === null
}

/** The words of `text` as [start, end] pairs (tests: the same as the regex's matches). */
export function wordSpans(text: string): [number, number][] {
  const out: [number, number][] = []
  for (let s = nextWord(text, 0); s >= 0; ) {
    const e = wordEnd(text, s)
    out.push([s, e])
    s = nextWord(text, e)
  }
  return out
}

const cache = new WeakMap<Doc, Place[]>()

/**
 * The capital phrases of the text, each a place over its whole span at its country's capital
 * (geo_precision 1), sorted by start; none where the city is named right before or after it ("the
 * Libyan capital Tripoli", "Bangui, the Central African capital": the text names it) or where the
 * country has no capital in the gazetteer. Whether the phrase is a scene or a landmark ("northeast
 * of the Syrian capital") is the caller's question.
 */
export function capitalPlaces(doc: Doc): Place[] {
  let out = cache.get(doc)
  if (out) return out
  out = findCapitalPlaces(doc)
  cache.set(doc, out)
  return out
}

function findCapitalPlaces(doc: Doc): Place[] {
  const lang = doc.article.language
  const phrases = loadCapitalPhrases(lang)
  if (phrases.length === 0) return []
  const text = doc.article.text
  const anchors: { start: number; end: number; cc: string; kind: 'country' | 'nation' }[] = []
  for (const p of doc.places) {
    if (p.countryCode && (p.featureCode ?? '').startsWith('PCL')) anchors.push({ start: p.start, end: p.end, cc: p.countryCode, kind: 'country' })
  }
  const demonyms = hasResource(lang, 'places/demonyms.tsv') ? loadPlaceResources(lang).demonyms : null
  if (demonyms && phrases.some((p) => p.anchor === 'nation')) {
    // A nationality of two words ("South Sudanese") is read whole, not by its last word. Words are
    // walked by offsets, one ahead, with no match array or list of all words.
    const opens = pairOpenings(demonyms)
    let s = nextWord(text, 0)
    let e = s < 0 ? -1 : wordEnd(text, s)
    while (s >= 0) {
      const s2 = nextWord(text, e)
      const e2 = s2 < 0 ? -1 : wordEnd(text, s2)
      const word = text.slice(s, e)
      const key = foldName(word)
      const pair = s2 >= 0 && mayOpenPair(key, opens) && spacesOnly(text, e, s2) ? demonyms.get(foldName(`${word} ${text.slice(s2, e2)}`)) : undefined
      if (pair) {
        anchors.push({ start: s, end: e2, cc: pair, kind: 'nation' })
        s = nextWord(text, e2)
        e = s < 0 ? -1 : wordEnd(text, s)
        continue
      }
      const cc = demonyms.get(key)
      if (cc) anchors.push({ start: s, end: e, cc, kind: 'nation' })
      s = s2
      e = e2
    }
  }
  const found: Place[] = []
  for (const a of anchors) {
    for (const ph of phrases) {
      if (ph.anchor !== a.kind) continue
      const b = ph.before ? ph.before.exec(text.slice(Math.max(0, a.start - BEFORE_REACH), a.start)) : null
      if (ph.before && !b) continue
      const f = ph.after ? ph.after.exec(text.slice(a.end, a.end + AFTER_REACH)) : null
      if (ph.after && !f) continue
      const start = a.start - (b ? b[0].length : 0)
      const end = a.end + (f ? f[0].length : 0)
      if (cityNamedBeside(doc, start, end)) break
      const seat = governmentSeat(a.cc, doc.article.published)
      if (!seat) break
      found.push(seatPlace(seat, a.cc, { start, end }, text, 0.9))
      break
    }
  }
  return found.sort((x, y) => x.start - y.start)
}

const bareCache = new WeakMap<Doc, { start: number; end: number }[]>()

/**
 * The spans of "the capital", « la capitale » told with no country (`bare` rows), outside the
 * capital phrases that name one and not beside a city the text names ("the capital, Mogadishu").
 * Which capital is the caller's question (`bareCapitalAt`).
 */
export function bareCapitals(doc: Doc): { start: number; end: number }[] {
  let out = bareCache.get(doc)
  if (out) return out
  out = []
  const named = capitalPlaces(doc)
  const text = doc.article.text
  for (const ph of loadCapitalPhrases(doc.article.language)) {
    if (ph.anchor !== 'bare' || !ph.before) continue
    ph.before.lastIndex = 0
    for (let m = ph.before.exec(text); m; m = ph.before.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length }
      if (named.some((q) => q.start < span.end && span.start < q.end) || cityNamedBeside(doc, span.start, span.end)) continue
      out.push(span)
    }
  }
  bareCache.set(doc, out)
  return out
}

/**
 * The capital "the capital" stands for in a sentence: the seat of the first-level area the sentence
 * names ("teachers in Adamawa State protested in the capital": Yola), else the capital of the country
 * the sentence names ("in Burundi in the capital"), else, in a text that names no first-level area
 * (where "the capital" may be the area's), the capital of the text's country (`home`). Null when none.
 */
export function bareCapitalAt(span: { start: number; end: number }, doc: Doc, sentencePlaces: readonly Place[], home: string | null): Place | null {
  const gaz = loadGazetteer()
  const outside = sentencePlaces.filter((p) => p.end <= span.start || p.start >= span.end)
  const area = outside.find((p) => p.featureCode === 'ADM1' && p.countryCode && p.admin1Code)
  const country = outside.find((p) => (p.featureCode ?? '').startsWith('PCL') && p.countryCode)
  let seat = null
  let cc: string | null = null
  if (area) seat = gaz.seat((cc = area.countryCode!), area.admin1Code)
  else if (country) seat = governmentSeat((cc = country.countryCode!), doc.article.published)
  else if (home && !doc.places.some((p) => p.featureCode === 'ADM1' && !p.metonymic)) seat = governmentSeat((cc = home), doc.article.published)
  if (!seat || !cc) return null
  return seatPlace(seat, cc, span, doc.article.text, 0.8)
}

/** A capital phrase's span as a place at the seat it stands for, a city (geo_precision 1). */
function seatPlace(seat: GazetteerEntry, cc: string, span: { start: number; end: number }, text: string, confidence: number): Place {
  return {
    start: span.start, end: span.end, text: text.slice(span.start, span.end), id: seat.id, geonameId: seat.geonameId, name: seat.name, lat: seat.lat, lon: seat.lon,
    countryCode: cc, admin1Code: seat.admin1Code, admin1Name: seat.admin1Name, featureCode: seat.featureCode,
    geoPrecision: 1, confidence, metonymic: false, alternatives: [],
  }
}

/** Only a comma, a bracket or spaces between the phrase and a place the text names beside it. */
const APPOSITION = /^[\s,()]*$/u

/** A place named right before or right after the phrase, in apposition: the text names the city. */
function cityNamedBeside(doc: Doc, start: number, end: number): boolean {
  const text = doc.article.text
  return doc.places.some((p) => (p.start >= end && p.start - end <= 3 && APPOSITION.test(text.slice(end, p.start)))
    || (p.end <= start && start - p.end <= 3 && APPOSITION.test(text.slice(p.end, start)) && /[,(]/.test(text.slice(p.end, start))))
}
