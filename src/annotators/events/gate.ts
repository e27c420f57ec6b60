/**
 * Skipping sentences a word pattern cannot match in. Resource patterns are compiled as
 * `WORD_START (?:body) WORD_END` (see resources.ts); the boundary lookbehind makes the regex
 * engine try every offset of every sentence. The body alone is searched in the whole text
 * instead, which the engine can do by the body's letters: any match inside a sentence has its body
 * matching the whole text at the same offset, so a sentence that ends before the body's next start
 * cannot match, and its scan is skipped without changing what is found.
 */
import { WORD_START } from './resources.js'

/** Back-references may name a group inside a lookaround that `relax` drops. */
const BACKREF = /\\(?:[1-9]|k<)/

/**
 * The body less its assertions (lookarounds, anchors, word boundaries), which read past a
 * sentence's ends: without them it matches wherever the body matches, in any context. Null when
 * the source holds a back-reference.
 */
export function relax(body: string): string | null {
  if (BACKREF.test(body)) return null
  let out = ''
  let i = 0
  while (i < body.length) {
    const c = body[i]!
    if (c === '\\') {
      const e = body.slice(i, i + 2)
      if (e !== '\\b' && e !== '\\B') out += e
      i += 2
    } else if (c === '[') {
      const end = classEnd(body, i)
      out += body.slice(i, end)
      i = end
    } else if (c === '^' || c === '$') {
      i++
    } else if (body.startsWith('(?=', i) || body.startsWith('(?!', i) || body.startsWith('(?<=', i) || body.startsWith('(?<!', i)) {
      i = groupEnd(body, i)
    } else {
      out += c
      i++
    }
  }
  return out
}

/** Index just past the character class that opens at `i`. */
function classEnd(s: string, i: number): number {
  let j = i + 1
  if (s[j] === '^') j++
  if (s[j] === ']') j++
  while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1
  return j + 1
}

/**
 * Walks a pattern source from `i`, stepping over escapes and character classes, and calls `at` with
 * every other character's index and the group depth before it, until `at` says stop: that index,
 * or -1 when it never does.
 */
function walkSource(s: string, i: number, at: (j: number, depth: number) => boolean): number {
  let depth = 0
  let j = i
  while (j < s.length) {
    const c = s[j]!
    if (c === '\\') j += 2
    else if (c === '[') j = classEnd(s, j)
    else {
      if (at(j, depth)) return j
      if (c === '(') depth++
      else if (c === ')') depth--
      j++
    }
  }
  return -1
}

/** Index just past the group that opens at `i`. */
function groupEnd(s: string, i: number): number {
  const close = walkSource(s, i, (j, depth) => s[j] === ')' && depth === 1)
  return close < 0 ? s.length : close + 1
}

/**
 * The body with every alternative that can open a match stripped of its leading unbounded
 * repetitions (`[^\n]*`, `.+`, `\s{2,}`…): searched in the whole text from an offset, such an
 * alternative makes the engine read to the end of the line from every offset, quadratic in a long
 * line. The stripped body matches at or after the start of any match of the body, never past the
 * rest of it, so it still gates sentences; `stripped` says where a scan may begin is then the
 * sentence start, not the stripped body's start.
 */
export function stripLeadingRepeats(body: string): { source: string; stripped: boolean } {
  let stripped = false
  const alternatives = splitAlternatives(body).map((alt) => {
    let a = alt
    for (;;) {
      const atom = atomEnd(a, 0)
      const rep = atom > 0 ? /^(?:[*+]|\{\d+,\})\??/.exec(a.slice(atom)) : null
      if (!rep) break
      a = a.slice(atom + rep[0].length)
      stripped = true
    }
    // A group that opens the alternative, unrepeated: its own alternatives open the match too.
    const open = /^\((?:\?:|\?<[A-Za-z_]\w*>)?/.exec(a)
    if (open && (open[0].length > 1 || a[1] !== '?')) {
      const end = groupEnd(a, 0)
      if (end <= a.length && !/^[*+?{]/.test(a.slice(end))) {
        const inner = stripLeadingRepeats(a.slice(open[0].length, end - 1))
        if (inner.stripped) {
          stripped = true
          a = `${open[0]}${inner.source})${a.slice(end)}`
        }
      }
    }
    return a
  })
  return { source: alternatives.join('|'), stripped }
}

/** The top-level alternatives of a pattern source. */
function splitAlternatives(s: string): string[] {
  const out: string[] = []
  let from = 0
  walkSource(s, 0, (j, depth) => {
    if (s[j] === '|' && depth === 0) {
      out.push(s.slice(from, j))
      from = j + 1
    }
    return false
  })
  out.push(s.slice(from))
  return out
}

/** Index just past the single-character atom (class, escape, dot, literal) at `i`; 0 when none is there. */
function atomEnd(s: string, i: number): number {
  const c = s[i]
  if (c === undefined || c === '(' || c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') return 0
  if (c === '[') return classEnd(s, i)
  if (c === '\\') return /^\\[pPu]\{/.test(s.slice(i)) ? s.indexOf('}', i) + 1 : i + 2
  return i + 1
}

interface Probe {
  body: RegExp
  /** The body was stripped of leading repetitions: a scan begins at the sentence start. */
  anywhere: boolean
  text: string | null
  /** The body's leftmost start at or after `from` in `text` (text.length when none). */
  from: number
  next: number
}

const probes = new WeakMap<RegExp, Probe | null>()

function probeOf(pattern: RegExp): Probe | null {
  let probe = probes.get(pattern)
  if (probe === undefined) {
    const src = pattern.source
    // Word patterns end with WORD_END, stems (compileStems) do not; relax drops it either way.
    const body = src.startsWith(WORD_START) ? relax(src.slice(WORD_START.length)) : null
    const lean = body === null ? null : stripLeadingRepeats(body)
    const re = lean === null ? null : compile(lean.source, searchFlags(pattern.flags))
    probe = re === null ? null : { body: re, anywhere: lean!.stripped, text: null, from: 0, next: 0 }
    probes.set(pattern, probe)
  }
  return probe
}

/** Null when dropping the assertions left a quantifier with nothing to repeat: no gate then. */
function compile(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags)
  } catch {
    return null
  }
}

/** A global search from any offset: a sticky body would only look at the offset itself. */
function searchFlags(flags: string): string {
  const f = flags.replace('y', '')
  return f.includes('g') ? f : `${f}g`
}

/**
 * The earliest offset in `text` where `pattern` (built by compileWords or compileStems) may
 * match inside `text.slice(start, end)`, or null when it cannot match there: a scan of the
 * sentence may begin at that offset. Calls in order of `start` over one text cost about one
 * search of the text per pattern.
 */
export function firstStart(pattern: RegExp, text: string, start: number, end: number): number | null {
  const probe = probeOf(pattern)
  if (probe === null) return start
  if (probe.text !== text || start < probe.from || start > probe.next) {
    probe.body.lastIndex = start
    probe.text = text
    probe.from = start
    probe.next = probe.body.exec(text)?.index ?? text.length
  }
  if (probe.next >= end) return null
  return probe.anywhere ? start : probe.next
}

/** False only when `pattern` (compileWords or compileStems) has no match in `text.slice(start, end)`. */
export function mayMatch(pattern: RegExp, text: string, start: number, end: number): boolean {
  return firstStart(pattern, text, start, end) !== null
}
