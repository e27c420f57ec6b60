/**
 * A word list as one prefix-sharing regular expression (`twenty(?:-(?:one|two))?`): the regex
 * engine does not factor long alternations itself, and the lists are matched at every position of
 * every sentence. Longer words are tried first at every branch, so the longest listed word wins.
 */

interface Node { children: Map<string, Node>; terminal: boolean }

/** A character as itself in a regex, escaped where it is syntax. */
export function exactChar(ch: string): string {
  return /[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch
}

/** How one character of a listed word is written by default: spaces and apostrophes loosened. */
function looseChar(ch: string): string {
  if (ch === ' ') return '\\s+'
  if (ch === "'") return "['’]"
  return exactChar(ch)
}

function toSource(node: Node, charSource: (ch: string) => string): string {
  // A leaf returns before building any list: `map` over no child gives another kind of array than
  // over some, which threw this recursive function's compiled code away again and again.
  if (node.children.size === 0) return ''
  const alts: string[] = []
  for (const [ch, child] of [...node.children].sort((a, b) => (a[0] < b[0] ? -1 : 1))) alts.push(charSource(ch) + toSource(child, charSource))
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`
  return node.terminal ? `(?:${body})?` : body
}

/** `charSource` writes each character (default: spaces match any run of blanks, ' either apostrophe). */
export function trieRegexSource(words: Iterable<string>, charSource: (ch: string) => string = looseChar): string {
  const root: Node = { children: new Map(), terminal: false }
  for (const w of words) {
    let node = root
    for (const ch of w) {
      let next = node.children.get(ch)
      if (!next) node.children.set(ch, (next = { children: new Map(), terminal: false }))
      node = next
    }
    node.terminal = true
  }
  return toSource(root, charSource)
}
