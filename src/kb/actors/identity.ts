/**
 * Identity militias, named as ACLED names them: a people's armed men are "<people> Ethnic Militia",
 * a clan's "<clan> Clan Militia", a sub-clan's "<clan>-<sub-clan> Sub-Clan Militia", each with the
 * country of the event (the actors are country-scoped). The groups and the words that tell a
 * group's name as its armed men are language data (`resources/<lang>/entities/identity-groups.tsv`,
 * `identity-cues.tsv`); `findIdentityMilitias` reads them in a text.
 */
import { escapeRegex, listLanguages, readResourceLines } from '../../resources/load.js'
import { baseActorId, slugify } from './normalize.js'
import { ActorEntry } from './types.js'
import { astralLetterOrDigit, bmpLetterOrDigit } from '../../doc/chars.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const LOWER_WORD_NEXT = /^\s+\p{Ll}/u

export type IdentityKind = 'ethnic' | 'clan'

export interface IdentityGroup {
  name: string
  kind: IdentityKind
  forms: string[]
  /** The countries the people or clan lives in (ISO codes); empty when the list does not say. */
  homes: string[]
}

const SUFFIX: Record<IdentityKind | 'sub-clan', string> = { ethnic: 'Ethnic Militia', clan: 'Clan Militia', 'sub-clan': 'Sub-Clan Militia' }

/** The actor of an identity group's militia; `sub` is a sub-clan of the clan `name`. */
export function identityEntry(name: string, kind: IdentityKind, sub: string | null = null): ActorEntry {
  const full = sub ? `${name}-${sub}` : name
  const acled = `${full} ${SUFFIX[sub ? 'sub-clan' : kind]}`
  return ActorEntry.parse({ id: `${slugify(full)}-militia`, name: acled, inter: 4, kind: 'armed_group', countryScoped: true, aliases: { en: [acled], fr: [acled] } })
}

const groupCache = new Map<string, IdentityGroup[]>()

export function loadIdentityGroups(lang: string): IdentityGroup[] {
  let groups = groupCache.get(lang)
  if (groups) return groups
  groups = readResourceLines(lang, 'entities/identity-groups.tsv', 3).map(({ cols }) => ({ name: cols[0]!, kind: cols[1] === 'clan' ? 'clan' as const : 'ethnic' as const, forms: cols[2]!.split('|').filter(Boolean), homes: (cols[3] ?? '').split(',').map((c) => c.trim()).filter(Boolean) }))
  groupCache.set(lang, groups)
  return groups
}

/** One actor per group of every language, for the knowledge base (ACLED names resolve to them). */
export function identityEntries(): ActorEntry[] {
  const out = new Map<string, ActorEntry>()
  for (const lang of listLanguages()) {
    for (const g of loadIdentityGroups(lang)) {
      const e = identityEntry(g.name, g.kind)
      if (!out.has(e.id)) out.set(e.id, e)
    }
  }
  return [...out.values()]
}

let homesById: Map<string, string[]> | null = null
/** Answers by actor id, sub-clans' included, once asked. */
const homesAsked = new Map<string, string[] | null>()

/**
 * The countries a militia's people or clan lives in, by its actor id ("dinka-militia": South Sudan
 * and Sudan; a sub-clan's militia, "habar-gedir-sa-ad-militia", has its clan's); null when unknown.
 */
export function identityHomes(actorId: string): string[] | null {
  const id = baseActorId(actorId)
  let homes = homesAsked.get(id)
  if (homes !== undefined) return homes
  if (!homesById) {
    homesById = new Map()
    for (const lang of listLanguages()) {
      for (const g of loadIdentityGroups(lang)) {
        const clan = identityEntry(g.name, g.kind).id
        if (g.homes.length && !homesById.has(clan)) homesById.set(clan, g.homes)
      }
    }
  }
  homes = homesById.get(id) ?? null
  // A sub-clan's id starts with its clan's slug.
  if (!homes) for (const [clan, h] of homesById) if (id.startsWith(clan.replace(/-militia$/, '-'))) homes = h
  homesAsked.set(id, homes)
  return homes
}

type CueKind = 'after' | 'after-stateless' | 'before-stateless' | 'group' | 'before' | 'group-before' | 'det' | 'between' | 'agent' | 'coord' | 'lead' | 'origin-head' | 'origin'

