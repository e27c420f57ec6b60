/**
 * Sentence spans from the tokens of one paragraph, linear in the number of tokens. A sentence ends
 * at `.`, `!`, `?`, `…` (with any closing quotes or brackets after it) when the next token opens a
 * new sentence: a capital letter, a digit, an opening quote or a dash. Abbreviations never end a
 * sentence because the tokenizer keeps their period inside the word token.
 */
import type { Span, Token } from '../../doc/schema.js'

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?'])
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '›'])
const OPENS = /^[\p{Lu}\p{N}«"“‹„¿¡([—–-]/u
/** A lower-case word of three letters or more, and a capitalised word: "hideout" and "The" of "hideout.The". */
const LOWER_WORD = /^\p{Ll}{3,}$/u
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u

/** Longest sentence we keep whole; a run-on past this is cut at the next token to stay readable. */
export const MAX_SENTENCE = 5000

function missingSpace(text: string, before: Token, period: Token, next: Token): boolean {
  return before.end === period.start && next.start === period.end && before.kind === 'word' && next.kind === 'word'
    && LOWER_WORD.test(text.slice(before.start, before.end)) && CAPITALISED.test(text.slice(next.start, next.end))
}

export function splitSentences(text: string, tokens: Token[], para: Span): Span[] {
  const out: Span[] = []
  let start = tokens[0]?.start ?? para.start
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    const s = text.slice(tok.start, tok.end)
    let boundary = -1
    if (tok.kind === 'punct' && (TERMINAL.has(s) || /^[.!?]+$/.test(s))) {
      let j = i
      while (j + 1 < tokens.length && CLOSERS.has(text.slice(tokens[j + 1]!.start, tokens[j + 1]!.end))) j++
      const next = tokens[j + 1]
      // A closing quote must touch the period to belong to this sentence.
      if (!next) boundary = j
      else if (next.start > tokens[j]!.end && OPENS.test(text.slice(next.start, next.end))) boundary = j
      // A space lost between two sentences ("a militant hideout.The interior ministry…"): a
      // lower-case word, its period, and a capitalised word that touches it.
      else if (j === i && i > 0 && s === '.' && missingSpace(text, tokens[i - 1]!, tok, next)) boundary = j
      if (boundary >= 0) i = j
    } else if (tok.end - start > MAX_SENTENCE && tokens[i + 1]) {
      boundary = i
    }
    if (boundary >= 0) {
      out.push({ start, end: tokens[boundary]!.end })
      start = tokens[boundary + 1]?.start ?? para.end
    }
  }
  const lastEnd = tokens.at(-1)?.end ?? para.end
  if (start < lastEnd) out.push({ start, end: lastEnd })
  return out
}
