/**
 * Tokens of one paragraph, in one linear pass with a sticky regular expression. Numbers written
 * with (no-break) spaces as thousands separators stay one token (« 5 000 »); quote marks are tokens
 * of their own; elisions split after the apostrophe (d'Alep → d' + Alep); listed abbreviations keep
 * their period (M., U.S.).
 */
import type { Token } from '../../doc/schema.js'
import type { SegmentResources } from './resources.js'
import { isAsciiAlnum } from '../../doc/chars.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const WORD_SPACE_OR_DOT = /[\p{L}\p{N}\s.]/u
const INITIALS = /^(?:\p{Lu}\.)+$/u
const ONE_UPPER = /^\p{Lu}$/u
const LETTERS_AHEAD = /^[\p{L}\p{M}]+/u

const APOSTROPHES = "'’"
// Alternatives, in order: dotted acronyms, space-grouped numbers, digit-led words (1er, 3D),
// plain numbers, words with inner hyphens, ellipses, then any other single character.
const TOKEN = new RegExp(
  [
    String.raw`(?<acro>(?:\p{L}\.){2,}(?:-\p{L}\.)*)`,
    String.raw`(?<num>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?(?![\d\p{L}]))`,
    String.raw`(?<alnum>\p{N}+\p{L}[\p{L}\p{M}\p{N}]*)`,
    String.raw`(?<num2>\d+(?:[.,:]\d+)*)`,
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(?<dots>\.{2,}|…)`,
    String.raw`(?<space>\s+)`,
    String.raw`(?<other>[\s\S])`,
  ].join('|'),
  'uy',
)
const PUNCT = /[\p{P}]/u
const LETTER = /\p{L}/u
/**
 * Fast paths for the two commonest tokens, which the alternatives of TOKEN before them cannot
 * match: white space, and a word whose first letter has no period after it (no dotted acronym).
 * They match exactly what TOKEN's `space` and `word` alternatives would, without its groups.
 */
const SPACE = /\s+/y
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/uy
const WORD_START = /^[\p{L}\p{M}]$/u
/**
 * The kind of a one-character token per ASCII code, for the characters only TOKEN's `other`
 * alternative can match (not a letter, digit, space, period or apostrophe); '' for the others.
 */
const ASCII_OTHER: readonly string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c)
  if (WORD_SPACE_OR_DOT.test(ch) || APOSTROPHES.includes(ch)) return ''
  return PUNCT.test(ch) ? 'punct' : 'symbol'
})

/** What a token starting at `at` is when it takes a fast path: 1 white space, 2 word, 3 ASCII mark, 0 neither. */
function fastKind(text: string, at: number): number {
  const c = text.charCodeAt(at)
  if (c === 32 || c === 10) return 1
  if (c < 128 && ASCII_OTHER[c] !== '') return 3
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return text.charCodeAt(at + 1) === 46 ? 0 : 2
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return 0
  if (WORD_START.test(text[at]!)) return text.charCodeAt(at + 1) === 46 ? 0 : 2
  return 0
}

/**
 * Where WORD, asked at `start` (a letter or mark), stops: over ASCII letters and digits by their
 * codes, the regex itself only from a hyphen or a character beyond ASCII on (no other ASCII
 * character is a letter, mark, digit or joining hyphen).
 */
function asciiWordEnd(text: string, start: number): number {
  let at = start + 1
  while (at < text.length) {
    const c = text.charCodeAt(at)
    if (isAsciiAlnum(c)) at++
    else if (c < 128 && c !== 45) return at
    else {
      WORD.lastIndex = start
      WORD.test(text)
      return WORD.lastIndex
    }
  }
  return at
}

export function tokenize(text: string, from: number, to: number, res: SegmentResources): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = from
  while (TOKEN.lastIndex < to) {
    const start = TOKEN.lastIndex
    const fast = fastKind(text, start)
    // The fast paths ask `test`, which moves lastIndex like `exec` without building a match.
    if (fast === 1) {
      SPACE.lastIndex = start
      SPACE.test(text)
      TOKEN.lastIndex = SPACE.lastIndex
      continue
    }
    if (fast === 2) {
      const wordEnd = asciiWordEnd(text, start)
      const clitic = innerClitic(text, start, to, res)
      const end = clitic > start ? clitic : extendWord(text, start, Math.min(wordEnd, to), to, res)
      tokens.push({ start, end, kind: 'word' })
      TOKEN.lastIndex = end
      continue
    }
    if (fast === 3) {
      tokens.push({ start, end: start + 1, kind: ASCII_OTHER[text.charCodeAt(start)] as Token['kind'] })
      TOKEN.lastIndex = start + 1
      continue
    }
    const m = TOKEN.exec(text)
    if (!m || !m.groups) break
    let end = Math.min(start + m[0].length, to)
    const g = m.groups
    if (g.space !== undefined) continue
    if (g.acro !== undefined) {
      // A dotted sequence that is not a known abbreviation and not all capitals (U.N.) is a word and
      // a period: re-read it as such.
      if (!res.abbreviations.has(m[0]) && !INITIALS.test(m[0])) {
        end = start + m[0].indexOf('.')
        tokens.push({ start, end, kind: 'word' })
        TOKEN.lastIndex = end
        continue
      }
      tokens.push({ start, end, kind: 'word' })
      continue
    }
    if (g.num !== undefined || g.num2 !== undefined) {
      tokens.push({ start, end, kind: 'number' })
      continue
    }
    if (g.word !== undefined || g.alnum !== undefined) {
      const clitic = innerClitic(text, start, to, res)
      end = clitic > start ? clitic : extendWord(text, start, end, to, res)
      tokens.push({ start, end, kind: 'word' })
      TOKEN.lastIndex = end
      continue
    }
    if (g.dots !== undefined) {
      tokens.push({ start, end, kind: 'punct' })
      continue
    }
    if (APOSTROPHES.includes(m[0])) {
      const clitic = matchClitic(text, start, to, res)
      if (clitic > start) {
        tokens.push({ start, end: clitic, kind: 'word' })
        TOKEN.lastIndex = clitic
        continue
      }
    }
    tokens.push({ start, end, kind: PUNCT.test(m[0]) ? 'punct' : 'symbol' })
  }
  return tokens
}

/** Applies the word-level rules: abbreviation period, elision, apostrophe words, n't. */
function extendWord(text: string, start: number, end: number, to: number, res: SegmentResources): number {
  const after = text.charCodeAt(end)
  // Only a period or an apostrophe after the word extends it: most words end here, uncopied.
  if (after !== 46 && after !== 39 && after !== 0x2019) return end
  const word = text.slice(start, end)
  const next = text[end]
  if (next === '.' && end + 1 <= to) {
    if (res.abbreviations.has(word + '.') || ONE_UPPER.test(word)) return end + 1
  }
  if (next !== undefined && APOSTROPHES.includes(next) && end + 1 < to) {
    const after = text[end + 1] ?? ''
    if (LETTER.test(after)) {
      // aujourd'hui: the whole word is listed
      const rest = LETTERS_AHEAD.exec(text.slice(end + 1, Math.min(to, end + 40)))?.[0] ?? ''
      if (res.apostropheWords.has(`${word}'${rest}`.toLowerCase())) return end + 1 + rest.length
      if (res.elisions.has(word.toLowerCase())) return end + 1
    }
    // English "don't": the clitic n't takes the n.
    for (const c of res.clitics) {
      const apo = c.indexOf("'")
      if (apo <= 0) continue
      const head = c.slice(0, apo)
      const tail = c.slice(apo + 1)
      if (
        word.toLowerCase().endsWith(head) &&
        word.length > head.length &&
        text.slice(end + 1, end + 1 + tail.length).toLowerCase() === tail &&
        !LETTER.test(text[end + 1 + tail.length] ?? '')
      ) {
        return end - head.length
      }
    }
  }
  return end
}

