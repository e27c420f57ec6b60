/**
 * Finds and normalises time expressions sentence by sentence: every rule proposes matches, the
 * longest wins (earlier rule on a tie), modifiers just before a match join it, and each value is
 * resolved against the DCT, the sentence's tense and the last date mentioned (narrative anchor).
 */
import type { Timex } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { type Ymd, parseValue } from './calendar.js'
import { evaluate } from './normalize.js'
import { type Tense, type TimeResources, type TimeRule, loadTimeResources, lookupKey } from './resources.js'

/** A timex plus the rule that found it (provenance for tests and debugging). */
export interface FoundTimex extends Timex { rule: string }

interface Candidate { start: number; end: number; rule: TimeRule; order: number; groups: Record<string, string | undefined>; sentence: { start: number; end: number } }

/** Reads `YYYY-MM-DD` (optionally with a time) as the document creation day. */
export function parseDct(published: string | null): Ymd | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null
}

interface TenseCue { at: number; tense: Tense }

/** Where the sentence's verbs and time adverbs say past or future. */
export function tenseCues(text: string, res: TimeResources): TenseCue[] {
  const cues: TenseCue[] = []
  for (const cue of res.tense) {
    if (cue.tense === 'present') continue
    const re = cue.regex
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++
      else cues.push({ at: m.index + m[0].length / 2, tense: cue.tense })
    }
  }
  return cues
}

/**
 * The tense that governs an expression: the nearest cue's in its sentence ("officials said Friday
 * the talks will resume": Friday is past, not future); present when the sentence has none.
 */
export function tenseAt(cues: TenseCue[], sentence: { start: number; end: number }, start: number, end: number): Tense {
  let best: TenseCue | null = null
  let bestDistance = Infinity
  for (const c of cues) {
    if (c.at < sentence.start || c.at >= sentence.end || (c.at >= start && c.at <= end)) continue
    const d = c.at < start ? start - c.at : c.at - end
    if (d < bestDistance || (d === bestDistance && c.tense === 'future')) {
      best = c
      bestDistance = d
    }
  }
  return best?.tense ?? 'present'
}

/** A sentence as `[start, end)` offsets into the text being searched. */
interface Bounds { start: number; end: number }

/**
 * Matches of every rule that lie inside one sentence and whose value computes, the longest first,
 * without overlaps. Rules run once over the whole text (a paragraph), not once per sentence: the
 * regex scans dominate the cost, and one call per rule and paragraph halves their overhead.
 */
function candidates(text: string, sentences: Bounds[], res: TimeResources, ctx: { dct: Ymd | null; cues: TenseCue[]; anchor: string | null }): Candidate[] {
  const out: Candidate[] = []
  const lower = text.toLowerCase()
  // Many rules share trigger words (digits, month names): look each up once per text.
  const present = new Map<string, boolean>()
  const has = (w: string) => {
    let hit = present.get(w)
    if (hit === undefined) present.set(w, (hit = lower.includes(w)))
    return hit
  }
  res.rules.forEach((rule, order) => {
    if (rule.triggers && !rule.triggers.some(has)) return
    // exec, not matchAll: matchAll clones the regex on every call, and a clone of a large
    // regex costs more than scanning a paragraph.
    const re = rule.regex
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue }
      if (rule.options.has('cap') && !/^[^\p{L}]*\p{Lu}/u.test(m[0])) continue
      const end = m.index + m[0].length
      const sentence = sentences.find((b) => b.start <= m.index && m.index < b.end)
      if (!sentence || end > sentence.end) continue
      const c = { start: m.index, end, rule, order, groups: m.groups ?? {}, sentence }
      const tense = tenseAt(ctx.cues, sentence, c.start, c.end)
      if (evaluate(rule.value, { dct: ctx.dct, anchor: ctx.anchor, tense, group: (g) => groupValue(c, g) }) !== null) out.push(c)
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
  /** The anchor carried over from earlier text; updated as dates are found. */
  anchor: { value: string | null }
  /** The sentences of the text, relative to it; the whole text is one sentence when absent. */
  sentences?: Bounds[]
}

/** Timexes of one stretch of text (a paragraph or a sentence) at `offset` in the article. */
export function findInText(text: string, offset: number, res: TimeResources, dct: Ymd | null, opts: FindOptions): FoundTimex[] {
  const sentences = opts.sentences ?? [{ start: 0, end: text.length }]
  const cues = tenseCues(text, res)
  const found: FoundTimex[] = []
  let previousEnd = 0
  for (const c of candidates(text, sentences, res, { dct, cues, anchor: opts.anchor.value })) {
    const tense = tenseAt(cues, c.sentence, c.start, c.end)
    const value = evaluate(c.rule.value, { dct, tense, anchor: opts.anchor.value, group: (g) => groupValue(c, g) })
    if (value === null) continue
    let start = c.start
    let mod = c.rule.mod?.startsWith('$') ? groupValue(c, c.rule.mod.slice(1)) ?? null : c.rule.mod
    const before = text.slice(Math.max(previousEnd, c.sentence.start, start - 40), start)
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

/** All timexes of a document, in text order, found paragraph by paragraph within its sentences. */
export function findTimexes(doc: Doc): FoundTimex[] {
  const dct = parseDct(doc.article.published)
  const fallback = loadTimeResources(doc.article.language)
  const anchor = { value: null as string | null }
  const out: FoundTimex[] = []
  const byParagraph = new Map<number, Bounds[]>()
  for (const s of doc.sentences) {
    const list = byParagraph.get(s.paragraph) ?? []
    list.push(s)
    byParagraph.set(s.paragraph, list)
  }
  for (const [index, sentences] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const lang = doc.article.paragraphs[index]?.language
    const res = (lang ? loadTimeResources(lang) : null) ?? fallback
    if (!res) continue
    // Sentences of one paragraph are contiguous or separated by white space: search from the first to the last.
    const from = sentences[0]!.start
    const to = sentences[sentences.length - 1]!.end
    const relative = sentences.map((s) => ({ start: s.start - from, end: s.end - from }))
    out.push(...findInText(doc.article.text.slice(from, to), from, res, dct, { anchor, sentences: relative }))
  }
  return out
}
