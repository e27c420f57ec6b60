/**
 * Skipping sentences a word pattern cannot match in. Resource patterns are compiled as
 * `WORD_START (?:body) WORD_END` (see resources.ts); the boundary lookbehind makes the regex
 * engine try every offset of every sentence. The body alone is searched in the whole text
 * instead, which the engine can do by the body's letters: any match inside a sentence has its body
 * matching the whole text at the same offset, so a sentence that ends before the body's next start
 * cannot match, and its scan is skipped without changing what is found.
 */
import type { Span } from '../../doc/schema.js'
import { WORD_START } from './resources.js'
import { lowerBound } from '../../doc/spans.js'
import { exactChar, trieRegexSource } from '../time/trie-regex.js'
import { wordsCache } from './gate-cache.js'

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
  const words = wordGate(pattern, text, start, end)
  if (words !== undefined) return words ? start : null
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

/*
 * Word gates. Most patterns cannot match without one of a few literal words ("frappe", "raid",
 * "bombardement"): the words of every pattern of a resource set are found in a text by one scan
 * of one regex, and a sentence holding none of a pattern's words is skipped without a scan of
 * that pattern at all (the probe above still scans the text once per pattern).
 */

/** Words shorter than this occur in nearly every sentence: they make no gate. */
const MIN_WORD = 3
/** A pattern needing one of more words than this gets no word gate (the probe gates it). */
const MAX_WORDS = 60

/**
 * Characters a required word may hold: on them, case-insensitive Unicode matching (`/iu`) and
 * `toLowerCase` agree (gate.test.ts checks every pair), so lower-cased words and the lower-cased
 * text of a match compare as the regex does.
 */
export function safeChar(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || (c >= 0xc0 && c <= 0x17e && c !== 0x130 && c !== 0x131)
}

type Node =
  | { kind: 'char'; ch: string; min: number; max: number }
  | { kind: 'group'; alternatives: Node[][]; min: number; max: number }
  | { kind: 'other'; min: number; max: number }
  /** A class of a few plain characters (`[ée]`). */
  | { kind: 'class'; chars: string[]; min: number; max: number }
  /** Zero-width: lookarounds, anchors, word boundaries. */
  | { kind: 'assert' }

