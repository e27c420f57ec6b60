/**
 * Time knowledge per language, loaded once from `resources/<lang>/time/`: word lists
 * (`lexicon/*.tsv`), regex macros (`macros.tsv`), rules (`rules.tsv`), modifiers
 * (`modifiers.tsv`) and tense cues (`tense.tsv`). Rule patterns name lists and macros as `%name` or
 * `%name:alias`; each becomes a named group whose value is looked up in the lists it refers to.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Timex } from '../../doc/schema.js'
import { EngineError } from '../../errors.js'
import { RESOURCES_DIR, compileResourceRegex, escapeRegex, readResourceLines } from '../../resources/load.js'
import { type Expr, parseExpr } from './expr.js'
import { FUNCTION_NAMES } from './normalize.js'
import { trieRegexSource } from './trie-regex.js'
import { type LeadPlan, leadItems, mergePlans, planLead } from './leads.js'
import { indexTriggers, triggerWords } from './triggers.js'

export type Tense = 'past' | 'present' | 'future'

export interface TimeRule {
  id: string
  type: Timex['type']
  regex: RegExp
  value: Expr
  /**
   * The list or macro every match starts with, when the pattern starts with one: the rule then
   * runs (sticky, `sticky`) only where that element occurs, found once for all rules sharing it.
   */
  lead: string | null
  sticky: RegExp | null
  /** Lower-case strings of which every match contains one (null: no gate); see triggers.ts. */
  triggers: string[] | null
  /** True when the value is computed from the narrative anchor: such a value never becomes the anchor itself. */
  usesAnchor: boolean
  /** A literal modifier, `$group` (looked up like any group), or null. */
  mod: string | null
  /** `cap`: the match must start with a capital (English month names that are also words). */
  options: Set<string>
  /** For each named group, the lists its text is looked up in. */
  lookups: Map<string, Map<string, string>[]>
  example: string | null
  expected: string | null
  where: string
}

export interface TimeModifier {
  regex: RegExp
  mod: string
  types: Set<string>
  /** Whether the modifier's words join the timex span (`more than two years`) or stay a signal outside it (« dès »). */
  joins: boolean
  where: string
}

export interface TimeResources {
  lang: string
  rules: TimeRule[]
  /** Finds every rule trigger in a lower-cased text in one scan (see triggers.ts). */
  triggerRegex: RegExp
  /** For each lead element of a rule, a regex finding where it occurs. */
  leads: Map<string, RegExp>
  /** How each lead's offsets are found without a scan of its own, when they can be (see leads.ts). */
  leadPlans: Map<string, LeadPlan>
  modifiers: TimeModifier[]
  /** `regex` finds a cue anywhere; `sticky`, the same pattern, tries one offset (a word start). */
  tense: { tense: Tense; regex: RegExp; sticky: RegExp }[]
  /**
   * Words that state the date of the text's source right before a date ("source dated", « source
   * datée du »; `source-date.tsv`), anchored at the end of the lower-cased text before it; null when the language has none.
   */
  sourceDate: RegExp | null
  /**
   * How a span of days is written (`day-span.tsv`), null when the language has no such file. For the
   * range joints ("to", "-", « au ») and the list joints ("and", « et »): `gap` matches all of the
   * text between a first and a last day ("3 to 5 November", "Tuesday and Wednesday"); `bare`
   * matches, right after a first day written with digits, a joint and a bare last day ("Dec 7-10",
   * "April 5 and 6."), the day in the first group that matched. `between`, `window` and `night`
   * match the end of the lower-cased text before a first day.
   */
  daySpan: DaySpanResources | null
}

export interface JointRegexes { gap: RegExp; bare: RegExp }

