/**
 * Skipping sentences a word pattern cannot match in. Resource patterns are compiled as
 * `WORD_START (?:body) WORD_END` (see resources.ts); the boundary lookbehind makes the regex
 * engine try every offset of every sentence. The body alone is searched in the whole text
 * instead, which the engine can do by the body's letters: any match inside a sentence has its body
 * matching the whole text at the same offset, so a sentence that ends before the body's next start
 * cannot match, and its scan is skipped without changing what is found.
 */
import { WORD_END, WORD_START } from './resources.js'

/** Anchors, word boundaries and lookarounds read past a sentence's ends: only the sentence scan is exact. */
const READS_AROUND = /\\[bB]|\(\?<?[=!]|\$|(?<!\[|\\)\^/

interface Probe {
  body: RegExp
  text: string | null
  /** The body's leftmost start at or after `from` in `text` (text.length when none). */
  from: number
  next: number
}

const probes = new WeakMap<RegExp, Probe | null>()

function probeOf(pattern: RegExp): Probe | null {
  let probe = probes.get(pattern)
  if (probe === undefined) {
    const src = pattern.source
    const body = src.startsWith(WORD_START) && src.endsWith(WORD_END) ? src.slice(WORD_START.length, -WORD_END.length) : null
    probe = body === null || READS_AROUND.test(body) ? null : { body: new RegExp(body, searchFlags(pattern.flags)), text: null, from: 0, next: 0 }
    probes.set(pattern, probe)
  }
  return probe
}

/** A global search from any offset: a sticky body would only look at the offset itself. */
function searchFlags(flags: string): string {
  const f = flags.replace('y', '')
  return f.includes('g') ? f : `${f}g`
}

/**
 * False only when `pattern` (built by compileWords) has no match in `text.slice(start, end)`.
 * Calls in order of `start` over one text cost about one search of the text per pattern.
 */
export function mayMatch(pattern: RegExp, text: string, start: number, end: number): boolean {
  const probe = probeOf(pattern)
  if (probe === null) return true
  if (probe.text !== text || start < probe.from || start > probe.next) {
    probe.body.lastIndex = start
    probe.text = text
    probe.from = start
    probe.next = probe.body.exec(text)?.index ?? text.length
  }
  return probe.next < end
}
