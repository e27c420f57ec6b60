/**
 * Lists of other articles' headlines glued into a paragraph: a page flattened to one line keeps its
 * "Related" box where it stood, before the lead ("… Views 729 Related <headline> <headline> A car
 * bomb killed 31 …"), in the middle ("… Read also <headline> The opposition fighters launched …")
 * or after the last sentence ("… Source AFP Related News <headline> | <headline> Category News …").
 * Each headline would otherwise be read as a happening of the article. Only part of the paragraph is
 * furniture, so the list becomes a removed span inside it, as a tag list does (`tags.ts`).
 *
 * A list opens at a heading of `resources/<lang>/boilerplate/related.tsv` written before a
 * capitalised word, a number or a quotation mark. Headlines carry no final period, so where the list
 * ends is read from the shape of what follows:
 * - after a list's heading ("Related News", not "Read also": kinds `list` and `link`) in the page's
 *   tail (the paragraph is the last kept one, what follows the heading is shorter than what
 *   precedes it, and it does not end as prose ends, with a sentence's final punctuation, nor holds
 *   more than one sentence end in 15 words), the list runs to the paragraph's end or to a removed
 *   span (a tag list) inside it;
 * - elsewhere, it ends where the lead starts: at a word that opens a sentence (the openers of
 *   tags.tsv: "A", "The", "At least", "In"; not a number, which headlines often start with) written
 *   with a capital and followed within three words by a lower-case word that is no function word
 *   (a Title Case headline's "Leaves At Least 25 Dead" goes on in capitals), not right after a
 *   separator ("|"); or before a quotation mark. A sentence's end (a period) reached first means the
 *   words were prose, and nothing is removed.
 * Language-neutral: the words come from `related.tsv` and `tags.tsv`.
 */
import type { Paragraph, RemovedSpan } from '../../doc/schema.js'
import { loadRelatedResources, type RelatedResources } from './rules.js'
import { openerAt, trimEnd } from './tags.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const TOKEN = /([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)|([.!?…])|(["“”«»„])|([|•·])/gu
const CAPITAL = /^\p{Lu}/u
const LOWER = /^\p{Ll}/u
const NUMBER = /^\p{N}/u
const DIGIT = /\p{N}/u
const PROSE_END = /[.!?…]["”»’')\]]*$/u

/** Most words a list before a lead may hold (four or five headlines). */
const MAX_RUN_WORDS = 100
/** Words the lead's sentence shows a lower-case word within, after its opener. */
const LOWER_WITHIN = 3
/** In the tail, at most one sentence end per this many words (a few headlines end with "?"). */
const WORDS_PER_END = 15

interface Token {
  start: number
  end: number
  kind: 'word' | 'end' | 'quote' | 'separator'
  text: string
}

function tokens(text: string, from: number, to: number, maxWords: number): Token[] {
  const out: Token[] = []
  let words = 0
  TOKEN.lastIndex = from
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const kind = m[1] ? 'word' : m[2] ? 'end' : m[3] ? 'quote' : 'separator'
    out.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0] })
    if (kind === 'word' && ++words > maxWords) break
  }
  return out
}

/**
 * A period or an ellipsis that ends a sentence: not inside a number ("2.5") nor after one letter
 * ("U.S."). A question or an exclamation mark ends a headline as well as a sentence ("Will the
 * talks end the war?"), so it tells nothing.
 */
function endsSentence(text: string, toks: readonly Token[], k: number): boolean {
  const t = toks[k]!
  if (t.text === '?' || t.text === '!') return false
  if (t.text !== '.') return true
  const prev = toks[k - 1]
  if (!prev || prev.kind !== 'word' || prev.end !== t.start || prev.text.length < 2) return false
  return !DIGIT.test(text[t.end] ?? '')
}

/**
 * Word `k` opens the lead: a capitalised opener that running text, not a Title Case headline, goes
 * on from; not right after a separator, which opens the next headline ("… violations | The global
 * gag rule").
 */
function opensLead(text: string, toks: readonly Token[], k: number, res: RelatedResources): boolean {
  const t = toks[k]!
  if (!CAPITAL.test(t.text) || NUMBER.test(t.text) || toks[k - 1]?.kind === 'separator') return false
  const opener = openerAt(text, t.start, res)
  if (!opener) return false
  const after = t.start + opener.length
  let seen = 0
  for (let j = k; j < toks.length && seen < LOWER_WITHIN; j++) {
    const w = toks[j]!
    if (w.kind !== 'word') return false
    if (w.start < after) continue
    seen++
    if (LOWER.test(w.text) && !res.stops.has(w.text.toLowerCase())) return true
  }
  return false
}

/** Where the lead starts after a list opened at `from`, or -1 when no lead is told before prose or the limit. */
function leadStart(text: string, from: number, to: number, res: RelatedResources): number {
  const toks = tokens(text, from, to, MAX_RUN_WORDS)
  let words = 0
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!
    if (t.kind === 'end') {
      if (endsSentence(text, toks, k)) return -1
      continue
    }
    if (t.kind === 'quote') return words > 0 ? t.start : -1
    if (t.kind === 'separator') continue
    if (words > 0 && opensLead(text, toks, k, res)) return t.start
    if (++words > MAX_RUN_WORDS) return -1
  }
  return -1
}

/** What follows a list's heading is the page's tail of headlines and furniture, not prose. */
function isTail(text: string, heading: number, from: number, to: number, p: Paragraph, lastKept: boolean): boolean {
  if (!lastKept || to - from >= heading - p.start) return false
  const rest = text.slice(from, to).trim()
  if (rest === '' || PROSE_END.test(rest)) return false
  const toks = tokens(text, from, to, Infinity)
  const words = toks.filter((t) => t.kind === 'word').length
  const ends = toks.filter((t, k) => t.kind === 'end' && endsSentence(text, toks, k)).length
  return ends * WORDS_PER_END <= words
}

/**
 * The headline lists glued into the paragraphs not yet removed, as removed spans with the reason
 * `cross-link`; `known` are the spans already removed inside paragraphs (tag lists), where a list ends.
 */
export function findRelatedLists(text: string, paragraphs: readonly Paragraph[], articleLang: string, removed: ReadonlySet<number>, known: readonly RemovedSpan[]): RemovedSpan[] {
  const out: RemovedSpan[] = []
  let lastKept = -1
  paragraphs.forEach((_, i) => {
    if (!removed.has(i)) lastKept = i
  })
  paragraphs.forEach((p, i) => {
    if (removed.has(i)) return
    const langs = p.language && p.language !== articleLang ? [articleLang, p.language] : [articleLang]
    const para = text.slice(p.start, p.end)
    let done = 0
    for (const res of langs.map(loadRelatedResources)) {
      if (!res.heading) continue
      res.heading.lastIndex = done
      for (let m = res.heading.exec(para); m !== null; m = res.heading.exec(para)) {
        const at = p.start + m.index
        const from = at + m[0].length
        if (known.some((s) => s.start <= at && at < s.end)) continue
        const limit = known.reduce((e, s) => (s.start >= from && s.start < e ? s.start : e), p.end)
        const list = res.lists.has(m[1]!.replace(/\s+/gu, ' '))
        const found = list && isTail(text, at, from, limit, p, i === lastKept) ? limit : leadStart(text, from, limit, res)
        if (found <= from) continue
        const end = trimEnd(text, from, found)
        out.push({ start: at, end, reason: 'cross-link', rule: `related ${res.where}` })
        res.heading.lastIndex = done = end - p.start
      }
    }
  })
  return out
}
