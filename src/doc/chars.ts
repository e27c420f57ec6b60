/**
 * Letters and digits read by character code, for the loops that walk every character of a text
 * (tokens, words, shingles): an ASCII letter or digit by its code, any other BMP code unit asked of
 * `/[\p{L}\p{N}]/u` once per process and kept, a surrogate pair asked each time (rare in news).
 */

/** An ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** Per BMP code unit: 0 not asked yet, 1 a letter or digit, 2 not. */
const unitKinds = new Uint8Array(0x10000)

/** Whether BMP code unit `c` (a surrogate half is none) is a letter or digit. */
export function bmpLetterOrDigit(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c)
  let kind = unitKinds[c]!
  if (kind === 0) unitKinds[c] = kind = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2
  return kind === 1
}

/**
 * The surrogate pair at `i` when one starts there: 1 when its code point is a letter or digit,
 * -1 when it is not, 0 when no pair starts at `i`.
 */
export function astralLetterOrDigit(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 0
  const d = s.charCodeAt(i + 1)
  if (d < 0xdc00 || d > 0xdfff) return 0
  return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 1 : -1
}
