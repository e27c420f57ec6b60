/**
 * HTML page → main text, title, published date, author and site name. Readability on linkedom
 * finds the article body (measured better and faster than defuddle on real pages: see
 * docs/quality.md); its HTML is then turned into text block by block, one paragraph per block,
 * paragraphs separated by a blank line. When readability finds nothing, the page's own blocks are
 * used.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

export interface ExtractedPage {
  text: string
  title: string | null
  published: string | null
  author: string | null
  siteName: string | null
  language: string | null
  method: 'readability' | 'page-blocks'
}

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TR', 'ARTICLE', 'SECTION', 'DIV', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'BR', 'HR'])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA'])

export function extractHtml(html: string): ExtractedPage {
  const { document } = parseHTML(html)
  const meta = readMeta(document)
  let text = ''
  let method: ExtractedPage['method'] = 'readability'
  let title = meta.title
  let author = meta.author
  let siteName = meta.siteName
  let published = meta.published
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
    if (article?.content) {
      text = htmlToBlocks(article.content)
      title = article.title || title
      author = article.byline || author
      siteName = article.siteName || siteName
      published = article.publishedTime || published
    }
  } catch {
    text = ''
  }
  if (text.trim() === '') {
    method = 'page-blocks'
    const { document: fresh } = parseHTML(html)
    text = blocksOf(fresh.body ?? fresh.documentElement)
  }
  return { text, title: clean(title), published: clean(published), author: clean(author), siteName: clean(siteName), language: meta.language, method }
}

/** An HTML fragment → text, one paragraph per block element, blocks separated by a blank line. */
export function htmlToBlocks(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`)
  return blocksOf(document.body)
}

function blocksOf(root: unknown): string {
  const blocks: string[] = []
  let current = ''
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, (m) => (m.includes('\u00a0') && !/[\r\n]/.test(m) ? m : ' ')).trim()
    if (t) blocks.push(t)
    current = ''
  }
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const name = node.nodeName.toUpperCase()
    if (SKIP.has(name)) return
    const block = BLOCK.has(name)
    if (block) flush()
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as typeof node)
    if (block) flush()
    else if (name === 'TD' || name === 'TH') current += ' '
  }
  if (root) walk(root as Parameters<typeof walk>[0])
  flush()
  return blocks.join('\n\n')
}

interface PageMeta {
  title: string | null
  published: string | null
  author: string | null
  siteName: string | null
  language: string | null
}

function readMeta(document: { querySelector(s: string): { getAttribute(n: string): string | null; textContent: string | null } | null }): PageMeta {
  const attr = (sel: string, name = 'content') => document.querySelector(sel)?.getAttribute(name) ?? null
  return {
    title: attr('meta[property="og:title"]') ?? document.querySelector('title')?.textContent ?? null,
    published:
      attr('meta[property="article:published_time"]') ??
      attr('meta[name="date"]') ??
      attr('meta[itemprop="datePublished"]') ??
      attr('time[datetime]', 'datetime'),
    author: attr('meta[name="author"]') ?? attr('meta[property="article:author"]'),
    siteName: attr('meta[property="og:site_name"]'),
    language: attr('html', 'lang'),
  }
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}
