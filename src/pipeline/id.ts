/** The article id, apart from the pipeline so that the ingest's writing thread loads no annotator. */
import { createHash } from 'node:crypto'

/** The article id: a hash of the text with white space and Unicode form normalised. */
export function articleId(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/gu, ' ').trim()
  return createHash('sha256').update(normal).digest('hex').slice(0, 16)
}
