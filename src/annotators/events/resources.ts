/**
 * Loads the event resources once per process: the taxonomy (language-neutral) and, per language,
 * triggers, cues, generic actor descriptions, count patterns and number words. Every pattern is
 * compiled here, once; a bad line throws with `file:line`.
 */
import { EngineError } from '../../errors.js'
import { compileResourceRegex, escapeRegex, execFrom, readResourceLines } from '../../resources/load.js'
import { registerWordGates } from './gate.js'

export interface Taxonomy {
  code: string
  acled: boolean
  eventType: string
  subEventType: string
  ploverType: string
  ploverMode: string | null
  ploverContext: string | null
  caseLabel: string
}

export interface TriggerRule {
  id: string
  code: string
  weight: number
  pattern: RegExp
  context: RegExp | null
  unless: RegExp | null
  where: string
}

const CUE_KINDS = ['negation', 'ceased', 'hypothetical', 'definite', 'agent', 'source', 'target', 'locative', 'near', 'clause', 'between', 'passive', 'grievance', 'grievance-clause', 'reduced', 'held', 'vigilante', 'named', 'dress', 'harmed', 'offduty', 'accused', 'unclaimed', 'communal', 'communal-head', 'communal-pair', 'communal-name', 'communal-motive', 'cumulative', 'comparison', 'since', 'temporal', 'owner', 'crowd-anaphor', 'crowd-subject', 'crowd-deed', 'earlier', 'recalled-after', 'list', 'list-open', 'reference', 'container', 'origin', 'origin-after', 'forces-after', 'relative', 'harm-noun', 'raising', 'resumed', 'intent', 'undergone', 'participle', 'genitive', 'enforced', 'custody', 'vigilante-doer', 'vigilante-deed', 'herder-doer', 'mob-people', 'identified', 'clan-motive', 'holder', 'post', 'post-holder', 'post-people', 'unopposed', 'aim', 'article', 'on-patrol', 'office', 'intervene', 'reciprocal', 'reflexive', 'official', 'critic', 'leader', 'backer', 'provides', 'provides-stop', 'narrative-past', 'scene', 'across', 'unrest-noun', 'forces-clash', 'damage-told', 'armed-word', 'near-miss', 'object-relative', 'road-end', 'operation', 'loyal', 'aimed-at', 'no-intervention', 'crowd-clash'] as const
export type CueKind = (typeof CUE_KINDS)[number]

export interface GroupRule {
  pattern: RegExp
  /** The first alternative, a plain word that names the group ("soldiers"). */
  firstWord: string
  template: string
  inter: number
  where: string
}

export interface CountRule {
  kind: 'fatalities' | 'size'
  /** The count a rule states without a number (`{N0}` "no one was killed", `{N10}` "heavy casualties"), else null: read from `{NUM}`. */
  fixed: number | null
  /**
   * Added to the numbers read (`{N+1}`: the doer who died with them, "killing himself and four
   * others"); a second `{NUM}` is added too ("two farmers and three soldiers were killed").
   */
  plus: number
  /** A toll told without a number (`{N10}` "several were killed"): a number a later rule reads over all its words replaces it. */
  vague: boolean
  pattern: RegExp
  where: string
}

export interface EventResources {
  lang: string
  triggers: TriggerRule[]
  /** One alternation per cue kind; `null` when the language lists none. */
  cues: Record<CueKind, string | null>
  groups: GroupRule[]
  counts: CountRule[]
  numbers: Map<string, number>
  multipliers: Map<string, number>
  quantifiers: string[]
}

export const WORD_START = '(?<![\\p{L}\\p{N}_])'
export const WORD_END = '(?![\\p{L}\\p{N}_])'

/** Compiles a resource pattern as a whole-word, case-insensitive regex (`(?c)` = case-sensitive). */
export function compileWords(source: string, where: string, sticky = false): RegExp {
  const exact = source.startsWith('(?c)')
  const body = exact ? source.slice(4) : source
  return compileResourceRegex(`${WORD_START}(?:${body})${WORD_END}`, `gu${exact ? '' : 'i'}${sticky ? 'y' : ''}`, where)
}

/** Compiled cues per resources object, kind and shape: asked on every candidate, so no key string is built per call. */
const cueRegexes = new WeakMap<EventResources, Map<CueKind, Map<string, RegExp | null>>>()

/**
 * A cue kind of `cues.tsv` as a whole-word regex, compiled once per language and shape: `shape` is
 * the pattern around the alternation, `{cue}` standing for it (`'(?:{cue})\\s*$'`: the cue ends the
 * text). Null when the language has no such cue.
 */
