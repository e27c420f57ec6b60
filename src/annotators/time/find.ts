/**
 * Finds and normalises time expressions: every rule proposes matches inside one sentence, the
 * longest wins (earlier rule on a tie), modifiers just before a match join it, and each value is
 * resolved against the DCT, the nearest tense cue and the last date mentioned (narrative anchor).
 */
import { lowerBound, spanAt } from '../../doc/spans.js'
import type { Timex } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { type Ymd, parseValue } from './calendar.js'
import { evaluate } from './normalize.js'
import { type Tense, type TimeResources, type TimeRule, loadTimeResources, lookupKey } from './resources.js'
import { type TenseCue, tenseAt, tenseCues } from './tense.js'
import { lowerSameLength, startsWord, wordMatchStarts } from './text.js'
import { presentTriggers } from './triggers.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const FIRST_LETTER_UPPER = /^[^\p{L}]*\p{Lu}/u

/** A timex plus the rule that found it (provenance for tests and debugging). */
export interface FoundTimex extends Timex { rule: string }

interface Candidate {
  start: number
  end: number
  rule: TimeRule
  order: number
  groups: Record<string, string | undefined>
  sentence: { start: number; end: number }
  tense: Tense
  /** The value with the anchor as it stood when the text was entered; recomputed for anchored rules. */
  value: string | null
}

/** Reads `YYYY-MM-DD` (optionally with a time) as the document creation day. */
export function parseDct(published: string | null): Ymd | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null
}

/** A sentence as `[start, end)` offsets into the text being searched. */
interface Bounds { start: number; end: number }


/**
 * Matches of every rule that lie inside one sentence and whose value computes, the longest first,
 * without overlaps. Rules run once over the whole text (a block of paragraphs), not once per
 * sentence: regex scans dominate the cost. A rule runs only when one of its trigger words is in
 * the text; a rule that starts with a list runs sticky where that list matches.
 */
function candidates(text: string, lower: string, sentences: Bounds[], res: TimeResources, ctx: { dct: Ymd | null; cues: (s: Bounds) => TenseCue[]; anchor: string | null }): Candidate[] {
  const out: Candidate[] = []
  const present = presentTriggers(lower, res.triggerRegex)
  // Offsets where leads occur, by source, each found once per text; a lead's offsets are the lists
  // of its sources (an offset in two lists gives a duplicate match, dropped as an overlap).
  const cache = new Map<string, number[]>()
  const cached = (key: string, find: () => number[]) => {
    let hit = cache.get(key)
    if (!hit) cache.set(key, (hit = find()))
    return hit
  }
  const positionsOf = (lead: string): number[][] => {
    const plan = res.leadPlans.get(lead)
    if (!plan) return [cached(`scan:${lead}`, () => wordMatchStarts(res.leads.get(lead)!, lower))]
    const lists = plan.words.map((w) => cached(`word:${w}`, () => (present.get(w) ?? []).filter((at) => startsWord(lower, at))))
    if (plan.numbers) lists.push(cached('numbers', () => wordMatchStarts(/\d/g, lower)))
    if (plan.short) lists.push(cached(`short:${plan.short.source}`, () => wordMatchStarts(plan.short!, lower)))
    return lists
  }
  const consider = (rule: TimeRule, order: number, m: RegExpExecArray) => {
    if (rule.options.has('cap') && !FIRST_LETTER_UPPER.test(text.slice(m.index, m.index + m[0].length))) return
    const end = m.index + m[0].length
    const sentence = spanAt(sentences, m.index)
    if (!sentence || end > sentence.end) return
    out.push({ start: m.index, end, rule, order, groups: m.groups ?? {}, sentence, tense: 'present', value: null })
  }
  res.rules.forEach((rule, order) => {
    if (rule.triggers && !rule.triggers.some((t) => present.has(t))) return
    if (rule.lead && rule.sticky) {
      for (const list of positionsOf(rule.lead)) {
        for (const at of list) {
          rule.sticky.lastIndex = at
          const m = rule.sticky.exec(lower)
          if (m && m[0].length > 0) consider(rule, order, m)
        }
      }
      return
    }
    // exec, not matchAll: matchAll clones the regex on every call, and a clone of a large
    // regex costs more than scanning a paragraph.
    const re = rule.regex
    re.lastIndex = 0
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      if (m[0].length === 0 || !startsWord(lower, m.index)) re.lastIndex = m.index + 1
      else consider(rule, order, m)
    }
  })
  out.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.order - b.order || a.start - b.start)
  // Kept matches in text order (they never overlap): the one kept match that can overlap a
  // candidate is the last one starting before the candidate ends.
  const kept: Candidate[] = []
  for (const c of out) {
    const lo = lowerBound(0, kept.length, (k) => kept[k]!.start < c.end)
    if (lo > 0 && kept[lo - 1]!.end > c.start) continue
    // Tense and value only for matches that would win; one whose value does not compute gives
    // way to the next longest.
    c.tense = tenseAt(ctx.cues(c.sentence), c.sentence, c.start, c.end)
    c.value = evaluate(c.rule.value, { dct: ctx.dct, anchor: ctx.anchor, tense: c.tense, group: (g) => groupValue(c, g) })
    if (c.value !== null) kept.splice(lo, 0, c)
  }
  return kept
}

