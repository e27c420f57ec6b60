/**
 * Clean-up around Readability. Before it runs, page furniture is dropped from the DOM: hidden
 * elements, navigation landmarks, and elements whose class or id names sharing, related links,
 * comments, ads or captions (`resources/common/boilerplate/html-hints.tsv`). After it runs, the
 * article's blocks are filtered by shape: link lists, captions, the repeated headline, blocks with
 * no letter. Text-level boilerplate (per language) is left to the boilerplate stage.
 */
import { compileResourceRegex, readResourceLines } from '../resources/load.js'
import type { Block } from './blocks.js'

interface Hint {
  id: string
  /** Tested against one class or id token. */
  pattern: RegExp
}

let hints: Hint[] | null = null

/** Compiles each line into a whole-token pattern: prefixes, one of the words, container suffixes. */
function loadHints(): Hint[] {
  if (hints) return hints
  const rows = readResourceLines('common', 'boilerplate/html-hints.tsv', 2)
  const suffix = rows.find((r) => r.cols[0] === '@suffix')?.cols[1] ?? '(?!)'
  hints = rows
    .filter((r) => r.cols[0] !== '@suffix')
    .map(({ cols, where }) => ({
      id: cols[0]!,
      pattern: compileResourceRegex(`^(?:[a-z0-9]+[_-]+)*(?:${cols[1]})(?:[_-]+(?:${suffix}))*$`, 'i', where),
    }))
  return hints
}

/** Longest class token tested; longer ones are generated names that say nothing. */
const MAX_TOKEN = 60

export function hintFor(classAndId: string): string | null {
  const rules = loadHints()
  for (const token of classAndId.split(/\s+/)) {
    if (token === '' || token.length > MAX_TOKEN) continue
    const rule = rules.find((r) => r.pattern.test(token))
    if (rule) return rule.id
  }
  return null
}

/** The DOM members the pre-clean uses (linkedom provides them). */
interface CleanElement {
  tagName: string
  textContent: string | null
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>
  getAttribute(name: string): string | null
  remove(): void
}
interface CleanDocument {
  body: CleanElement | null
  querySelectorAll(selector: string): ArrayLike<CleanElement>
}

/** Landmarks that are never the article. */
const FURNITURE = 'nav, aside, footer, form, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], dialog'
/**
 * An element holding more than this share of the page's paragraph text is (or wraps) the article,
 * whatever its name says: class lists carry layout modifiers such as "has-sidebar".
 */
const WRAPPER_SHARE = 0.3
/** The same for all text, for pages whose text is not in paragraphs. */
const TEXT_SHARE = 0.5

/** Text length of the substantial paragraphs under a node (teaser one-liners do not count). */
function paragraphChars(root: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): number {
  let n = 0
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const len = p.textContent?.trim().length ?? 0
    if (len >= 80) n += len
  }
  return n
}

/** Removes page furniture in place; returns how many elements went. */
export function dropFurniture(document: CleanDocument): number {
  const total = document.body ? paragraphChars(document.body) : 0
  const totalText = document.body?.textContent?.length ?? 0
  // Pages without <p> (text in <div>s and <br>s) fall back to the share of all text.
  const big = (el: CleanElement) => (total > 0 && paragraphChars(el) > total * WRAPPER_SHARE) || (el.textContent?.length ?? 0) > totalText * TEXT_SHARE
  let dropped = 0
  const drop = (el: CleanElement) => {
    if (big(el)) return
    el.remove()
    dropped++
  }
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) drop(el)
  for (const el of Array.from(document.querySelectorAll('[style]'))) {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) drop(el)
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName.toUpperCase()
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue
    if (hintFor(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) drop(el)
  }
  return dropped
}

/** A block made mostly of link text: a menu entry, a teaser, a "related" item. */
const LINK_SHARE = 0.7
const LETTER = /\p{L}/u
const WORD_RUNS = /[\p{L}\p{N}]+/gu
const words = (s: string) => s.toLowerCase().match(WORD_RUNS)?.join(' ') ?? ''

/** Keeps the article's own blocks; drops link lists, captions, a repeated headline, letterless lines. */
export function keepArticleBlocks(blocks: Block[], titles: string[]): Block[] {
  const headlines = titles.map(words).filter((t) => t !== '')
  const isHeadline = (b: Block) => {
    const w = words(b.text)
    // A page title often carries the site name after the headline ("Headline | Site").
    return w.length > 0 && headlines.some((h) => h === w || (w.length >= 20 && h.startsWith(w)))
  }
  return blocks.filter((b, i) => {
    if (!LETTER.test(b.text)) return false
    if (b.inFigure) return false
    if (b.linkChars / b.text.length >= LINK_SHARE) return false
    // Gold article bodies and readers start after the headline; drop it when repeated up top.
    if (i < 3 && isHeadline(b)) return false
    return true
  })
}