export function cueRegex(res: EventResources, kind: CueKind, shape = '(?:{cue})'): RegExp | null {
  let kinds = cueRegexes.get(res)
  if (!kinds) cueRegexes.set(res, (kinds = new Map()))
  let shapes = kinds.get(kind)
  if (!shapes) kinds.set(kind, (shapes = new Map()))
  let re = shapes.get(shape)
  if (re === undefined) {
    const alt = res.cues[kind]
    re = alt ? compileWords(shape.replace('{cue}', () => alt), `${res.lang}/events/cues.tsv#${kind}`) : null
    shapes.set(shape, re)
  }
  return re
}

/** True when the cue (see `cueRegex`) matches in `s`. */
export function hasCue(res: EventResources, kind: CueKind, s: string, shape?: string): boolean {
  const re = cueRegex(res, kind, shape)
  if (!re) return false
  re.lastIndex = 0
  return execFrom(re, s) !== null
}

/** Context and exception patterns are word beginnings: "protest" also finds "protesters". */
export function compileStems(source: string, where: string): RegExp {
  const exact = source.startsWith('(?c)')
  const body = exact ? source.slice(4) : source
  return compileResourceRegex(`${WORD_START}(?:${body})`, `gu${exact ? '' : 'i'}`, where)
}

function optional(col: string | undefined): string | null {
  return col === undefined || col === '' || col === '-' ? null : col
}

let taxonomy: Map<string, Taxonomy> | null = null

export function loadTaxonomy(): Map<string, Taxonomy> {
  if (taxonomy) return taxonomy
  const map = new Map<string, Taxonomy>()
  for (const { cols, where } of readResourceLines('common', 'events/taxonomy.tsv', 8)) {
    const [code, acled, eventType, subEventType, ploverType, mode, context, caseLabel] = cols as [string, string, string, string, string, string, string, string]
    if (acled !== 'yes' && acled !== 'no') throw new EngineError('E_RESOURCE', `acled column must be yes or no, got "${acled}"`, where)
    map.set(code, {
      code, acled: acled === 'yes', eventType: optional(eventType) ?? '', subEventType: optional(subEventType) ?? '',
      ploverType: optional(ploverType) ?? '', ploverMode: optional(mode), ploverContext: optional(context), caseLabel,
    })
  }
  taxonomy = map
  return map
}

const cache = new Map<string, EventResources>()