function groupValue(c: Candidate, name: string): string | undefined {
  const raw = c.groups[name]
  if (raw === undefined) return undefined
  const key = lookupKey(raw)
  for (const table of c.rule.lookups.get(name) ?? []) {
    const hit = table.get(key)
    if (hit !== undefined) return hit
  }
  return raw
}

export interface FindOptions {
  /** The anchor carried over from earlier text; updated as dates are found. */
  anchor: { value: string | null }
  /** The sentences of the text, relative to it; the whole text is one sentence when absent. */
  sentences?: Bounds[]
}

/** Timexes of one stretch of text (a paragraph or a sentence) at `offset` in the article. */
export function findInText(text: string, offset: number, res: TimeResources, dct: Ymd | null, opts: FindOptions): FoundTimex[] {
  const sentences = opts.sentences ?? [{ start: 0, end: text.length }]
  // Rules and cues match lower-cased text (no case-insensitive regexes: they are much slower).
  const lower = lowerSameLength(text)
  const cueCache = new Map<Bounds, TenseCue[]>()
  const cues = (s: Bounds) => {
    let hit = cueCache.get(s)
    if (!hit) cueCache.set(s, (hit = tenseCues(lower.slice(s.start, s.end), res, s.start)))
    return hit
  }
  const found: FoundTimex[] = []
  let previousEnd = 0
  for (const c of candidates(text, lower, sentences, res, { dct, cues, anchor: opts.anchor.value })) {
    // Only anchored values can change as dates are found along the text.
    const value = c.rule.usesAnchor ? evaluate(c.rule.value, { dct, tense: c.tense, anchor: opts.anchor.value, group: (g) => groupValue(c, g) }) : c.value
    if (value === null) continue
    let start = c.start
    let mod = c.rule.mod?.startsWith('$') ? groupValue(c, c.rule.mod.slice(1)) ?? null : c.rule.mod
    const before = lower.slice(Math.max(previousEnd, c.sentence.start, start - 40), start)
    for (const m of res.modifiers) {
      if (!m.types.has(c.rule.type)) continue
      const hit = m.regex.exec(before)
      if (!hit) continue
      if (m.joins) start -= before.length - hit.index
      mod ??= m.mod
      break
    }
    previousEnd = c.end
    found.push({ start: offset + start, end: offset + c.end, text: text.slice(start, c.end), type: c.rule.type, value, mod, rule: c.rule.id })
    if (c.rule.type === 'DATE' && !c.rule.usesAnchor && parseValue(value)) opts.anchor.value = value
  }
  return found
}

/**
 * All timexes of a document, in text order. Consecutive paragraphs that share a language are
 * searched as one block (one regex scan per rule and block: per-call costs dominate on short
 * paragraphs); matches count only inside one sentence, so removed spans and sentence breaks are
 * never crossed.
 */
export function findTimexes(doc: Doc): FoundTimex[] {
  const found = timexesFrom(doc, parseDct(doc.article.published))
  // A text that states the date of its source ("… last week (source dated 15/02)", « source datée
  // du 15 février ») is told from that day: its relative expressions are resolved against it.
  const stated = found.find((t) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value ?? '') && statesSourceDate(doc, t))
  return stated ? timexesFrom(doc, parseDct(stated.value)) : found
}

/** True when the words right before `t` state the date of the text's source (`source-date.tsv`). */
export function statesSourceDate(doc: Doc, t: { start: number }): boolean {
  const res = loadTimeResources(doc.article.language)
  return res?.sourceDate != null && res.sourceDate.test(doc.article.text.slice(Math.max(0, t.start - 30), t.start).toLowerCase())
}

function timexesFrom(doc: Doc, dct: Ymd | null): FoundTimex[] {
  const fallback = loadTimeResources(doc.article.language)
  const anchor = { value: null as string | null }
  const out: FoundTimex[] = []
  let block: { res: TimeResources; sentences: Bounds[] } | null = null
  const flush = () => {
    if (!block) return
    const from = block.sentences[0]!.start
    const to = block.sentences[block.sentences.length - 1]!.end
    const relative = block.sentences.map((s) => ({ start: s.start - from, end: s.end - from }))
    out.push(...findInText(doc.article.text.slice(from, to), from, block.res, dct, { anchor, sentences: relative }))
    block = null
  }
  for (const s of doc.sentences) {
    const lang = doc.article.paragraphs[s.paragraph]?.language
    const res = (lang ? loadTimeResources(lang) : null) ?? fallback
    if (block && block.res !== res) flush()
    if (!res) continue
    block ??= { res, sentences: [] }
    block.sentences.push(s)
  }
  flush()
  return out
}
