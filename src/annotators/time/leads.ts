/**
 * Where a rule can start. A rule whose pattern starts with a list, a macro or a word runs sticky
 * at the offsets where that lead occurs, not as a scan of the whole text. Those offsets come from
 * scans shared by all rules: numbers (one scan of digits), words of three letters or more (the
 * trigger scan, see triggers.ts) and, for shorter words, one small regex per lead. A lead made of
 * anything else keeps a scan of its own (`null` plan).
 */
import { topLevelAlternatives } from './triggers.js'

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

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

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
