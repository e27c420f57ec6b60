/**
 * The speaker phrase of a cue, from the syntax of the sentence alone: the subject before the cue
 * (with an apposition kept as the description), the inverted subject after it, or the phrase after
 * an according-to marker. Then the phrase is read as a pronoun, a definite description, a name or a
 * plain noun phrase, which decides how it is resolved across sentences.
 */
import type { QuoteResources } from './resources.js'
import { isCapitalized, isCloseQuote, isComma, isOpenQuote, isTerminal, isWord, type Tok } from './view.js'

export type SpeakerForm = 'pronoun' | 'description' | 'name' | 'phrase' | 'relative'

export interface SpeakerPhrase {
  toks: Tok[]
  form: SpeakerForm
  /** The name as written (without a leading determiner), null for pronouns and descriptions. */
  name: string | null
  description: string | null
  plural: boolean
  org: boolean
  /** For a definite description: the role noun that must match the antecedent's description. */
  role: string | null
}

/** Longest subject we accept; longer runs are cut to their last noun phrase. */
const MAX_SUBJECT = 8
/** Longest apposition between commas (« Richard Labévière, expert français du Moyen Orient, estime »). */
const MAX_APPOSITION = 25

function isStop(t: Tok, res: QuoteResources): boolean {
  return t.kind === 'punct' || t.kind === 'symbol' || res.boundaries.has(t.norm) || isOpenQuote(t) || isCloseQuote(t)
}

/** Start index of the run of subject tokens that ends just before `end`. */
function runStart(toks: readonly Tok[], end: number, res: QuoteResources): number {
  let a = end
  while (a > 0 && !isStop(toks[a - 1]!, res) && !missedBoundary(toks, a, res)) a--
  return a
}

/** `… in the U.S. He says`: a dotted acronym before a capital is a sentence end the segmenter kept. */
function missedBoundary(toks: readonly Tok[], a: number, res: QuoteResources): boolean {
  const before = toks[a - 1]
  return a < toks.length && before !== undefined && before.text.length > 2 && /\.$/u.test(before.text) && !res.titles.has(before.norm) && isCapitalized(toks[a])
}

/** Where a subject ends when a parenthesis sits between it and `end` (`Jane Roe (D-Ore.) said`). */
function skipParens(toks: readonly Tok[], end: number): number {
  if (toks[end - 1]?.text !== ')') return end
  for (let j = end - 2; j >= 0 && j >= end - 12; j--) if (toks[j]!.text === '(') return j
  return end
}

/** Keeps the last noun phrase of an over-long run: from a determiner, pronoun or capital word. */
function trimRun(toks: Tok[], res: QuoteResources): Tok[] {
  if (toks.length <= MAX_SUBJECT) return toks
  const tail = toks.slice(-MAX_SUBJECT)
  const k = tail.findIndex((t) => res.determiners.has(t.norm) || res.pronouns.has(t.norm) || isCapitalized(t))
  return k < 0 ? [] : tail.slice(k)
}

export interface Subject {
  phrase: SpeakerPhrase
  /** Index of the first token of the subject and its apposition. */
  first: number
}

/**
 * The subject that ends just before token `end`: `X cue`, `X, apposition, cue`, or the relative
 * pronoun of `X, who … said`.
 */
export function subjectBefore(toks: readonly Tok[], cueStart: number, res: QuoteResources): Subject | null {
  const end = skipParens(toks, cueStart)
  const a = runStart(toks, end, res)
  // `most voters say they want`: a pronoun just before the cue is the whole subject.
  const last = toks[end - 1]
  if (a < end - 1 && last && res.pronouns.has(last.norm)) return { phrase: readSpeaker([last], res), first: end - 1 }
  if (a < end) {
    const run = trimRun(toks.slice(a, end), res)
    // `Lundi, … avait demandé`: a day or a preposition alone is no subject.
    if (run.length === 0 || run.every((t) => res.noContent.has(t.norm))) return null
    const first = end - run.length
    if (run.length === 1 && res.relatives.has(run[0]!.norm)) return null
    return { phrase: readSpeaker(run, res), first }
  }
  const before = toks[end - 1]
  if (before && res.relatives.has(before.norm)) {
    const b = runStart(toks, end - 1, res)
    const antecedent = b < end - 1 ? readSpeaker(toks.slice(b, end - 1), res) : null
    const phrase: SpeakerPhrase = { ...readSpeaker([before], res), form: 'relative', name: antecedent?.name ?? null, description: antecedent?.description ?? null }
    return { phrase, first: end - 1 }
  }
  // `Name, apposition, cue`: a comma just before the cue closes an apposition or a relative clause.
  if (!isComma(before)) return null
  // `Sen. Jane Roe (D-Ore.), said`: a name with a parenthesis, then a comma.
  const e2 = skipParens(toks, end - 1)
  if (e2 < end - 1) {
    const b2 = runStart(toks, e2, res)
    const named = b2 < e2 ? readSpeaker(toks.slice(b2, e2), res) : null
    return named?.form === 'name' && (b2 === 0 || isCloseQuote(toks[b2 - 1])) ? { phrase: named, first: b2 } : null
  }
  let c = end - 2
  while (c >= 0 && !isComma(toks[c]) && !isTerminal(toks[c])) c--
  if (c < 1 || !isComma(toks[c]) || end - 1 - (c + 1) > MAX_APPOSITION || end - 1 - (c + 1) < 1) return null
  const inner = toks.slice(c + 1, end - 1)
  // An apposition names or describes; a clause with its own subject or cue (`he says …`) is not one.
  if (inner.some((t) => res.pronouns.has(t.norm) || res.cues.has(t.norm))) return null
  const b = runStart(toks, c, res)
  if (res.noContent.has(toks[b]?.norm ?? '') || res.linkers.has(toks[b]?.norm ?? '')) return null
  if (b >= c || c - b > MAX_SUBJECT) return null
  // The head must begin the clause: `Ainsi, X, expert, estime` is fine, `he won, X, said` is not.
  if (b > 0 && !isComma(toks[b - 1]) && !isCloseQuote(toks[b - 1]) && !res.boundaries.has(toks[b - 1]!.norm)) return null
  const head = toks.slice(b, c)
  // `Lundi, le ministre, a déclaré`: a day before the comma is no head; the phrase after it is the subject.
  if (head.every((t) => res.noContent.has(t.norm))) return { phrase: readSpeaker(inner, res), first: c + 1 }
  const relative = res.relatives.has(inner[0]!.norm) || res.boundaries.has(inner[0]!.norm)
  const headPhrase = readSpeaker(head, res)
  if (relative) return { phrase: headPhrase, first: b }
  const innerPhrase = readSpeaker(inner, res)
  // Of `Name, role` and `role, Name`, the capitalised one names the speaker.
  if (headPhrase.form !== 'name' && innerPhrase.form === 'name') {
    return { phrase: { ...innerPhrase, description: textOf(head, res) }, first: b }
  }
  if (headPhrase.form === 'phrase' && innerPhrase.form === 'phrase') return null
  return { phrase: { ...headPhrase, description: textOf(inner, res) }, first: b }
}

