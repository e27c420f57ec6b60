/**
 * The entities stage: mentions of persons, organisations, armed groups, state forces, places and
 * generic actors, resolved to knowledge-base actors. Steps per sentence: knowledge-base aliases,
 * capitalised names, contextual heads and nationality adjectives; then, over the article, the
 * country context, name typing by document lexicon, and light coreference (coref.ts).
 */
import type { Mention, Sentence, Token } from '../../doc/schema.js'
import { tokenTexts } from '../../doc/token-texts.js'
import { getActorIndex } from '../../kb/actors/index-build.js'
import { findIdentityMilitias, type IdentityMatch } from '../../kb/actors/identity.js'
import { foldWord, splitWords } from '../../kb/actors/normalize.js'
import { pickHit, tellsCountry } from '../../kb/actors/resolve.js'
import type { Annotator, Doc } from '../../pipeline/annotator.js'
import { resolveDrafts, type Draft } from './coref.js'
import { buildLexicon, capsNames, findTeams, finishCandidate } from './finish.js'
import { findActorMatches, type ActorMatch } from './match-actors.js'
import { findNameCandidates, typeCandidate, type NameCandidate } from './names.js'
import { findAdjectives, findHeads, type AdjectiveMatch, type HeadMatch } from './nominals.js'
import { qualifyForces, sharedForces } from './forces.js'
import { countryKey, hasCue, loadEntityResources, type EntityResources } from './resources.js'
import { retype, loadTypeModel } from './type-model.js'
import { standsIn } from '../places/resources.js'
import { placeEvidence } from './place-feature.js'
import { commonForm, firstWordIndex, isCapsSentence, isTitleSentence, toWords, type Word } from './words.js'

export { resolveActorName } from '../../kb/actors/resolve.js'

export interface SentenceWork {
  words: Word[]
  caps: boolean
  matches: ActorMatch[]
  /** Identity militias ("Murle raiders"): they win over the KB matches they overlap, but for a group's own alias (`namesGroup`). */
  identities: IdentityMatch[]
  names: NameCandidate[]
  heads: HeadMatch[]
  adjectives: AdjectiveMatch[]
  covered: boolean[]
  /** The sentence's first word, whose capital says nothing (`firstWordIndex`: after a dateline). */
  firstWord: number
}

const KIND_OF = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' } as const

export function createEntitiesAnnotator(): Annotator {
  getActorIndex()
  return {
    name: 'entities',
    version: '1',
    requires: ['sentences', 'tokens'],
    produces: ['mentions', 'actors'],
    annotate: (doc) => findEntities(doc),
  }
}

function sentenceTokens(tokens: readonly Token[], s: Sentence, from: number): { list: Token[]; next: number } {
  let i = from
  while (i < tokens.length && tokens[i]!.start < s.start) i++
  const list: Token[] = []
  while (i < tokens.length && tokens[i]!.end <= s.end) list.push(tokens[i++]!)
  return { list, next: i }
}

export function findEntities(doc: Doc): { mentions: Mention[]; actors: ReturnType<typeof resolveDrafts>['actors'] } {
  const { work, res, text } = findNames(doc, true)
  for (const w of work) {
    for (const n of w.names) for (let k = n.from; k <= n.to; k++) w.covered[k] = true
    w.heads = findHeads(w.words, w.covered, res)
    for (const h of w.heads) for (let k = h.from; k <= h.to; k++) w.covered[k] = true
    w.adjectives = findAdjectives(w.words, w.covered, res)
  }
  const hint = countryHint(work, doc.article.country ?? null, (n) => standsIn(doc.article.language, text, n.start, n.end))
  const drafts = work.flatMap((w) => sentenceDrafts(w, text, res, hint)).sort((a, b) => a.mention.start - b.mention.start)
  addDescribedNominals(drafts, work, res)
  drafts.sort((a, b) => a.mention.start - b.mention.start)
  const found = resolveDrafts(drafts, hint)
  for (const m of found.mentions) if (m.kind === 'person' && m.form === 'name' && !m.country) m.country = leaderCountry(m.text, res) ?? undefined
  return found
}

