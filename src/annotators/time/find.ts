/**
 * Finds and normalises time expressions sentence by sentence: every rule proposes matches, the
 * longest wins (earlier rule on a tie), modifiers just before a match join it, and each value is
 * resolved against the DCT, the sentence's tense and the last date mentioned (narrative anchor).
 */
import type { Timex } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { type Ymd, parseValue } from './calendar.js'
import { type EvalContext, evaluate } from './normalize.js'
import { type Tense, type TimeResources, type TimeRule, loadTimeResources, lookupKey } from './resources.js'

/** A timex plus the rule that found it (provenance for tests and debugging). */
export interface FoundTimex extends Timex { rule: string }

interface Candidate { start: number; end: number; rule: TimeRule; order: number; groups: Record<string, string | undefined> }

/** Reads `YYYY-MM-DD` (optionally with a time) as the document creation day. */
export function parseDct(published: string | null): Ymd | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null
}

export function sentenceTense(text: string, res: TimeResources): Tense {
  let past = false
  for (const cue of res.tense) {
    if (!cue.regex.test(text)) continue
    if (cue.tense === 'future') return 'future'
    if (cue.tense === 'past') past = true
  }
  return past ? 'past' : 'present'
}

/** Matches of every rule, keeping only those whose value computes, the longest first, without overlaps. */
function candidates(text: string, res: TimeResources, ctx: Omit<EvalContext, 'group'>): Candidate[] {
  const out: Candidate[] = []
  res.rules.forEach((rule, order) => {
    rule.regex.lastIndex = 0
    for (const m of text.matchAll(rule.regex)) {
      if (m[0].length === 0) continue
      if (rule.options.has('cap') && !/^[^\p{L}]*\p{Lu}/u.test(m[0])) continue
      const c = { start: m.index, end: m.index + m[0].length, rule, order, groups: m.groups ?? {} }
      if (evaluate(rule.value, { ...ctx, group: (g) => groupValue(c, g) }) !== null) out.push(c)
    }
  })
  out.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.order - b.order || a.start - b.start)
  const kept: Candidate[] = []
  for (const c of out) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c)
  return kept.sort((a, b) => a.start - b.start)
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
  /** The anchor carried over from earlier sentences; updated as dates are found. */
  anchor: { value: string | null }
}

/** Timexes of one stretch of text (a sentence) at `offset` in the article. */
export function findInText(text: string, offset: number, res: TimeResources, dct: Ymd | null, opts: FindOptions): FoundTimex[] {
  const tense = sentenceTense(text, res)
  const found: FoundTimex[] = []
  let previousEnd = 0
  for (const c of candidates(text, res, { dct, tense, anchor: opts.anchor.value })) {
    const value = evaluate(c.rule.value, { dct, tense, anchor: opts.anchor.value, group: (g) => groupValue(c, g) })
    if (value === null) continue
    let start = c.start
    let mod = c.rule.mod?.startsWith('$') ? groupValue(c, c.rule.mod.slice(1)) ?? null : c.rule.mod
    const before = text.slice(Math.max(previousEnd, start - 40), start)
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
    if (c.rule.type === 'DATE' && parseValue(value)) opts.anchor.value = value
  }
  return found
}

/** All timexes of a document, in text order. Sentences in a language without time resources use the article's. */
export function findTimexes(doc: Doc): FoundTimex[] {
  const dct = parseDct(doc.article.published)
  const fallback = loadTimeResources(doc.article.language)
  const opts: FindOptions = { anchor: { value: null } }
  const out: FoundTimex[] = []
  for (const s of doc.sentences) {
    const lang = doc.article.paragraphs[s.paragraph]?.language
    const res = (lang ? loadTimeResources(lang) : null) ?? fallback
    if (!res) continue
    out.push(...findInText(doc.article.text.slice(s.start, s.end), s.start, res, dct, opts))
  }
  return out
}
