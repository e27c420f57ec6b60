/**
 * User text to a full-text query that is only words: every word becomes a quoted phrase, so FTS
 * operators (AND, NEAR, *, column filters, quotes) and SQL in a query are searched as text and can
 * never raise a syntax error or change the query. Words must all occur (implicit AND).
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)
  if (!words || words.length === 0) return null
  return words.slice(0, 32).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')
}
