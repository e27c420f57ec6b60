/**
 * Paragraph spans of a plain text. One paragraph per line, unless the text is hard-wrapped (blank
 * lines between blocks whose lines mostly run on without final punctuation), in which case a
 * block between blank lines is one paragraph. Spans exclude surrounding white space.
 */
import type { Span } from '../../doc/schema.js'

const TERMINAL = /[.!?…:;»"”)\]]\s*$/u

export function findParagraphs(text: string): Span[] {
  const lines = lineSpans(text)
  const hardWrapped = isHardWrapped(text, lines)
  const out: Span[] = []
  let block: Span | null = null
  for (const line of lines) {
    const blank = text.slice(line.start, line.end).trim() === ''
    if (!hardWrapped) {
      if (!blank) out.push(trim(text, line))
      continue
    }
    if (blank) {
      if (block) out.push(trim(text, block))
      block = null
    } else if (block) block.end = line.end
    else block = { ...line }
  }
  if (block) out.push(trim(text, block))
  return out.filter((p) => p.end > p.start)
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i
      spans.push({ start, end })
      start = i + 1
    }
  }
  return spans
}

function isHardWrapped(text: string, lines: Span[]): boolean {
  let continued = 0
  let runOn = 0
  let blanks = 0
  let seenText = false
  let pendingBlank = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const s = text.slice(line.start, line.end)
    if (s.trim() === '') {
      // Only a blank line between two non-blank ones separates blocks; leading and trailing ones do not.
      if (seenText) pendingBlank = true
      continue
    }
    if (pendingBlank) blanks++
    pendingBlank = false
    seenText = true
    const next = lines[i + 1]
    if (next && text.slice(next.start, next.end).trim() !== '') {
      continued++
      if (!TERMINAL.test(s)) runOn++
    }
  }
  return blanks > 0 && continued > 0 && runOn / continued >= 0.5
}

function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return { start, end }
}