/** The country a person named by a leader's surname leads or led ("President Deby": Chad), else null. */
function leaderCountry(name: string, res: EntityResources): string | null {
  if (res.leaders.size === 0) return null
  const words = splitWords(name).map((w) => foldWord(w.word))
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const cc = res.leaders.get(words.slice(-k).join(' '))
    if (cc) return cc
  }
  return null
}

const LOWER = /^\p{Ll}/u
/** The code unit at `at` is a lower-case letter (a lone surrogate is none). */
function lowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 128) return c >= 97 && c <= 122
  return LOWER.test(text[at] ?? '')
}

/** Knowledge-base matches and typed name candidates, sentence by sentence (also the type model's training input). */
export function findNames(doc: Doc, useModel: boolean): { work: SentenceWork[]; res: EntityResources; text: string } {
  const lang = doc.article.language
  const res = loadEntityResources(lang)
  const text = doc.article.text
  // Every lower-case word's fold, asked for a candidate at a sentence's first word. A sentence's
  // words carry their fold already (the same as `foldWord`'s); only tokens outside every sentence
  // are folded here. So every sentence's words are made first, then the sentences are read.
  const tokens = doc.tokens
  const texts = tokenTexts(text, tokens)
  const common = new Set<string>()
  const addCommon = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!
      if (t.kind === 'word' && lowerAt(text, t.start)) common.add(foldWord(texts[k]!))
    }
  }
  const sentenceWords: Word[][] = []
  let cursor = 0
  for (const s of doc.sentences) {
    const { list, next } = sentenceTokens(tokens, s, cursor)
    addCommon(cursor, next - list.length)
    cursor = next
    const words = toWords(text, list, texts, next - list.length)
    for (const w of words) if (w.isWord && lowerAt(text, w.start)) common.add(w.fold)
    sentenceWords.push(words)
  }
  addCommon(cursor, tokens.length)
  const work: SentenceWork[] = []
  doc.sentences.forEach((s, si) => {
    const words = sentenceWords[si]!
    const caps = isCapsSentence(words)
    const found = findActorMatches(words, caps, (f) => res.adjectives.has(f) || res.countryNames.has(f) || res.countryNames.has(countryKey(f)))
    const identities = findIdentityMilitias(text, s.start, s.end, lang).filter((x) => !found.some((m) => namesGroup(m) && m.start <= x.start && x.end <= m.end))
    const matches = found.filter((m) => !identities.some((x) => x.start < m.end && m.start < x.end))
    const covered = words.map((w) => identities.some((x) => x.start <= w.start && w.end <= x.end))
    for (const m of matches) for (let k = countryNameEnd(words, m, res); k <= m.to; k++) covered[k] = true
    qualifyForces(words, matches, covered, res)
    matches.push(...sharedForces(words, matches, covered, res, lang))
    const firstWord = firstWordIndex(words)
    if (!caps && isTitleSentence(words, firstWord)) plainTitleWords(words, covered, common, res)
    const names = caps ? [] : findNameCandidates(words, firstWord, covered, res, common).map((c) => typeCandidate(c, words, text, res, c.from === firstWord))
    work.push({ words, caps, matches, identities, names, heads: [], adjectives: [], covered, firstWord })
  })
  const lexicon = buildLexicon(work.flatMap((w) => w.names), res, findTeams(work, res))
  const model = useModel ? loadTypeModel(lang) : null
  for (const w of work) {
    const firstWord = w.firstWord
    if (w.caps) w.names = capsNames(w.words, w.covered, text, lexicon, res)
    else {
      // Pushed rather than mapped: `map` over no name gives another kind of array than over some,
      // and the first such list after optimisation throws the compiled code of its readers away.
      const names: NameCandidate[] = []
      for (const c of w.names) {
        const finished = finishCandidate(c, w.words, lexicon, c.from === firstWord, res)
        if (finished) names.push(finished)
      }
      w.names = names
    }
    if (model && !w.caps) w.names = retype(model, w.names, w.words, res)
  }
  return { work, res, text }
}

