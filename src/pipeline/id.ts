/** The article id, apart from the pipeline so that the ingest's writing thread loads no annotator. */
import { createHash } from 'node:crypto'

/** The article id: a hash of the text with white space and Unicode form normalised. */
export function articleId(text: string): string {
  const normal = collapseSpace(text.normalize('NFC'))
  return createHash('sha256').update(normal).digest('hex').slice(0, 16)
}

/** A code unit `/\s/` matches: white space and line terminators (the same set `trim` removes). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * `text.replace(/\s+/gu, ' ').trim()` by character codes: most of a text's white space is already
 * one plain space, kept without a copy, and the regex replace was most of the id's cost (it runs on
 * the writing thread for every input, and again in the worker).
 */
export function collapseSpace(text: string): string {
  let out = ''
  let kept = 0
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue
    let end = i + 1
    while (end < text.length && isSpace(text.charCodeAt(end))) end++
    if (end - i > 1 || text.charCodeAt(i) !== 32) {
      out += text.slice(kept, i) + ' '
      kept = end
    }
    i = end - 1
  }
  return (kept === 0 ? text : out + text.slice(kept)).trim()
}
