/**
 * Finds statements in one sentence: a reporting cue (verb, according-to marker, narrative
 * infinitive), its speaker phrase and its content. Three shapes, as wire copy writes them:
 * `speaker cue [that] content` (pre-posed), `content, cue speaker` / `content, speaker cue`
 * (post-posed) and `according to speaker, content`. Cues inside a quotation belong to the quoted
 * speech and are left alone.
 */
import type { Span } from '../../doc/schema.js'
import { blockAfter, contentEnd, contentStart, quotationFrom, quotationTo, type ContentContext } from './content.js'
import { outerQuotationAt } from './quotations.js'
import type { CueForm, QuoteResources } from './resources.js'
import { phraseAfterMarker, readSpeaker, subjectAfter, subjectBefore, type SpeakerPhrase } from './speaker.js'
import { isCapitalized, isCloseQuote, isComma, isOpenQuote, isTerminal, isWord, matchAt, phraseAt, phraseBefore, spanOf, type SentenceView, type Tok } from './view.js'

export interface Candidate {
  rule: string
  sentence: number
  cue: (Span & { lemma: string }) | null
  content: Span
  /** Null when the speaker is implicit (narrative infinitive, a quote that continues a statement). */
  speaker: SpeakerPhrase | null
  confidence: number
  /** Token index where this construction begins; an earlier content in the sentence stops before it. */
  clause?: number
}

/** Shortest content we report, in tokens: a single word after a cue is rarely what was said. */
const MIN_CONTENT_TOKENS = 2
/** Words allowed between a cue and its « que » / "that" (an addressee, a date: "told reporters Monday that"). */
const MAX_GAP = 12

interface CueMatch {
  form: CueForm
  /** Token range of the cue, auxiliaries included. */
  first: number
  last: number
  /** The subject ends before this token (adverbs between subject and cue are skipped). */
  subjectEnd: number
  negated: boolean
  /** A subject clitic inside the cue token (« a-t-il »), as a one-token phrase. */
  clitic: Tok | null
}

function splitClitic(t: Tok, res: QuoteResources): { base: string; clitic: Tok } | null {
  // Every inversion is joined by a hyphen (« dit-il », « a-t-elle »): most tokens have none.
  if (!t.norm.includes('-')) return null
  for (const inv of res.inversions) {
    if (!t.norm.endsWith(`-${inv}`) || t.norm.length <= inv.length + 1) continue
    const pronoun = inv.split('-').at(-1)!
    const start = t.end - pronoun.length
    return { base: t.norm.slice(0, -(inv.length + 1)), clitic: { start, end: t.end, kind: 'word', text: t.text.slice(-pronoun.length), norm: pronoun } }
  }
  return null
}

function cueAt(toks: readonly Tok[], i: number, res: QuoteResources): CueMatch | null {
  let form: CueForm | undefined
  let last = i
  let clitic: Tok | null = null
  let first = i
  const split = splitClitic(toks[i]!, res)
  if (split) {
    // `a-t-il déclaré`: an inverted auxiliary before the cue form; `dit-il`: an inverted cue form.
    const aux = res.auxiliaries.get(split.base)?.some((w) => w.length === 1)
    const single = res.cues.get(split.base)?.find((f) => f.words.length === 1)
    if (aux) {
      form = res.cues.get(toks[i + 1]?.norm ?? '')?.find((f) => matchAt(toks, i + 1, f.words))
      if (form) last = i + form.words.length
    } else if (single) {
      form = single
    }
    if (form) clitic = split.clitic
  } else {
    form = res.cues.get(toks[i]!.norm)?.find((f) => matchAt(toks, i, f.words))
    if (form) last = i + form.words.length - 1
  }
  if (!form) return null
  // Walk back over auxiliaries, adverbs and negations: they are not the subject.
  let negated = false
  let j = i
  for (;;) {
    const t = toks[j - 1]
    if (!t) break
    if (res.negations.has(t.norm)) {
      negated = true
      j--
      continue
    }
    // Adverbs and object clitics (« les rapports me disent », « il lui a dit ») sit between subject and cue.
    if (res.adverbs.has(t.norm) || res.objectClitics.has(t.norm)) {
      j--
      continue
    }
    const aux = phraseBefore(toks, j, res.auxiliaries)
    if (aux === 0) break
    j -= aux
    first = j
  }
  return { form, first, subjectEnd: j, last, negated, clitic }
}

