/**
 * Page furniture in plain text has a shape: menus, tool bars and teaser lists are runs of short
 * lines that are not sentences. One short line is a headline or a subhead and stays; three or more
 * in a row are navigation. Language-neutral: only length and final punctuation count.
 */
import type { Span } from '../../doc/schema.js'

/** Longest line, in characters and words, that can be a menu entry. */
const MAX_CHARS = 80
const MAX_WORDS = 10
/** Shortest run of such lines that is navigation rather than a heading. */
export const MIN_RUN = 3

const SENTENCE_END = /[.!?…»"”)\]]$/u

export function isFurnitureLine(line: string): boolean {
  const t = line.trim()
  if (t.length === 0 || t.length > MAX_CHARS) return false
  if (SENTENCE_END.test(t)) return false
  return t.split(/\s+/u).length <= MAX_WORDS
}

/** A sentence this long after a run is article text, so the run's last line is its headline. */
const LEAD_CHARS = 60

/** Longest line, in characters and words, that can be a teaser's headline. */
const TEASER_MAX_CHARS = 160
const TEASER_MAX_WORDS = 25
/** Shortest run of headlines that is a teaser list (other articles' titles) rather than the article's own. */
export const TEASER_MIN_RUN = 5

/** A period (before closing quotes or brackets) or a colon ends a line of running text or opens what follows. */
const PROSE_END = /(?:\.[\s»"”’')\]]*|:)$/u
/** A headline starts with a capital, a digit or a quotation mark, never with a lower-case word (a wrapped line). */
const HEADLINE_START = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u

/**
 * A line shaped like another article's headline in a teaser list ("Printemps annonce la fermeture
 * de sept magasins", "Pourquoi la lumière menace-t-elle les animaux ?"): longer than a menu entry,
 * it may end with a question or a quotation, but not with a period or a colon, and starts with a
 * capital.
 */
export function isTeaserLine(line: string): boolean {
  const t = line.trim()
  if (t.length === 0 || t.length > TEASER_MAX_CHARS) return false
  if (PROSE_END.test(t) || !HEADLINE_START.test(t)) return false
  return t.split(/\s+/u).length <= TEASER_MAX_WORDS
}

/**
 * Indices of paragraphs in a run of at least TEASER_MIN_RUN headline-shaped lines (or known
 * boilerplate) with at least one such line not already known: the lists of other articles' titles
 * a scraped page puts around the article (in ML-Crisis, 2020 headlines around 2011 stories).
 */
export function teaserRuns(text: string, paragraphs: readonly Span[], known: ReadonlySet<number>): number[] {
  // A list sits at the page's edge or against its furniture; headlines in the middle of the text
  // are a live report's entries ("Police storm the camp", "Toll rises to 43").
  const edge = (run: number[]) => run[0] === 0 || known.has(run[0]! - 1) || run.some((i) => known.has(i))
    || run[run.length - 1]! + 1 >= paragraphs.length || known.has(run[run.length - 1]! + 1)
  return lineRuns(text, paragraphs, known, isTeaserLine, (run) => run.length >= TEASER_MIN_RUN && edge(run))
}

/** Indices of paragraphs that sit in a run of at least MIN_RUN furniture lines (or known boilerplate). */
export function furnitureRuns(text: string, paragraphs: readonly Span[], known: ReadonlySet<number>): number[] {
  // One short line is a heading.
  return lineRuns(text, paragraphs, known, isFurnitureLine, (run) => run.length >= MIN_RUN)
}

/**
 * The paragraphs of the runs of lines of one shape (or known boilerplate) that `keep` accepts, less
 * the known ones; a run made only of known boilerplate adds nothing. The last line of a run goes
 * when a lead follows it: a page's menu or a teaser list often runs straight into the article's
 * headline, which is short and unpunctuated too.
 */
function lineRuns(text: string, paragraphs: readonly Span[], known: ReadonlySet<number>, shaped: (line: string) => boolean, keep: (run: number[]) => boolean): number[] {
  const out: number[] = []
  let run: number[] = []
  const close = (next: Span | undefined) => {
    const last = run[run.length - 1]
    if (last !== undefined && !known.has(last) && next && next.end - next.start >= LEAD_CHARS) run.pop()
    if (run.length > 0 && keep(run) && run.some((i) => !known.has(i))) out.push(...run.filter((i) => !known.has(i)))
    run = []
  }
  paragraphs.forEach((p, i) => {
    if (known.has(i) || shaped(text.slice(p.start, p.end))) run.push(i)
    else close(p)
  })
  close(undefined)
  return out
}

/** Longest kept run, and longest line in it, that boilerplate on both sides swallows. */
const MAX_SANDWICH_RUN = 5
const MAX_SANDWICH_CHARS = 200

/**
 * Indices of short kept paragraphs caught between boilerplate on both sides: a tool bar's odd
 * entry, a teaser between two "read also" lines, a sign-up form's instructions.
 */
export function sandwiched(paragraphs: readonly Span[], removed: ReadonlySet<number>): number[] {
  const out: number[] = []
  let run: number[] = []
  let openedByRemoved = false
  paragraphs.forEach((p, i) => {
    if (removed.has(i)) {
      if (openedByRemoved && run.length > 0 && run.length <= MAX_SANDWICH_RUN) out.push(...run)
      openedByRemoved = true
      run = []
      return
    }
    if (p.end - p.start > MAX_SANDWICH_CHARS) {
      openedByRemoved = false
      run = []
      return
    }
    run.push(i)
  })
  return out
}
