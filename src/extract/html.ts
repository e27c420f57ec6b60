/**
 * HTML page → main text, title, published date, author and site name. Page furniture is dropped
 * from the DOM first (`clean.ts`), Readability on linkedom finds the article body (measured better
 * and faster than defuddle on both benchmark page sets: see docs/quality.md), and its DOM is turned
 * into text block by block, one paragraph per block, paragraphs separated by a blank line, after
 * link lists, captions and the repeated headline are filtered out. When that finds nothing,
 * Readability runs on the untouched page, and last the page's own blocks are used.
 * Scripts are never executed: linkedom builds a DOM without running anything.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { EngineError } from '../errors.js'
import { type Block, blocksOf, type DomNode } from './blocks.js'
import { dropFurniture, keepArticleBlocks } from './clean.js'
import { nestingDepth, withDocumentShell } from './guard.js'
import { clean, readMeta } from './meta.js'

export interface ExtractedPage {
  text: string
  title: string | null
  published: string | null
  author: string | null
  siteName: string | null
  language: string | null
  method: 'readability' | 'page-blocks'
}

/**
 * Longest page we parse, in UTF-16 code units: 5× the largest of 1,171 benchmark pages (1.6 MB).
 * Parse and Readability take about 3 s per MB and a DOM costs ~70× the text in memory (a 19 MB
 * page: 54 s, 1.3 GB), so a bigger page is refused at once with a clear error.
 */
export const MAX_HTML_CHARS = 8_000_000

/** Deepest nesting we parse: about 3× the deepest of 1,171 benchmark pages (86 levels), where Readability still takes under 2 s. */
export const MAX_HTML_DEPTH = 250

type ParsedDocument = ReturnType<typeof parseHTML>['document']

function parse(html: string): ParsedDocument {
  return parseHTML(withDocumentShell(html)).document
}

interface Found {
  blocks: Block[]
  title: string | null
  byline: string | null
  siteName: string | null
  published: string | null
}

/** Below this many characters an extraction is double-checked (the median gold body is 3,158). */
const SHORT_ARTICLE = 1500

const charsOf = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length, 0)

/** Readability's article as blocks, walked on its DOM (no serialise-and-reparse), or null. */
function readabilityBlocks(document: ParsedDocument): Found | null {
  try {
    const article = new Readability<DomNode>(document as unknown as Document, { charThreshold: 200, serializer: (n) => n as unknown as DomNode }).parse()
    if (!article?.content) return null
    return {
      blocks: blocksOf(article.content),
      title: clean(article.title),
      byline: clean(article.byline),
      siteName: clean(article.siteName),
      published: clean(article.publishedTime),
    }
  } catch {
    // Readability throws on some malformed trees; the next attempt or the page blocks take over.
    return null
  }
}

export function extractHtml(html: string, input = 'html'): ExtractedPage {
  if (html.length > MAX_HTML_CHARS) {
    throw new EngineError('E_TOO_LARGE', `HTML page of ${html.length} characters is over the ${MAX_HTML_CHARS}-character limit for extraction`, input)
  }
  const depth = nestingDepth(html)
  if (depth > MAX_HTML_DEPTH) {
    throw new EngineError('E_HTML_TOO_DEEP', `HTML nests about ${depth} elements deep, over the limit of ${MAX_HTML_DEPTH}: not a readable page`, input)
  }
  const document = parse(html)
  const meta = readMeta(document)
  dropFurniture(document)
  const titleList = (f: Found | null) => [meta.title, f?.title].filter((t): t is string => !!t)
  let found = readabilityBlocks(document)
  let kept = found ? keepArticleBlocks(found.blocks, titleList(found)) : []
  // Dropping furniture can mislead Readability's scoring on a few layouts; a short result is
  // checked against Readability on the untouched page, and the clearly longer one wins.
  if (charsOf(kept) < SHORT_ARTICLE) {
    const raw = readabilityBlocks(parse(html))
    const rawKept = raw ? keepArticleBlocks(raw.blocks, titleList(raw)) : []
    if (charsOf(rawKept) > 2 * charsOf(kept)) {
      found = raw
      kept = rawKept
    }
  }
  const title = meta.headline ?? found?.title ?? null
  const titles = titleList(found)
  let method: ExtractedPage['method'] = 'readability'
  if (kept.length === 0) {
    method = 'page-blocks'
    const page = parse(html)
    dropFurniture(page)
    kept = keepArticleBlocks(blocksOf(page.body as unknown as DomNode), titles)
    if (kept.length === 0) kept = blocksOf(parse(html).body as unknown as DomNode)
  }
  return {
    text: kept.map((b) => b.text).join('\n\n'),
    title,
    published: meta.published ?? found?.published ?? null,
    author: meta.author ?? found?.byline ?? null,
    siteName: meta.siteName ?? found?.siteName ?? null,
    language: meta.language,
    method,
  }
}

/** An HTML fragment → text, one paragraph per block element, blocks separated by a blank line. */
export function htmlToBlocks(fragment: string): string {
  return blocksOf(parse(fragment).body as unknown as DomNode)
    .map((b) => b.text)
    .join('\n\n')
}
