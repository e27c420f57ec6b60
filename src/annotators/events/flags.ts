/**
 * Step 3: modality flags no anchor implements. A negation or a hypothetical cue must sit just
 * before the trigger in the same clause; a "ceased" cue may follow it ("les frappes … ont été
 * suspendues") or precede it ("the suspension of air strikes"); reported-by is the statement
 * whose content holds the trigger. Words of a time expression or a proper name are no cue:
 * "injured on 15 May" is not the modal "may", "Will Ross said" no future.
 */
import type { Sentence, Span, Statement } from '../../doc/schema.js'
import { allMatches } from '../../resources/load.js'
import { cueRegex, hasCue, type CueKind, type EventResources } from './resources.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/gu
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

export interface Flags {
  negated: boolean
  ceased: boolean
  hypothetical: boolean
  reportedBy: number | null
}

/** Flags that tell a happening as it happened: neither negated, hypothetical nor ceased. */
export const toldAsHappened = (f: Flags) => !f.negated && !f.hypothetical && !f.ceased

function cue(res: EventResources, kind: CueKind, anchor: 'end' | 'any'): RegExp | null {
  return cueRegex(res, kind, anchor === 'end' ? '(?:{cue})(?:\\s+\\S+){0,3}\\s*$' : '(?:{cue})')
}

function matches(re: RegExp | null, s: string): boolean {
  if (!re) return false
  re.lastIndex = 0
  return re.test(s)
}

/**
 * The sentence's text with the letters and digits of the given spans made neutral ("15 May" →
 * "xx xxx"): same length and the same words, so offsets and the words a cue may reach over hold.
 * What `readFlags` and `readCounts` read; `spans` are those whose words are no cue and whose numbers
 * no count (time expressions, proper names), any order.
 */
export function neutralised(text: string, sentence: Sentence, spans: readonly Span[]): string {
  let out = text.slice(sentence.start, sentence.end)
  for (const t of spans) {
    const from = Math.max(t.start, sentence.start) - sentence.start, to = Math.min(t.end, sentence.end) - sentence.start
    if (from < to) out = out.slice(0, from) + out.slice(from, to).replace(LETTERS_OR_DIGITS, 'x') + out.slice(to)
  }
  return out
}

/**
 * The text of the clause before the trigger: back to the last clause break or closed aside ("a leader
 * (identity not known) is arrested": the aside's cue does not reach the trigger), at most `max` characters.
 */
export function clauseBefore(text: string, sentence: Span, at: number, max = Infinity): string {
  const s = text.slice(Math.max(sentence.start, at - max), at)
  const cut = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('«'), s.lastIndexOf('"'), s.lastIndexOf(')'), s.lastIndexOf(']'))
  return cut >= 0 ? s.slice(cut + 1) : s
}

