/**
 * Boilerplate paragraphs (promotion, subscription, share lines, cross-links, cookie notices) are
 * marked as removed spans with a reason; the text itself is never cut, so every offset stays an
 * offset into what the user gave. Patterns live in `resources/<lang>/boilerplate/patterns.tsv`
 * and `resources/common/boilerplate/patterns.tsv`.
 */
import type { Paragraph, RemovedSpan } from '../../doc/schema.js'
import { compileResourceRegex, readResourceLines } from '../../resources/load.js'

export interface BoilerplateRule {
  id: string
  reason: string
  pattern: RegExp
  where: string
}

const cache = new Map<string, BoilerplateRule[]>()

/** Rules for a language plus the language-neutral ones, compiled once per process. */
export function loadBoilerplateRules(lang: string): BoilerplateRule[] {
  const hit = cache.get(lang)
  if (hit) return hit
  const rows = [...readResourceLines('common', 'boilerplate/patterns.tsv', 3), ...readResourceLines(lang, 'boilerplate/patterns.tsv', 3)]
  const rules = rows.map(({ cols, where }) => ({
    id: cols[0]!,
    reason: cols[1]!,
    pattern: compileResourceRegex(cols[2]!, 'iu', where),
    where,
  }))
  cache.set(lang, rules)
  return rules
}

/** Longest paragraph we test: boilerplate lines are short, and this bounds regex work. */
const MAX_BOILERPLATE = 1500

export function findBoilerplate(text: string, paragraphs: Paragraph[], articleLang: string): RemovedSpan[] {
  const removed: RemovedSpan[] = []
  for (const p of paragraphs) {
    if (p.end - p.start > MAX_BOILERPLATE) continue
    const s = text.slice(p.start, p.end)
    const langs = p.language && p.language !== articleLang ? [articleLang, p.language] : [articleLang]
    const rule = langs.flatMap(loadBoilerplateRules).find((r) => r.pattern.test(s))
    if (rule) removed.push({ start: p.start, end: p.end, reason: rule.reason, rule: `${rule.id} ${rule.where}` })
  }
  return removed
}
