/**
 * Deciding which candidates are place mentions. Each rule is a principle of the writing system,
 * not a list of known failures: a capital is evidence only where capitals are not automatic
 * (sentence starts, Title Case headlines); a name glued to other capitalised words is part of a
 * longer name (a person, a newspaper); a title before a name makes it a person; a word the
 * document also uses in lower case, or a frequent word of the language, needs a locative cue.
 */
import type { Doc } from '../../pipeline/annotator.js'
import type { Token } from '../../doc/schema.js'
import { foldName } from '../../kb/gazetteer/index.js'
import { isCapitalized, type Candidate } from './find.js'
import type { PlaceResources } from './resources.js'

export type Verdict = { ok: true } | { ok: false; reason: string }

export interface JudgeContext {
  text: string
  tokens: readonly Token[]
  res: PlaceResources
  /** Folded words the document writes in lower case somewhere. */
  lowerWords: Set<string>
  /** Person mentions from an earlier stage, when there are any. */
  persons: { start: number; end: number }[]
}

export function judgeContext(doc: Doc, res: PlaceResources): JudgeContext {
  const text = doc.article.text
  const lowerWords = new Set<string>()
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue
    const w = text.slice(t.start, t.end)
    if (/^\p{Ll}/u.test(w)) lowerWords.add(foldName(w))
  }
  const persons = doc.mentions.filter((m) => m.kind === 'person' || m.nerType === 'PER')
  return { text, tokens: doc.tokens, res, lowerWords, persons }
}

/** Judges every candidate; names seen as parts of person names are refused later in the document too. */
export function judgeCandidates(cands: Candidate[], ctx: JudgeContext): { cand: Candidate; verdict: Verdict }[] {
  const first = cands.map((c) => ({ cand: c, verdict: judge(c, ctx) }))
  const personNames = new Set(first.filter((x) => !x.verdict.ok && x.verdict.reason === 'name-part').map((x) => x.cand.key))
  return first.map((x) => (x.verdict.ok && personNames.has(x.cand.key) && !x.cand.cueBefore && !isMajor(x.cand) ? { cand: x.cand, verdict: { ok: false, reason: 'person-name-elsewhere' } } : x))
}

/** Countries, first-level areas and news regions: names a writer uses bare. */
function isMajor(c: Candidate): boolean {
  return c.entries.some((e) => e.kind === 'country' || e.kind === 'region' || (e.kind === 'admin1' && e.population > 500_000))
}

function judge(c: Candidate, ctx: JudgeContext): Verdict {
  const { text, tokens, res } = ctx
  if (ctx.persons.some((p) => p.start < c.end && c.start < p.end)) return { ok: false, reason: 'in-person-mention' }
  const word = (i: number) => {
    const t = tokens[i]
    return t && t.kind === 'word' ? text.slice(t.start, t.end) : null
  }
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start)
  const surface = text.slice(c.start, c.end)
  const singleWord = !c.key.includes(' ')
  if (res.demonyms.has(c.key)) return { ok: false, reason: 'demonym' }

  const prevIdx = c.first - 1
  const prev = prevIdx >= 0 && tokens[prevIdx]!.end > 0 ? word(prevIdx) : null
  const prevTitle = prevIdx >= 0 ? foldName(text.slice(tokens[prevIdx]!.start, tokens[prevIdx]!.end)).replace(/\.$/, '') : ''
  if (prevIdx >= 0 && res.cues.title.includes(prevTitle) && /^ ?$/.test(gap(prevIdx, c.first)) && !c.cueBefore) return { ok: false, reason: 'title' }
  // "M." is a period token pair in some tokenisers: look one further back.
  if (prevIdx >= 1 && text.slice(tokens[prevIdx]!.start, tokens[prevIdx]!.end) === '.' && res.cues.title.includes(foldName(word(prevIdx - 1) ?? ''))) return { ok: false, reason: 'title' }

  const next = word(c.last + 1)
  const glued = (a: number, b: number) => /^ ?$/.test(gap(a, b))
  const capitalWord = (w: string | null) => w !== null && isCapitalized(w) && !ctx.res.commonWords.has(foldName(w)) && !res.cues.admin.includes(w.toLowerCase())
  if (!c.titleCase) {
    if (prev && glued(prevIdx, c.first) && capitalWord(prev) && !c.cueBefore && !isCue(prev, res)) return { ok: false, reason: 'name-part' }
    if (next && glued(c.last, c.last + 1) && capitalWord(next)) return { ok: false, reason: 'name-head' }
  }

  const allCaps = /^[\p{Lu}.]+$/u.test(surface) && surface.length <= 4
  const common = singleWord && !allCaps && (res.commonWords.has(c.key) || ctx.lowerWords.has(c.key))
  if (common) {
    if (c.sentenceInitial || c.titleCase) return { ok: false, reason: 'common-word-unmarked' }
    if (!c.cueBefore && !isMajor(c)) return { ok: false, reason: 'common-word-no-cue' }
  }
  return { ok: true }
}

function isCue(w: string, res: PlaceResources): boolean {
  const lw = w.toLowerCase()
  return res.cues.before.includes(lw) || res.cues.near.includes(lw)
}