/** At an apostrophe: the end of a clitic token starting there (`'s`, `n't` handled by the word), or `start`. */
function matchClitic(text: string, start: number, to: number, res: SegmentResources): number {
  for (const c of res.clitics) {
    if (!c.startsWith("'")) continue
    const tail = c.slice(1)
    if (tail === '') continue
    const got = text.slice(start + 1, start + 1 + tail.length).toLowerCase()
    if (got === tail && start + 1 + tail.length <= to && !LETTER.test(text[start + 1 + tail.length] ?? '')) {
      return start + 1 + tail.length
    }
  }
  return start
}

/** At a word start: the end of a clitic with letters before its apostrophe (`n't`), or `start`. */
function innerClitic(text: string, start: number, to: number, res: SegmentResources): number {
  const first = text.charCodeAt(start)
  // An ASCII first letter lower-cases to itself or its small letter: a clitic starting otherwise is not here.
  const small = first >= 65 && first <= 90 ? first + 32 : first
  for (const c of res.clitics) {
    if (c.indexOf("'") <= 0) continue
    if (first < 128 && small !== c.charCodeAt(0)) continue
    const got = text.slice(start, start + c.length).toLowerCase().replace('’', "'")
    if (got === c && start + c.length <= to && !LETTER.test(text[start + c.length] ?? '')) return start + c.length
  }
  return start
}
