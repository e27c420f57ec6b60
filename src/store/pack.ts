/**
 * The stored form of a full analysis: JSON without the article text (kept in its own column),
 * deflated. Workers pack in parallel so the writing thread only copies bytes. Tokens, half of the
 * JSON, are packed as one flat list of numbers (gap from the previous token's end, length, kind),
 * which is quicker to write and to deflate; analyses stored before that, with token objects, read
 * back as they are.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Analysis, Token } from '../doc/schema.js'

const KINDS: readonly Token['kind'][] = ['word', 'number', 'punct', 'symbol']

export function packAnalysis(a: Analysis): Uint8Array {
  return deflateRawSync(JSON.stringify({ ...a, article: { ...a.article, text: '' }, tokens: packTokens(a.tokens) }), { level: 1 })
}

export function unpackAnalysis(packed: Uint8Array, text: string): Analysis {
  const a = JSON.parse(inflateRawSync(packed).toString('utf8')) as Analysis
  a.article.text = text
  a.tokens = unpackTokens(a.tokens as unknown[])
  return a
}

/** Flat numbers, or the tokens themselves when one has another shape than {start, end, kind}. */
function packTokens(tokens: readonly Token[]): number[] | readonly Token[] {
  const flat: number[] = []
  let at = 0
  for (const t of tokens) {
    const kind = KINDS.indexOf(t.kind)
    if (kind < 0 || Object.keys(t).length !== 3) return tokens
    flat.push(t.start - at, t.end - t.start, kind)
    at = t.end
  }
  return flat
}

function unpackTokens(stored: unknown[]): Token[] {
  if (typeof stored[0] !== 'number') return stored as Token[]
  const flat = stored as number[]
  const tokens: Token[] = []
  let at = 0
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const start = at + flat[i]!
    const end = start + flat[i + 1]!
    tokens.push({ start, end, kind: KINDS[flat[i + 2]!]! })
    at = end
  }
  return tokens
}