export interface DaySpanResources {
  range: JointRegexes | null
  /** Two days listed ("3 and 4 November") are a span when they follow each other, or after `between`. */
  list: JointRegexes | null
  /** Words that make two listed days a range ("between 3 and 5 March", « entre le 3 et le 5 mars »). */
  between: RegExp | null
  /** Words that make a span the window of one happening's unknown day ("at some point between"). */
  window: RegExp | null
  /** Words that make two days one night, dated by its first day ("overnight from Monday to Tuesday", « dans la nuit du 11 au 12 »). */
  night: RegExp | null
  /**
   * A later day the happening went on to, joined by words of going on ("began the evening of 07/03
   * and continued overnight into the morning of 08/03", « se sont poursuivis jusqu'au 8 mars »),
   * words of a part of the day allowed before it ("the morning of"): the gap's shape.
   */
  continued: RegExp | null
  /**
   * Words before a first day that open a span a later range word closes in the same sentence
   * ("Beginning 04/01, riders protested over a tariff until 07/01", « à partir du 4 janvier … jusqu'au 7 »).
   */
  opens: RegExp | null
  /** The gap from an opening day to its last: any words of the sentence, then a range word (and a part of the day). */
  openGap: RegExp | null
  /** Words right after a day that carry its happening into the next day ("and into the following morning", « jusqu'au lendemain »). */
  next: RegExp | null
}

const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET'])
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])'
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])'

/** Lower case, one space, straight apostrophe: the key lists are looked up with. */
export function lookupKey(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

/** Spaces match any run of white space (` ?` any or none), apostrophes either form, as in real text. */
function loosen(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+').replace(/'/g, "['’]")
}

/** Names an unknown function when the rules load, not when a match first needs it. */
function checkFunctions(expr: Expr, where: string): Expr {
  if (expr.kind !== 'call') return expr
  if (!FUNCTION_NAMES.has(expr.fn)) throw new EngineError('E_RESOURCE', `unknown value function ${expr.fn}(); known: ${[...FUNCTION_NAMES].join(', ')}`, where)
  for (const a of expr.args) checkFunctions(a, where)
  return expr
}

/** Patterns match lower-cased text, so a capital letter in one (outside an escape) could never match. */
function checkLowerCase(pattern: string, where: string): void {
  if (/\p{Lu}/u.test(pattern.replace(/\\[pP]\{[^}]*\}|\\./g, ''))) {
    throw new EngineError('E_RESOURCE', `pattern "${pattern}" has a capital letter; patterns match lower-cased text, write them in lower case`, where)
  }
}

const cache = new Map<string, TimeResources | null>()

/** The time resources of a language, or null when it has none. */
export function loadTimeResources(lang: string): TimeResources | null {
  if (cache.has(lang)) return cache.get(lang)!
  const res = existsSync(join(RESOURCES_DIR, lang, 'time', 'rules.tsv')) ? build(lang) : null
  cache.set(lang, res)
  return res
}