function content(from: number, to: number): Span | null {
  if (to - from < 1) return null
  return { start: from, end: to }
}

/** Content after a pre-posed cue: a que/that clause, a colon, a quotation, a bare clause or an object. */
function contentAfter(ctx: ContentContext, s: SentenceView, k: number, form: CueForm, res: QuoteResources): Span | null {
  const toks = s.toks
  if (form.frames.has('clause')) {
    for (let g = k; g < toks.length && g - k <= MAX_GAP; g++) {
      const t = toks[g]!
      if (res.complementizers.has(t.norm)) return content(t.start, contentEnd(ctx, s, g))
      // `told his supporters, “…”`: a quotation after the addressee and a comma or colon.
      const q = isOpenQuote(t) && g > k && (isComma(toks[g - 1]) || toks[g - 1]!.text === ':') ? quotationFrom(ctx, toks, g) : undefined
      if (q) return { start: q.start, end: q.end }
      // A subordinate clause (`before clarifying that`) owns the « que » / "that" that follows it.
      if (isTerminal(t) || isOpenQuote(t) || isCloseQuote(t) || res.boundaries.has(t.norm) || res.cues.has(t.norm)) break
    }
  }
  const next = toks[k]
  if (!next) return null
  if (next.text === ':') {
    const q = quotationFrom(ctx, toks, k + 1)
    if (q) return { start: q.start, end: q.end }
    if (k + 1 < toks.length) return content(toks[k + 1]!.start, contentEnd(ctx, s, k + 1))
    const block = blockAfter(ctx, s)
    return block ? { start: block.start, end: block.end } : null
  }
  const q = quotationFrom(ctx, toks, k)
  if (q) {
    // `said “we will win” in November`: the sentence goes on after the quote, and so does the content.
    const after = toks.findIndex((t) => t.start >= q.end)
    const goesOn = after >= 0 && isWord(toks[after]) && toks[after]!.start > q.end
    return goesOn ? { start: q.start, end: contentEnd(ctx, s, after) } : { start: q.start, end: q.end }
  }
  if (isComma(next) && isOpenQuote(toks[k + 1])) {
    const q2 = quotationFrom(ctx, toks, k + 1)
    if (q2) return { start: q2.start, end: q2.end }
  }
  // `told him the plan failed`, `told POLITICO she was leaning`: a listener, then a bare clause.
  const listener = phraseAt(toks, k, res.addressees) || namedListener(toks, k, res)
  const z = k + listener
  const rest = toks.length - z - (isTerminal(toks.at(-1)) ? 1 : 0)
  const bare = toks[z]
  if (listener > 0 && form.frames.has('clause') && bare?.text === ':') {
    const q2 = quotationFrom(ctx, toks, z + 1)
    if (q2) return { start: q2.start, end: q2.end }
  }
  if ((form.frames.has('zero') || (listener > 0 && form.frames.has('clause'))) && isWord(bare) && !res.noContent.has(bare!.norm) && rest >= 3) {
    return content(bare!.start, contentEnd(ctx, s, z))
  }
  if (form.frames.has('obj') && isWord(next) && rest >= MIN_CONTENT_TOKENS) {
    return content(next.start, contentEnd(ctx, s, k))
  }
  return null
}

/**
 * A named listener (`told POLITICO`, `told Fox News`): a short run of capitalised words followed by
 * a pronoun, a determiner or a colon, where the clause that was told begins.
 */
function namedListener(toks: readonly Tok[], k: number, res: QuoteResources): number {
  let j = k
  while (j < toks.length && j - k < 4 && isCapitalized(toks[j])) j++
  const after = toks[j]
  if (j === k || !after) return 0
  return res.pronouns.has(after.norm) || res.determiners.has(after.norm) || after.text === ':' ? j - k : 0
}

