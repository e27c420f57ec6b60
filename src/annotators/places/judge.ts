/**
 * Deciding which candidates are place mentions. Each rule is a principle of the writing system,
 * not a list of known failures: a capital is evidence only where capitals are not automatic
 * (sentence starts, Title Case headlines); a name glued to other capitalised words is part of a
 * longer name (a person, a newspaper); a title before a name makes it a person; a word the
 * document also uses in lower case, or a frequent word of the language, needs a locative cue.
 */
import { strippedPossessiveStem } from '../../kb/gazetteer/possessive.js'
import { spanIndex, type SpanIndex } from '../../doc/spans.js'
import type { Doc } from '../../pipeline/annotator.js'
import type { Token } from '../../doc/schema.js'
import { foldName, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import { hasResource, readResourceLines } from '../../resources/load.js'
import { loadIdentityGroups } from '../../kb/actors/identity.js'
import { facilityHeadAfter, keyHash, plainAlnum, sameLower, tokenKeys, type Candidate, type TokenKeys } from './find.js'
import { ownName } from './resolve.js'
import type { PlaceResources } from './resources.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const HAS_LETTER = /\p{L}/u
const SHORT_ACRONYM = /^\p{Lu}{2,5}$/u
const HAS_UPPER = /\p{Lu}/u
const NON_WORD = /[^\p{L}']+/u
const UPPER_OR_DOTS = /^[\p{Lu}.]+$/u
const INITIALS = /^(\p{Lu}\.)+$/u
const STARTS_UPPER = /^\p{Lu}/u
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const ALL_UPPER = /^\p{Lu}+$/u

/**
 * `byName`: accepted only as the place a facility's or local body's name says it is in ("Kumasi Polytechnic").
 * `opensName`: so, as the town that opens such a name over other capitalised words ("the Benghazi
 * Revolutionaries Shura Council"), unless the name and those words are a longer place's name the
 * gazetteer spells otherwise ("Beled Weyne airport"), which the places stage reads loosely.
 */
export type Verdict = { ok: true; byName?: true; opensName?: true } | { ok: false; reason: string }

export interface JudgeContext {
  text: string
  tokens: readonly Token[]
  res: PlaceResources
  /** Folded words the document writes in lower case somewhere (`lowerWordsOf`). */
  lowerWords: { has(key: string): boolean }
  /** Person mentions from an earlier stage, when there are any. */
  persons: { start: number; end: number; rule?: string }[]
  /** `persons` indexed, to ask per candidate whether any overlaps. */
  personSpans: SpanIndex
  /** Folded given names (the entities stage's list): a name that starts with one is a person. */
  firstNames: Set<string>
  /** A people's or clan's armed men the entities stage found ("Tabu militiamen", "gunmen from the Dir clan"). */
  identitySpans: SpanIndex
  /** The names of peoples and clans as written (`entities/identity-groups.tsv` of the text's language). */
  peopleNames: ReadonlySet<string>
  /** Spans (`start:end`) of names the actor KB knows as an organisation or an armed group (« l'Otan », "Hezbollah"). */
  organisations: ReadonlySet<string>
  /** Those names, and indexed, to ask which goes on past a candidate's end. */
  organisationMentions: { start: number; end: number; kind: string }[]
  organisationSpans: SpanIndex
}

/** A space and a lower-case letter: a name going on in a common word (« Union européenne »). */
const LOWER_AFTER = /^\s\p{Ll}/u

/** Mention kinds of actors that are no place; a state or its forces may stand for the country's name. */
const ORGANISATION_KINDS: ReadonlySet<string> = new Set(['organisation', 'armed_group', 'institution'])

let firstNames: Set<string> | null = null

const peopleNamesByLang = new Map<string, Set<string>>()

/** Every form of every people and clan of a language, as written; empty for a language without the list. */
function peopleNames(lang: string | null | undefined): Set<string> {
  const key = lang ?? ''
  let names = peopleNamesByLang.get(key)
  if (!names) peopleNamesByLang.set(key, (names = new Set(key && hasResource(key, 'entities/identity-groups.tsv') ? loadIdentityGroups(key).flatMap((g) => g.forms) : [])))
  return names
}

/** Given names are shared with the entities stage (`resources/common/entities/first-names.txt`). */
function loadFirstNames(): Set<string> {
  firstNames ??= new Set(readResourceLines('common', 'entities/first-names.txt').flatMap((r) => r.cols.join(' ').split(/\s+/)).filter(Boolean).map(foldName))
  return firstNames
}

const LOWER_AT = /\p{Ll}/uy
const TAG_BEFORE = new Set(['#', '@', '/', '_', '='])

/**
 * The folded words a text writes in lower case, asked a few dozen times per document of hundreds
 * of such words: a word of ASCII letters and digits (most), whose key is itself in lower case, is
 * kept as its token in a hash table (`keyHash`) and compared in place when asked; only the others
 * are folded.
 */
function lowerWordsOf(text: string, tokens: readonly Token[], keyOf: TokenKeys): { has(key: string): boolean } {
  const folded = new Set<string>()
  const plain: number[] = []
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return
    // A hashtag, a handle or a piece of an address is no use of the word in prose ("#gaza", "bit.ly/rafah").
    if (t.start > 0 && TAG_BEFORE.has(text.charAt(t.start - 1))) return
    const c = text.charCodeAt(t.start)
    if (c >= 97 && c <= 122) {
      if (plainAlnum(text, t.start, t.end)) plain.push(i)
      else folded.add(keyOf(i))
      return
    }
    // Any other ASCII character is no lower-case letter; beyond ASCII the regex says.
    if (c < 128) return
    LOWER_AT.lastIndex = t.start
    if (LOWER_AT.test(text)) folded.add(keyOf(i))
  })
  // Chains of the plain words by hash, built at the first question: `heads[hash & mask]`, then `next`.
  let heads: Int32Array | null = null
  let next: Int32Array = new Int32Array(0)
  let mask = 0
  const build = (): Int32Array => {
    let size = 16
    while (size < 2 * plain.length) size *= 2
    mask = size - 1
    const table = new Int32Array(size).fill(-1)
    next = new Int32Array(plain.length)
    for (let n = 0; n < plain.length; n++) {
      const t = tokens[plain[n]!]!
      const h = keyHash(text, t.start, t.end, true) & mask
      next[n] = table[h]!
      table[h] = n
    }
    return table
  }
  return {
    has(key) {
      if (folded.has(key)) return true
      if (plain.length === 0) return false
      heads ??= build()
      for (let n = heads[keyHash(key, 0, key.length, false) & mask]!; n >= 0; n = next[n]!) {
        const t = tokens[plain[n]!]!
        if (sameLower(key, text, t.start, t.end)) return true
      }
      return false
    },
  }
}