/** The inverted subject after a postposed cue (`…, said the minister.`), up to the next comma. */
export function subjectAfter(toks: readonly Tok[], from: number, res: QuoteResources): SpeakerPhrase | null {
  let b = from
  while (b < toks.length && !isStop(toks[b]!, res)) b++
  if (b === from || b - from > MAX_SUBJECT) return null
  // `a déclaré dans la matinée à l'AFP …`: a phrase that starts with a preposition is no subject.
  const first = toks[from]!.norm
  if (res.noContent.has(first) || res.linkers.has(first) || res.nonFinite.has(first)) return null
  return readSpeaker(toks.slice(from, b), res)
}

/** The phrase after an according-to marker, up to a comma, a colon, a quote or the sentence end. */
export function phraseAfterMarker(toks: readonly Tok[], from: number, res: QuoteResources): { phrase: SpeakerPhrase; end: number } | null {
  let b = from
  while (b < toks.length && b - from < 10 && isWord(toks[b]) && !res.complementizers.has(toks[b]!.norm)) b++
  if (b === from) return null
  return { phrase: readSpeaker(toks.slice(from, b), res), end: b }
}

function textOf(toks: readonly Tok[], res: QuoteResources): string {
  const from = res.determiners.has(toks[0]?.norm ?? '') && toks.length > 1 ? 1 : 0
  const t = toks.slice(from)
  return t.map((x, i) => (i > 0 && x.start > t[i - 1]!.end ? ' ' : '') + x.text).join('')
}

/** Reads a speaker phrase as a pronoun, a definite description, a name or a plain phrase. */
export function readSpeaker(toks: Tok[], res: QuoteResources): SpeakerPhrase {
  const base = { toks, name: null, description: null, plural: false, org: false, role: null }
  const pron = toks.length === 1 ? res.pronouns.get(toks[0]!.norm) : undefined
  if (pron) return { ...base, form: 'pronoun', plural: pron.plural, org: pron.org }
  const nouns = toks.map((t) => t.norm)
  // A role word makes a person even beside an organisation (`le porte-parole de l'armée`).
  const role = nouns.find((n) => res.roles.has(n)) ?? null
  const org = role === null && nouns.some((n) => res.organisations.has(n))
  const head = nouns.at(-1) ?? ''
  // A name is the trailing run of capitalised words (and the particles between them).
  let k = toks.length
  while (k > 0 && (isCapitalized(toks[k - 1]) || res.titles.has(toks[k - 1]!.norm) || (k < toks.length && k > 1 && !isCapitalized(toks[k - 1]) && isCapitalized(toks[k - 2]) && toks[k - 1]!.text.length <= 3))) k--
  while (k < toks.length && !isCapitalized(toks[k]) && !res.titles.has(toks[k]!.norm)) k++
  const nameToks = toks.slice(k)
  // `le ministre de la Défense`: capitals after `de la` complement a role; they do not name the speaker.
  const complement = k > 0 && (res.determiners.has(nouns[k - 1]!) || res.linkers.has(nouns[k - 1]!)) && (role !== null || org)
  const isName = nameToks.length > 0 && !complement && !(k === 0 && nameToks.length === 1 && res.determiners.has(nameToks[0]!.norm))
  if (isName) {
    const name = textOf(nameToks, res)
    const lead = toks.slice(0, k)
    const description = lead.some((t) => !res.determiners.has(t.norm)) ? textOf(lead, res) : null
    return { ...base, form: 'name', name, description, org: org && k > 0 }
  }
  // Only a short definite description (« l'expert », "the spokesman") refers back to a speaker.
  if (res.determiners.has(nouns[0] ?? '') && role && toks.length <= 3) {
    return { ...base, form: 'description', description: textOf(toks, res), role }
  }
  return { ...base, form: 'phrase', name: org ? textOf(toks, res) : null, description: org ? null : textOf(toks, res), org, role, plural: /s$/u.test(head) }
}
