/**
 * Boilerplate knowledge, loaded once per process per language: line patterns
 * (`resources/{common,<lang>}/boilerplate/patterns.tsv`) and the headings that open a page's tail
 * of comments and teasers (`resources/<lang>/boilerplate/tail.txt`).
 */
import { EngineError } from '../../errors.js'
import { compileResourceRegex, escapeRegex, readResourceLines } from '../../resources/load.js'

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

/** The words of `resources/<lang>/boilerplate/tags.tsv`: what opens a tag list and what ends it. */
export interface TagResources {
  /** The labels, global and case-sensitive, with an optional colon after them; null when the language has none. */
  label: RegExp | null
  /** Lower-case openers, longest first. */
  openers: string[]
  longestOpener: number
  stops: Set<string>
  endings: string[]
  where: string
}

const tagCache = new Map<string, TagResources>()
const TAG_KINDS = new Set(['label', 'opener', 'stop', 'ending'])

export function loadTagResources(lang: string): TagResources {
  const hit = tagCache.get(lang)
  if (hit) return hit
  const rows = readResourceLines(lang, 'boilerplate/tags.tsv', 2)
  for (const r of rows) {
    if (!TAG_KINDS.has(r.cols[0]!)) throw new EngineError('E_RESOURCE', `unknown kind "${r.cols[0]}" (expected ${[...TAG_KINDS].join(', ')})`, r.where)
  }
  const words = (kind: string) => rows.filter((r) => r.cols[0] === kind).flatMap((r) => r.cols[1]!.split('|').map((w) => w.trim()).filter(Boolean))
  const labelRow = rows.find((r) => r.cols[0] === 'label')
  const labels = words('label').sort((a, b) => b.length - a.length)
  const openers = words('opener').map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length)
  const res: TagResources = {
    label: labels.length && labelRow
      ? compileResourceRegex(`(?<![\\p{L}\\p{N}])(?:${labels.map((l) => escapeRegex(l).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])\\s*:?`, 'gu', labelRow.where)
      : null,
    openers,
    longestOpener: openers[0]?.length ?? 0,
    stops: new Set(words('stop').map((w) => w.toLowerCase())),
    endings: words('ending'),
    where: labelRow?.where ?? `${lang}/boilerplate/tags.tsv`,
  }
  tagCache.set(lang, res)
  return res
}

/** The words of `resources/<lang>/boilerplate/related.tsv`, with the openers and stops of tags.tsv. */
export interface RelatedResources {
  /** The headings, global and case-sensitive, matched only before a capital, a number or a quotation mark; null when the language has none. */
  heading: RegExp | null
  /** The headings of kind `list` (which may open the page's tail), as written. */
  lists: Set<string>
  /** Lower-case openers of a sentence, longest first (tags.tsv). */
  openers: string[]
  longestOpener: number
  /** Lower-case function words (tags.tsv). */
  stops: Set<string>
  where: string
}

const relatedCache = new Map<string, RelatedResources>()
const RELATED_KINDS = new Set(['list', 'link'])

export function loadRelatedResources(lang: string): RelatedResources {
  const hit = relatedCache.get(lang)
  if (hit) return hit
  const rows = readResourceLines(lang, 'boilerplate/related.tsv', 2)
  for (const r of rows) {
    if (!RELATED_KINDS.has(r.cols[0]!)) throw new EngineError('E_RESOURCE', `unknown kind "${r.cols[0]}" (expected list, link)`, r.where)
  }
  const words = (kind: string) => rows.filter((r) => r.cols[0] === kind).flatMap((r) => r.cols[1]!.split('|').map((w) => w.trim()).filter(Boolean))
  const headings = [...words('list'), ...words('link')].sort((a, b) => b.length - a.length)
  const tags = loadTagResources(lang)
  const res: RelatedResources = {
    heading: headings.length
      ? compileResourceRegex(`(?<![\\p{L}\\p{N}])(${headings.map((h) => escapeRegex(h).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])\\s*:?\\s*(?=[\\p{Lu}\\p{N}"“«‘'])`, 'gu', rows[0]!.where)
      : null,
    lists: new Set(words('list').map((w) => w.replace(/\s+/g, ' '))),
    openers: tags.openers,
    longestOpener: tags.longestOpener,
    stops: tags.stops,
    where: rows[0]?.where ?? `${lang}/boilerplate/related.tsv`,
  }
  relatedCache.set(lang, res)
  return res
}