export function judgeContext(doc: Doc, res: PlaceResources, keyOf: TokenKeys = tokenKeys(doc)): JudgeContext {
  const text = doc.article.text
  const lowerWords = lowerWordsOf(text, doc.tokens, keyOf)
  const persons = doc.mentions.filter((m) => m.kind === 'person' || m.nerType === 'PER')
  const identities = doc.mentions.filter((m) => m.rule === 'identity')
  const organisationMentions = doc.mentions.filter((m) => m.rule === 'kb-alias' && ORGANISATION_KINDS.has(m.kind))
  const organisations = new Set(organisationMentions.map((m) => `${m.start}:${m.end}`))
  return { text, tokens: doc.tokens, res, lowerWords, persons, personSpans: spanIndex(persons), firstNames: loadFirstNames(), identitySpans: spanIndex(identities), peopleNames: peopleNames(doc.article.language), organisations, organisationMentions, organisationSpans: spanIndex(organisationMentions) }
}

/**
 * Judges every candidate; names seen as parts of person names are refused later in the document
 * too, and so are acronyms seen as an office's ("the DC of Baraawe … injured the DC").
 */
export function judgeCandidates(cands: Candidate[], ctx: JudgeContext): { cand: Candidate; verdict: Verdict }[] {
  const first = cands.map((c) => ({ cand: c, verdict: judgeNamed(c, ctx) }))
  const personNames = new Set(first.filter((x) => !x.verdict.ok && PERSON_REASONS.has(x.verdict.reason)).map((x) => x.cand.key))
  const offices = new Set(cands.filter((c) => officeAcronym(c, ctx)).map((c) => c.key))
  return first.map((x) => {
    if (!x.verdict.ok || x.cand.cueBefore) return x
    if (offices.has(x.cand.key)) return { cand: x.cand, verdict: { ok: false, reason: 'office-elsewhere' } }
    return personNames.has(x.cand.key) && !isMajor(x.cand) ? { cand: x.cand, verdict: { ok: false, reason: 'person-name-elsewhere' } } : x
  })
}

