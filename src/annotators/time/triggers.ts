/**
 * Trigger words: for a rule pattern, a small set of lower-case strings at least one of which every
 * match contains (a required literal word, or the words of a required list). A paragraph that
 * contains none of them cannot match, so the rule's regex is not run on it: regex scans are most of
 * the tagger's time and most rules cannot match most paragraphs. Derived from the pattern, never
 * written by hand; null (no gate) whenever the pattern is not simple enough to be sure.
 */

/** Sets larger than this are not worth checking before the regex. */
const MAX_TRIGGERS = 40
/** The trigger that stands for any digit. */
export const DIGIT = '#'

interface Sources { lists: Map<string, Iterable<string>>; macros: Map<string, string> }

/** Splits at `|` outside groups and classes. */
export function topLevelAlternatives(p: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!
    if (ch === '\\') { i++; continue }
    if (inClass) { if (ch === ']') inClass = false; continue }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) { out.push(p.slice(from, i)); from = i + 1 }
  }
  out.push(p.slice(from))
  return out
}

function optionalAt(p: string, i: number): boolean {
  return p[i] === '?' || p[i] === '*' || (p[i] === '{' && p[i + 1] === '0')
}

/** The end of the group opening at `i` (the index after its `)`). */
export function groupEnd(p: string, i: number): number {
  let depth = 0
  let inClass = false
  for (let j = i; j < p.length; j++) {
    const ch = p[j]!
    if (ch === '\\') { j++; continue }
    if (inClass) { if (ch === ']') inClass = false; continue }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return j + 1
  }
  return p.length
}

/**
 * How often a trigger set lets a text through, roughly: short words ("the", a digit) occur in
 * nearly every paragraph, longer ones seldom.
 */
function gateCost(words: string[]): number {
  return words.reduce((sum, w) => sum + (w === DIGIT ? 3 : w.length === 3 ? 2 : w.length === 4 ? 0.3 : 0.1), 0)
}

function firstWords(keys: Iterable<string>): string[] {
  return [...new Set([...keys].map((k) => k.split(/[\s'’-]/)[0]!.toLowerCase()).filter((w) => w !== ''))]
}

export function triggerWords(pattern: string, src: Sources, depth = 0): string[] | null {
  if (depth > 4) return null
  const alternatives = topLevelAlternatives(pattern)
  if (alternatives.length > 1) {
    const union = new Set<string>()
    for (const alt of alternatives) {
      const t = triggerWords(alt, src, depth + 1)
      if (!t) return null
      for (const w of t) union.add(w)
    }
    return union.size <= MAX_TRIGGERS ? [...union] : null
  }
  let best: string[] | null = null
  const offer = (t: string[] | null) => {
    // A trigger of one or two letters is inside nearly every text: no gate is as good.
    if (t && t.length > 0 && !t.some((w) => w.length < 3 && w !== DIGIT) && (!best || gateCost(t) < gateCost(best))) best = t
  }
  const p = pattern
  for (let i = 0; i < p.length;) {
    const ch = p[i]!
    if (ch === '(') {
      const end = groupEnd(p, i)
      const inner = p.slice(i, end)
      // Lookarounds and optional groups promise nothing; a plain group is searched inside.
      if (!optionalAt(p, end) && !/^\(\?<?[=!]/.test(inner)) offer(triggerWords(inner.replace(/^\((?:\?:|\?<[a-zA-Z]\w*>)?/, '').slice(0, -1), src, depth + 1))
      i = end
    } else if (ch === '%') {
      const m = /^%([a-z][a-z0-9]*)(?::[a-z][a-z0-9]*)?/i.exec(p.slice(i))!
      const end = i + (m?.[0].length ?? 1)
      if (m && !optionalAt(p, end)) {
        const list = src.lists.get(m[1]!)
        const macro = src.macros.get(m[1]!)
        offer(list ? firstWords(list) : macro !== undefined ? triggerWords(macro, src, depth + 1) : null)
      }
      i = end
    } else if (ch === '\\') {
      if (p[i + 1] === 'd' && !optionalAt(p, i + 2)) offer([DIGIT])
      // `\p{L}`: a property name is no word of the text.
      i = (p[i + 1] === 'p' || p[i + 1] === 'P') && p[i + 2] === '{' ? p.indexOf('}', i) + 1 || p.length : i + 2
    } else if (ch === '[') {
      i = groupEnd(p.replace(/\[/g, '(').replace(/\]/g, ')'), i)
    } else if (/\p{L}/u.test(ch)) {
      const word = /^\p{L}+/u.exec(p.slice(i))![0]
      const end = i + word.length
      // A quantifier binds only the last letter: the word minus that letter is still required.
      const required = optionalAt(p, end) ? word.slice(0, -1) : word
      if (required.length >= 2) offer([required.toLowerCase()])
      i = end
    } else {
      i++
    }
  }
  return best && (best as string[]).length <= MAX_TRIGGERS ? best : null
}

/**
 * Makes the rules' trigger sets prefix-free (a trigger that starts with another is replaced by the
 * shorter: a weaker gate, never a wrong one) and compiles one regex that finds them all, so a text
 * is scanned once for every trigger of every rule.
 */
export function indexTriggers(sets: (string[] | null)[], toSource: (words: string[]) => string): { sets: (string[] | null)[]; regex: RegExp } {
  const all = [...new Set(sets.flatMap((t) => t ?? []).filter((w) => w !== DIGIT))].sort((a, b) => a.length - b.length)
  const shortest = new Map<string, string>()
  const kept: string[] = []
  for (const w of all) {
    const prefix = kept.find((k) => w.startsWith(k))
    shortest.set(w, prefix ?? w)
    if (!prefix) kept.push(w)
  }
  return {
    sets: sets.map((t) => (t ? [...new Set(t.map((w) => shortest.get(w) ?? w))] : null)),
    regex: new RegExp(kept.length ? toSource(kept) : '(?!)', 'gu'),
  }
}

/** The triggers present in a lower-cased text, each with the offsets where it occurs. */
export function presentTriggers(lower: string, regex: RegExp): Map<string, number[]> {
  const present = new Map<string, number[]>()
  if (/\d/.test(lower)) present.set(DIGIT, [])
  regex.lastIndex = 0
  for (let m = regex.exec(lower); m !== null; m = regex.exec(lower)) {
    const at = present.get(m[0])
    if (at) at.push(m.index)
    else present.set(m[0], [m.index])
    // Triggers are prefix-free, so one match per position; overlapping ones start later.
    regex.lastIndex = m.index + 1
  }
  return present
}
