/** Text helpers shared by the time stage's finders: offsets stay valid between `text` and its lower case. */

import { isAsciiAlnum } from '../../doc/chars.js'

/** Lower case with every UTF-16 unit kept in place, so offsets into it are offsets into `text`. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/**
 * Every offset where `regex` (global) matches at the start of a word, overlapping matches included:
 * after a match the search resumes at the end of the word it starts in, not after the match.
 */
export function wordMatchStarts(regex: RegExp, text: string): number[] {
  const starts: number[] = []
  regex.lastIndex = 0
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (startsWord(text, m.index)) starts.push(m.index)
    let next = m.index + 1
    while (next < text.length && isWordUnit(text, next)) next++
    regex.lastIndex = next
  }
  return starts
}

const WORD_CHAR = /[\p{L}\p{N}]/u

function isWordUnit(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 128) return isAsciiAlnum(c)
  return WORD_CHAR.test(text[at]!)
}

/** True when no letter or digit comes just before `at`: a match there starts a word. */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !isWordUnit(text, at - 1)
}