interface Finder {
  /** Every group's name tried at one offset (sticky): the name must end there as a word. */
  formAt: RegExp
  /** The first words of the names: a name is tried only where a word of the text is one of them. */
  starts: Set<string>
  /** The lengths and first code units of `starts`, asked before a word is copied to look it up. */
  startLengths: Set<number>
  startCodes: Set<number>
  byForm: Map<string, IdentityGroup>
  /** Plural forms ("Fulanis", « Peuls »): the people itself, which may stand alone as a subject. */
  plurals: Set<string>
  after: RegExp | null
  group: RegExp | null
  before: RegExp | null
  /** Words that make armed men only of a people no state is named after ("Kurdish forces", « forces kurdes »; not "Somali forces", a state's). */
  afterStateless: RegExp | null
  beforeStateless: RegExp | null
  /** The language's nationality adjectives (countries.tsv), lower case: a people so named has its state's forces. */
  nationalities: Set<string>
  /** Armed men told by where they come from: "gunmen reportedly hailing from Dir". */
  origin: RegExp | null
  groupBefore: RegExp | null
  between: RegExp | null
  agent: RegExp | null
  coord: RegExp | null
  /** A joining word right after a name: the other side follows. */
  coordAfter: RegExp | null
  /** An origin word right before a name ("from"). */
  fromTail: RegExp | null
  /** Words that may stand between the sentence start and a plural name told alone ("Suspected Fulanis attack"). */
  lead: RegExp | null
}

/** A phrase as a pattern whose spaces match any white space. */
const escape = (s: string) => escapeRegex(s).replace(/ /g, '\\s+')
const alternation = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')
const finderCache = new Map<string, Finder | null>()

