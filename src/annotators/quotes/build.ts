/**
 * Turns candidates into `Statement`s: the kind from the quotations inside the content, the speaker
 * resolved across sentences (pronouns, definite descriptions, repeated surnames and implicit
 * speakers take the last compatible speaker), and entity ids from the mentions layer when present.
 */
import { firstEndingAfter } from '../../doc/spans.js'
import type { Mention, Sentence, Statement } from '../../doc/schema.js'
import type { Candidate } from './find.js'
import type { Quotation } from './quotations.js'
import type { QuoteResources } from './resources.js'
import type { SpeakerPhrase } from './speaker.js'
import { spanOf } from './view.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const ONLY_PUNCTUATION = /^[\p{P}\s]*$/u

interface Known {
  name: string | null
  description: string | null
  actorId: string | null
  plural: boolean
  org: boolean
  start: number
  end: number
}

const SPEAKER_KINDS = new Set(['person', 'organisation', 'armed_group', 'state_force', 'institution', 'state'])

function kindOf(c: Candidate, quotations: readonly Quotation[], text: string, res: QuoteResources): Statement['kind'] {
  const inside = quotations.filter((q) => q.depth === 1 && q.start >= c.content.start && q.end <= c.content.end)
  if (inside.length === 0) return 'indirect'
  // `que « … »`: a complementizer before one whole quotation still reports the speaker's own words.
  const lead = text.slice(c.content.start, inside[0]!.start).trim().toLowerCase().replace(/’/gu, "'")
  const trail = text.slice(inside.at(-1)!.end, c.content.end).trim()
  const whole = inside.length === 1 && (lead === '' || res.complementizers.has(lead)) && ONLY_PUNCTUATION.test(trail)
  return whole ? 'direct' : 'mixed'
}

function lastWord(name: string): string {
  return name.split(/\s+/u).at(-1)!.toLowerCase()
}

function mentionIn(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  return mentions.find((m) => m.start >= start && m.end <= end && SPEAKER_KINDS.has(m.kind))
}

/** The antecedent a pronoun, description or implicit speaker refers to. */
function antecedent(history: readonly Known[], p: SpeakerPhrase | null): Known | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const k = history[i]!
    if (!p) return k
    if (p.form === 'pronoun' && (p.plural ? k.plural || k.org : !k.plural && (!k.org || p.org))) return k
    if (p.form === 'description' && p.role && k.description?.toLowerCase().includes(p.role)) return k
  }
  // With no description to compare, a person with no known role is the compatible antecedent.
  if (p?.form === 'description') return [...history].reverse().find((k) => !k.plural && !k.org && k.name !== null && k.description === null)
  return undefined
}

function resolve(p: SpeakerPhrase | null, history: Known[], mentions: readonly Mention[]): Known | null {
  if (p === null || p.form === 'pronoun' || p.form === 'description' || (p.form === 'relative' && p.name === null)) {
    const a = antecedent(history, p)
    if (!p) return a ?? null
    const { start, end } = spanOf(p.toks)
    if (!a) return { name: null, description: p.description, actorId: null, plural: p.plural, org: p.org, start, end }
    return { ...a, description: a.description ?? p.description, start, end }
  }
  let { start, end } = spanOf(p.toks)
  const mention = mentionIn(mentions, start, end)
  let name = p.name
  if (mention && p.form !== 'relative') {
    start = mention.start
    end = mention.end
    name ??= mention.text
  }
  const same = name === null ? undefined : [...history].reverse().find((k) => k.name !== null && lastWord(k.name) === lastWord(name!))
  const longer = same?.name && same.name.length > (name?.length ?? 0) ? same.name : name
  return {
    name: longer,
    description: p.description ?? same?.description ?? null,
    actorId: mention?.actorId ?? same?.actorId ?? null,
    plural: p.plural,
    org: p.org || (mention !== undefined && mention.kind !== 'person'),
    start,
    end,
  }
}

/** Ids of the sentences a span touches (sentences are sorted and do not overlap). */
function sentencesOf(sentences: readonly Sentence[], start: number, end: number): number[] {
  const ids: number[] = []
  for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i]!.start < end; i++) ids.push(i)
  return ids
}

export interface BuildInput {
  text: string
  candidates: readonly Candidate[]
  quotations: readonly Quotation[]
  sentences: readonly Sentence[]
  mentions: readonly Mention[]
  res: (sentence: number) => QuoteResources
}

/** Statements in text order, each speaker resolved against the speakers before it. */
export function buildStatements(input: BuildInput): Statement[] {
  const history: Known[] = []
  const out: Statement[] = []
  const ordered = [...input.candidates].sort((a, b) => (a.cue?.start ?? a.content.start) - (b.cue?.start ?? b.content.start))
  for (const c of ordered) {
    const known = resolve(c.speaker, history, input.mentions)
    const explicit = c.speaker !== null
    const parts = [c.content, ...(c.cue ? [c.cue] : []), ...(explicit && known ? [known] : [])]
    const start = Math.min(...parts.map((p) => p.start))
    const end = Math.max(...parts.map((p) => p.end))
    const resolved = known !== null && known.name !== null
    out.push({
      start,
      end,
      kind: kindOf(c, input.quotations, input.text, input.res(c.sentence)),
      content: { start: c.content.start, end: c.content.end },
      cue: c.cue,
      speaker: known && { start: known.start, end: known.end, name: known.name, description: known.description, actorId: known.actorId },
      sentences: sentencesOf(input.sentences, start, end),
      confidence: Math.round((c.confidence - (explicit ? 0 : 0.1) - (resolved ? 0 : 0.1)) * 100) / 100,
    })
    if (known && (known.name !== null || known.description !== null)) history.push(known)
  }
  return out
}
