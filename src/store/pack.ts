/**
 * The stored form of a full analysis: JSON without the article text (kept in its own column),
 * deflated. Workers pack in parallel so the writing thread only copies bytes.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Analysis } from '../doc/schema.js'

export function packAnalysis(a: Analysis): Uint8Array {
  return deflateRawSync(JSON.stringify({ ...a, article: { ...a.article, text: '' } }), { level: 1 })
}

export function unpackAnalysis(packed: Uint8Array, text: string): Analysis {
  const a = JSON.parse(inflateRawSync(packed).toString('utf8')) as Analysis
  a.article.text = text
  return a
}