/** The event resources of one language (empty lists when it has none). */
export function loadEventResources(lang: string): EventResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const codes = loadTaxonomy()
  const triggers = readResourceLines(lang, 'events/triggers.tsv', 4).map(({ cols, where }): TriggerRule => {
    const [id, code, weight, pattern] = cols as [string, string, string, string]
    if (!codes.has(code)) throw new EngineError('E_RESOURCE', `unknown event code "${code}" (see common/events/taxonomy.tsv)`, where)
    const w = Number(weight)
    if (!Number.isFinite(w) || w <= 0) throw new EngineError('E_RESOURCE', `weight must be a positive number, got "${weight}"`, where)
    const context = optional(cols[4])
    const unless = optional(cols[5])
    return {
      id, code, weight: w, where,
      pattern: compileWords(pattern, where),
      context: context === null ? null : compileStems(context, where),
      unless: unless === null ? null : compileStems(unless, where),
    }
  })
  const cueParts = new Map<CueKind, string[]>()
  for (const { cols, where } of readResourceLines(lang, 'events/cues.tsv', 2)) {
    const kind = cols[0] as CueKind
    if (!CUE_KINDS.includes(kind)) throw new EngineError('E_RESOURCE', `unknown cue kind "${cols[0]}"; expected one of ${CUE_KINDS.join(', ')}`, where)
    compileWords(cols[1]!, where)
    cueParts.set(kind, [...(cueParts.get(kind) ?? []), cols[1]!])
  }
  const cues = Object.fromEntries(CUE_KINDS.map((k) => [k, cueParts.has(k) ? cueParts.get(k)!.join('|') : null])) as Record<CueKind, string | null>
  const numbers = new Map<string, number>()
  const multipliers = new Map<string, number>()
  const quantifiers: string[] = []
  const notCounted: string[] = []
  for (const { cols, where } of readResourceLines(lang, 'events/numbers.tsv', 2)) {
    const [word, value] = cols as [string, string]
    if (value === 'quantifier') quantifiers.push(word)
    else if (value === 'not-counted') notCounted.push(word)
    else if (value.startsWith('×')) multipliers.set(word.toLowerCase(), Number(value.slice(1)))
    else if (/^\d+$/.test(value)) numbers.set(word.toLowerCase(), Number(value))
    else throw new EngineError('E_RESOURCE', `expected a number, ×multiplier, "quantifier" or "not-counted", got "${value}"`, where)
  }
  const num = numberPattern(numbers, multipliers, quantifiers, notCounted)
  const counts = readResourceLines(lang, 'events/counts.tsv', 2).map(({ cols, where }): CountRule => {
    const kind = cols[0]
    if (kind !== 'fatalities' && kind !== 'size') throw new EngineError('E_RESOURCE', `count kind must be fatalities or size, got "${kind}"`, where)
    const fixed = /^\{N(\+?)(\d+)\}/.exec(cols[1]!)
    const source = cols[1]!.slice(fixed ? fixed[0].length : 0).replace('{NUM}', `(?<n>${num})`).replace('{NUM}', `(?<m>${num})`)
    const plus = fixed?.[1] === '+'
    if (plus && !source.includes('(?<n>')) throw new EngineError('E_RESOURCE', '{N+<n>} adds to a number read: the pattern needs {NUM}', where)
    return { kind, fixed: fixed && !plus ? Number(fixed[2]) : null, plus: plus ? Number(fixed[2]) : 0, vague: !!fixed && !plus && Number(fixed[2]) >= 10, where, pattern: compileWords(source, where) }
  })
  const groups = readResourceLines(lang, 'events/groups.tsv', 3).map(({ cols, where }): GroupRule => {
    const inter = Number(cols[2])
    if (!Number.isInteger(inter) || inter < 0 || inter > 8) throw new EngineError('E_RESOURCE', `inter must be 0-8, got "${cols[2]}"`, where)
    return { pattern: compileWords(cols[0]!, where), firstWord: cols[0]!.split('|')[0]!, template: cols[1]!, inter, where }
  })
  const res: EventResources = { lang, triggers, cues, groups, counts, numbers, multipliers, quantifiers }
  registerWordGates([...triggers.flatMap((t) => [t.pattern, t.context, t.unless].filter((p) => p !== null)), ...groups.map((g) => g.pattern), ...counts.map((c) => c.pattern)])
  cache.set(lang, res)
  return res
}


/** A number as written in news: "5 000", "5,000", "12", "twelve", "two hundred", "at least 12". */
function numberPattern(numbers: Map<string, number>, multipliers: Map<string, number>, quantifiers: string[], notCounted: string[] = []): string {
  // A number word before a word that makes it no count, or before that word's adjective ("a number of",
  // "an unknown number of", "a few", « un certain nombre ») is none.
  const uncounted = notCounted.length ? `(?! (?:\\S+ )?(?:${notCounted.map(escapeRegex).join('|')})(?![\\p{L}]))` : ''
  const words = numbers.size ? `(?:${[...numbers.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})${uncounted}` : ''
  const mult = [...multipliers.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')
  const quant = quantifiers.map(escapeRegex).join('|')
  const digits = '\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+(?![\\d])|\\d+'
  const core = `(?:${digits}${words ? `|${words}` : ''})(?:[ -](?:${words}))?${mult ? `(?: (?:${mult}))?` : ''}`
  return `(?:(?:${quant || 'x^'}) )?(?:${core})`
}

/** The value of a number matched by the count patterns; null when it cannot be read. */
export function parseNumber(text: string, res: EventResources): number | null {
  let s = text.toLowerCase().trim()
  for (const q of [...res.quantifiers].sort((a, b) => b.length - a.length)) {
    if (s.startsWith(`${q.toLowerCase()} `)) { s = s.slice(q.length + 1); break }
  }
  const digits = /^(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)/.exec(s)
  const read = digits ? readDigits(s, digits[0]) : readWords(s, res)
  if (!read) return null
  let value = read.value
  const rest = read.rest
  const m = res.multipliers.get(rest.split(' ')[0] ?? '')
  if (m !== undefined) value *= m
  return Number.isFinite(value) ? value : null
}

function readDigits(s: string, digits: string): { value: number; rest: string } {
  return { value: Number(digits.replace(/[ \u00a0\u202f,.]/g, '')), rest: s.slice(digits.length).trim() }
}

function readWords(s: string, res: EventResources): { value: number; rest: string } | null {
  const parts = s.split(/[ -]+/)
  let value = 0
  let used = 0
  for (const p of parts) {
    const n = res.numbers.get(p)
    if (n === undefined) break
    value += n
    used++
  }
  return used === 0 ? null : { value, rest: parts.slice(used).join(' ') }
}
