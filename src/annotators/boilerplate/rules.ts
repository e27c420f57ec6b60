/**
 * Boilerplate knowledge, loaded once per process per language: line patterns
 * (`resources/{common,<lang>}/boilerplate/patterns.tsv`) and the headings that open a page's tail
 * of comments and teasers (`resources/<lang>/boilerplate/tail.txt`).
 */
import { compileResourceRegex, readResourceLines } from '../../resources/load.js'

export interface BoilerplateRule {
  id: string
  reason: string
  pattern: RegExp
  where: string
}

export interface TailMarker {
  pattern: RegExp
  where: string
}

const ruleCache = new Map<string, BoilerplateRule[]>()
const tailCache = new Map<string, TailMarker[]>()

/** Rules for a language plus the language-neutral ones, compiled once per process. */
export function loadBoilerplateRules(lang: string): BoilerplateRule[] {
  const hit = ruleCache.get(lang)
  if (hit) return hit
  const rows = [...readResourceLines('common', 'boilerplate/patterns.tsv', 3), ...readResourceLines(lang, 'boilerplate/patterns.tsv', 3)]
  const rules = rows.map(({ cols, where }) => ({
    id: cols[0]!,
    reason: cols[1]!,
    pattern: compileResourceRegex(cols[2]!, 'iu', where),
    where,
  }))
  ruleCache.set(lang, rules)
  return rules
}

/** Tail headings, each matched against a whole trimmed line, case-insensitive. */
export function loadTailMarkers(lang: string): TailMarker[] {
  const hit = tailCache.get(lang)
  if (hit) return hit
  const markers = readResourceLines(lang, 'boilerplate/tail.txt').map(({ cols, where }) => ({
    pattern: compileResourceRegex(`^(?:${cols[0]!})\\s*[:.…]*$`, 'iu', where),
    where,
  }))
  tailCache.set(lang, markers)
  return markers
}
