/**
 * A short excerpt around the first occurrence of any query word, accent- and case-insensitive like
 * the FTS index, with the word marked «…». Computed here on the start of the text rather than with
 * FTS5's snippet(), which re-tokenises every whole document and cost tens of milliseconds a query
 * on long pages.
 */
export const SNIPPET_HEAD = 20_000

const MARKS = /\p{M}/gu
const WORD_RUNS = /[\p{L}\p{N}]+/gu

function fold(s: string): string {
  // NFD then dropping marks keeps one output character per input character for Latin text, so
  // offsets in the folded string are offsets in the original.
  return s.normalize('NFD').replace(MARKS, '').toLowerCase()
}

export function makeSnippet(text: string, query: string | undefined, width = 160): string {
  const words = (query ?? '').match(WORD_RUNS)?.map(fold) ?? []
  const head = text.slice(0, SNIPPET_HEAD)
  const folded = fold(head)
  let best = -1
  let len = 0
  if (folded.length === head.length) {
    for (const w of words) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
      const m = re.exec(folded)
      if (m && (best < 0 || m.index < best)) {
        best = m.index
        len = w.length
      }
    }
  }
  if (best < 0) return oneLine(head.slice(0, width))
  const start = Math.max(0, best - Math.floor(width / 2))
  const end = Math.min(head.length, best + len + Math.floor(width / 2))
  return oneLine(`${start > 0 ? '…' : ''}${head.slice(start, best)}«${head.slice(best, best + len)}»${head.slice(best + len, end)}${end < text.length ? '…' : ''}`)
}

/**
 * The snippet of each hit, each distinct head once: copies of one story (a wire carried by several
 * outlets, an update) often share their first 20,000 characters, and a page of newest hits may
 * hold many of them.
 */
export function withSnippets<T extends { head: string }>(rows: T[], query: string | undefined): (Omit<T, 'head'> & { snippet: string })[] {
  const made = new Map<string, string>()
  return rows.map(({ head, ...hit }) => {
    let snippet = made.get(head)
    if (snippet === undefined) {
      snippet = makeSnippet(head, query)
      made.set(head, snippet)
    }
    return { ...hit, snippet }
  })
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