/**
 * In a Title Case headline a capital says nothing: a word the article writes in lower case (in this
 * or another inflected form: "Kills" beside "killed") loses its capital, so it neither starts nor
 * continues a name ("Army Kills 60 Terrorists": no person "Kills", and "Terrorists" is a head noun).
 * Not words a knowledge-base match covers, nor the head words of organisations and places (cues
 * `org-first`, `org-last`, `loc-first`, `loc-last`), the first word of a place's name the gazetteer
 * knows ("New York"), titles, given names, public figures, countries and nationality adjectives:
 * their capital is no headline's.
 */
function plainTitleWords(words: Word[], covered: readonly boolean[], common: ReadonlySet<string>, res: EntityResources): void {
  // Only languages whose headlines are written in Title Case list inflection endings (English, not French).
  const suffixes = res.cues.get('inflection')
  if (!suffixes) return
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (!w.cap || w.allCaps || covered[k] || !w.isWord) continue
    // An organisation's or a place's head word keeps its capital: "Security Council", "Homs Province".
    if (hasCue(res, 'org-first', w.text) || hasCue(res, 'org-last', w.text) || hasCue(res, 'loc-first', w.text) || hasCue(res, 'loc-last', w.text)) continue
    if (res.titles.has(w.text) || res.firstNames.has(w.text) || res.publicFigures.has(w.text) || res.countryNames.has(w.fold) || res.adjectives.has(w.fold)) continue
    if (!commonForm(w.fold, common, suffixes)) continue
    // The first word of a place's name ("New York", "West Bank") keeps its capital.
    const next = words[k + 1]
    if (next?.cap && placeEvidence(`${w.text} ${next.text}`).strong) continue
    w.cap = false
  }
}

/** The article's main country: the most named one across places, adjectives and actors. */
function countryHint(work: readonly SentenceWork[], given: string | null, standIn: (n: NameCandidate) => boolean): string | null {
  const index = getActorIndex()
  const counts = new Map<string, number>()
  const add = (cc: string | null | undefined): void => {
    if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1)
  }
  // The input's own country (a country feed's hint) counts as one mention, as in the places and
  // events stages: the text outweighs it when it names another country more often.
  add(given)
  const actorCountries = new Set<string>()
  for (const w of work) {
    // Not a sponsor's or a seat's name ("backed by Moscow", "the Britain-based monitor").
    for (const n of w.names) if ((n.type === 'LOC' || n.type === 'MISC') && n.country && !standIn(n)) add(n.country)
    for (const a of w.adjectives) add(a.country)
    for (const m of w.matches) {
      const cc = tellsCountry(m.hits[0]!.id) ? index.actors.get(m.hits[0]!.id)?.country : null
      add(cc)
      if (cc) actorCountries.add(cc)
    }
  }
  let best: string | null = null
  let n = 0
  // A tie goes to a country of a named actor: the actor KB knows it, a bare name's country is the
  // gazetteer's guess among namesakes ("OLA attacked soldiers in Lange": Ethiopia, not France).
  for (const [cc, c] of counts) if (c > n || (c === n && actorCountries.has(cc) && !actorCountries.has(best!))) [best, n] = [cc, c]
  return best
}

/**
 * A KB alias that names one group in the same words as a people's armed men ("Kurdish militia": the
 * YPG) is that group; an identity militia wins only over generic words ("militia").
 */
function namesGroup(m: ActorMatch): boolean {
  const actors = getActorIndex().actors
  return m.named && m.hits.some((h) => { const kind = actors.get(h.id)?.kind; return kind !== undefined && kind !== 'generic' })
}

