/**
 * User text to a full-text query that is only words: every word becomes a quoted phrase, so FTS
 * operators (AND, NEAR, *, column filters, quotes) and SQL in a query are searched as text and can
 * never raise a syntax error or change the query. Words must all occur (implicit AND).
 */
export function toFtsQuery(text: string): string | null {
  const words = queryWords(text)
  if (words.length === 0) return null
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')
}

/**
 * The same words for PostgreSQL's `plainto_tsquery`, which ANDs the words it is given and reads
 * no operator: letters and digits only, space-separated; null when there is no word.
 */
export function toTsQueryText(text: string): string | null {
  const words = queryWords(text)
  return words.length === 0 ? null : words.join(' ')
}

const WORD_RUNS = /[\p{L}\p{N}]+/gu

/** The words of a query (at most 32): runs of letters and digits, everything else a separator. */
function queryWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD_RUNS) ?? []).slice(0, 32)
}
