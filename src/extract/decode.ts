/**
 * Bytes to text. Plain text must be valid UTF-8 (a BOM is dropped); HTML is decoded by its BOM,
 * its `<meta charset>` / `http-equiv` declaration, or UTF-8, falling back to windows-1252 when a
 * page that claims UTF-8 is not (a common real-world fault). Binary input is refused.
 */
import { EngineError } from '../errors.js'

/** True when the bytes look like a binary file rather than text: NUL bytes or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

export function decodeText(bytes: Uint8Array, input: string): string {
  if (looksBinary(bytes)) throw new EngineError('E_BINARY', 'binary data, not text (expected UTF-8 text, HTML or JSON)', input)
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new EngineError('E_UTF8', `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} (re-encode the file as UTF-8)`, input)
  }
}

export function decodeHtml(bytes: Uint8Array, input: string): { html: string; charset: string } {
  if (looksBinary(bytes)) throw new EngineError('E_BINARY', 'binary data, not HTML', input)
  const declared = sniffCharset(bytes)
  const tryDecode = (label: string, fatal: boolean): string | null => {
    try {
      return new TextDecoder(label, { fatal }).decode(bytes)
    } catch {
      return null
    }
  }
  if (declared && !/^utf-?8$/i.test(declared)) {
    const html = tryDecode(declared, false)
    if (html !== null) return { html: stripBom(html), charset: declared.toLowerCase() }
  }
  const utf8 = tryDecode('utf-8', true)
  if (utf8 !== null) return { html: stripBom(utf8), charset: 'utf-8' }
  return { html: tryDecode('windows-1252', false) ?? '', charset: 'windows-1252' }
}

function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)
  return m?.[1] ?? null
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (len === 0) return i
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += len
  }
  return i
}
