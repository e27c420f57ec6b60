/**
 * The event's date with ACLED's time_precision, from the time stage's `eventDate`, after removing
 * the time expressions that another trigger in another clause stands closer to ("…entered Palmyra,
 * a city retaken in March 2016": March 2016 dates the retaking, not the entry). Coordinated
 * happenings share their date ("eight were killed and two arrested on 2 February"), and a date
 * that opens the sentence ("On 6 March, after a blast…, gunmen shot…") dates all of it. Only the
 * triggers of its own sentence stand between a trigger and a date: the date of an earlier sentence
 * stays the narrative time, and a clause left undated continues the time of the clause before it.
 * A date more than a month before publication marks the event as
 * historical (recalled background, its own happening).
 */
import { spanAt } from '../../doc/spans.js'
import type { Span } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { eventDate, opensFrom, type EventDate } from '../time/event-date.js'
import { cueRegex, hasCue, type EventResources } from './resources.js'
import { execFrom } from '../../resources/load.js'

/** Punctuation that closes a clause or opens an apposition, in any of our languages. */
const CLAUSE_BREAK = /[,;:()[\]\u2013\u2014]| - /u
/** A bracketed aside with no bracket inside: "(18km NW of Baidoa)", "[Al-Hawari]". */
const ASIDE = /\([^()[\]]*\)|\[[^()[\]]*\]/gu
/** A comma inside a list of names ("in Hawari, Garyounis and Sabri"): capitalised word on both sides. */
const NAME_LIST_COMMA = /(\p{Lu}[\p{L}'’-]*),(?=\s+\p{Lu})/gu

/**
 * The words between two triggers with what does not start a clause taken out: bracketed asides
 * and the commas of a list of names. "An IED exploded in X (18km NW of Y) targeting a lorry
 * deploying troops on 07/01" is one clause, and so is "clashes continued in X, Y and Z with the air
 * force carrying out airstrikes on 16 April".
 */
function clauseGap(gap: string): string {
  let out = gap
  for (let before = ''; before !== out; ) {
    before = out
    out = out.replace(ASIDE, ' ')
  }
  return out.replace(NAME_LIST_COMMA, '$1')
}


export function dateEvent(doc: Doc, trigger: Span, others: readonly Span[], res: EventResources | null = null, links: readonly Span[] = others): EventDate {
  const text = doc.article.text
  // A date that a place word follows is part of a place name ("6th of October City", "the 26 June
  // District"): it dates nothing.
  const naming = res ? cueRegex(res, 'named', '^\\s*(?:{cue})') : null
  const name = (t: Span) => naming !== null && /\d/.test(text.slice(t.start, t.end)) && (naming.lastIndex = 0, naming.test(text.slice(t.end, t.end + 30)))
  const index = sentenceIndex(doc.sentences)
  const sentence = index.at(trigger.start)
  const opens = (t: Span) => sentence !== undefined && t.start >= sentence.start && t.end <= trigger.start && opensFrom(text, sentence.start, t.start)
  // A predicate right after a comma ("killed five, burnt houses and took cattle on 26/03") is
  // coordinated with the trigger, not a clause of its own: it shares the date. Coordination
  // chains: in "cleared a camp at X, killing 40 and recovering weapons on 10/03", "recovering"
  // follows "killing", which follows the comma after "cleared", so the date is all of theirs. A
  // later trigger is apart only where some link of the chain opens a clause; the links are every
  // trigger word of the sentence (`links`), whichever happening it tells.
  const linkApart = (a: Span, b: Span) => {
    const gap = clauseGap(text.slice(a.end, b.start))
    if (!CLAUSE_BREAK.test(gap)) return false
    return !(/,\s*$/u.test(gap) && !/[;:()[\]\u2013\u2014]| - /u.test(gap))
  }
  const later = links.filter((o) => o.start >= trigger.end).sort((a, b) => a.start - b.start)
  const apart = (o: Span) => {
    if (o.start < trigger.end) return CLAUSE_BREAK.test(clauseGap(text.slice(o.end, trigger.start)))
    let prev = trigger
    for (const x of later) {
      if (x.start >= o.start) break
      if (x.start < prev.end) continue
      if (linkApart(prev, x)) return true
      prev = x
    }
    return linkApart(prev, o)
  }
  const between = (t: Span) => others.some((o) => apart(o) && ((o.start >= t.end && o.end <= trigger.start) || (o.start >= trigger.end && o.end <= t.start)))
  // `eventDate` reads only the trigger's sentence, the sentences of its paragraph and the time
  // expressions among them: it is handed those alone (same result), so a document with thousands of
  // sentences and dates stays linear.
  const paragraph = sentence ? index.paragraph(sentence) : []
  let from = sentence ? Math.min(sentence.start, trigger.start) : trigger.start
  let to = sentence ? Math.max(sentence.end, trigger.end) : trigger.end
  for (const s of paragraph) {
    from = Math.min(from, s.start)
    to = Math.max(to, s.end)
  }
  // Another trigger stands between a date and this one only inside this sentence: a date of an
  // earlier sentence is the narrative time, whatever this sentence tells first.
  const inSentence = (t: Span) => sentence !== undefined && t.start >= sentence.start && t.end <= sentence.end
  const inParagraph = doc.timexes.filter((t) => t.start >= from && t.end <= to && !name(t) && !(res && sentence && compared(text, sentence.start, t, res)))
  const near = inParagraph.filter((t) => opens(t) || !inSentence(t) || !between(t))
  // A clause the sentence leaves undated continues the time of the clause before it, as an undated
  // sentence continues the paragraph's ("fired tear gas on 8 March to disperse drivers who had
  // blocked a road, to protest…"): the last date before the trigger then dates it.
  if (!near.some(inSentence)) {
    const earlier = inParagraph.filter((t) => inSentence(t) && t.end <= trigger.start).at(-1)
    if (earlier) near.push(earlier)
  }
  return eventDate({ ...doc, sentences: paragraph, timexes: near.sort((a, b) => a.start - b.start) }, trigger)
}

type Sentence = Doc['sentences'][number]

/**
 * True when a date opens the period a comparison measures a happening against, after its word of
 * "since" with a superlative or "first" before that ("the deadliest attack since the 1980s", « la
 * première frappe depuis 2012 »; cues.tsv `since`, `comparison`): it dates nothing, and the happening
 * compared is the day's. Read inside the sentence only.
 */
function compared(text: string, sentenceStart: number, t: Span, res: EventResources): boolean {
  const since = cueRegex(res, 'since', '(?:{cue})\\s+$')
  if (!since) return false
  since.lastIndex = 0
  const before = text.slice(Math.max(sentenceStart, t.start - 20), t.start)
  const m = execFrom(since, before)
  if (!m) return false
  const at = t.start - before.length + m.index
  // The comparison in the same phrase: no clause break between it and "since" (« au seul parti Baas, au pouvoir depuis 1963 »).
  return hasCue(res, 'comparison', text.slice(Math.max(sentenceStart, at - COMPARED_SPAN), at), '(?:{cue})[^,;:()[\\]\u2013\u2014]*$')
}

/** How far before its word of "since" a comparison is read: a noun phrase's length ("the deadliest single attack on the city"). */
const COMPARED_SPAN = 60

interface SentenceIndex {
  /** The first sentence holding the offset (as `sentences.find` gives it). */
  at(offset: number): Sentence | undefined
  /** The sentences of a sentence's paragraph, in document order. */
  paragraph(s: Sentence): Sentence[]
}

const indexes = new WeakMap<readonly Sentence[], SentenceIndex>()

/** Built once per document: sentences by paragraph, and a binary search when they are in text order. */
function sentenceIndex(sentences: readonly Sentence[]): SentenceIndex {
  let index = indexes.get(sentences)
  if (index) return index
  const byParagraph = new Map<number, Sentence[]>()
  let ordered = true
  sentences.forEach((s, i) => {
    const list = byParagraph.get(s.paragraph)
    if (list) list.push(s)
    else byParagraph.set(s.paragraph, [s])
    if (i > 0 && s.start < sentences[i - 1]!.end) ordered = false
  })
  const at = (offset: number): Sentence | undefined => {
    if (!ordered) return sentences.find((s) => s.start <= offset && offset < s.end)
    return spanAt(sentences, offset)
  }
  index = { at, paragraph: (s) => byParagraph.get(s.paragraph) ?? [] }
  indexes.set(sentences, index)
  return index
}

/** A happening dated more than 31 days before the article: background, not news of the day. */
export function isHistorical(date: string | null, published: string | null): boolean {
  if (!date || !published) return false
  return Date.parse(published) - Date.parse(date) > 31 * 86_400_000
}