/** Content before a post-posed cue whose left edge (a comma or closing quote) is token `d`. */
function contentBefore(ctx: ContentContext, s: SentenceView, d: number): Span | null {
  const toks = s.toks
  const edge = toks[d]
  if (!edge) return null
  const q = quotationTo(ctx, toks, d) ?? (isComma(edge) ? quotationTo(ctx, toks, d - 1) : undefined)
  if (q) return { start: q.start, end: q.end }
  if (!isComma(edge) || d < MIN_CONTENT_TOKENS) return null
  return { start: contentStart(ctx, s), end: toks[d - 1]!.end }
}

/**
 * `Overall, she said, the party is split` / `The plan, he said, is dead`: a cue between commas
 * reports the words around it. `d` is the comma before the cue clause, `after` the token after it.
 */
function aroundCue(ctx: ContentContext, s: SentenceView, d: number, after: number, res: QuoteResources): Span | null {
  const toks = s.toks
  const next = toks[after + 1]
  if (!isComma(toks[after]) || !isComma(toks[d]) || !isWord(next) || res.cues.has(next!.norm) || res.boundaries.has(next!.norm) || res.noContent.has(next!.norm)) return null
  if (quotationTo(ctx, toks, d - 1) || appositionAfter(toks, after + 1, res, true)) return null
  let words = 0
  for (let k = after + 1; k < toks.length; k++) if (isWord(toks[k])) words++
  if (words < 2) return null
  // A short adverbial before the cue (`Overall,`) is not said; a short subject (`The plan,`) is.
  const start = d < 3 && !res.determiners.has(toks[0]!.norm) ? next!.start : contentStart(ctx, s)
  return { start, end: contentEnd(ctx, s, after + 1) }
}

/** A role phrase between commas from token `from` (« président de l'OSDH, »), up to its closing comma. */
function appositionAfter(toks: readonly Tok[], from: number, res: QuoteResources, atEnd = false): { end: number; text: string } | null {
  let h = from
  while (h < toks.length && (res.determiners.has(toks[h]!.norm) || res.nounMarkers.has(toks[h]!.norm))) h++
  if (!res.roles.has(toks[h]?.norm ?? '')) return null
  let e = h
  while (e < toks.length && e - from <= 8 && !isComma(toks[e]) && !isTerminal(toks[e]) && !isOpenQuote(toks[e])) e++
  if (!(isComma(toks[e]) && e + 1 < toks.length) && !(atEnd && (e >= toks.length || isTerminal(toks[e])))) return null
  const words = toks.slice(h, e)
  return { end: e, text: words.map((t, k) => (k > 0 && t.start > words[k - 1]!.end ? ' ' : '') + t.text).join('') }
}

function sentenceInitial(toks: readonly Tok[], i: number, res: QuoteResources): boolean {
  let j = 0
  while (j < i && (res.boundaries.has(toks[j]!.norm) || res.adverbs.has(toks[j]!.norm) || isComma(toks[j]))) j++
  return j === i
}

