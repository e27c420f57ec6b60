/**
 * Near-duplicate fingerprints: a MinHash signature over word 3-shingles of the kept text
 * (boilerplate spans left out, so a syndicated copy with other site furniture still matches).
 * The fraction of equal signature slots estimates the Jaccard similarity of the two shingle sets;
 * at `NEAR_DUPLICATE_JACCARD` or more, two articles are copies or versions of one story. The
 * signature splits into `BANDS` bands of `ROWS` slots (locality-sensitive hashing): pairs at
 * Jaccard 0.6 share a band with probability 1 - (1 - 0.6^4)^16 ≈ 0.89, at 0.8 over 0.999, so a
 * store finds candidates with an index on the band hashes, then checks the estimate.
 */
import type { Article } from '../doc/schema.js'
import { astralLetterOrDigit, bmpLetterOrDigit } from '../doc/chars.js'

export const SLOTS = 64
export const BANDS = 16
export const ROWS = SLOTS / BANDS
export const NEAR_DUPLICATE_JACCARD = 0.6

const SEEDS = Uint32Array.from({ length: SLOTS }, (_, i) => mix(0x9e3779b9 + i * 0x85ebca6b))

/** MinHash signature of an article's text outside its removed spans, as hex (8 digits per slot). */
export function articleSignature(article: Pick<Article, 'text' | 'removed'>): string {
  return minhash(keptText(article))
}

export function minhash(text: string): string {
  const lower = text.toLowerCase().normalize('NFC')
  const count = wordBounds(lower)
  const mins = new Uint32Array(SLOTS).fill(0xffffffff)
  const n = Math.max(1, count - 2)
  for (let i = 0; i < n; i++) {
    const h = shingleHash(lower, count, i)
    for (let s = 0; s < SLOTS; s++) {
      const v = mix(h ^ SEEDS[s]!)
      if (v < mins[s]!) mins[s] = v
    }
  }
  let out = ''
  for (const m of mins) out += m.toString(16).padStart(8, '0')
  return out
}

/** Where the words of the last text `wordBounds` read start and end (buffers reused from call to call). */
let boundStarts = new Int32Array(1024)
let boundEnds = new Int32Array(1024)


/** Whether the code point at `i` is a letter or digit, and its length in code units (1 or 2); negative when it is not. */
function wordCharAt(text: string, i: number): number {
  const astral = astralLetterOrDigit(text, i)
  if (astral !== 0) return 2 * astral
  return bmpLetterOrDigit(text.charCodeAt(i)) ? 1 : -1
}

/**
 * The runs `text.match(/[\p{L}\p{N}]+/gu)` finds, as offsets in `boundStarts` and `boundEnds` (no
 * string per word: a text's shingles are hashed from its own characters); returns their count.
 */
function wordBounds(text: string): number {
  let count = 0
  let i = 0
  while (i < text.length) {
    const w = wordCharAt(text, i)
    if (w < 0) {
      i -= w
      continue
    }
    const start = i
    i += w
    for (let x = wordCharAt(text, i); i < text.length && x > 0; x = wordCharAt(text, i)) i += x
    if (count === boundStarts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2)
        b.set(a)
        return b
      }
      boundStarts = grow(boundStarts)
      boundEnds = grow(boundEnds)
    }
    boundStarts[count] = start
    boundEnds[count] = i
    count++
  }
  return count
}

/** Estimated Jaccard similarity of two signatures: the fraction of equal slots. */
export function similarity(a: string, b: string): number {
  let same = 0
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++
  return same / SLOTS
}

export function isNearDuplicate(a: string, b: string): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_JACCARD
}

/** One 32-bit hash per band, indexed by a store to find candidates. */
export function signatureBands(signature: string): number[] {
  return Array.from({ length: BANDS }, (_, b) => fnv1a(signature.slice(b * ROWS * 8, (b + 1) * ROWS * 8)) | 0)
}

function keptText(article: Pick<Article, 'text' | 'removed'>): string {
  if (article.removed.length === 0) return article.text
  const spans = [...article.removed].sort((x, y) => x.start - y.start)
  let out = ''
  let at = 0
  for (const r of spans) {
    if (r.start > at) out += article.text.slice(at, r.start) + '\n'
    at = Math.max(at, r.end)
  }
  return out + article.text.slice(at)
}

/** `fnv1a(words.slice(i, i + 3).join(' '))` over the words' offsets in `text`, without building the string. */
function shingleHash(text: string, count: number, i: number): number {
  let h = 0x811c9dc5
  const end = Math.min(count, i + 3)
  for (let k = i; k < end; k++) {
    if (k > i) {
      h ^= 32
      h = Math.imul(h, 0x01000193)
    }
    for (let j = boundStarts[k]!, e = boundEnds[k]!; j < e; j++) {
      h ^= text.charCodeAt(j)
      h = Math.imul(h, 0x01000193)
    }
  }
  return mix(h)
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix(h)
}

/** murmur3's finaliser: spreads every input bit over the output so slots are independent. */
function mix(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
