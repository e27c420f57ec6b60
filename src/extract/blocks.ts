/**
 * A DOM subtree → text blocks, one per block-level element, with the features the clean-up needs
 * (link share, the element that made the block, whether it sits in a figure). Walks the tree once
 * with an explicit stack, so a hostile page with deep nesting cannot overflow the call stack.
 */

/** The few DOM members we use; linkedom and browsers both provide them. */
export interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
  getAttribute?(name: string): string | null
}

export interface Block {
  text: string
  /** Characters of the block that sit inside links. */
  linkChars: number
  /** The block element that opened the block (`P`, `LI`, `H2`, `FIGCAPTION`…). */
  tag: string
  /** True inside `<figure>`, `<figcaption>` or a `<picture>`: captions and credits. */
  inFigure: boolean
  /** True for headings (`H1`–`H6`). */
  heading: boolean
}

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'FIGURE', 'TR', 'ARTICLE', 'SECTION', 'DIV', 'UL', 'OL', 'DL', 'TABLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION'])
/** Never text: code, styling, embedded objects and form widgets. Scripts are never run, only skipped. */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK'])
const FIGURE = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE'])
const HEADING = /^H[1-6]$/

/** Collapses white space but keeps a lone no-break space, which French typography needs. */
function tidy(s: string): string {
  return s.replace(/[ \t\r\n\f\u00a0]+/g, (m) => (m.includes('\u00a0') && !/[ \t\r\n\f]/.test(m) ? m : ' ')).trim()
}

interface Frame {
  node: DomNode
  /** Set when the frame is the exit marker of a block element. */
  exit?: boolean
  inLink: boolean
  inFigure: boolean
  block: string
}

export function blocksOf(root: DomNode | null | undefined): Block[] {
  const blocks: Block[] = []
  let current = ''
  let linkChars = 0
  let tag = 'BODY'
  let inFigure = false
  const flush = () => {
    const text = tidy(current)
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, text.length), tag, inFigure, heading: HEADING.test(tag) })
    current = ''
    linkChars = 0
  }
  if (!root) return blocks
  const stack: Frame[] = [{ node: root, inLink: false, inFigure: false, block: 'BODY' }]
  while (stack.length) {
    const f = stack.pop()!
    if (f.exit) {
      flush()
      tag = f.block
      inFigure = f.inFigure
      continue
    }
    const node = f.node
    if (node.nodeType === 3) {
      const t = node.textContent ?? ''
      current += t
      if (f.inLink) linkChars += t.trim().length
      continue
    }
    if (node.nodeType !== 1) continue
    const name = node.nodeName.toUpperCase()
    if (SKIP.has(name)) continue
    const isBlock = BLOCK.has(name)
    const childFigure = f.inFigure || FIGURE.has(name)
    const childLink = f.inLink || name === 'A'
    if (isBlock) {
      flush()
      // When this block closes, text that follows belongs to the enclosing block again.
      stack.push({ node, exit: true, inLink: f.inLink, inFigure: f.inFigure, block: f.block })
      tag = name
      inFigure = childFigure
    } else if (name === 'TD' || name === 'TH') current += ' '
    const kids = node.childNodes
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, inLink: childLink, inFigure: childFigure, block: isBlock ? name : f.block })
  }
  flush()
  return blocks
}