/** Parses the alternatives of a pattern source from `i` up to the `)` closing its group (or the end). */
function parseAlternatives(s: string, i: number): { alternatives: Node[][]; next: number } {
  const alternatives: Node[][] = [[]]
  while (i < s.length && s[i] !== ')') {
    if (s[i] === '|') {
      alternatives.push([])
      i++
      continue
    }
    const items = alternatives[alternatives.length - 1]!
    let node: Node
    const c = s[i]!
    if (c === '(') {
      const look = /^\(\?<?[=!]/.test(s.slice(i, i + 4))
      const open = /^\((?:\?:|\?<[A-Za-z_]\w*>)?/.exec(s.slice(i))![0]
      const inner = parseAlternatives(s, i + (look ? (s[i + 2] === '<' ? 4 : 3) : open.length))
      if (s[inner.next] !== ')') throw new Error('unbalanced group')
      i = inner.next + 1
      node = look ? { kind: 'assert' } : { kind: 'group', alternatives: inner.alternatives, min: 1, max: 1 }
    } else if (c === '[') {
      const end = classEnd(s, i)
      if (end > s.length) throw new Error('unclosed class')
      const body = s.slice(i + 1, end - 1)
      i = end
      node = /^[^\\\]\-^[]+$/.test(body) ? { kind: 'class', chars: [...body], min: 1, max: 1 } : { kind: 'other', min: 1, max: 1 }
    } else if (c === '\\') {
      const e = s[i + 1]
      if (e === undefined) throw new Error('trailing backslash')
      if (e === 'b' || e === 'B') {
        node = { kind: 'assert' }
        i += 2
      } else if (/[.*+?^${}()|[\]\\/\-'’"«» ,;:!&#%=<>@~`]/.test(e)) {
        node = { kind: 'char', ch: e, min: 1, max: 1 }
        i += 2
      } else {
        // Classes (\s, \d, \p{…}), code-unit escapes, back-references: no literal word.
        const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|\d+|.)/.exec(s.slice(i))!
        node = { kind: 'other', min: 1, max: 1 }
        i += m[0].length
      }
    } else if (c === '^' || c === '$') {
      node = { kind: 'assert' }
      i++
    } else if (c === '.') {
      node = { kind: 'other', min: 1, max: 1 }
      i++
    } else if ('*+?{'.includes(c)) {
      throw new Error('quantifier without atom')
    } else {
      node = { kind: 'char', ch: c, min: 1, max: 1 }
      i++
    }
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(s.slice(i))
    if (q) {
      if (node.kind === 'assert') throw new Error('quantified assertion')
      i += q[0].length
      if (q[1]) {
        node.min = q[1] === '+' ? 1 : 0
        node.max = q[1] === '?' ? 1 : Infinity
      } else {
        node.min = Number(q[2])
        node.max = q[3] ? (q[4] ? Number(q[4]) : Infinity) : node.min
      }
    }
    items.push(node)
  }
  return { alternatives, next: i }
}

/** Words of which every match holds at least one; null when none can be named. */
function wordsOfAlternatives(alternatives: Node[][]): Set<string> | null {
  const union = new Set<string>()
  for (const items of alternatives) {
    const words = wordsOfSequence(items)
    if (!words) return null
    for (const w of words) union.add(w)
  }
  const reduced = prefixFree(union)
  return reduced.size <= MAX_WORDS ? reduced : null
}

/** Drops every word that starts with another of the set: holding it means holding the shorter one. */
function prefixFree(words: Iterable<string>): Set<string> {
  const kept: string[] = []
  for (const w of [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some((k) => w.startsWith(k))) kept.push(w)
  }
  return new Set(kept)
}

/** How often a word set lets a sentence through, roughly: short words are everywhere. */
function gateCost(words: Set<string>): number {
  let cost = 0
  for (const w of words) cost += w.length === 3 ? 3 : w.length === 4 ? 1 : 0.3
  return cost
}

/** Literal strings a match of the sequence may be, lower-cased; null when it is not a short finite list of them. */
function finiteStrings(items: Node[]): Set<string> | null {
  let out = new Set([''])
  for (const node of items) {
    if (node.kind === 'assert') continue
    let next: Set<string> | null = null
    if (node.kind === 'char' && node.max === 1 && safeChar(node.ch.charCodeAt(0))) next = new Set([node.ch.toLowerCase()])
    else if (node.kind === 'class' && node.max === 1 && node.chars.every((c) => safeChar(c.charCodeAt(0)))) next = new Set(node.chars.map((c) => c.toLowerCase()))
    else if (node.kind === 'group' && node.max === 1) {
      next = new Set()
      for (const alt of node.alternatives) {
        const f = finiteStrings(alt)
        if (!f) return null
        for (const x of f) next.add(x)
      }
    }
    if (!next || node.kind === 'other') return null
    if (node.min === 0) next.add('')
    const product = new Set<string>()
    for (const a of out) for (const b of next) product.add(a + b)
    if (product.size > MAX_WORDS) return null
    out = product
  }
  return out
}

function wordsOfSequence(items: Node[]): Set<string> | null {
  let best: Set<string> | null = null
  const offer = (found: Set<string> | null) => {
    const words = found && prefixFree(found)
    if (words && words.size > 0 && words.size <= MAX_WORDS && [...words].every((w) => w.length >= MIN_WORD) && (!best || gateCost(words) < gateCost(best))) best = words
  }
  // The strings the stretch of literal items read so far may be: each is inside every match.
  let run = new Set([''])
  const endRun = () => {
    offer(run)
    run = new Set([''])
  }
  for (const node of items) {
    if (node.kind === 'assert') continue
    const f = node.kind === 'other' ? null : finiteStrings([{ ...node, max: 1, min: Math.min(node.min, 1) }])
    if (f) {
      // The item alone is in every match too, when it cannot be left out.
      if (node.min >= 1) offer(f)
      const product = new Set<string>()
      for (const a of run) for (const b of f) product.add(a + b)
      if (product.size > MAX_WORDS) {
        endRun()
        run = f
      } else run = product
      // Repeated: read once, and what follows need not be next to it.
      if (node.max !== 1) endRun()
      continue
    }
    endRun()
    if (node.kind === 'group' && node.min >= 1) offer(wordsOfAlternatives(node.alternatives))
  }
  endRun()
  return best
}

/**
 * Lower-case words at least one of which is inside every match of the pattern source (in the
 * match itself: lookarounds are passed over), each at least three characters long; null when the
 * source does not name such words.
 */
export function requiredWords(source: string): string[] | null {
  try {
    const { alternatives, next } = parseAlternatives(source, 0)
    if (next !== source.length) return null
    const words = wordsOfAlternatives(alternatives)
    return words && words.size > 0 ? [...words] : null
  } catch {
    return null
  }
}

interface WordFamily {
  /** Finds every key word, case-insensitively, at most one per offset (the keys are prefix-free). */
  regex: RegExp
  keyIndex: Map<string, number>
  keys: string[]
  /** For each key, the gates of the patterns that require it. */
  gatesOf: WordGate[][]
  text: string | null
  /** Offsets of each key found in `text` (undefined for a key not found); null when a match did not lower-case to its key (the gate is off). */
  offsets: (number[] | undefined)[] | null
  /** The keys found in `text`, in order of first offset. */
  found: number[]
  /** Counts the texts scanned, so a gate knows whether its `hits` are of this text. */
  scan: number
}

interface WordGate {
  family: WordFamily
  keys: number[]
  /** The keys of this pattern found in the family's text, when `hitScan` is the family's `scan`. */
  hits: number[]
  hitScan: number
  /** The text `starts` and `ends` are of (null: not built yet). */
  text: string | null
  /** Offsets and ends of this pattern's words in `text`, in order of offset. */
  starts: number[]
  ends: number[]
}

const wordGates = new WeakMap<RegExp, WordGate>()

/**
 * Gives `patterns` (built by compileWords or compileStems, case-insensitive or not) word gates,
 * found in a text by one shared scan; a pattern whose words cannot be named keeps the probe.
 */
export function registerWordGates(patterns: readonly RegExp[]): void {
  const wordsOf = new Map<RegExp, string[]>()
  const cache = wordsCache()
  for (const p of patterns) {
    if (wordGates.has(p) || !p.source.startsWith(WORD_START)) continue
    const body = p.source.slice(WORD_START.length)
    let words = cache.get(body)
    if (words === undefined) {
      words = requiredWords(body)
      cache.set(body, words)
    }
    if (words) wordsOf.set(p, words)
  }
  cache.save()
  if (wordsOf.size === 0) return
  // Prefix-free: a word that starts with a shorter one is replaced by it (a weaker gate, never a wrong one).
  const all = [...new Set([...wordsOf.values()].flat())].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  const keys: string[] = []
  const keySet = new Set<string>()
  const keyOf = new Map<string, string>()
  for (const w of all) {
    // The keys are prefix-free, so at most one is a prefix of w: asked by w's own prefixes, shortest
    // first, not by a scan of every key per word.
    let prefix: string | undefined
    for (let len = 1; len <= w.length && prefix === undefined; len++) if (keySet.has(w.slice(0, len))) prefix = w.slice(0, len)
    keyOf.set(w, prefix ?? w)
    if (!prefix) {
      keys.push(w)
      keySet.add(w)
    }
  }
  const family: WordFamily = {
    regex: new RegExp(trieRegexSource(keys, exactChar), 'giu'),
    keyIndex: new Map(keys.map((k, i) => [k, i])),
    keys,
    gatesOf: keys.map(() => []),
    text: null,
    offsets: null,
    found: [],
    scan: 0,
  }
  for (const [p, words] of wordsOf) {
    const gate: WordGate = { family, keys: [...new Set(words.map((w) => family.keyIndex.get(keyOf.get(w)!)!))], hits: [], hitScan: -1, text: null, starts: [], ends: [] }
    for (const k of gate.keys) family.gatesOf[k]!.push(gate)
    wordGates.set(p, gate)
  }
}

/**
 * The offsets of the family's keys in `text`, by key; null when the gate is off for this text. Each
 * gate of a key found is given that key (`hits`), so a pattern none of whose words is in the text
 * costs nothing, rather than a look at each of its words.
 */
function familyOffsets(family: WordFamily, text: string): (number[] | undefined)[] | null {
  if (family.text === text) return family.offsets
  family.text = text
  family.scan++
  const offsets = family.offsets ?? new Array<number[] | undefined>(family.keys.length)
  for (const k of family.found) offsets[k] = undefined
  const found: number[] = []
  const re = family.regex
  re.lastIndex = 0
  let ok = true
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const key = family.keyIndex.get(m[0].toLowerCase())
    if (key === undefined) {
      // A character the regex folds otherwise than toLowerCase (ſ for s): no gate for this text.
      ok = false
      break
    }
    const at = offsets[key]
    if (at) at.push(m.index)
    else {
      offsets[key] = [m.index]
      found.push(key)
    }
    re.lastIndex = m.index + 1
  }
  family.found = found
  if (!ok) {
    family.offsets = null
    for (const k of found) offsets[k] = undefined
    family.found = []
    return null
  }
  family.offsets = offsets
  for (const k of found) {
    for (const gate of family.gatesOf[k]!) {
      if (gate.hitScan !== family.scan) {
        gate.hitScan = family.scan
        gate.hits = []
      }
      gate.hits.push(k)
    }
  }
  return offsets
}

const NONE: number[] = []

/** The pattern's word gate with its words' offsets in `text`; null when it has none for this text. */
function gateFor(pattern: RegExp, text: string): WordGate | null {
  const gate = wordGates.get(pattern)
  if (!gate) return null
  if (gate.text === text) return gate
  const offsets = familyOffsets(gate.family, text)
  if (!offsets) return null
  gate.text = text
  const hits = gate.hitScan === gate.family.scan ? gate.hits : NONE
  // The family's scan finds one word per offset, in text order: one key's offsets are sorted and
  // no two keys share an offset, so the words are in order of start alone.
  if (hits.length <= 1) {
    const k = hits[0]
    const len = k === undefined ? 0 : gate.family.keys[k]!.length
    gate.starts = k === undefined ? NONE : offsets[k]!
    gate.ends = gate.starts.map((at) => at + len)
    return gate
  }
  const pairs: [number, number][] = []
  for (const k of hits) {
    const len = gate.family.keys[k]!.length
    for (const at of offsets[k]!) pairs.push([at, at + len])
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  gate.starts = pairs.map((p) => p[0])
  gate.ends = pairs.map((p) => p[1])
  return gate
}

/**
 * True when `text.slice(start, end)` holds one of the pattern's words, false when it holds none
 * (the pattern cannot match there), undefined when the pattern has no word gate for this text.
 */
function wordGate(pattern: RegExp, text: string, start: number, end: number): boolean | undefined {
  const gate = gateFor(pattern, text)
  if (!gate) return undefined
  const { starts, ends } = gate
  for (let i = lowerBound(0, starts.length, (k) => starts[k]! < start); i < starts.length && starts[i]! < end; i++) if (ends[i]! <= end) return true
  return false
}

/**
 * For sentences in text order (not overlapping), the indices of those `pattern` may match in, in
 * order: the sentences `mayMatch` lets through, found from the pattern's words (each placed by
 * binary search) rather than by asking every sentence.
 */
export function gatedSentences(pattern: RegExp, text: string, sentences: readonly Span[]): number[] {
  const out: number[] = []
  const gate = gateFor(pattern, text)
  if (!gate) {
    sentences.forEach((s, i) => { if (firstStart(pattern, text, s.start, s.end) !== null) out.push(i) })
    return out
  }
  const { starts, ends } = gate
  let k = -1
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!
    // The sentence the previous word fell in, or the first one ending after this word's start.
    if (k < 0 || sentences[k]!.end <= at) {
      k = lowerBound(k + 1, sentences.length, (j) => sentences[j]!.end <= at)
      if (k === sentences.length) break
    }
    const s = sentences[k]!
    if (at >= s.start && ends[i]! <= s.end && out[out.length - 1] !== k) out.push(k)
  }
  return out
}

/**
 * For each sentence some item's pattern may match in, those items in list order: found once per
 * pattern for the whole text (`gatedSentences`), so a sentence then visits only its own items.
 */
export function itemsBySentence<T>(items: readonly T[], patternOf: (item: T) => RegExp, text: string, sentences: readonly Span[]): Map<number, T[]> {
  const out = new Map<number, T[]>()
  for (const item of items) {
    for (const i of gatedSentences(patternOf(item), text, sentences)) {
      const list = out.get(i)
      if (list) list.push(item)
      else out.set(i, [item])
    }
  }
  return out
}
