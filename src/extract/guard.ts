/**
 * Cheap, linear checks on raw HTML before any parser sees it. linkedom's parse and Readability both
 * slow down super-linearly with nesting depth (measured: 4,000 nested `<div>`s take 6.6 s in
 * Readability, 100,000 take 20 s to parse), so a hostile page is refused before parsing instead.
 */

/** Elements that never hold children or close themselves implicitly: they do not deepen the tree. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'td', 'tr', 'th', 'option', 'dt', 'dd', 'tbody', 'thead', 'colgroup'])
/** Raw-text elements: their content is not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title'])

/**
 * The nesting depth a parser would build, approximated from tags alone (open minus close). Each
 * tag match stops at the next `<`, and raw-text content is skipped with `indexOf`, so the scan is
 * linear even on unterminated tags.
 */
export function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g
  let depth = 0
  let max = 0
  let m: RegExpExecArray | null
  while ((m = tag.exec(html))) {
    const name = m[2]!.toLowerCase()
    if (m[1]) {
      if (!FLAT.has(name)) depth = Math.max(0, depth - 1)
      continue
    }
    if (RAW.has(name)) {
      const end = html.indexOf(`</${name}`, tag.lastIndex)
      if (end < 0) break
      tag.lastIndex = end
      continue
    }
    if (FLAT.has(name) || m[0].endsWith('/>')) continue
    depth++
    if (depth > max) max = depth
  }
  return max
}

/**
 * The page wrapped so that its content sits in `<body>`: linkedom builds no body for fragments or
 * for pages that omit the tag (browsers add it), and Readability only reads the body. Anything
 * before `<!doctype>` / `<html>` is dropped.
 */
export function withDocumentShell(page: string): string {
  // Server error messages printed before the document (PHP warnings) make linkedom build an
  // empty tree; a browser would show them, but they are never the article.
  const start = page.search(/<!doctype|<html[\s>]/i)
  const html = start > 0 ? page.slice(start) : page
  let out: string
  const head = /<\/head\s*>/i.exec(html)
  const open = /<html[^<>]*>/i.exec(html)
  if (/<body[\s>]/i.test(html)) out = html
  else if (head) out = `${html.slice(0, head.index + head[0].length)}<body>${html.slice(head.index + head[0].length)}</body>`
  else if (open) out = `${html.slice(0, open.index + open[0].length)}<body>${html.slice(open.index + open[0].length)}</body>`
  else out = `<body>${html}</body>`
  return /<html[\s>]/i.test(out) ? out : `<!doctype html><html>${out}</html>`
}