function build(lang: string): TimeResources {
  const lists = new Map<string, Map<string, string>>()
  const listDir = join(RESOURCES_DIR, lang, 'time', 'lexicon')
  const listFiles = existsSync(listDir) ? readdirSync(listDir).filter((f) => f.endsWith('.tsv')).sort() : []
  for (const file of listFiles) {
    const table = new Map<string, string>()
    for (const row of readResourceLines(lang, `time/lexicon/${file}`, 2)) table.set(lookupKey(row.cols[0]!), row.cols[1]!)
    lists.set(file.replace(/\.tsv$/, ''), table)
  }
  const macros = new Map<string, string>()
  for (const row of readResourceLines(lang, 'time/macros.tsv', 2)) macros.set(row.cols[0]!, row.cols[1]!)

  const alternations = new Map([...lists].map(([name, table]) => [name, trieRegexSource(table.keys())]))

  /** Expands `%name` references; inside macros they become plain (unnamed) groups. */
  const expand = (source: string, where: string, named: Map<string, Map<string, string>[]> | null, depth = 0): string =>
    source.replace(/%([a-z][a-z0-9]*)(?::([a-z][a-z0-9]*))?/gi, (_m, name: string, alias?: string) => {
      const used: Map<string, string>[] = []
      let inner: string
      if (lists.has(name)) {
        inner = alternations.get(name)!
        used.push(lists.get(name)!)
      } else if (macros.has(name)) {
        if (depth > 3) throw new EngineError('E_RESOURCE', `macro %${name} nests too deep`, where)
        const macro = macros.get(name)!
        inner = expand(loosen(macro), where, null, depth + 1)
        for (const ref of macro.matchAll(/%([a-z][a-z0-9]*)/gi)) if (lists.has(ref[1]!)) used.push(lists.get(ref[1]!)!)
      } else {
        throw new EngineError('E_RESOURCE', `unknown list or macro %${name}; add resources/${lang}/time/lexicon/${name}.tsv or a macros.tsv line`, where)
      }
      if (!named) return `(?:${inner})`
      const group = alias ?? name
      if (named.has(group)) throw new EngineError('E_RESOURCE', `group ${group} used twice; write %${name}:otherName`, where)
      named.set(group, used)
      return `(?<${group}>${inner})`
    })

  const leads = new Map<string, RegExp>()
  const rules: TimeRule[] = readResourceLines(lang, 'time/rules.tsv', 5).map((row) => {
    checkLowerCase(row.cols[2] ?? '', row.where)
    const [id, type, pattern, value, mod, options, example, expected] = row.cols as [string, string, string, string, string, string?, string?, string?]
    if (!TYPES.has(type)) throw new EngineError('E_RESOURCE', `type must be DATE, TIME, DURATION or SET, got "${type}"`, row.where)
    const lookups = new Map<string, Map<string, string>[]>()
    // No word edge before: find.ts checks it on each match (a leading lookbehind slows every scan).
    const source = `(?:${expand(loosen(pattern), row.where, lookups)})${WORD_EDGE_AFTER}`
    const items = leadItems(pattern)
    const lead = items ? items.join('|') : null
    if (lead && !leads.has(lead)) leads.set(lead, compileResourceRegex(`(?:${expand(lead, row.where, null)})`, 'gu', row.where))
    return {
      lead,
      sticky: lead ? compileResourceRegex(source, 'uy', row.where) : null,
      id,
      type: type as Timex['type'],
      regex: compileResourceRegex(source, 'gu', row.where),
      value: checkFunctions(parseExpr(value, row.where), row.where),
      triggers: triggerWords(pattern, { lists: new Map([...lists].map(([k, t]) => [k, t.keys()])), macros }),
      usesAnchor: /\b(?:arel|anchorAt|ago)\(/.test(value),
      mod: mod === '-' || mod === '' ? null : mod,
      options: new Set((options ?? '').split(',').map((o) => o.trim()).filter((o) => o && o !== '-')),
      lookups,
      example: example && example !== '-' ? example : null,
      expected: expected && expected !== '-' ? expected : null,
      where: row.where,
    }
  })

  const modifiers = readResourceLines(lang, 'time/modifiers.tsv', 3).map((row) => ({
    regex: compileResourceRegex(`${WORD_EDGE_BEFORE}(?:${expand(loosen(row.cols[0]!), row.where, null)})\\s*$`, 'u', row.where),
    mod: row.cols[1]!,
    types: new Set(row.cols[2]!.split(',')),
    joins: row.cols[3] !== 'outside',
    where: row.where,
  }))

  const tense = readResourceLines(lang, 'time/tense.tsv', 2).map((row) => {
    if (!['past', 'present', 'future'].includes(row.cols[0]!)) throw new EngineError('E_RESOURCE', `tense must be past, present or future, got "${row.cols[0]}"`, row.where)
    const source = `(?:${loosen(row.cols[1]!)})${WORD_EDGE_AFTER}`
    return { tense: row.cols[0] as Tense, regex: compileResourceRegex(source, 'gu', row.where), sticky: compileResourceRegex(source, 'uy', row.where) }
  })

  const leadNames = [...leads.keys()]
  const plans = leadNames.map((lead) => mergePlans(lead.split('|').map((item) => planLead(item, lists, macros))))
  const index = indexTriggers([...rules.map((r) => r.triggers), ...plans.map((p) => (p?.words.length ? p.words : null))], trieRegexSource)
  rules.forEach((r, i) => { r.triggers = index.sets[i]! })
  const leadPlans = new Map<string, LeadPlan>()
  plans.forEach((plan, i) => { if (plan) leadPlans.set(leadNames[i]!, { ...plan, words: index.sets[rules.length + i] ?? [] }) })
  const sourcePhrases = readResourceLines(lang, 'time/source-date.tsv').map((row) => loosen(escapeRegex(row.cols[0]!.toLowerCase())))
  const sourceDate = sourcePhrases.length ? compileResourceRegex(`${WORD_EDGE_BEFORE}(?:${sourcePhrases.join('|')})\\s*$`, 'u', `resources/${lang}/time/source-date.tsv`) : null
  return { lang, rules, triggerRegex: index.regex, leads, leadPlans, modifiers, tense, sourceDate, daySpan: daySpanJoints(lang) }
}

/**
 * Compiles `day-span.tsv`. A word joint needs white space around it, a sign does not. A bare last
 * day after a word joint must close its clause ("on April 5 and 6." but not "on April 5 and 6
 * soldiers"); after a sign it must only not run on into a word or a number ("Dec 7-10 in Wau").
 */
function daySpanJoints(lang: string): DaySpanResources | null {
  const where = `resources/${lang}/time/day-span.tsv`
  const rows = readResourceLines(lang, 'time/day-span.tsv', 2)
  if (!rows.length) return null
  const KINDS = ['range', 'list', 'ordinal', 'between', 'window', 'night', 'continued', 'part', 'opens', 'next']
  for (const r of rows) if (!KINDS.includes(r.cols[0]!)) throw new EngineError('E_RESOURCE', `kind must be one of ${KINDS.join(', ')}, got "${r.cols[0]}"`, r.where)
  const of = (kind: string) => rows.filter((r) => r.cols[0] === kind).map((r) => loosen(escapeRegex(r.cols[1]!.toLowerCase())))
  const ordinal = of('ordinal').length ? `(?:${of('ordinal').join('|')})?` : ''
  const isWord = (j: string) => /^\p{L}/u.test(j.replace(/\\/g, ''))
  const joints = (kind: string): JointRegexes | null => {
    const all = of(kind)
    if (!all.length) return null
    const words = all.filter(isWord)
    const signs = all.filter((j) => !words.includes(j))
    const gap = [...(words.length ? [`\\s+(?:${words.join('|')})\\s+`] : []), ...(signs.length ? [`\\s*(?:${signs.join('|')})\\s*`] : [])]
    const bare = [
      ...(words.length ? [`\\s+(?:${words.join('|')})\\s+(\\d{1,2})${ordinal}(?=\\s*(?:[,;:)\\]]|\\.(?!\\d)|$))`] : []),
      ...(signs.length ? [`\\s*(?:${signs.join('|')})\\s*(\\d{1,2})${ordinal}(?![\\p{L}\\p{N}]|[/.:,]\\d)`] : []),
    ]
    return { gap: compileResourceRegex(`^(?:${gap.join('|')})$`, 'u', where), bare: compileResourceRegex(`^(?:${bare.join('|')})`, 'u', where) }
  }
  const before = (kind: string) => (of(kind).length ? compileResourceRegex(`${WORD_EDGE_BEFORE}(?:${of(kind).join('|')})\\s*$`, 'u', where) : null)
  const part = of('part').length ? `(?:(?:${of('part').join('|')})\\s+)?` : ''
  const rangeWords = of('range').filter(isWord)
  // Up to two words before the words of going on ("and", "that", "which then"), none that ends a sentence.
  const continued = of('continued').length ? compileResourceRegex(`^\\s*,?\\s*(?:[\\p{L}'’]+\\s+){0,2}?(?:${of('continued').join('|')})\\s+${part}$`, 'u', where) : null
  const openGap = rangeWords.length ? compileResourceRegex(`^[^.;!?]{1,80}?\\s(?:${rangeWords.join('|')})\\s+${part}$`, 'u', where) : null
  const next = of('next').length ? compileResourceRegex(`^\\s*,?\\s*(?:${of('next').join('|')})(?![\\p{L}\\p{N}])`, 'u', where) : null
  return { range: joints('range'), list: joints('list'), between: before('between'), window: before('window'), night: before('night'), continued, opens: before('opens'), openGap, next }
}