function markerAt(ctx: ContentContext, s: SentenceView, i: number, res: QuoteResources): Candidate | null {
  const toks = s.toks
  const marker = res.markers.get(toks[i]!.norm)?.find((m) => matchAt(toks, i, m.words))
  if (!marker) return null
  const after = phraseAfterMarker(toks, i + marker.words.length, res)
  if (!after) return null
  const head = after.phrase.toks.find((t) => !res.determiners.has(t.norm))
  if (head && res.notSources.has(head.norm)) return null
  const cue = { ...spanOf(toks.slice(i, i + marker.words.length)), lemma: marker.words.join(' ').replace(/' /gu, "'") }
  const base = { rule: `marker:${marker.where}`, sentence: s.index, cue, speaker: after.phrase, confidence: 0.75 }
  const stop = toks[after.end]
  const runsToEnd = !stop || isTerminal(stop)
  if (sentenceInitial(toks, i, res)) {
    if (!isComma(stop) || after.end + 1 >= toks.length) return null
    if (marker.initialOnly && (after.end - i - marker.words.length > 4 || !(after.phrase.form === 'name' || after.phrase.form === 'pronoun'))) return null
    // `Selon Rami Roe, président de l'OSDH, …`: a role between commas describes the source.
    const role = appositionAfter(toks, after.end + 1, res)
    const from = role ? role.end + 1 : after.end + 1
    if (from >= toks.length) return null
    const speaker = role ? { ...after.phrase, description: role.text } : after.phrase
    const c = content(toks[from]!.start, contentEnd(ctx, s, from))
    return c && { ...base, speaker, content: c }
  }
  if (marker.initialOnly) return null
  if (isComma(toks[i - 1])) {
    const c = runsToEnd ? contentBefore(ctx, s, i - 1) : content(contentStart(ctx, s), contentEnd(ctx, s, 0))
    return c && { ...base, content: c }
  }
  if (runsToEnd && i >= MIN_CONTENT_TOKENS) return { ...base, content: { start: contentStart(ctx, s), end: toks[i - 1]!.end } }
  return null
}

function narrativeAt(ctx: ContentContext, s: SentenceView, i: number, res: QuoteResources): Candidate | null {
  const toks = s.toks
  const n = phraseAt(toks, i, res.narrative)
  if (n === 0 || !sentenceInitial(toks, i, res)) return null
  const form = res.cues.get(toks[i + n]?.norm ?? '')?.find((f) => matchAt(toks, i + n, f.words))
  if (!form) return null
  const k = i + n + form.words.length
  const c = contentAfter(ctx, s, k, form, res)
  if (!c) return null
  const cue = { ...spanOf(toks.slice(i, k)), lemma: form.lemma }
  return { rule: `narrative:${form.where}`, sentence: s.index, cue, content: c, speaker: null, confidence: 0.7 }
}

function canSpeak(p: SpeakerPhrase): boolean {
  return p.form !== 'phrase' || p.org || p.role !== null
}

/** The subject a sentence opens with (a pronoun or a name), for cues that share it (`He smiled and said`). */
function sentenceSubject(toks: readonly Tok[], res: QuoteResources): SpeakerPhrase | null {
  let i = 0
  while (i < toks.length && (res.boundaries.has(toks[i]!.norm) || res.adverbs.has(toks[i]!.norm) || isComma(toks[i]))) i++
  const first = toks[i]
  if (!first) return null
  if (res.pronouns.has(first.norm)) return readSpeaker([first], res)
  let j = i
  while (j < toks.length && j - i < 5 && (isCapitalized(toks[j]) || res.titles.has(toks[j]!.norm))) j++
  // `Le général Bouchard …`: a capitalised determiner alone starts the phrase; read on to its name or role.
  if (j === i + 1 && res.determiners.has(first.norm)) {
    while (j < toks.length && j - i < 5 && isWord(toks[j]) && !res.boundaries.has(toks[j]!.norm) && !res.cues.has(toks[j]!.norm)) j++
    const phrase = readSpeaker(toks.slice(i, j), res)
    return canSpeak(phrase) ? phrase : null
  }
  return j > i ? readSpeaker(toks.slice(i, j), res) : null
}

function verbCandidate(ctx: ContentContext, s: SentenceView, m: CueMatch, earlier: readonly Candidate[], res: QuoteResources): Candidate | null {
  const toks = s.toks
  const cue = { ...spanOf(toks.slice(m.first, m.last + 1)), lemma: m.form.lemma }
  const base = { rule: `verb:${m.form.where}`, sentence: s.index, cue }
  // `to describe`, `by calling`, « de dire »: a cue that is not a finite verb reports nothing.
  if (!m.clitic && res.nonFinite.has(toks[m.subjectEnd - 1]?.norm ?? '')) return null
  // `la demande de …`, "his claim": after a determiner the cue form is a noun.
  const before = toks[m.subjectEnd - 1]?.norm ?? ''
  if (!m.clitic && m.first === m.subjectEnd && (res.nounMarkers.has(before) || (res.determiners.has(before) && !res.complementizers.has(before) && !res.relatives.has(before)))) return null
  const subject = m.clitic ? null : subjectBefore(toks, m.subjectEnd, res)
  const clitic = m.clitic ? readSpeaker([m.clitic], res) : null
  let after = contentAfter(ctx, s, m.last + 1, m.form, res)
  // An attitude verb with only an object (`wants`, « menace ») needs a subject that can speak.
  if (after && subject && !m.form.frames.has('clause') && !m.form.frames.has('zero') && !canSpeak(subject.phrase)) after = null
  if (after && (subject || clitic)) return { ...base, content: after, speaker: subject?.phrase ?? clitic, confidence: 0.85, clause: subject?.first ?? m.first }
  if (m.form.frames.has('post') && subject && res.postSubjectVerb) {
    const d = subject.first - 1
    if (res.hedges.has(toks[d]?.norm ?? '')) return null
    const c = aroundCue(ctx, s, d, m.last + 1, res) ?? contentBefore(ctx, s, d)
    if (c) return { ...base, content: c, speaker: subject.phrase, confidence: 0.8 }
  }
  if (m.form.frames.has('post') && !subject && res.postVerbSubject) {
    const inverted = subjectAfter(toks, m.last + 1, res)
    // `…, explique Jean Roe, chercheur au CNRS.`: a role after the inverted name describes it.
    const role = inverted && !inverted.description ? appositionAfter(toks, m.last + 2 + inverted.toks.length, res, true) : null
    const described = inverted && role && isComma(toks[m.last + 1 + inverted.toks.length]) ? { ...inverted, description: role.text } : inverted
    const speaker = clitic ?? (described && canSpeak(described) ? described : null)
    const c = speaker && (aroundCue(ctx, s, m.subjectEnd - 1, m.last + 1 + (clitic ? 0 : speaker.toks.length), res) ?? contentBefore(ctx, s, m.subjectEnd - 1))
    if (c) return { ...base, content: c, speaker, confidence: 0.8 }
  }
  // `…, saying that …` / `… and said that …`: the cue shares the subject of the clause before it.
  const prev = toks[m.subjectEnd - 1]
  if (after && !subject && prev && (isComma(prev) || res.coordinations.has(prev.norm))) {
    const speaker = earlier.at(-1)?.speaker ?? sentenceSubject(toks, res)
    if (speaker) return { ...base, content: after, speaker, confidence: 0.7, clause: m.subjectEnd - 1 }
  }
  return null
}

/**
 * `He said A and argued that B`: the first content stops where the second construction begins,
 * so each statement keeps its own claim.
 */
function splitCoordinated(s: SentenceView, found: Candidate[], res: QuoteResources): void {
  for (let a = 0; a + 1 < found.length; a++) {
    const first = found[a]!
    const next = found[a + 1]!
    if (next.clause === undefined || !next.cue || next.cue.start <= first.content.start || next.cue.start >= first.content.end) continue
    let k = next.clause
    // Only a coordinated clause is cut off; a cue inside the content (`said that X wants Y`) is nested.
    if (!isComma(s.toks[k - 1]) && !res.coordinations.has(s.toks[k - 1]?.norm ?? '') && !isComma(s.toks[k]) && !res.coordinations.has(s.toks[k]?.norm ?? '')) continue
    while (k > 0 && (isComma(s.toks[k - 1]) || res.coordinations.has(s.toks[k - 1]!.norm))) k--
    const last = s.toks[k - 1]
    if (last && last.end > first.content.start) first.content = { start: first.content.start, end: last.end }
  }
}

/** Every statement candidate of one sentence, left to right. */
export function findInSentence(ctx: ContentContext, s: SentenceView, res: QuoteResources): Candidate[] {
  const out: Candidate[] = []
  const toks = s.toks
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]) || outerQuotationAt(ctx.quotations, toks[i]!.start)) continue
    const special = narrativeAt(ctx, s, i, res) ?? markerAt(ctx, s, i, res)
    if (special) {
      out.push(special)
      continue
    }
    const m = cueAt(toks, i, res)
    if (!m) continue
    i = m.last
    if (m.negated) continue
    const c = verbCandidate(ctx, s, m, out, res)
    if (c) out.push(c)
  }
  splitCoordinated(s, out, res)
  return out
}