function loadFinder(lang: string): Finder | null {
  if (finderCache.has(lang)) return finderCache.get(lang)!
  const groups = loadIdentityGroups(lang)
  let finder: Finder | null = null
  if (groups.length) {
    const cues = new Map<CueKind, string[]>()
    for (const { cols } of readResourceLines(lang, 'entities/identity-cues.tsv', 2)) {
      cues.set(cols[0] as CueKind, [...(cues.get(cols[0] as CueKind) ?? []), ...cols[1]!.split('|').filter(Boolean)])
    }
    const byForm = new Map<string, IdentityGroup>()
    for (const g of groups) for (const f of g.forms) if (!byForm.has(f)) byForm.set(f, g)
    const plurals = new Set([...byForm.keys()].filter((f) => /s$/u.test(f) && byForm.get(f.slice(0, -1)) === byForm.get(f)))
    const det = cues.get('det')?.length ? `(?:(?:${alternation(cues.get('det')!)})\\s*)?` : ''
    const groupLead = cues.get('group-before')?.length ? `(?:(?:${alternation(cues.get('group-before')!)})\\s+)?` : ''
    const at = (kind: CueKind, shape: (alt: string) => string) => (cues.get(kind)?.length ? new RegExp(shape(alternation(cues.get(kind)!)), 'iu') : null)
    // Cues after a name start right after it; cues before end right before it (a determiner between).
    const head = (alt: string) => `^\\s*(?:${alt})(?![\\p{L}\\p{N}])`
    const lead = (alt: string) => `(?:^|[^\\p{L}\\p{N}])((?:${alt})\\s*${det})$`
    const starts = new Set([...byForm.keys()].map((f) => WORD.exec(f)?.[0] ?? f))
    finder = {
      formAt: new RegExp(`(?:${alternation([...byForm.keys()])})(?![\\p{L}\\p{N}])`, 'uy'),
      starts,
      startLengths: new Set([...starts].map((w) => w.length)),
      startCodes: new Set([...starts].map((w) => w.charCodeAt(0))),
      byForm,
      plurals,
      lead: at('lead', (alt) => `^\\s*(?:(?:${alt})\\s+)*$`),
      after: at('after', head),
      group: at('group', head),
      before: at('before', lead),
      afterStateless: at('after-stateless', head),
      beforeStateless: at('before-stateless', lead),
      nationalities: new Set(readResourceLines(lang, 'entities/countries.tsv', 3).flatMap((r) => (r.cols[2] ?? '').split('|').filter(Boolean).map((a) => a.toLowerCase()))),
      origin: cues.get('origin-head')?.length && cues.get('origin')?.length
        // Up to four lower-case words or a parenthesis between the men and "from" ("believed to be", "(pastoralists) hailing").
        ? new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${alternation(cues.get('origin-head')!)})(?:\\s+(?:\\p{Ll}[\\p{Ll}'-]*|\\([^)]*\\))){0,4}?\\s+(?:${alternation(cues.get('origin')!)})\\s*${det}${groupLead})$`, 'iu')
        : null,
      groupBefore: at('group-before', lead),
      between: at('between', lead),
      agent: at('agent', lead),
      // "Majeerteen/X sub-clan and Warsangeli/Y sub-clan": a group word may close each name.
      coord: at('coord', (alt) => `^\\s*${cues.get('group')?.length ? `(?:(?:${alternation(cues.get('group')!)})\\s*)?` : ''}(?:${alt})\\s*${det}$`),
      coordAfter: at('coord', (alt) => `^\\s*(?:${alt})\\s`),
      fromTail: at('origin', (alt) => `(?:^|[^\\p{L}\\p{N}])(?:${alt})\\s*${det}${groupLead}$`),
    }
  }
  finderCache.set(lang, finder)
  return finder
}

/** The militia of the group a name alone stands for ("Fulanis"), or null. */
export function identityNamed(name: string, lang: string): ActorEntry | null {
  const group = loadFinder(lang)?.byForm.get(name)
  return group ? identityEntry(group.name, group.kind) : null
}

export interface IdentityMatch { start: number; end: number; entry: ActorEntry }

interface Found { start: number; end: number; form: string; group: IdentityGroup; sub: string | null }

/** A run of letters and digits: where a group's name may start (no letter or digit before it). */
const WORD = /[\p{L}\p{N}]+/u

/**
 * How many code units the letter or digit at `i` takes (2 for one outside the BMP), 0 when no
 * letter or digit starts there: `/[\p{L}\p{N}]/uy` at `i`, asked for every character of every
 * sentence, so without a regex call.
 */
function letterOrDigitAt(s: string, i: number): number {
  const astral = astralLetterOrDigit(s, i)
  if (astral !== 0) return astral > 0 ? 2 : 0
  return bmpLetterOrDigit(s.charCodeAt(i)) ? 1 : 0
}

/** The end of the character at `i` (a whole surrogate pair). */
function charEnd(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2
  }
  return i + 1
}

/** A sub-clan after its clan and a slash ("Majeerteen/Dashiishe"). */
const SUB_CLAN = /^\/(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)/u

/** A people's or clan's name in a text, with the countries it lives in. */
export interface PeopleName { start: number; end: number; homes: readonly string[] }

/**
 * Every name of a people or clan with known homes in `text` between `from` and `to`, armed men or
 * not ("Oromo farmers", "the Afar community"): a text that names a people is most often told where
 * it lives. The caller decides which of them name the people (a person or a town may bear the word).
 */
export function peoplesNamed(text: string, from: number, to: number, lang: string): PeopleName[] {
  const f = loadFinder(lang)
  if (!f) return []
  return namesIn(f, text, from, to).filter((x) => x.group.homes.length).map((x) => ({ start: x.start, end: x.end, homes: x.group.homes }))
}

/**
 * The names found in the sentences of the text read last, by sentence start: the entities' identity
 * militias, the places' people homes and the events' country votes each read every sentence of a
 * document for them. A call over a whole string (an actor's name) neither reads nor replaces it.
 */
let sentenceNames: { f: Finder; text: string; byStart: Map<number, { to: number; found: readonly Found[] }> } | null = null

/** `findNames`, kept for the sentences of the text read last. */
function namesIn(f: Finder, text: string, from: number, to: number): readonly Found[] {
  if (from === 0 && to === text.length) return findNames(f, text, from, to)
  if (sentenceNames?.f !== f || sentenceNames.text !== text) sentenceNames = { f, text, byStart: new Map() }
  const hit = sentenceNames.byStart.get(from)
  if (hit?.to === to) return hit.found
  const found = findNames(f, text, from, to)
  sentenceNames.byStart.set(from, { to, found })
  return found
}

/** The groups' names in `text` between `from` and `to`, in order, none overlapping (a clan's with its sub-clan). */
function findNames(f: Finder, text: string, from: number, to: number): Found[] {
  const chunk = text.slice(from, to)
  const found: Found[] = []
  // A name starts where a word starts: only words that begin some name are tried there (one
  // alternation of every name scanned at every offset cost more than the rest of the stage).
  // Words (runs of letters and digits) are walked code unit by code unit; one is copied only when
  // its length and first code unit are those of a name's first word.
  for (let at = 0; ;) {
    let index = at
    while (index < chunk.length && letterOrDigitAt(chunk, index) === 0) index = charEnd(chunk, index)
    if (index >= chunk.length) break
    at = index
    for (let n = letterOrDigitAt(chunk, at); n > 0; n = at < chunk.length ? letterOrDigitAt(chunk, at) : 0) at += n
    if (!f.startLengths.has(at - index) || !f.startCodes.has(chunk.charCodeAt(index))) continue
    const start = from + index
    if (!f.starts.has(chunk.slice(index, at)) || (found.length && start < found[found.length - 1]!.end)) continue
    f.formAt.lastIndex = index
    const m = f.formAt.exec(chunk)
    if (!m) continue
    const group = f.byForm.get(m[0])!
    let end = start + m[0].length
    const tail = group.kind === 'clan' ? SUB_CLAN.exec(text.slice(end, to)) : null
    let sub: string | null = null
    if (tail) {
      sub = f.byForm.get(tail[1]!)?.name ?? tail[1]!
      end += tail[0].length
    }
    found.push({ start, end, form: m[0], group, sub })
  }
  return found
}

/**
 * The identity militias told in `text` between `from` and `to` (one sentence): a group's name
 * with a word that makes it armed men after it ("Murle raiders") or before it ("armed Tuareg",
 * « miliciens peuls »), names joined by "and" sharing those words ("Urhobo and Ijaw youths"), two
 * groups told as the sides of a clash ("between the Nuer and Anuak communities", "between Toposa
 * and Didinga"), and a bare name after the agent word ("killed by Fulani"). Spans cover the cue
 * words, so a description inside ("gunmen") is this party.
 */
export function findIdentityMilitias(text: string, from: number, to: number, lang: string): IdentityMatch[] {
  const f = loadFinder(lang)
  if (!f) return []
  const found = namesIn(f, text, from, to)
  const out: IdentityMatch[] = []
  const test = (re: RegExp | null, s: string) => (re ? re.exec(s) : null)
  for (let i = 0; i < found.length;) {
    // A chain of names joined by "and" or commas shares the words around it.
    let j = i
    while (j + 1 < found.length && f.coord && f.coord.test(text.slice(found[j]!.end, found[j + 1]!.start))) j++
    const first = found[i]!
    const last = found[j]!
    const before = text.slice(Math.max(from, first.start - 60), first.start)
    const after = text.slice(last.end, Math.min(to, last.end + 40))
    const stateless = found.slice(i, j + 1).every((x) => !f.nationalities.has(text.slice(x.start, x.end).toLowerCase()))
    const armedAfter = test(f.after, after) ?? (stateless ? test(f.afterStateless, after) : null)
    const groupAfter = armedAfter ? null : test(f.group, after)
    const armedBefore = test(f.before, before) ?? test(f.origin, before) ?? (stateless ? test(f.beforeStateless, before) : null)
    const groupBefore = armedBefore ? null : test(f.groupBefore, before)
    const chain = j > i
    // Two sides: a chain told as such, or "between Fulanis and farmers" (the other side no group).
    const between = test(f.between, before) !== null
    // People "from" two groups (other than armed men) are no sides: "IDP rioters from the Masalit and Beni Halba tribes".
    const sides = (chain && (between || ((groupAfter !== null || groupBefore !== null) && !test(f.fromTail, before)))) || (between && test(f.coordAfter, after) !== null)
    const agent = !chain && test(f.agent, before) !== null
    // A plural name alone opening the sentence, before a lower-case word or "and": the subject.
    const subject = f.plurals.has(first.form) && f.lead !== null && f.lead.test(text.slice(from, first.start)) && LOWER_WORD_NEXT.test(after)
    if (armedAfter || armedBefore || sides || agent || subject) {
      for (let k = i; k <= j; k++) {
        const x = found[k]!
        const start = k === i && armedBefore ? x.start - armedBefore[1]!.length : x.start
        const afterCue = armedAfter ?? groupAfter
        const end = k === j && afterCue ? x.end + afterCue[0].length : x.end
        out.push({ start, end, entry: identityEntry(x.group.name, x.group.kind, x.sub) })
      }
    }
    i = j + 1
  }
  return out
}