function judgeNamed(c: Candidate, ctx: JudgeContext): Verdict {
  const verdict = judge(c, ctx)
  if (!verdict.ok || c.facility === null) return verdict
  if (judge({ ...c, facility: null }, ctx).ok) return verdict
  return verdict.opensName ? { ok: true, byName: true, opensName: true } : { ok: true, byName: true }
}

/** A space and a number of one to three digits, as in "France 24" (a year or a date is longer or has a slash). */
const NUMBER_AFTER = /^ \d{1,3}(?![\d/\p{L}])/u
/** That number, then punctuation, the end of the text or a capitalised word. */
const NUMBER_ENDS = /^ \d{1,3}(?:\s*[.,;:)!?»"”]|\s*$| \p{Lu})/u

/** Below this population a bare one-word town name needs a locative cue. */
const OBSCURE_POPULATION = 5000

/** Refusals that say the name was a person's: later bare uses of the name are that person too. */
const PERSON_REASONS = new Set(['surname', 'title', 'given-name', 'person-speaks', 'verb-object'])

/** A name before a speech or action verb that is its subject: not one governed by a locative cue. */
export function isMetonymic(c: Candidate): boolean {
  return c.metonymic && !c.cueBefore
}

/** An admin phrase of several words right after the name ("Isoko South Local Government Area"). */
function adminAfter(c: Candidate, ctx: JudgeContext): boolean {
  const after = ctx.text.slice(c.end, c.end + 40).toLowerCase()
  return after.startsWith(' ') && ctx.res.cues.admin.some((a) => after.startsWith(a, 1) && !HAS_LETTER.test(after.charAt(a.length + 1)))
}

/** The capitalised words glued after a name, up to five ("Hoima Resident District Commissioner": "Resident District Commissioner"). */
const CAPITALS_AFTER = /^(?: \p{Lu}[\p{L}'’]*){2,5}/u

/**
 * The capitalised words after a name hold a word for an administrative area that more of them
 * follow ("the office of Hoima Resident District Commissioner", "the Kasese Municipal Council
 * offices"): they name a body of that place; no person's name holds one. Not an admin word that
 * ends them, which ends a longer place's name as often ("Ceel Bur District").
 */
function bodyWords(text: string, end: number, res: PlaceResources): boolean {
  const run = CAPITALS_AFTER.exec(text.slice(end, end + 80))
  return run !== null && run[0].trim().toLowerCase().split(' ').slice(0, -1).some((w) => res.cues.admin.includes(w))
}

/** An apostrophe and letters glued after a name, and the capitalised word after a possessive "'s". */
const APOSTROPHE_AFTER = /^['’](\p{L}+)(?: (\p{Lu}\p{L}*))?/u

/**
 * Whether a name is only the start of a longer word or name that goes on after an apostrophe: a
 * word that continues with letters ("Bu'ale", "Bu’aale") is one word, and a possessive before the
 * head of a place named after someone ("King William's Town", "Mitchell's Plain") is one name. The
 * reason to refuse the name, or null: an English possessive ("Kenya's army") keeps its name.
 */
function apostropheAfter(text: string, end: number, res: PlaceResources): string | null {
  const m = APOSTROPHE_AFTER.exec(text.slice(end, end + 30))
  if (!m) return null
  if (m[1]!.toLowerCase() !== 's') return 'part-of-word'
  return m[2] !== undefined && placeNameEnd(m[2].toLowerCase(), res) ? 'possessive-name' : null
}

/** "'s " right before a name. */
const POSSESSIVE_BEFORE = /['’]s $/u

/** A word that ends a place's name after a possessive: a settlement word or a landform's ("Town", "Plain"). */
function placeNameEnd(word: string, res: PlaceResources): boolean {
  return res.cues.possessive.includes(word) || res.cues.settlement.includes(word)
}

/** The text is a locative or a "near" cue and the space after it ("N of ", « au nord de »). */
function isCuePhrase(text: string, res: PlaceResources): boolean {
  const phrase = text.toLowerCase().replace(/\s+/g, ' ').trim()
  return res.cues.near.includes(phrase) || res.cues.before.includes(phrase) || res.cues['weak-before'].includes(phrase)
}

/**
 * The name ends a phrase of cue kind `world-part`, the article or preposition that makes the word a
 * part of the world included ("the west", « l'occident », « en orient »).
 */
function worldPart(text: string, c: Candidate, res: PlaceResources): boolean {
  const phrase = text.slice(Math.max(0, c.start - 20), c.end).toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")
  return res.cues['world-part'].some((p) => phrase.endsWith(p) && !HAS_LETTER.test(phrase.charAt(phrase.length - p.length - 1)))
}

/**
 * The name is a people's, told with the word for its kind (cue kind `people-of`) right after it
 * ("the Kaba ethnic group", "the Tali tribe", "the Dir clan") or right before it (« l'ethnie
 * kaba », « la tribu des Ouled Sidi »): no place, whatever town bears it.
 */
function peopleOf(text: string, c: Candidate, res: PlaceResources): boolean {
  const after = text.slice(c.end, c.end + 30).toLowerCase().replace(/\s+/g, ' ')
  const before = text.slice(Math.max(0, c.start - 30), c.start).toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")
  return res.cues['people-of'].some((p) => (after.startsWith(` ${p}`) && !HAS_LETTER.test(after.charAt(p.length + 1))) || (before.endsWith(`${p} `) && !HAS_LETTER.test(before.charAt(before.length - p.length - 2))))
}

/**
 * A state's acronym that opens a word of cue kind `kind-joint` ("of", « de ») and a capitalised
 * name is an office's ("the DC of Baraawe": its District Commissioner), as a kind's word opens the
 * name of what it is; not a country's.
 */
function officeAcronym(c: Candidate, ctx: JudgeContext): boolean {
  const surface = ctx.text.slice(c.start, c.end)
  if (!SHORT_ACRONYM.test(surface) || c.entries.some((e) => e.kind === 'country')) return false
  const after = ctx.text.slice(c.end, c.end + 16).replace(/’/g, "'")
  return ctx.res.cues['kind-joint'].some((j) => {
    const head = j.endsWith("'") ? ` ${j}` : ` ${j} `
    return after.toLowerCase().startsWith(head) && HAS_UPPER.test(after.charAt(head.length))
  })
}

/** Towns and administrative areas: what a facility or a local body can be named after. */
function isSettled(e: { kind: string }): boolean {
  return e.kind === 'city' || e.kind === 'admin1' || e.kind === 'admin2'
}

/** Countries, first-level areas and news regions: names a writer uses bare. */
function isMajor(c: Candidate): boolean {
  return c.entries.some((e) => e.kind === 'country' || e.kind === 'region' || (e.kind === 'admin1' && e.population > 500_000))
}

/** The largest town of the name is a country's capital. */
function largestIsCapital(c: Candidate): boolean {
  return c.entries.some((e) => e.featureCode === 'PPLC' && c.entries.every((o) => o.kind !== 'city' || o.population <= e.population))
}

/** Lower-case words and spaces only: the particle a title's complement opens with ("of ", « de »). */
const PARTICLE_BEFORE = /^(?:\p{Ll}+ )+$/u

/** A folded name of one word. */
const singleKey = (key: string) => !key.includes(' ')

/** A word of two or more capitals and nothing else: an acronym. */
const ACRONYM = /^\p{Lu}{2,}$/u

/** A dot and a lower-case domain ending right after a name, no space: ".fr", ".com", ".co.uk". */
const WEB_DOMAIN_AFTER = /^\.[a-z]{2,4}(?![\p{L}\p{N}])/u

function judge(c: Candidate, ctx: JudgeContext): Verdict {
  const { text, tokens, res } = ctx
  // A town in the name of a facility or local body ("Kumasi Polytechnic", "the Benghazi Shura
  // Council", "the University of Kisangani") is where it is; a person mention over that name was
  // a guess from capitals (no person is called "X Hospital").
  // Not in a Title Case headline, where capitals cannot tell a town from a founder's name.
  const facility = c.facility !== null && !c.titleCase && c.entries.some(isSettled) ? c.facility : null
  // A person mention over the candidate: the tests below are made only where one overlaps it (the
  // closures are not built for every candidate).
  if (ctx.personSpans.overlaps(c.start, c.end)) {
    // A person mention covering exactly a known place name after a locative cue or before an admin
    // word ("in Xudur", "Wau County") was a guess from capitals alone: the cue says place.
    const cued = c.cueBefore || c.adminWord || c.settlementWord
    const tail = (p: { end: number }) => ctx.text.slice(c.end, p.end).trim().toLowerCase()
    // So was one that takes in the cue itself ("15km N of Xudur": "N of Xudur" is no person).
    const fromCue = (p: { start: number }) => p.start >= c.start || (p.start < c.start && isCuePhrase(ctx.text.slice(p.start, c.start), ctx.res))
    const guessed = (p: { start: number; end: number }) => cued && fromCue(p) && (p.end <= c.end || ctx.res.cues.admin.includes(tail(p)) || ctx.res.cues.settlement.includes(tail(p)))
    const facilityName = (p: { start: number; end: number }) => facility !== null && p.start >= facility.start && p.end <= facility.end
    // A person guessed from capitals alone that opens on the place and goes on into a word for a
    // facility, an administrative area or a settlement ("Francistown College of Technical Education",
    // "a Moroto Government Prison cell", "Hoima Resident District Commissioner") names a body or a
    // building of that place: no person's name holds such a word.
    const bodyName = (p: { start: number; end: number; rule?: string }) => p.rule === 'default-multi' && p.start === c.start && p.end > c.end
      && ctx.text.slice(c.end, p.end).toLowerCase().split(NON_WORD).some((w) => ctx.res.cues.admin.includes(w) || ctx.res.cues.settlement.includes(w) || ctx.res.cues.facility.includes(w))
    // A public figure's surname is no guess: the entities stage read it so after a cue it knows for
    // places (« manifesté contre Morsi »), and leaves it a place after one (« en Hollande »).
    // A guess from capitals alone that is exactly a place's name of several words, none of them a
    // given name ("Rosh Pinah zinc mine workers", "the deposit of Hammam Chott"), was that place: the
    // gazetteer knows the whole name, and no person's name is a town's.
    const wholePlace = (p: { start: number; end: number; rule?: string }) => p.rule === 'default-multi' && p.start === c.start && p.end === c.end && !singleKey(c.key) && !c.key.split(' ').some((w) => ctx.firstNames.has(w))
    // A title's complement, its particle and a known place ("the Governor of Lagos", "the Commander
    // of Ngagara military camp", "the Speaker of Bayelsa State House of Assembly"), read as the
    // holder's name by the rule that keeps « le général de Gaulle » whole, names the office's place.
    const complement = (p: { start: number; rule?: string }) => p.rule === 'title' && p.start < c.start && PARTICLE_BEFORE.test(text.slice(p.start, c.start))
    if (ctx.persons.some((p) => p.start < c.end && c.start < p.end && (!guessed(p) || p.rule === 'public-figure') && !facilityName(p) && !bodyName(p) && !wholePlace(p) && !complement(p))) return { ok: false, reason: 'in-person-mention' }
  }
  // The name of a people or a clan whose armed men the sentence tells is no place ("Tabu
  // militiamen", "gunmen from the Dir clan"), whatever town abroad shares it.
  if (ctx.identitySpans.overlaps(c.start, c.end)) return { ok: false, reason: 'in-identity-mention' }
  // So is a people's or clan's name told with no word of place and going on in a lower-case word
  // ("for Abala man", "several Salamat members", "between Tabu and Tuareg"): the people, not a
  // namesake town. "In Afar", "Borana zone" and a list of places ("namely Agatu, Buruku") stay places.
  if (!c.cueBefore && !c.adminWord && !c.settlementWord && facility === null && LOWER_AFTER.test(ctx.text.slice(c.end, c.end + 2)) && ctx.peopleNames.has(ctx.text.slice(c.start, c.end))) return { ok: false, reason: 'people-name' }
  // The whole name of an organisation the actor KB knows is that organisation, whatever town shares
  // it (« l'Otan » is NATO, not Autun); a town inside a longer name ("Misrata Brigades") stays.
  if (ctx.organisations.has(`${c.start}:${c.end}`)) return { ok: false, reason: 'organisation-name' }
  // Nor is a name glued by a hyphen into such a name (« la Croix-Rouge » is no town called Croix),
  // or one that opens such a name going on in a lower-case word (« l'Union européenne » is none
  // called L'Union; "the Islamic State of Iraq and the Levant" still names Iraq, "the Damascus
  // government" the capital that stands for its state, "Jimma university" the town of a facility).
  if (ctx.organisationSpans.overlaps(c.end, c.end + 1) && (text.charAt(c.end) === '-' || (LOWER_AFTER.test(text.slice(c.end, c.end + 2)) && facilityHeadAfter(text, c.end, ctx.res) === null && ctx.organisationMentions.some((o) => o.kind !== 'institution' && o.start >= c.start && o.start < c.end && o.end > c.end)))) return { ok: false, reason: 'in-organisation-name' }
  // A name glued to a domain ending is a website (« au Point.fr », "Capital.fr", "Egypt.com").
  if (WEB_DOMAIN_AFTER.test(text.slice(c.end, c.end + 8))) return { ok: false, reason: 'web-address' }
  const inWord = apostropheAfter(text, c.end, res)
  if (inWord) return { ok: false, reason: inWord }
  // The head of such a possessive name is no place alone either ("King William's Town": not "Town").
  if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start)) && placeNameEnd(c.key, res)) return { ok: false, reason: 'possessive-name' }
  const word = (i: number) => {
    const t = tokens[i]
    return t && t.kind === 'word' ? text.slice(t.start, t.end) : null
  }
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start)
  const surface = text.slice(c.start, c.end)
  const singleWord = !c.key.includes(' ')
  if (res.demonyms.has(c.key)) return { ok: false, reason: 'demonym' }
  if (res.timeWords.has(c.key)) return { ok: false, reason: 'time-word' }
  if (res.cues.title.includes(c.key)) return { ok: false, reason: 'title-word' }
  // A part of the world named as a culture or a bloc ("the West", « l'Occident », « en Orient ») is
  // no point on a map, whatever town bears the word; an admin word makes it an area ("the West region").
  if (!c.adminWord && worldPart(text, c, res)) return { ok: false, reason: 'world-part' }
  if (!c.adminWord && peopleOf(text, c, res)) return { ok: false, reason: 'people' }
  if (c.street) return { ok: false, reason: 'street-name' }
  // A country's name with a number right after it names a channel, a team or a programme
  // ("broadcast on France 3", "told France 24", « Algérie 1 »), not the country.
  // After a locative cue the number may start the clause ("in Syria 12 people died"), unless
  // nothing or another name follows it (« diffusé par France 24, »).
  if (c.entries.some((e) => e.kind === 'country')) {
    const after = text.slice(c.end, c.end + 8)
    if (NUMBER_AFTER.test(after) && (!c.cueBefore || NUMBER_ENDS.test(after))) return { ok: false, reason: 'numbered-name' }
  }

  let opensName = false
  const prevIdx = c.first - 1
  const prev = prevIdx >= 0 && tokens[prevIdx]!.end > 0 ? word(prevIdx) : null
  const prevTitle = prevIdx >= 0 ? foldName(text.slice(tokens[prevIdx]!.start, tokens[prevIdx]!.end)).replace(/\.$/, '') : ''
  if (prevIdx >= 0 && res.cues.title.includes(prevTitle) && /^ ?$/.test(gap(prevIdx, c.first)) && !c.cueBefore) return { ok: false, reason: 'title' }
  // « roquettes Grad », « missiles Scud »: a name right after a weapon's noun is its model.
  if (prevIdx >= 0 && res.cues.weapon.includes(prevTitle) && /^ ?$/.test(gap(prevIdx, c.first))) return { ok: false, reason: 'weapon-model' }
  // "M." is a period token pair in some tokenisers: look one further back.
  if (prevIdx >= 1 && text.slice(tokens[prevIdx]!.start, tokens[prevIdx]!.end) === '.' && res.cues.title.includes(foldName(word(prevIdx - 1) ?? ''))) return { ok: false, reason: 'title' }

  // After a given name, an initial or any capitalised word that is not a frequent word of the
  // language ("Barack Obama", "J. Hughes", "Kelley Welch"), a capitalised word is a surname.
  // Frequent words before a place are modifiers ("Northeast Georgia", "Acting U.S. Attorney").
  const bestIsMajor = isMajor(c)
  const allCaps = UPPER_OR_DOTS.test(surface) && surface.length <= 5
  const commonWord = (w: string) => res.commonWords.has(foldName(w)) || ctx.lowerWords.has(foldName(w))
  // An elided article or preposition (L', d') is not a name part.
  // A possessive that lost its apostrophe ("Syrias Aleppo") is no part of the name after it.
  if (prev && !/['’]$/.test(prev) && /^ ?$/.test(gap(prevIdx, c.first)) && !c.titleCase && !c.sentenceInitial
    && strippedPossessiveStem(prev, res.cues['possessive-suffix']) === null) {
    const initial = INITIALS.test(prev)
    if (STARTS_UPPER.test(prev) && (ctx.firstNames.has(foldName(prev)) || initial)) return { ok: false, reason: 'surname' }
    // The acronym of a body the actor KB knows, before the name, is a body that owns something
    // there ("near UN Malakal base", "the UNHCR Dadaab office"), not a part of a longer name.
    if (STARTS_UPPER.test(prev) && !commonWord(prev) && !c.cueBefore && !(ACRONYM.test(prev) && ctx.organisationSpans.overlaps(tokens[prevIdx]!.start, tokens[prevIdx]!.end))) return { ok: false, reason: 'name-part' }
  }
  // A capitalised word glued after: a frequent word makes an organisation named after the place
  // ("Dublin Police", "Georgia Bureau"); any other makes a person ("Linda Daily").
  const next = word(c.last + 1)
  if (next && /^ ?$/.test(gap(c.last, c.last + 1)) && STARTS_UPPER.test(next) && !c.titleCase) {
    const follower = foldName(next).replace(/\.$/, '')
    // "Kumasi Polytechnic", "Banha Teaching Hospital": the facility's head, or a frequent word before it.
    const headNext = facility !== null && facility.start === c.start && facility.head === tokens[c.last + 1]!.start
    // A town followed by the name of its own first-level area with no comma ("Vuwani Limpopo",
    // "Alberton Gauteng") is that town, as with one; not a given name before a surname that names
    // its area ("George Washington": George, Washington).
    const ownArea = !ctx.firstNames.has(c.key) && c.entries.some((e) => e.kind === 'city' && e.admin1Name !== null && e.admin1Name !== '' && foldName(text.slice(tokens[c.last + 1]!.start, tokens[c.last + 1]!.start + e.admin1Name.length)) === foldName(e.admin1Name)
      && !HAS_LETTER_OR_DIGIT.test(text.charAt(tokens[c.last + 1]!.start + e.admin1Name.length)))
    const institutional = commonWord(next) || ACRONYM.test(next) || res.cues.admin.includes(follower) || res.cues.title.includes(follower) || headNext || ownArea || adminAfter(c, ctx) || bodyWords(text, c.end, res)
      // The name of a body the actor KB knows, right after, is that body's branch of the place
      // ("the Stellenbosch Fees Must Fall movement"); not after a hamlet's
      // name, which is as often a word of the body's own name ("Al Qaeda": Ål, Norway).
      || (ctx.organisationMentions.some((o) => o.start === tokens[c.last + 1]!.start) && c.entries.some((e) => e.population >= OBSCURE_POPULATION))
    // A name that opens a facility's or local body's name, whose head comes after other capitalised
    // words ("the Benghazi Revolutionaries Shura Council", "Baardheere Khat Market"), is the town it
    // is named after, unless those words go on the town's name (`opensName`).
    if (!institutional && !bestIsMajor) {
      if (facility === null || facility.start !== c.start) return { ok: false, reason: 'name-head' }
      opensName = true
    }
    // A landform's word glued after makes the longer name of another place ("Beacon Bay", "Kempton
    // Park", "the Juba River"), one the gazetteer would have matched whole if it knew it.
    if (res.cues.possessive.includes(follower)) return { ok: false, reason: 'landform-name' }
    if (!allCaps && c.key.split(' ').every(commonWord)) return { ok: false, reason: 'modifier' }
  }
  // English writes the model before the weapon's noun ("Grad rockets", "Scud missiles", "a Nyala
  // armoured vehicle"): a name glued before one is its model, even after a locative cue, which governs
  // the noun ("stones thrown at Nyala vehicles"), unless a place word goes with the name ("Nyala town
  // vehicles") or it names a country, an area, a region or a capital (any of its bearers), whose
  // forces own the weapons or whence they come ("Syria warplanes", "US drones", "Aleppo tanks").
  if (next && /^ ?$/.test(gap(c.last, c.last + 1)) && res.cues['weapon-after'].includes(next) && !c.adminWord && !c.settlementWord && !bestIsMajor && !c.entries.some((e) => e.kind !== 'city' || e.featureCode === 'PPLC')) return { ok: false, reason: 'weapon-model' }
  if (singleWord && ctx.firstNames.has(c.key) && !c.cueBefore) return { ok: false, reason: 'given-name' }
  // Towns do not speak; capitals and countries do ("Damascus said"), people do ("Hughes said").
  // After a locative cue the name is no subject: "youths in Hirna protested".
  if (isMetonymic(c) && !bestIsMajor && !c.entries.some((e) => e.featureCode === 'PPLC')) return { ok: false, reason: 'person-speaks' }
  // Nor are they met, thanked or told: right after such a verb a name is its object, a person or a
  // body ("the governor met Jackson", « le maire a reçu Marshall »), unless a place word goes with it
  // or ends it ("met Jackson County officials"), or it names a country or a capital (its government)
  // that is the largest town of that name ("thanked Hamilton" is no call to Bermuda's capital).
  // A name before its people's noun is theirs, and they are the object ("told Springfield residents").
  const placeWordIn = c.key.split(' ').some((w, k) => k > 0 && (res.cues.admin.includes(w) || res.cues.settlement.includes(w)))
  const peopleAfter = next !== null && /^ ?$/.test(gap(c.last, c.last + 1)) && res.cues['people-after'].includes(next.toLowerCase())
  if (c.objectOf && !c.cueBefore && !c.adminWord && !c.settlementWord && !placeWordIn && !peopleAfter && !facility && !bestIsMajor && !largestIsCapital(c)) return { ok: false, reason: 'verb-object' }

  // A frequent word inside a run of capitals ("LA VERITE VA SORTIR") is shouted, not an acronym
  // of a state ("VA": Virginia).
  const shouted = (i: number) => {
    const w = word(i)
    return w !== null && w.length >= 2 && ALL_UPPER.test(w) && /^ ?$/.test(i < c.first ? gap(i, c.first) : gap(c.last, i))
  }
  if (allCaps && singleWord && shouted(c.first - 1) && shouted(c.last + 1) && commonWord(surface)) return { ok: false, reason: 'shouted-word' }
  // Acronyms are organisations unless they name a country or state ("US", "UAE", "N.Y.").
  if (allCaps && !c.entries.some((e) => e.kind === 'country' || e.kind === 'admin1')) return { ok: false, reason: 'acronym' }
  if (officeAcronym(c, ctx)) return { ok: false, reason: 'office-acronym' }
  // A one-word name that only hamlets bear, with nothing saying "place", is more often a surname
  // or an organisation that happens to share it.
  // So is an area known by no town of its own (the gazetteer's coarse areas), which names no
  // facility either ("El Salam University").
  // The noun of those who live in a place, glued after the name, says "place" as a cue does
  // ("Lukulu residents rioted", "hundreds of Lusikisiki villagers marched"); not a noun of people
  // of any kind ("Toll workers", "Nine people").
  const dwellersAfter = next !== null && /^ ?$/.test(gap(c.last, c.last + 1)) && res.cues['dwellers-after'].includes(next.toLowerCase())
  const obscure = (e: GazetteerEntry) => (e.kind === 'city' && e.population < OBSCURE_POPULATION) || e.coarse
  if (singleWord && !c.cueBefore && !c.adminWord && !c.settlementWord && !facility && !dwellersAfter && c.entries.every(obscure)) return { ok: false, reason: 'obscure' }
  // Unless an admin word says area: « la commune de Mugamba » is the commune, not its town hall.
  if (facility && !c.adminWord && c.entries.every((e) => e.coarse)) return { ok: false, reason: 'obscure' }
  const common = !allCaps && c.key.split(' ').every(commonWord)
  if (common) {
    if (c.sentenceInitial || c.titleCase) return { ok: false, reason: 'common-word-unmarked' }
    // A frequent word of the language needs a locative cue: « de », « par » open any noun's
    // complement (« le concept de Justice », « la Quadrature du Net »). A name this text also writes
    // in lower case once (a commenter's « de washington ») needs any cue.
    const frequent = c.key.split(' ').some((w) => res.commonWords.has(w))
    if (!(frequent ? c.strongCue : c.cueBefore) && !c.entries.some((e) => e.kind === 'country' || e.kind === 'region')) return { ok: false, reason: 'common-word-no-cue' }
    // Nor is a frequent word a town that has it only as another name (« en Occident »: Maxwell,
    // California, once called Occident); a town that bears it as its own name may be meant.
    if (frequent && !c.entries.some((e) => ownName(e, c.key) || e.kind === 'country' || e.kind === 'region')) return { ok: false, reason: 'common-word-alias' }
  }
  return opensName ? { ok: true, opensName: true } : { ok: true }
}
