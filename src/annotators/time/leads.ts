/**
 * Where a rule can start. A rule whose pattern starts with a list, a macro or a word runs sticky
 * at the offsets where that lead occurs, not as a scan of the whole text. Those offsets come from
 * scans shared by all rules: numbers (one scan of digits), words of three letters or more (the
 * trigger scan, see triggers.ts) and, for shorter words, one small regex per lead. A lead made of
 * anything else keeps a scan of its own (`null` plan).
 */
import { groupEnd, topLevelAlternatives } from './triggers.js'
import { escapeRegex } from '../../resources/load.js'

export interface LeadPlan {
  /** The lead can start with a digit. */
  numbers: boolean
  /** Its first words of three letters or more (mapped to trigger words when the rules load). */
  words: string[]
  /** Its first words of one or two letters, found by their own regex. */
  short: RegExp | null
}

/** True when every alternative of a macro starts with a digit (`0?[1-9]|1[0-2]`, `1[5-9]\d\d`). */
export function digitInitial(macro: string): boolean {
  return topLevelAlternatives(macro).every((alt) => /^(?:(?:\[[0-9-]+\]|\\d|[0-9])\?)*(?:\[[0-9-]+\]|\\d|[0-9])/.test(alt))
}


export function planLead(lead: string, lists: Map<string, Map<string, string>>, macros: Map<string, string>): LeadPlan | null {
  let numbers = false
  const first: string[] = []
  const addList = (name: string) => { for (const k of lists.get(name)!.keys()) first.push(k.split(/[\s'’-]/)[0]!) }
  if (!lead.startsWith('%')) first.push(lead)
  else if (lists.has(lead.slice(1))) addList(lead.slice(1))
  else {
    for (const alt of topLevelAlternatives(macros.get(lead.slice(1)) ?? '')) {
      const list = /^%([a-z][a-z0-9]*)$/i.exec(alt)?.[1]
      if (digitInitial(alt)) numbers = true
      else if (list && lists.has(list)) addList(list)
      else return null
    }
  }
  if (first.some((w) => w === '')) return null
  const words = [...new Set(first.filter((w) => w.length >= 3))]
  const short = [...new Set(first.filter((w) => w.length < 3))]
  return {
    numbers,
    words,
    short: short.length ? new RegExp(`(?:${short.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
  }
}

/**
 * What every match of a pattern can start with: lists or macros (`%month`) and literal words
 * (`the`), through alternatives (`now|currently`), optional groups (`(?:the )?%day`) and
 * lookbehinds; null when some match could start with anything else.
 */
export function leadItems(pattern: string): string[] | null {
  const out = new Set<string>()
  for (const alt of topLevelAlternatives(pattern)) {
    const items = startItems(alt)
    if (!items) return null
    for (const i of items) out.add(i)
  }
  return out.size ? [...out].sort() : null
}

function startItems(p: string): string[] | null {
  if (p.startsWith('(?<=') || p.startsWith('(?<!')) return startItems(p.slice(groupEnd(p, 0)))
  if (p.startsWith('(?:')) {
    const end = groupEnd(p, 0)
    const inner = leadItems(p.slice(3, end - 1))
    if (!inner) return null
    if (p[end] !== '?') return inner
    const rest = startItems(p.slice(end + 1))
    return rest ? [...inner, ...rest] : null
  }
  const ref = /^%([a-z][a-z0-9]*)(?::[a-z][a-z0-9]*)?/i.exec(p)
  if (ref) return /^[?*{]/.test(p.slice(ref[0].length)) ? null : [`%${ref[1]}`]
  const word = /^\p{L}+/u.exec(p)
  if (word) return /^[?*{]/.test(p.slice(word[0].length)) ? null : [word[0]]
  return null
}

/** One plan for a lead of several items; null when one of them needs a scan of its own. */
export function mergePlans(plans: (LeadPlan | null)[]): LeadPlan | null {
  if (plans.some((p) => p === null)) return null
  const all = plans as LeadPlan[]
  const shorts = all.flatMap((p) => (p.short ? [p.short.source] : []))
  return {
    numbers: all.some((p) => p.numbers),
    words: [...new Set(all.flatMap((p) => p.words))],
    short: shorts.length ? new RegExp(shorts.join('|'), 'gu') : null,
  }
}