function clauseAfter(text: string, sentence: Span, at: number, max: number): string {
  const s = text.slice(at, Math.min(sentence.end, at + max))
  const cut = s.search(/[;:»"]|, (?:and|but|et|mais|while|alors)\b/u)
  return cut >= 0 ? s.slice(0, cut) : s
}

/**
 * The clause after the trigger up to a relative pronoun that opens a clause on its object (cue kind
 * `object-relative`: "protested Ebola restrictions that have halted market activity", « contre les
 * mesures qui ont suspendu les marchés »): what that clause tells is the object's. A relative right
 * after the trigger ("the strike, which was called off") is the trigger's own.
 */
function beforeObjectRelative(after: string, res: EventResources): string {
  const re = cueRegex(res, 'object-relative')
  if (!re) return after
  for (const m of allMatches(re, after)) {
    if (HAS_LETTER_OR_DIGIT.test(after.slice(0, m.index))) return after.slice(0, m.index)
  }
  return after
}

/** `local`: the sentence alone, its time expressions and names neutralised (`neutralised`); offsets become relative to it. */
export function readFlags(trigger: Span, sentence: Sentence, local: string, statements: readonly Statement[], res: EventResources): Flags {
  const whole = { start: 0, end: local.length }
  const at = trigger.start - sentence.start
  const before = clauseBefore(local, whole, at, 45)
  const after = clauseAfter(local, whole, trigger.end - sentence.start, 90)
  const negated = matches(cue(res, 'negation', 'end'), before)
  const ceased = matches(cue(res, 'ceased', 'any'), beforeObjectRelative(after, res)) || matches(cue(res, 'ceased', 'end'), clauseBefore(local, whole, at, 30))
  const hypothetical = matches(cue(res, 'hypothetical', 'end'), before) || providedFor(local, at, trigger.end - sentence.start, res)
  const index = statements.findIndex((st) => st.content.start <= trigger.start && trigger.end <= st.content.end)
  return { negated, ceased, hypothetical, reportedBy: index >= 0 ? index : null }
}

/**
 * True when the clause of the trigger is told in the tense of narrated history (cue kind
 * `narrative-past`: the French passé simple, « l'armée livra bataille durant deux mois », « ils
 * furent alors victimes d'une répression », « après que son frère fut tué »), which news prose keeps
 * for background: the happening is recalled, not reported. The clause only: « X, qui fut ministre,
 * a été tué » is today's killing. What `index.ts` reads for an event its own sentence does not date.
 */
export function narratedPast(trigger: Span, sentence: Sentence, local: string, res: EventResources): boolean {
  const whole = { start: 0, end: local.length }
  const at = trigger.start - sentence.start, end = trigger.end - sentence.start
  const clause = clauseBefore(local, whole, at, 80) + local.slice(at, end) + clauseAfter(local, whole, end, 80).split(',')[0]
  return matches(cue(res, 'narrative-past', 'any'), clause)
}

/** How far back a document's verb of content reaches over the items it lists. */
const PROVIDES_REACH = 220

/**
 * True when the trigger is an item of what a plan, a protocol, a draft or a demand lists (cue kind
 * `provides`: « un plan prévoyant le retrait des troupes », « ce protocole prévoit, outre la mission
 * d'observation, l'arrêt des violences, … le retrait de l'armée des villes », "a plan providing for a
 * ceasefire and the withdrawal of troops"): what a document sets out is not done. The cue reaches
 * back over the commas of its list, not over a clause that tells something else: another clause's
 * word (cue kind `clause`), a conjugated auxiliary or a coordinating « mais », « puis » (cue kind `provides-stop`: « le plan prévoit une trêve, les
 * combats ont repris »), a semicolon, a colon or a quotation.
 */
function providedFor(local: string, at: number, end: number, res: EventResources): boolean {
  const re = cueRegex(res, 'provides', '(?:{cue})')
  if (!re) return false
  const span = local.slice(Math.max(0, at - PROVIDES_REACH), at)
  const cut = Math.max(span.lastIndexOf(';'), span.lastIndexOf(':'), span.lastIndexOf('«'), span.lastIndexOf('"'), span.lastIndexOf('»'))
  const tail = cut >= 0 ? span.slice(cut + 1) : span
  const found = allMatches(re, tail).at(-1)
  if (found === undefined) return false
  // The trigger's own words too: « les soldats se sont retirés » opens its own clause.
  const items = tail.slice(found.index + found[0].length) + local.slice(at, end)
  return !hasCue(res, 'clause', items) && !hasCue(res, 'provides-stop', items)
}

/** True when a determiner ("the", « cette ») stands right before the trigger: it may name an event told earlier. */
export function isDefinite(trigger: Span, sentence: Sentence, text: string, res: EventResources): boolean {
  const before = text.slice(Math.max(sentence.start, trigger.start - 12), trigger.start)
  return hasCue(res, 'definite', before, '(?:{cue})\\s*$') || /(?:^|\s)(?:l'|d')$/iu.test(before)
}

/**
 * True when the trigger is the verb of an aim ("an operation to retake the checkpoint", « une
 * offensive pour reprendre la ville »; cue kind `aim` right before it): ground to be taken, not ground taken.
 */
export function aimedAt(trigger: Span, sentence: Sentence, local: string, res: EventResources): boolean {
  return matches(cueRegex(res, 'aim', '(?:{cue})\\s*$'), clauseBefore(local, { start: 0, end: local.length }, trigger.start - sentence.start, 45))
}