function sentenceDrafts(w: SentenceWork, text: string, res: EntityResources, hint: string | null): Draft[] {
  const index = getActorIndex()
  const drafts: Draft[] = []
  // Mentions are written field by field, in the order the output shows them (no object spread: a
  // copy per mention of every name of the article).
  for (const m of w.matches) {
    const entry = index.actors.get(pickHit(index, m.hits, hint) ?? '')
    if (!entry) continue
    const named = m.named && entry.kind !== 'generic'
    drafts.push({
      mention: { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: entry.kind, nerType: entry.kind === 'generic' ? 'MISC' : 'ORG', actorId: null, form: named ? 'name' : 'nominal', rule: 'kb-alias' },
      entry, head: null, definite: false, description: null,
    })
  }
  for (const x of w.identities) {
    drafts.push({
      mention: { start: x.start, end: x.end, text: text.slice(x.start, x.end), kind: 'armed_group', nerType: 'ORG', actorId: null, form: 'nominal', rule: 'identity' },
      entry: x.entry, head: null, definite: false, description: null,
    })
  }
  for (const n of w.names) {
    const description = n.type === 'PER' ? describe(w.words, n, text, res) : null
    const mention: Mention = { start: n.start, end: n.end, text: text.slice(n.start, n.end), kind: KIND_OF[n.type!], nerType: n.type!, actorId: null, form: 'name', country: n.country, rule: n.rule }
    if (description) mention.description = description
    drafts.push({ mention, entry: null, head: null, definite: false, description })
  }
  for (const h of w.heads) {
    const start = w.words[h.from]!.start
    const end = w.words[h.to]!.end
    drafts.push({ mention: { start, end, text: text.slice(start, end), kind: 'generic', nerType: 'ORG', actorId: null, form: 'nominal', rule: `head:${h.target.type}` }, entry: null, head: h.target, definite: h.definite, description: null })
  }
  for (const a of w.adjectives) {
    const word = w.words[a.index]!
    drafts.push({ mention: { start: word.start, end: word.end, text: text.slice(word.start, word.end), kind: 'other', nerType: 'MISC', actorId: null, form: 'name', country: a.country, rule: 'nationality' }, entry: null, head: null, definite: false, description: null })
  }
  return drafts
}

/** An apposition after a person's name (« Richard Labévière, expert français du Moyen Orient, »). */
function describe(words: readonly Word[], n: NameCandidate, text: string, res: EntityResources): string | null {
  const prev = words[n.from - 1]
  if (prev && !prev.cap && hasCue(res, 'per-before', prev.fold)) return prev.text
  if (words[n.to + 1]?.text !== ',' || (n.from === n.to && !n.titled)) return null
  let k = n.to + 2
  const first = words[k]
  if (!first || first.cap || !first.isWord) return null
  while (k < words.length && !/^[,.;:!?»«"()]$/.test(words[k]!.text)) k++
  if (k - (n.to + 2) > 12 || (words[k] && words[k]!.text !== ',' && words[k]!.text !== '.')) return null
  return text.slice(first.start, words[k - 1]!.end)
}

/** « L'expert » after « Richard Labévière, expert … »: a definite noun phrase on the description's head. */
function addDescribedNominals(drafts: Draft[], work: readonly SentenceWork[], res: EntityResources): void {
  const heads = new Set<string>()
  for (const d of drafts) {
    if (!d.description) continue
    const head = d.description.split(/\s+/).map(foldWord).find((x) => !hasCue(res, 'determiner', x))
    if (head) heads.add(head)
  }
  if (heads.size === 0) return
  for (const w of work) {
    w.words.forEach((word, i) => {
      if (w.covered[i] || !heads.has(word.fold) || i === 0 || !hasCue(res, 'definite', w.words[i - 1]!.fold)) return
      drafts.push({ mention: { start: word.start, end: word.end, text: word.text, kind: 'person', nerType: 'PER', actorId: null, form: 'nominal', rule: 'description' }, entry: null, head: { type: 'person', value: word.fold }, definite: true, description: null })
    })
  }
}

/**
 * Where the words of a force told by its country's name end ("U.S." in "U.S. troops", "South
 * Sudan" in "South Sudan army"): that name stays a place name of its own. The match's first word
 * for a name or a phrase that does not start with a country's name.
 */
function countryNameEnd(words: readonly Word[], m: ActorMatch, res: EntityResources): number {
  if (m.named) return m.from
  let end = m.from
  for (let k = m.from; k < m.to; k++) if (res.countryNames.has(countryKey(words.slice(m.from, k + 1).map((w) => w.fold).join(' ')))) end = k + 1
  return end
}
