/**
 * Step 2: the arguments of a candidate, read from its clause and the layers made before events:
 * actors (named mentions, else the generic descriptions of groups.tsv), the place governed by the
 * trigger, fatalities and force size.
 */
import type { Actor, Mention, Place, Sentence, Span } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import type { Candidate } from './detect.js'
import { bareCapitalAt, bareCapitals, capitalPlaces } from './capitals.js'
import { communalMentions } from './communal.js'
import { firstStart, itemsBySentence } from './gate.js'
import { cueRegex, hasCue, loadEventResources, parseNumber, type EventResources } from './resources.js'
import { destination, distanceKm } from '../../doc/geo.js'
import { lowerBound, spanAt, spanIndex } from '../../doc/spans.js'
import { missionActor, resolveActorName, stateActorId, stateActorRole, tellsCountry, toActor } from '../../kb/actors/resolve.js'
import { loadActorEntries } from '../../kb/actors/load.js'
import { getActorIndex } from '../../kb/actors/index-build.js'
import { identityHomes } from '../../kb/actors/identity.js'
import { allMatches, escapeRegex, execFrom, hasResource, readResourceLines } from '../../resources/load.js'
import { countryWordCountries, nationalityCountries } from '../places/find.js'
import { foldName } from '../../kb/gazetteer/fold.js'
import { countriesInNames, peoplesTold, placesInNames, unknownPlaceNames } from '../places/index.js'
import { loadGazetteer } from '../../kb/gazetteer/index.js'
import { governmentSeat } from '../../kb/gazetteer/government-seats.js'
import { spelledCountry } from '../../kb/gazetteer/spelling.js'
import { loadPlaceResources } from '../places/resources.js'
import { countryKey, loadEntityResources, stanceLeaderCountries } from '../entities/resources.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const WORD_BEFORE = /(\p{L}+)\s+$/u
const NEXT_WORD = /^\s+(\p{L}+)/u
const QUOTED_LOWER_WORDS = /(["“«])\s*\p{Ll}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*(["”»])/gu
const WORDS = /[\p{L}'’-]+/gu
const STARTS_LOWER = /^\p{Ll}/u

export interface ActorMention extends Span {
  name: string
  actorId: string | null
  inter: number | null
  /** True for a description from groups.tsv ("gunmen"), false for a named actor. */
  generic: boolean
  /** The template when generic, to fill in the country later. */
  template: string | null
  /** A generic's own country, told by a nationality word next to it ("a Kenyan convoy", « un convoi kényan »). */
  country?: string
  /** The name as written, kept whatever the country (a verbal act's party, « rebelles syriens »: PLOVER's way). */
  written?: boolean
  /**
   * A state's force or body told by its role alone ("the police", "soldiers"): the entities stage
   * gave it the country it guessed for the article (`stateActorId`), the event's may differ.
   */
  role?: string
}


const ACTOR_KINDS: ReadonlySet<Mention['kind']> = new Set(['person', 'organisation', 'armed_group', 'state_force', 'institution', 'state'])

/**
 * Named actor mentions plus generic descriptions, in text order, without overlaps (named win).
 * `loose`: every mention may be a party (PLOVER's verbal events are between states, leaders and
 * institutions ACLED gives no type: "Greece demanded…"); `'parties'`: actors of any type and states
 * named, not towns or nationality words.
 */
/**
 * A country or its capital named as the party of a verbal event (« Damas a rejeté les accusations
 * de Moscou », "Iran refused") stands for its government, as ACLED names it.
 */
function governmentNamed(m: Mention): Actor | null {
  if (m.kind !== 'place' || m.rule !== 'country-name' || !m.country) return null
  const entry = loadActorEntries().get(stateActorId('government', m.country) ?? '')
  return entry ? toActor(entry, null) : null
}

/**
 * A nationality word beside the words of a state's office (cues.tsv `office`: « le président syrien »,
 * « le ministre turc des Affaires étrangères », "the Syrian foreign minister") names that state's
 * government acting through its office holder, as ACLED and PLOVER code a president or a minister:
 * the span grows over the office's words, the name stays as written. Null for any other word.
 */
function officeHeld(m: Mention, text: string, res: EventResources): (Span & { actor: Actor }) | null {
  if (m.rule !== 'nationality' || !m.country) return null
  const entry = loadActorEntries().get(stateActorId('government', m.country) ?? '')
  if (!entry) return null
  const before = cueRegex(res, 'office', '(?:{cue})\\s+$')
  if (before) before.lastIndex = 0
  const head = before ? execFrom(before, text.slice(Math.max(0, m.start - 40), m.start)) : null
  if (head) return { start: m.start - head[0].length, end: m.end, actor: toActor(entry, null) }
  const after = cueRegex(res, 'office', '^\\s+(?:{cue})')
  if (after) after.lastIndex = 0
  const tail = after ? execFrom(after, text.slice(m.end, m.end + 40)) : null
  if (tail) return { start: m.start, end: m.end + tail[0].length, actor: toActor(entry, null) }
  return null
}

/** What `actorMentions` reads alike whether loose or not, found once per document and resources. */
interface MentionBasis {
  res: EventResources
  actors: Map<string, Actor>
  host: string | null
  joined: (Mention & { actor?: Actor })[]
  /** Every match of a group description, sentence by sentence, groups in resource order: what each call then judges. */
  descriptions: Description[]
}

interface Description extends Span {
  sentence: Sentence
  group: EventResources['groups'][number]
  word: string
  /** What people wore ("in military uniform"), no party (`worn`). */
  worn: boolean
}

const basisCache = new WeakMap<Doc, MentionBasis>()

function mentionBasis(doc: Doc, res: EventResources): MentionBasis {
  const hit = basisCache.get(doc)
  if (hit && hit.res === res) return hit
  const text = doc.article.text
  // A description right after a name is that party told once ("FARDC soldiers", "SPLA troops").
  const kept = doc.mentions.filter((m, i) => {
    const prev = doc.mentions[i - 1]
    return !(m.form === 'nominal' && prev && prev.form !== 'nominal' && prev.end <= m.start && ACTOR_KINDS.has(prev.kind) && /^[\s/-]*$/u.test(text.slice(prev.end, m.start)))
  })
  // Which groups may match in which sentence, found once per group for the whole text: a sentence
  // then visits only its groups, in resource order.
  const groupsOf = itemsBySentence(res.groups, (g) => g.pattern, text, doc.sentences)
  const descriptions: Description[] = []
  for (const [i, s] of doc.sentences.entries()) {
    const groups = groupsOf.get(i)
    if (!groups) continue
    const chunk = text.slice(s.start, s.end)
    for (const g of groups) {
      const from = firstStart(g.pattern, text, s.start, s.end)
      if (from === null) continue
      for (const m of allMatches(g.pattern, chunk, from - s.start)) {
        const span = { start: s.start + m.index, end: s.start + m.index + m[0].length }
        descriptions.push({ ...span, sentence: s, group: g, word: m[0], worn: worn(res, text, span) })
      }
    }
  }
  const basis: MentionBasis = {
    res,
    actors: new Map<string, Actor>(doc.actors.map((a) => [a.id, a])),
    host: missionHost(doc),
    joined: joinSlashed(kept, text, doc.article.language),
    descriptions,
  }
  basisCache.set(doc, basis)
  return basis
}

export function actorMentions(doc: Doc, res: EventResources, loose: boolean | 'parties' = false): ActorMention[] {
  // Only mentions resolved to an actor with an ACLED type can fill an event role; the others are
  // names (people, firms, misread places) that ACLED would not code as a party.
  const { actors, host, joined, descriptions } = mentionBasis(doc, res)
  const text = doc.article.text
  // Pushed rather than mapped: `map` over no mention gives another kind of array than over some,
  // and the first such list after optimisation throws the compiled code of its readers away.
  const named: ActorMention[] = []
  // Nationality words taken as loose parties: each gives way to a party it qualifies (below).
  const qualifiers = new Map<ActorMention, string>()
  const adjectives = new Set<ActorMention>()
  for (const m of joined) {
    if (!loose && !ACTOR_KINDS.has(m.kind)) continue
    if (m.form === 'nominal' && worn(res, text, m)) continue
    // The place where people met or spoke is their venue, not a party (« réunie à Doha », « a déclaré
    // mardi à Paris », "talks in Moscow"); a place a measure or a visit is for may be its target.
    if (loose && m.kind === 'place' && hasCue(res, 'scene', text.slice(Math.max(0, m.start - 60), m.start), '(?:{cue})\\s*$')) continue
    const actor = m.actor ?? (m.actorId ? missionActor(m.actorId, host) : null) ?? (m.actorId ? actors.get(m.actorId) : undefined)
    // The name stays as written (PLOVER names the party "Moscow"); the id is the government's.
    const government = !actor && loose ? governmentNamed(m) : null
    const office = !actor && loose && !government ? officeHeld(m, text, res) : null
    if (office) {
      named.push({ start: office.start, end: office.end, name: text.slice(office.start, office.end), actorId: office.actor.id, inter: office.actor.inter, generic: false, template: null, written: true })
      continue
    }
    // A nationality word in lower case is an adjective (« l'aide américaine », « la crise libyenne »;
    // a people is written with a capital, « les Syriens », and so is every English one): it
    // qualifies the noun beside it, a party only through that noun (office, party beside it, below).
    const adjective = !actor && m.rule === 'nationality' && m.text[0] !== m.text[0]!.toUpperCase()
    // Parties only: actors and states, not a town, a nationality word or a name typed by default
    // alone ("Tragic Evacuation Deal", "Prominent figures").
    if (loose === 'parties' && !government && (!ACTOR_KINDS.has(m.kind) || ((m.rule ?? '').startsWith('default') && (actor?.inter ?? null) === null))) continue
    if (government) named.push({ start: m.start, end: m.end, name: m.text, actorId: government.id, inter: government.inter, generic: false, template: null })
    else if (loose || (actor?.inter ?? null) !== null) {
      const mention: ActorMention = { start: m.start, end: m.end, name: actor?.name ?? m.text, actorId: actor?.id ?? m.actorId, inter: actor?.inter ?? null, generic: false, template: null }
      // Not a peace mission's contingent the host country made of it (`missionActor`).
      const role = m.rule === 'head:role' && !m.actor && m.actorId && actor?.id === m.actorId ? stateActorRole(m.actorId) : null
      if (role) mention.role = role
      if (!actor && m.rule === 'nationality' && m.country) qualifiers.set(mention, m.country)
      if (adjective) adjectives.add(mention)
      named.push(mention)
    }
  }
  // A town's armed men ("militia from Mkpani") are its communal militia, a named party.
  named.push(...communalMentions(doc, res, named, documentCountry(doc)))
  // A description the entities stage read as a longer KB phrase ("vigilante militia", "pro-government
  // militia") is that actor, not the bare word groups.tsv matched inside it ("militia").
  const described = doc.mentions.filter((m) => m.kind === 'generic' && m.actorId).sort((a, b) => a.start - b.start)
  const generic: ActorMention[] = []
  // Named mentions asked by position (binary search), not scanned per description: a long page
  // has thousands of both.
  const namedIndex = spanIndex(named)
  const byEnd = [...named].sort((a, b) => a.end - b.end)
  const byStart = [...named].sort((a, b) => a.start - b.start)
  const demonyms = placeDemonyms(doc.article.language)
  const countryNames = entityCountryNames(doc.article.language)
  // Descriptions of earlier sentences lie in those sentences: only this sentence's can overlap.
  let sentence: Sentence | null = null
  let sentenceFirst = 0
  // Sorted by start once, when a post word asks for its holder.
  let descriptionsByStart: Description[] | null = null
  for (const d of descriptions) {
    if (d.sentence !== sentence) {
      sentence = d.sentence
      sentenceFirst = generic.length
    }
    const span = { start: d.start, end: d.end }
    const g = d.group
    if (namedIndex.overlaps(span.start, span.end)) continue
    if (d.worn) continue
    // A description of people right after a name, or before it with "of" ("AMISOM/ENDF convoy",
    // "FDLR rebels", « un convoi de l'AMISOM »), is that party; what a party holds ("an LRA
    // position", "al Shabaab base") is told apart.
    if (nearbyNamed(text, span, byEnd, byStart).some((n) => (n.end <= span.start && /^[\s/-]*$/u.test(text.slice(n.end, span.start)))
      || (n.start >= span.end && /^\s+(?:of|of the|de|du|des|de la|de l'|d')\s*$/iu.test(text.slice(span.end, n.start))))
      && !hasCue(res, 'held', d.word, '^(?:\\S+\\s+)*(?:{cue})$')) continue
    // A patrol in the idiom of a party on duty, told right after that party ("SNG forces on foot
    // patrol", « des soldats en patrouille »), tells what it does: no party of its own. Told of no
    // party ("a vehicle that was on patrol"), it stays the army's.
    if (g.template === MILITARY && onDutyOf(res, text, d.sentence.start, span.end, byEnd, descriptions)) continue
    // A post, a base or a patrol of the army's group whose holder the sentence names after it
    // ("positions held by the Islamic State", "the bases of the Puntland army") stands for that
    // holder, not the army; held by a party only described ("rebel positions") or by a people or
    // side ("Kurdish positions", « un poste militaire kurde »), it names no party of its own.
    const held = g.template === MILITARY && hasCue(res, 'post', d.word) ? postHolder(res, text, span, d.sentence, byEnd, byStart, (descriptionsByStart ??= [...descriptions].sort((a, b) => a.start - b.start))) : null
    if (held === 'none') continue
    if (held) {
      generic.push({ ...span, name: held.name, actorId: held.actorId, inter: held.inter, generic: held.generic, template: held.template, ...(held.country ? { country: held.country } : {}) })
      continue
    }
    if (overlapsFrom(generic, sentenceFirst, span)) continue
    const longer = spanAt(described, span.start)
    const name = longer && longer.end >= span.end && longer.end - longer.start > span.end - span.start ? longer.text : d.word
    const country = g.template.includes('{country}') ? nationality(text, span, d.sentence, demonyms, countryNames) ?? leadingState(res, text, span, d.sentence, demonyms, countryNames) : null
    // A description that names a party only with its nationality ("Russian jets", « des avions de
    // combat russes »); alone ("warplanes") it is the weapon, whose owner the conventions tell.
    const national = g.template.startsWith(NATIONAL)
    if (national && !country) continue
    const template = national ? g.template.slice(NATIONAL.length) : g.template
    // Built field by field: a conditional spread (`...(country ? { country } : {})`) copies through
    // the engine's slow path, and cost more than the rest of this loop.
    const party: ActorMention = { start: span.start, end: span.end, name, actorId: null, inter: g.inter, generic: true, template }
    if (country) party.country = country
    generic.push(party)
  }
  const all = loyalForces(identifiedParties([...named, ...generic].sort((a, b) => a.start - b.start), text, res), text, res)
  const parties = qualifiers.size === 0 ? all : qualified(all, qualifiers, text)
  return adjectives.size === 0 ? parties : parties.filter((m) => !adjectives.has(m))
}

/** The words between a force word told loyal to a party and that party's name: the cue (cues.tsv `loyal`, its determiner with it), up to two words ("internationally-recognised"). */
const LOYAL_GAP = '(?:{cue})\\s*(?:[\\p{L}\\d\'’-]+\\s+){0,2}$'

/**
 * Forces told as loyal to a state's government, its leader or its army ("forces loyal to the
 * internationally-recognised government", "security forces loyal to Nkurunziza", « les forces
 * loyales au gouvernement », « les troupes fidèles à Kadhafi »; cue kind `loyal`, a force word of
 * soldiers only, not "fighters" or "armed men") are that state's military, as ACLED codes them: one
 * party over the words of both, not the government. `all` sorted by start.
 */
function loyalForces(all: ActorMention[], text: string, res: EventResources): ActorMention[] {
  const re = cueRegex(res, 'loyal', LOYAL_GAP)
  if (!re) return all
  const index = getActorIndex()
  let out: ActorMention[] | null = null
  for (const n of all) {
    if (n.generic || n.actorId === null || n.inter !== 1) continue
    const military = militaryOf(index.actors.get(n.actorId)?.country)
    if (!military) continue
    const from = Math.max(0, n.start - 90)
    re.lastIndex = 0
    const m = execFrom(re, text.slice(from, n.start))
    if (!m) continue
    const start = from + m.index
    const party: ActorMention = { start, end: n.end, name: military.name, actorId: military.id, inter: military.inter, generic: false, template: null }
    out = (out ?? all).filter((x) => x === n || !(x.start < n.end && x.end > start)).map((x) => (x === n ? party : x))
  }
  return out ?? all
}

/** The military of a country in the actor index ("Military Forces of Syria (2000-)"), if it has one. */
export function militaryOf(country: string | null | undefined) {
  return getActorIndex().actors.get(stateActorId('military', country ?? null) ?? '')
}

/** The words between armed men described and the party they are said to be: a comma, the cue (cues.tsv `identified`), a quotation mark. */
const IDENTIFIED_GAP = '^\\s*,?\\s*(?:{cue})\\s*["“«]?\\s*$'

/**
 * Armed men described, then told by a word of belief or allegation who they are ("gunmen believed
 * to be FDLR rebels", "Gunmen, allegedly SPLM-N, attacked", « des hommes armés soupçonnés d'être
 * des shebab »): the party named is the one, over the words of both, as ACLED codes a suspected
 * group. `all` sorted by start.
 */
function identifiedParties(all: ActorMention[], text: string, res: EventResources): ActorMention[] {
  if (!res.cues.identified) return all
  const out: ActorMention[] = []
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!
    const n = all[i + 1]
    if (n && m.generic && armed(m.inter) && armed(n.inter) && n.start >= m.end && n.start - m.end <= 50 && hasCue(res, 'identified', text.slice(m.end, n.start), IDENTIFIED_GAP)) {
      // Told only by another description ("gunmen suspected to be militants"), they stay as told.
      out.push(n.generic ? { ...m, end: n.end } : { ...n, start: m.start, end: n.end })
      i++
    } else out.push(m)
  }
  return out
}

/**
 * A nationality word right beside a party the knowledge base knows (« les rebelles syriens », « la
 * rébellion libyenne », "Lebanese Hezbollah", "the Israeli regime") qualifies it: that party is the
 * one, of the word's country when the party is a country's kind (rebels, a state's government),
 * grown over the word and named as written (PLOVER's way, as `officeHeld`); the word is none of its
 * own. A name the base does not know stays apart ("Saudi" before "Arabia").
 */
function qualified(all: ActorMention[], qualifiers: ReadonlyMap<ActorMention, string>, text: string): ActorMention[] {
  const entries = loadActorEntries()
  const abut = (x: ActorMention, y: ActorMention) => x.end <= y.start && /^\s+$/u.test(text.slice(x.end, y.start))
  const party = (m: ActorMention | undefined) => !!m && m.actorId !== null && !qualifiers.has(m) && entries.has(m.actorId.split('@')[0]!)
  const out = [...all]
  const drop = new Set<number>()
  out.forEach((m, i) => {
    const country = qualifiers.get(m)
    if (!country) return
    const k = party(out[i - 1]) && abut(out[i - 1]!, m) ? i - 1 : party(out[i + 1]) && abut(m, out[i + 1]!) ? i + 1 : -1
    if (k < 0) return
    const n = out[k]!
    const [base = ''] = n.actorId!.split('@')
    const entry = entries.get(base)
    if (!entry) return
    drop.add(i)
    const scoped = entry.countryScoped ? toActor(entry, country) : null
    const state = entry.role && entry.country !== country ? entries.get(stateActorId(entry.role, country) ?? '') : undefined
    const actor = scoped ?? (state ? toActor(state, null) : null)
    // The party grows over the word, named as written (« rebelles syriens », "Rwandan rebels").
    // A party of a name of its own ("Lebanese Hezbollah") keeps its name.
    if (!entry.countryScoped && !entry.role) return
    const start = Math.min(m.start, n.start)
    const end = Math.max(m.end, n.end)
    out[k] = { ...n, start, end, name: text.slice(start, end), actorId: actor ? actor.id : n.actorId, inter: actor ? actor.inter : n.inter, written: true, ...(scoped ? { country } : {}) }
  })
  return out.filter((_, i) => !drop.has(i))
}

/**
 * Whether the words ending at `end` are a patrol idiom (cues.tsv `on-patrol`: "on foot patrol", « en
 * patrouille ») right after a party, spaces only between: a named mention or a description.
 */
function onDutyOf(res: EventResources, text: string, sentenceStart: number, end: number, byEnd: readonly ActorMention[], descriptions: readonly Description[]): boolean {
  const from = Math.max(sentenceStart, end - 40)
  const re = cueRegex(res, 'on-patrol', '(?:{cue})$')
  if (!re) return false
  re.lastIndex = 0
  const m = execFrom(re, text.slice(from, end))
  if (!m) return false
  let at = from + m.index
  while (at > sentenceStart && SPACE.test(text[at - 1]!)) at--
  return byEnd[firstAtLeast(byEnd, (n) => n.end, at)]?.end === at || descriptions.some((x) => x.end === at && x.start >= sentenceStart)
}

/** True when one of `list` from index `from` on overlaps `span` (not a scan of the earlier sentences' items). */
function overlapsFrom(list: readonly Span[], from: number, span: Span): boolean {
  for (let i = from; i < list.length; i++) if (list[i]!.start < span.end && span.start < list[i]!.end) return true
  return false
}

/** The army's template, which bare post words carry ("positions", "checkpoint", « base militaire »). */
const MILITARY = 'Military Forces of {country}'

/**
 * The holder told beside a post word, within its sentence: a party after a word of holding
 * (cues.tsv `post-holder`: "positions of", "belonging to", "held by", « des », « tenues par »);
 * 'none' for a holder only described, right before it ("rebel bases") or after such a word, and
 * for a people or side word beside it (cues.tsv `post-people`: "Kurdish positions", "enemy
 * positions", « des postes militaires kurdes »); null otherwise. The army's own words ("army
 * positions") are no other holder.
 */
function postHolder(res: EventResources, text: string, span: Span, sentence: Span, byEnd: readonly ActorMention[], byStart: readonly ActorMention[], descriptions: readonly Description[]): ActorMention | 'none' | null {
  // A name right before ("ISIS positions", "an al Shabaab base") stays told apart (`actorMentions`):
  // the post there is what the roles read as the place hit, its holder the side hit.
  if (nearbyNamed(text, span, byEnd, byStart).some((n) => n.end <= span.start && /^[\s/-]*$/u.test(text.slice(n.end, span.start)))) return null
  let gap = span.start
  while (gap > sentence.start && GAP.test(text[gap - 1]!)) gap--
  // Descriptions (sorted by start) and names asked by position (binary search), not scanned per post;
  // a description ending at the gap starts at most a few words before it.
  let before: Description | undefined
  for (let k = lowerBound(0, descriptions.length, (i) => descriptions[i]!.start < gap) - 1; gap < span.start && k >= 0 && descriptions[k]!.start >= gap - 80; k--) {
    if (descriptions[k]!.end === gap) {
      before = descriptions[k]
      break
    }
  }
  if (before && before.group.template !== MILITARY) return 'none'
  const after = text.slice(span.end, Math.min(sentence.end, span.end + 40))
  if (hasCue(res, 'post-people', text.slice(Math.max(sentence.start, span.start - 30), span.start), '(?:{cue})\\s+$') || hasCue(res, 'post-people', after, '^\\s+(?:{cue})')) return 'none'
  const re = cueRegex(res, 'post-holder', '^\\s+(?:{cue})')
  if (!re) return null
  re.lastIndex = 0
  const m = execFrom(re, after)
  if (!m) return null
  let at = span.end + m[0].length
  while (at < text.length && SPACE.test(text[at]!)) at++
  const party = byStart[lowerBound(0, byStart.length, (k) => byStart[k]!.start < at)]
  if (party?.start === at) return party
  const described = descriptions[lowerBound(0, descriptions.length, (k) => descriptions[k]!.start < at)]
  if (described?.start !== at) return null
  return described.group.template !== MILITARY ? 'none' : null
}

/**
 * The country of a nationality word right before or right after a description, spaces only
 * between ("Kenyan warplanes", « des avions kényans »), within its sentence.
 */
function nationality(text: string, span: Span, sentence: Span, demonyms: ReadonlyMap<string, string> | null, countries: ReadonlyMap<string, string> | null): string | null {
  if (!demonyms) return null
  const lead = text.slice(Math.max(sentence.start, span.start - 30), span.start)
  const before = WORD_BEFORE.exec(lead)
  const after = NEXT_WORD.exec(text.slice(span.end, Math.min(sentence.end, span.end + 30)))
  // A country's name before it works as its nationality word ("a US drone", "Uganda forces"),
  // written with its capitals.
  const named = countries ? COUNTRY_BEFORE.exec(lead) : null
  const byName = named ? countries!.get(countryKey(named[1]!)) ?? (named[2] ? countries!.get(countryKey(named[2])) : undefined) : undefined
  return (before && demonyms.get(foldName(before[1]!))) ?? (after && demonyms.get(foldName(after[1]!))) ?? byName ?? null
}
/**
 * The state whose name or nationality word is glued by a hyphen to a word of leading (cue kind
 * `leader`) right before a description: "US-led air strikes", "Saudi-led jets" are that state's.
 */
function leadingState(res: EventResources, text: string, span: Span, sentence: Span, demonyms: ReadonlyMap<string, string> | null, countries: ReadonlyMap<string, string> | null): string | null {
  const re = cueRegex(res, 'leader', '(\\p{Lu}[\\p{L}.]*)[-‐‑](?:{cue})\\s+$')
  const m = re ? execFrom(re, text.slice(Math.max(sentence.start, span.start - 30), span.start)) : null
  if (!m) return null
  return countries?.get(countryKey(m[1]!)) ?? demonyms?.get(foldName(m[1]!)) ?? null
}

/** One or two capitalised words (dots allowed: "U.S.", "South Sudan") right before a description; the second alone too. */
const COUNTRY_BEFORE = /(?<![\p{L}.])(\p{Lu}[\p{L}.]*(?:\s+(\p{Lu}[\p{L}.]*))?)\s+$/u


/** A force's word that tells what people wore ("in military uniform", « en tenue militaire »), not a party. */
function worn(res: EventResources, text: string, span: Span): boolean {
  return hasCue(res, 'dress', text.slice(span.end, span.end + 15), '^\\s*(?:{cue})') || hasCue(res, 'dress', text.slice(Math.max(0, span.start - 15), span.start), '(?:{cue})\\s*$')
}
const GAP = /[\s/-]/u
const SPACE = /\s/u

/**
 * The named mentions that can stand next to a description: those ending after nothing but spaces,
 * slashes and hyphens before it, and those starting within spaces, a word of at most six letters
 * ("of the", « de l' ») and spaces after it. A superset of both; the caller tests each.
 */
function nearbyNamed(text: string, span: Span, byEnd: readonly ActorMention[], byStart: readonly ActorMention[]): ActorMention[] {
  let gap = span.start
  while (gap > 0 && GAP.test(text[gap - 1]!)) gap--
  let after = span.end
  while (after < text.length && SPACE.test(text[after]!)) after++
  let reach = after + 6
  while (reach < text.length && SPACE.test(text[reach]!)) reach++
  const out: ActorMention[] = []
  for (let i = firstAtLeast(byEnd, (n) => n.end, gap); i < byEnd.length && byEnd[i]!.end <= span.start; i++) out.push(byEnd[i]!)
  for (let i = firstAtLeast(byStart, (n) => n.start, span.end); i < byStart.length && byStart[i]!.start <= reach; i++) out.push(byStart[i]!)
  return out
}

/** Index of the first item of `sorted` whose key is at least `value`. */
function firstAtLeast<T>(sorted: readonly T[], key: (item: T) => number, value: number): number {
  return lowerBound(0, sorted.length, (i) => key(sorted[i]!) < value)
}

/** A slash and the word after it, right after a name ("/M-IO" of "SPLA/M-IO"). */
const SLASHED_PART = /^\/[\p{Lu}\d][\p{L}\d-]*/u

/**
 * A name written with a slash ("SPLA/M-IO", "SPLM/A-IO") that the entities stage read as two
 * names ("SPLA", "M-IO") is one actor when the actor KB knows the whole: the pair becomes one
 * mention of that actor. Mentions in text order in, out.
 */
function joinSlashed(mentions: readonly Mention[], text: string, lang: string): (Mention & { actor?: Actor })[] {
  const out: (Mention & { actor?: Actor })[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    // The part after the slash, whether or not the entities stage read it as a name.
    const part = m.form === 'nominal' ? null : SLASHED_PART.exec(text.slice(m.end, m.end + 40))
    if (part) {
      const end = m.end + part[0].length
      const hit = resolveActorName(text.slice(m.start, end), lang)
      if (hit && hit.entry.inter !== null && hit.entry.id !== m.actorId) {
        const actor = toActor(hit.entry, hit.country)
        out.push({ ...m, end, text: text.slice(m.start, end), kind: hit.entry.kind, actorId: actor.id, actor })
        while (i + 1 < mentions.length && mentions[i + 1]!.start < end) i++
        continue
      }
    }
    out.push(m)
  }
  return out
}

export interface Roles {
  actor1: ActorMention | null
  actor2: ActorMention | null
  assoc1: ActorMention[]
}

/** The mentions (sorted by start) that lie inside the sentence, in order, found by binary search. */
export function mentionsIn(mentions: readonly ActorMention[], sentence: { start: number; end: number }): ActorMention[] {
  const lo = lowerBound(0, mentions.length, (i) => mentions[i]!.start < sentence.start)
  const out: ActorMention[] = []
  for (let i = lo; i < mentions.length && mentions[i]!.start <= sentence.end; i++) if (mentions[i]!.end <= sentence.end) out.push(mentions[i]!)
  return out
}

/** State (1), rebel (2), political (3), identity (4) and external (8) armed parties. */
export const armed = (inter: number | null | undefined) => inter !== null && inter !== undefined && ((inter >= 1 && inter <= 4) || inter === 8)

/** State forces and the foreign forces beside them (1, 8) against the rest: the two camps of a fight or of ground changing hands. */
export const stateSide = (inter: number | null | undefined) => inter === 1 || inter === 8

/**
 * Two mentions of one party: the same words, the same named actor ("Islamic State (IS)", "the
 * group"), or the same description ("civilians", "people": Civilians) of the same nationality.
 */
export function sameParty(a: ActorMention, b: ActorMention): boolean {
  if (a.start === b.start && a.end === b.end) return true
  if (a.generic !== b.generic) return false
  if (!a.generic) return (a.actorId !== null && a.actorId === b.actorId) || a.name === b.name
  return a.template === b.template && (a.country ?? null) === (b.country ?? null)
}

/** The first armed party among `mentions` on the other side of `party`: state against non-state. */
export function otherSide(party: ActorMention, mentions: readonly ActorMention[]): ActorMention | null {
  return mentions.find((m) => m !== party && armed(m.inter) && (m.inter === 1) !== (party.inter === 1)) ?? null
}

/** A holder's words, then one or two words of modifiers before the party ("held by the extremist Islamic State", « tenue par les puissants rebelles »). */
const HOLDER_MODIFIED = '(?:{cue})\\s+(?:[^\\s,;]+\\s+){1,2}$'

/** A cue alternation anchored at the end of the text before an argument ("… by", "… dans"). */
export function endsWithCue(res: EventResources, kind: 'agent' | 'source' | 'target' | 'locative' | 'near' | 'definite' | 'list-open' | 'genitive' | 'holder', before: string): boolean {
  return hasCue(res, kind, before, "(?:{cue})\\s*(?:(?:the|l'|la|le|les|des|du|de la|de l')\\s*)?$")
}

/**
 * One to four modifier words after an agent cue, an article (cues.tsv `article`) between: "by
 * alleged ", "by suspected former ", "by a group of 7 ", « par des présumés ». The last may be
 * capitalised, a name told as a modifier ("by alleged Ninja militiamen", "by suspected Seleka
 * fighters"); not the others: "by Moscow, Ankara and Tehran" names three parties.
 */
const MODIFIED = [0, 1, 2, 3].map((n) => `(?c)(?<!\\S)(\\S+)\\s+(?:(?:{cue})\\s+)?(?:[\\p{Ll}\\d][\\p{Ll}\\d-]*\\s+){${n}}[\\p{L}\\d][\\p{L}\\d-]*\\s+$`)

/**
 * "by suspected former Seleka militants": modifiers may stand between "by" and the doer. Each count
 * is tried: "injured by alleged " has its cue one word back, not two.
 */
function agentBeforeModifiers(res: EventResources, lead: string): boolean {
  return MODIFIED.some((shape) => {
    const re = cueRegex(res, 'article', shape)
    if (!re) return false
    re.lastIndex = 0
    const m = execFrom(re, lead)
    return m !== null && hasCue(res, 'agent', m[1]!, '^(?:{cue})$')
  })
}

/** How far after a trigger its agent may be named (`agentAfter`). */
const AGENT_REACH = 60

/**
 * Whether an agent cue follows the trigger within two words (`agentAfter`'s first condition, asked
 * of the text alone): a trigger with none names no agent after it, whatever party the sentence has.
 */
export function agentCueAfter(t: Span, text: string, res: EventResources): boolean {
  const re = cueRegex(res, 'agent', AGENT_LEAD)
  if (!re) return false
  re.lastIndex = 0
  return re.test(text.slice(t.end, t.end + AGENT_REACH))
}
/** The agent cue within two words of the trigger, as a word (the cue regex closes it with a word end). */
const AGENT_LEAD = '^\\s*(?:\\S+\\s+){0,2}?(?:{cue})'

/**
 * A party told right after a trigger as its agent: the agent cue within two words of the trigger
 * ("killed by ADF rebels", "an attack on Monday by", « tués par »), then the party, a few modifier
 * words at most between ("by about a dozen ADF rebels"), none of them a preposition of place, source
 * or target ("killed by airstrikes in the rebel-held district": the rebels hold the place).
 */
export function agentAfter(t: Span, m: Span, text: string, res: EventResources): boolean {
  if (m.start < t.end || m.start - t.end > AGENT_REACH) return false
  const gap = text.slice(t.end, m.start)
  if (/[.,;:!?()]/.test(gap)) return false
  const re = cueRegex(res, 'agent', '^\\s*(?:\\S+\\s+){0,2}?(?:{cue})\\s+((?:\\S+\\s+){0,4})$')
  if (!re) return false
  re.lastIndex = 0
  const hit = re.exec(gap)
  if (!hit) return false
  // An article is no preposition (« par des rebelles »: French « des » is also « de » + « les »).
  const words = hit[1]!.split(/\s+/).filter((w) => w && !hasCue(res, 'article', w, '^(?:{cue})$'))
  return !(['locative', 'source', 'target', 'agent'] as const).some((k) => hasCue(res, k, words.join(' ')))
}

/**
 * A subject is not the trigger's when a clause break, a clause opener or another trigger lies
 * between — unless that trigger is a verb coordinated with this one right after the subject
 * ("Police arrest and kill a man": the police did both), or, with `series`, one of a series of
 * predicates with their objects ("looted the church, injured a nun, and kidnapped"): a subject's
 * gap, not the gap from a trigger to its object.
 */
function blocked(gap: string, from: number, to: number, others: readonly Span[], res: EventResources, text: string, series = true): boolean {
  if (/[;:«»"]/.test(unquoted(gap))) return true
  const between = others.filter((o) => o.start >= from && o.end <= to)
  if (between.length > 0 && !coordinatedVerbs(text, from, to, between, res, series)) return true
  // A subject relative pronoun after the party (its head noun between: "ADF rebels who attacked
  // the village", « des rebelles qui ont attaqué »), an auxiliary or adverb at most before the
  // trigger, makes the party its subject; any other clause word sets the party apart.
  const m = relativeGap(gap, res)
  if (m && !hasCue(res, 'clause', m[1]!, '{cue}')) return false
  return hasCue(res, 'clause', gap, '{cue}')
}

/**
 * A gap without the quotation marks that set a few common words apart inside a clause (killed three
 * "militants" during an "exchange of fire", « trois “terroristes” »): a pair around up to four words
 * opening in lower case, and the mark that opens the words of the trigger right after the gap.
 * Quoted speech stays a break, and so does a quoted name (an "Emirate of the Sahara" group: a party
 * of its own between).
 */
function unquoted(gap: string): string {
  return gap.replace(QUOTED_LOWER_WORDS, (m, open: string, close: string) => (open === '"' ? close === '"' : true) ? m.slice(1, -1) : m).replace(/\s["“«]\s*$/u, ' ')
}

/** A gap that makes the party before it the subject of a relative clause the trigger ends ("terrorists who entered", « des rebelles qui ont attaqué »): the match, its first group the words before the pronoun. */
function relativeGap(gap: string, res: EventResources): RegExpExecArray | null {
  const relative = cueRegex(res, 'relative', RELATIVE_GAP)
  return relative ? (relative.lastIndex = 0, relative.exec(gap)) : null
}

/** Between a party and its backer: its head noun's lower-case words ("ground forces"), an optional comma, the words of backing (cues.tsv `backer`: "backed by", « appuyés par »), up to three words before the backer's name ("US-led", « l'artillerie »), an elided article glued to it. */
const BACKED_GAP = '(?c)^(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3}\\s*,?\\s*(?:{cue})\\s+(?:\\S+\\s+){0,3}(?:\\p{L}+[\'’])?$'

/** Up to two words and no punctuation between a trigger and the next one. */
const SUBJECT_NOUN_GAP = /^\s*(?:[\p{L}'’-]+\s+){0,2}$/u

/** Where the words of backing end in the gap after a party when the whole gap is such a phrase (`BACKED_GAP`), else -1. */
function backingEnd(res: EventResources, gap: string): number {
  if (!hasCue(res, 'backer', gap, BACKED_GAP)) return -1
  const re = cueRegex(res, 'backer', '(?:{cue})')
  const m = re ? (re.lastIndex = 0, execFrom(re, gap)) : null
  return m ? m.index + m[0].length : -1
}

/** Whether the trigger `t` is the noun of the backer named from `from` (the end of the words of backing): nothing else named or told between, and the backer a party at the trigger or only lower-case words and nationalities before it. */
function backerNoun(res: EventResources, text: string, from: number, t: Span, before: readonly ActorMention[], others: readonly Span[]): boolean {
  if (others.some((o) => o.start >= from && o.end <= t.start) || before.some((m) => m.start >= from && m.end <= t.start)) return false
  if (before.some((m) => m.start <= t.start && m.end > t.start)) return true
  const demonyms = placeDemonyms(res.lang)
  return (text.slice(from, t.start).match(WORDS) ?? []).every((w) => STARTS_LOWER.test(w) || demonyms?.has(foldName(w)) === true)
}

/** What joins two coordinated parties: the list's joint (cues.tsv `list`: "and", « et »), "&" or a slash, a comma before it, and up to two words ("and police forces"). */
const COORDINATED = '^\\s*(?:,\\s*)?(?:(?:{cue}|&)\\s+(?:\\S+\\s+)?|\\/\\s*)$'

/**
 * Between two parties of a coordinated subject that act together: the list's joint ("and", « et »),
 * "&", a slash; lower-case words (the first party's head noun) may stand before it. A comma alone may
 * close an apposition or a fronted phrase ("the Attorney General, William Barr,", « Comme la Ligue
 * arabe et plusieurs pays, François Hollande », ", dressed as police,"): `COORDINATED_SUBJECT` also
 * takes it, to walk back over a coordinated subject. Case-sensitive (`(?c)`): the words before are
 * lower-case.
 */
const ALLIED_SUBJECTS = '(?c)^\\s*(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:{cue}|&|\\/)\\s*(?:\\S+\\s*){0,3}$'
const COORDINATED_SUBJECT = '(?c)^\\s*(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:{cue}|,|\\/)\\s*(?:\\S+\\s*){0,3}$'

/** The whole gap: a word at most (the party's head noun), an optional comma, the relative pronoun, up to two words. */
const RELATIVE_GAP = "^\\s*((?:[\\p{L}'’-]+\\s+)?),?\\s*(?:{cue})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$"

/**
 * Triggers right after the subject (an auxiliary or an adverb may stand between, not a preposition:
 * "accuse the military of burning…"), joined to the next and to the trigger by "and", a comma or « et ».
 */
function coordinatedVerbs(text: string, from: number, to: number, between: readonly Span[], res: EventResources, series: boolean): boolean {
  const sorted = [...between].sort((a, b) => a.start - b.start)
  const lead = /^\s*(?:(\S+)\s+)?$/u.exec(text.slice(from, sorted[0]!.start))
  if (!lead || (lead[1] && (['locative', 'agent', 'source', 'target'] as const).some((k) => hasCue(res, k, lead[1]!, '^(?:{cue})$')))) return false
  for (let i = 0; i < sorted.length; i++) {
    const end = i + 1 < sorted.length ? sorted[i + 1]!.start : to
    const gap = text.slice(sorted[i]!.end, end)
    // Right after it, or after its object: a series of predicates ("looted the church, injured a nun,
    // and kidnapped two civilians", « ont pillé l'église, blessé une religieuse et enlevé »).
    if (!hasCue(res, 'list', gap, COORDINATED_VERB) && !(series && gap.length <= 80 && hasCue(res, 'list', gap, PREDICATE_SERIES) && !hasCue(res, 'clause', gap, '{cue}'))) return false
  }
  return true
}
/** An object's head noun at most, then the list's joint (cues.tsv `list`) or a comma: the next predicate follows ("killed 6 militiamen and captured"). */
const OBJECT_THEN_JOINT = '^\\s*(?:\\p{Ll}[\\p{Ll}-]*\\s*)?(?:,\\s*)?(?:{cue}|,)\\s*$'
/** Two predicates joined by the list's joint (cues.tsv `list`) or a comma, and nothing else. */
const COORDINATED_VERB = '^\\s*(?:,\\s*)?(?:{cue}|,)\\s*$'
/**
 * An object, then the joint of the last predicate (cue kind `list`: "and", « et »; a comma may stand before it);
 * up to two predicates more of the series may stand between ("the church, injured a nun, and "). A
 * comma alone may open a noun ("l'armée pilonne Rastane, mobilisation à Alep").
 */
const PREDICATE_SERIES = '^\\s+(?:[^;:!?,]+?,\\s+){0,2}[^;:!?,]+?,?\\s+(?:{cue})\\s+$'

/**
 * A gap between a subject and its trigger without the raising verb that ends it ("militants are
 * reported to have seized", « sont censés avoir pris »): the subject is the trigger's own, so what
 * is left says whether a clause sets it apart and whether the trigger is passive ("are believed to
 * have been killed").
 */
function unraised(gap: string, res: EventResources, verbal = false): string {
  // A verbal act's speaker taken up by a pronoun right after the verb of saying ("Syria said on
  // Monday it would withdraw", « la Syrie a annoncé qu'elle retirerait »): the speaker is its subject.
  const resumed = verbal ? cueRegex(res, 'resumed', '^\\s*(?:{cue})(?=\\s)') : null
  if (resumed) {
    resumed.lastIndex = 0
    const m = resumed.exec(gap)
    if (m) gap = gap.slice(m[0].length)
  }
  const re = cueRegex(res, 'raising', '(?:{cue})(?=\\s+(?:\\S+\\s+){0,2}$)')
  if (!re) return gap
  re.lastIndex = 0
  const m = execFrom(re, gap)
  return m ? gap.slice(0, m.index) + gap.slice(m.index + m[0].length) : gap
}

/** The trigger is a verb of harm its subject undergoes ("died", « morts »). */
function undergone(t: Span, text: string, res: EventResources): boolean {
  return hasCue(res, 'undergone', text.slice(t.start, t.end), '^(?:{cue})$')
}

/** A gap that ends in a charge or suspicion (cues.tsv `accused`: "have been accused of", "were suspected of engaging in"): the trigger after it is the deed charged. */
function chargedWith(gap: string, res: EventResources): boolean {
  return hasCue(res, 'accused', gap, '(?:{cue})\\s*(?:\\S+\\s+){0,2}$')
}

function isPassive(span: string, res: EventResources): boolean {
  return hasCue(res, 'passive', span)
}

/**
 * A mention after the trigger belongs to its clause: no sentence break, clause opener ("after",
 * "who", « après ») or other trigger stands between them.
 */
export function inTriggerClause(t: Span, m: Span, text: string, others: readonly Span[], res: EventResources): boolean {
  if (m.start < t.end) return true
  const gap = text.slice(t.end, m.start)
  return !/[.!?]/.test(gap) && !blocked(gap, t.end, m.start, others, res, text, false)
}

/**
 * A party named after "of" as the holder of what the trigger is about: a word of what parties hold
 * (cues.tsv `held`: areas, positions, « zones ») right after its name ("SPLM-N areas") or between
 * "of" and its name (« des zones du SPLM-N »).
 */
function holder(m: ActorMention, gap: string, text: string, res: EventResources): boolean {
  const shape = '^\\s*[-\\s]?(?:{cue})'
  return hasCue(res, 'held', text.slice(m.end, m.end + 40), shape) || hasCue(res, 'held', gap.replace(/^\s*\S+/u, ''), shape)
}

/**
 * The agent of a participle of keeping or running something ("a clinic run by the Red Crescent",
 * « une clinique gérée par le Croissant-Rouge »): it owns what the trigger hit; it is neither the
 * doer after the trigger nor the subject before it.
 */
export function ownerOf(m: Span, text: string, res: EventResources): boolean {
  return hasCue(res, 'owner', text.slice(Math.max(0, m.start - 40), m.start), '(?:{cue})\\s+(?:\\S+\\s+){0,2}$')
}


/** A `groups.tsv` template that names a party only beside a nationality word (`=national|Military Forces of {country}`). */
const NATIONAL = '=national|'

/** A state's government or one of its bodies (a KB institution), not its forces. */
export function institution(a: ActorMention): boolean {
  return !a.generic && a.actorId !== null && getActorIndex().actors.get(a.actorId)?.kind === 'institution'
}

/** Explosions and shelling: armed people they killed or wounded were their target ("a soldier was injured after the explosion of a landmine"). */
const REMOTE_CODES: ReadonlySet<string> = new Set(['REM_EXPLOS', 'GRENADE', 'SUIC_BOMB', 'ART_MISS_ATTACK'])

/** Codes of violent happenings whose doer a "when …" clause may tell. */
const VIOLENT_CODES: ReadonlySet<string> = new Set(['ATTACK_ANY', 'ATTACK', 'ABDUCT_DISSAP', 'ARMED_CLASH', 'SUIC_BOMB', 'REM_EXPLOS', 'GRENADE', 'ART_MISS_ATTACK'])
/**
 * Happenings whose doer strikes a target: violence, strikes from the air or with gas, destruction,
 * and fighting for ground; not an agreement, a withdrawal, a disaster or words.
 */
const STRIKING_CODES: ReadonlySet<string> = new Set([...VIOLENT_CODES, 'AIR_STRIKE', 'CHEM_WEAP', 'SEX_VIOL', 'MOB_VIOL', 'PROPERTY_DISTRUCT', 'TERRITORY', 'RECAPTURE', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER'])

/**
 * The armed party right after a temporal clause opener that follows the trigger in its sentence
 * (a few words between: "when a group of", "after suspected members of"), none if a sentence break
 * or a semicolon comes first.
 */
function temporalDoer(t: Span, inSentence: readonly ActorMention[], text: string, res: EventResources, victim: ActorMention | null): ActorMention | null {
  for (const m of inSentence) {
    if (m.start < t.end || m === victim || !armed(m.inter)) continue
    const gap = text.slice(t.end, m.start)
    if (gap.length > 120 || /[.;:!?]/.test(gap)) return null
    if (hasCue(res, 'temporal', gap, '(?:{cue})\\s+(?:[^\\s,]+\\s+){0,4}$')) return m
  }
  return null
}

/** The trigger a party is the object of: right before it, a few words between and no punctuation. */
function governingTrigger(m: Span, others: readonly Span[], text: string): Span | null {
  // An opening quotation mark may set the object apart (killed three "militants").
  return others.find((o) => o.end <= m.start && /^\s+(?:[^\s.,;:!?]+\s+){0,3}(?:["“«‘]\s*)?$/u.test(text.slice(o.end, m.start))) ?? null
}

/**
 * A party told right after a verb of violence of this happening's own words, as its object: not
 * after "by", "in", "when" ("killed by ADF rebels who attacked", "killed in a Boko Haram attack",
 * "killed when gunmen raided"), nor after a verbal act ("accused soldiers of abducting").
 */
function ownObject(verb: Span, party: Span, c: Candidate, text: string, res: EventResources): boolean {
  const own = c.matches.find((m) => m === verb)
  if (!own || !VIOLENT_CODES.has(own.code) || !STRIKING_CODES.has(c.code)) return false
  // A verb that takes the harmed as its object ("killed", « tué »), not a word of harm alone ("dead").
  return harmedObject(text.slice(verb.start, party.start), res, true)
}

/**
 * The text before a party ends in a verb of harm and at most three words, the party its object
 * ("killed 30 soldiers", « tuant deux gendarmes »); `anchored`: the verb opens the text. Not after
 * "by", "in", "when" ("killed by soldiers", "killed in a Boko Haram attack", "killed when gunmen
 * attacked"): the doer, a place or another clause.
 */
function harmedObject(before: string, res: EventResources, anchored = false): boolean {
  // An opening quotation mark may set the object apart (killed three "militants", « des “terroristes” »).
  return hasCue(res, 'harmed', before, `${anchored ? '^' : ''}(?:{cue})\\s+(?:[^\\s,;:]+\\s+){0,3}(?:["“«‘]\\s*)?$`)
    && !(['agent', 'locative', 'clause'] as const).some((k) => hasCue(res, k, before, '(?:{cue})\\s+(?:\\S+\\s+){0,2}$'))
}

/**
 * The party right before a trigger, when nothing sets it apart from it: the trigger's subject. A
 * party after "by" is not ("forces backed by vigilantes killed…": the forces did).
 */
function subjectBefore(t: Span, before: readonly ActorMention[], others: readonly Span[], res: EventResources, text: string): ActorMention | null {
  const m = [...before].reverse().find((x) => x.end <= t.start && !endsWithCue(res, 'agent', text.slice(Math.max(0, x.start - 30), x.start)))
  return m && !blocked(unraised(text.slice(m.end, t.start), res), m.end, t.start, others, res, text) ? m : null
}

/**
 * The words between the two parties of "between A and B": a few words, the list's joint or "&", up
 * to three words ("and members of the", « et des combattants du »).
 */
const BETWEEN_JOINT = '^\\s*(?:\\S+\\s+){0,4}?(?:{cue}|&)\\s+(?:\\S+\\s+){0,3}$'

/** "clashes between A and B": the two parties, in order. */
function betweenPair(t: Span, after: readonly ActorMention[], text: string, res: EventResources): [ActorMention, ActorMention] | null {
  const first = after[0]
  const second = after[1]
  if (!first || !second) return null
  const lead = text.slice(t.end, first.start)
  // "between the Nuer and…", "between members of the Nande and…"; the place and the date may come
  // first ("Fighting was reported in Sabri district on 24 February, between the army and…").
  // The trigger's own words may end in it ("fighting broke out between", « des tirs entre »).
  if (lead.length > 90 || /[.;:!?]/.test(lead) || !hasCue(res, 'between', text.slice(t.start, t.end) + lead, '(?:{cue})\\s*(?:\\S+\\s+){0,3}$')) return null
  const mid = text.slice(first.end, second.start)
  return mid.length <= 40 && hasCue(res, 'list', mid, BETWEEN_JOINT) ? [first, second] : null
}

/**
 * An armed mention of the sentence told as the one harmed: right after a verb of killing, wounding
 * or attacking ("killed 30 soldiers", « tuant deux gendarmes »), or before one in the passive
 * ("two soldiers were killed", « deux soldats ont été tués »).
 */
function armedVictim(inSentence: readonly ActorMention[], sentence: Span, text: string, res: EventResources): ActorMention | null {
  return inSentence.find((m) => armed(m.inter) && (
    harmedObject(text.slice(Math.max(sentence.start, m.start - 40), m.start), res)
    || (hasCue(res, 'passive', text.slice(m.end, m.end + 40), '^\\s*(?:\\S+\\s+)?(?:{cue})') && hasCue(res, 'harmed', text.slice(m.end, m.end + 40), '^\\s*(?:\\S+\\s+){1,2}(?:{cue})')))) ?? null
}

/** The trigger is a present participle ("abducting", « enlevant »). */
function participle(t: Span, text: string, res: EventResources): boolean {
  return hasCue(res, 'participle', text.slice(t.start, t.end), '^(?:{cue})$')
}

/**
 * Where the clause a participle trigger hangs on ends: the last comma before it in its sentence,
 * when what follows that comma opens with a participle (", abducting", ", looting property and
 * kidnapping", « , en enlevant ») with no stop or clause opener before the trigger; -1 otherwise
 * (a noun in -ing, "rebel shelling of the town", hangs on nothing).
 */
function participleComma(t: Span, sentence: Span, text: string, res: EventResources): number {
  if (!participle(t, text, res)) return -1
  const comma = text.lastIndexOf(',', t.start)
  if (comma < sentence.start) return -1
  const link = text.slice(comma + 1, t.start)
  if (/[.;:!?]/.test(link) || hasCue(res, 'clause', link, '{cue}') || !hasCue(res, 'participle', text.slice(comma + 1, t.end), '^\\s*(?:{cue})(?![\\p{L}])')) return -1
  return comma
}

/**
 * The subject of the clause a participle hangs on: the clause ends at `comma`, the last comma before
 * the participle (`participleComma`), its verb is the last trigger word before that comma, and its
 * subject the party before that verb that nothing cuts off from it, unless that verb is passive or
 * undergone (then the party is a victim): null. Undefined when the participle hangs on no such clause
 * (no trigger before it, or a trigger of its own happening).
 */
function clauseSubject(comma: number, own: readonly Span[], sentence: Span, before: readonly ActorMention[], triggers: readonly Span[], others: readonly Span[], text: string, res: EventResources, victim: ActorMention | null): ActorMention | null | undefined {
  const main = triggers.filter((o) => o.start >= sentence.start && o.end <= comma).sort((a, b) => b.start - a.start)[0]
  // A verb of this very happening ("clear Boko Haram from the village, capturing three"): the clause
  // is its own, read as any other.
  if (main && own.some((o) => o.start === main.start)) return undefined
  // A party named in a phrase of place, of agent or of target ("people aligned to the ANC") is no
  // subject; one named after "of" may be (« les rebelles de la LRA »: the description before it is
  // that party's).
  const subjectLike = (m: ActorMention) => {
    const lead = text.slice(Math.max(sentence.start, m.start - 25), m.start)
    return !(['locative', 'agent', 'source', 'target'] as const).some((k) => endsWithCue(res, k, lead)) || endsWithCue(res, 'genitive', lead)
  }
  // A clause whose verb is no trigger ("army and police teams stormed a number of militant
  // hotbeds, killing ten militants"): the participle shares its subject, the first armed party it
  // names as one, not the party right before the comma, its object's words.
  if (!main) return before.find((m) => m.start >= sentence.start && m.end <= comma && armed(m.inter) && m !== victim && subjectLike(m)) ?? undefined
  // A chain of participles ("burning mosques, killing youths, abducting women") hangs on one clause.
  const upper = participleComma(main, sentence, text, res)
  if (upper >= 0) return clauseSubject(upper, own, sentence, before, triggers, others, text, res, victim) ?? null
  // Nor is the object of a trigger ("killing youths").
  const subject = [...before].reverse().find((m) => m.end <= main.start && m !== victim && subjectLike(m) && !governingTrigger(m, triggers, text))
  if (!subject) return null
  const gap = unraised(text.slice(subject.end, main.start), res)
  if (blocked(gap, subject.end, main.start, others, res, text) || isPassive(gap + text.slice(main.start, main.end), res) || undergone(main, text, res)) return null
  return subject
}

/** Who did it and to whom, from the trigger's clause. `mentions` sorted by start, as `actorMentions` gives them. */
export function assignRoles(c: Candidate, sentence: Sentence, text: string, mentions: readonly ActorMention[], others: readonly Span[], res: EventResources, verbal = false, triggers: readonly Span[] = others): Roles {
  // The party that owns or runs what was hit ("a clinic run by the Red Crescent") plays no role.
  const inSentence = mentionsIn(mentions, sentence).filter((m) => !ownerOf(m, text, res))
  const t = c.head
  // Parties that act beside the doer ("the army and allied militias", "attacked by the military and
  // police forces"): associated with actor 1, never its other side.
  const allies: ActorMention[] = []
  const after = inSentence.filter((m) => m.start >= t.end && m.start - t.end <= 90)
  // A trigger word inside an actor's name ("Fulani gunmen attacked": "gunmen" tells an attack) leaves that actor before it;
  // so does a force told by its nationality that opens the trigger ("Russian jets bombed", "Russian airstrikes").
  const before = inSentence.filter((m) => m.end <= t.start || (m.start < t.start && m.end <= t.end) || (m.start === t.start && m.end <= t.end && m.generic && m.country !== undefined))
  let actor1: ActorMention | null = null
  let actor2: ActorMention | null = null
  for (const m of after) {
    const gap = text.slice(t.end, m.start)
    if (/[.;:!?]/.test(gap) || others.some((o) => o.start >= t.end && o.end <= m.start)) break
    const lead = text.slice(Math.max(t.end, m.start - 30), m.start)
    // The party that holds the place hit ("areas controlled by the Islamic State", « une localité
    // tenue par les rebelles ») did not hit it: the object, if anything (below).
    if (endsWithCue(res, 'holder', lead) || hasCue(res, 'holder', lead, HOLDER_MODIFIED)) continue
    // The doer after "by" and the parties coordinated with it ("by the military and police forces").
    if (actor1 && !actor2 && armed(m.inter) && m.start - actor1.end <= 30 && hasCue(res, 'list', text.slice(actor1.end, m.start), COORDINATED)) allies.push(m)
    else if (!actor1 && (endsWithCue(res, 'agent', lead) || agentBeforeModifiers(res, lead))) actor1 = m
    else if (!actor2 && (endsWithCue(res, 'source', lead) || endsWithCue(res, 'target', lead))) actor2 = m
    else if (!actor1 && gap.length <= 12 && /^\s*(?:of|de|du|des|d')\b/iu.test(gap) && !m.generic) {
      // "the offensive of Boko Haram" is its doer; "control of SPLM-N areas", « contrôle des zones
      // du SPLM-N » name what the party holds: the party it is taken from, not the doer.
      if (holder(m, gap, text, res)) actor2 ??= m
      else actor1 = m
    }
  }
  const pair = betweenPair(t, inSentence.filter((m) => m.start >= t.end), text, res)
  if (pair) [actor1, actor2] = pair
  // The last party of a coordinated subject: in a clash, the other side ("Salamat and Fellata militia clashed").
  let partner: ActorMention | null = null
  // A participle after a comma hangs on the clause before it and shares its subject ("Al Shabaab
  // fighters stormed the town, abducting 20 civilians", "attacked the area, looting property and
  // kidnapping 12", « ont attaqué le village, enlevant douze personnes »), not the party right
  // before it, most often the object of that clause's verb ("killing youths, abducting women").
  const comma = participleComma(t, sentence, text, res)
  const hung = comma < 0 ? undefined : clauseSubject(comma, c.matches, sentence, before, triggers, others, text, res, actor2)
  if (hung !== undefined) actor1 ??= hung
  else if (!actor1 || !actor2) {
    let subject = [...before].reverse().find((m) => m !== actor2 && m !== actor1)
    // A party named in a phrase of backing after the subject ("YPG forces backed by US-led air
    // strikes repelled", « les rebelles, appuyés par l'artillerie turque, ont pris ») backs the doer:
    // the party before the phrase did it, armed backers beside it (ACLED's associated actors).
    const backers: ActorMention[] = []
    // Not for a trigger that another one follows within two words: a noun of the subject's own
    // phrase ("aided by U.S.-led coalition airstrikes have retaken"), the backer's act.
    // Asked only once words of backing are found: most subjects have none.
    let nounOfSubject: boolean | undefined
    const subjectNoun = () => (nounOfSubject ??= others.some((o) => o.start >= t.end && o.start - t.end <= 30 && SUBJECT_NOUN_GAP.test(text.slice(t.end, o.start))))
    for (let i = subject ? before.indexOf(subject) : -1; i > 0 && before[i]!.start < t.start && hasCue(res, 'backer', text.slice(before[i - 1]!.end, before[i]!.start), BACKED_GAP) && !subjectNoun(); i--) {
      backers.push(before[i]!)
      subject = before[i - 1]!
    }
    // The object of another trigger coordinated with this one is not its subject: the other verb's
    // subject is ("LRA rebels injured 4 civilians and kidnapped others", « ont blessé des civils et
    // enlevé »). Only coordinated verbs: otherwise the object may well open a clause of its own.
    const governing = subject ? governingTrigger(subject, [...others, ...c.matches.filter((x) => x.end <= t.start)], text) : null
    if (subject && governing) {
      // The object's head noun may end it ("killed 6 Mayi Mayi militiamen and captured another").
      const coordinated = hasCue(res, 'list', text.slice(subject.end, t.start), OBJECT_THEN_JOINT)
      const head = coordinated ? [...before].reverse().find((m) => m.end <= governing.start) : undefined
      // The object of this happening's own verb, told before the noun that names it ("forces killed
      // five militants in a gunbattle", « ont tué cinq terroristes lors d'un accrochage »), is its
      // target; the verb's subject did it.
      const verbSubject = !actor2 && ownObject(governing, subject, c, text, res) && relativeGap(text.slice(subject.end, t.start), res) === null ? subjectBefore(governing, before, others, res, text) : null
      if (head && !blocked(text.slice(head.end, governing.start), head.end, governing.start, others, res, text)) subject = head
      else if (verbSubject) {
        actor2 = subject
        subject = verbSubject
      }
      // Nor is the object of a participle's clause the participle's subject (« en tuant des jeunes
      // et en les torturant, en enlevant des femmes »).
      else if (comma >= 0) subject = undefined
    }
    // What stands between the subject and the trigger, less a phrase of backing (its words up to
    // three after "backed by", whose trigger — "air strikes", « l'artillerie » — is another happening).
    const backed = subject
    const backing = subject ? backingEnd(res, text.slice(subject.end, t.start)) : -1
    // A trigger that is the backer's own noun ("rebels backed by Turkish artillery": the shelling;
    // "backed by US-led air strikes"), only lower-case words or a nationality between the words of
    // backing and it, or the backer named at it, is the backer's act, not the subject's.
    if (subject && backing >= 0 && backerNoun(res, text, subject.end + backing, t, before, others)) subject = undefined
    const gap = subject ? unraised(text.slice(subject.end, t.start), res, verbal) : ''
    if (subject && (backing >= 0 || !blocked(gap, subject.end, t.start, others, res, text))) {
      // "the army and allied fighters", "AMISOM/SNA forces": the head of a coordinated subject leads.
      // The first party may end in its head noun ("Military forces and Boko Haram clash", « les
      // forces armées et les rebelles »): a lower-case word may stand before the "and".
      const coordinated: ActorMention[] = []
      for (let i = before.indexOf(subject) - 1; i >= 0; i--) {
        if (!hasCue(res, 'list', text.slice(before[i]!.end, subject.start), COORDINATED_SUBJECT)) break
        partner ??= subject
        if (hasCue(res, 'list', text.slice(before[i]!.end, subject.start), ALLIED_SUBJECTS)) coordinated.push(subject)
        subject = before[i]!
      }
      // The others of a coordinated subject act with its head ("Military and RSF shell Tora"), unless
      // a clash sets them against it (below).
      // A passive subject is the target ("soldiers were killed in attacks").
      // So is the subject of a verb of harm undergone ("civilians died", « des civils sont morts »).
      // Not the subject of a charge laid on it ("peacekeepers have been accused of sexual abuse", «
      // ont été accusés d'exactions »): the passive is the charge's, the subject the alleged doer.
      const target = !chargedWith(text.slice(subject.end, t.start), res) && (isPassive(unraised(text.slice(backing >= 0 && subject === backed ? subject.end + backing : subject.end, t.start), res, verbal) + text.slice(t.start, t.end), res) || undergone(t, text, res))
      if (!target) allies.push(...coordinated, ...backers.filter((m) => armed(m.inter)))
      if (target) actor2 ??= subject
      else actor1 ??= subject
    }
  }
  const clash = c.code === 'ARMED_CLASH' || c.code === 'VIOL_DEMONSTR' || c.code === 'MOB_CLASH'
  // An air strike told by its aircraft as the subject, their owner named after a genitive in the
  // trigger's own words (« des avions de l'Otan ont frappé », « l'aviation de la coalition a
  // bombardé », "jets of the coalition struck"): that armed party is the doer, not a victim the
  // noun owns as "bodies of two soldiers" does below.
  if (!actor1 && c.code === 'AIR_STRIKE') actor1 = inSentence.find((m) => m.start > t.start && m.end <= t.end && m !== actor2 && armed(m.inter) && endsWithCue(res, 'genitive', text.slice(t.start, m.start))) ?? null
  // A party named inside the words of a trigger of harm, of ground taken or of an arrest, after its
  // first word ("clear Boko Haram from the area", "drove the rebels out of", "opened fire on
  // civilians"), is its object; after "by" ("struck by Russian jets"), its doer. Not a party the
  // trigger's noun owns ("bodies of two soldiers found": the bodies were found).
  const within = (STRIKING_CODES.has(c.code) || c.code === 'ARREST') ? inSentence.find((m) => m.start > t.start && m.end <= t.end && m !== actor1 && m !== actor2 && !hasCue(res, 'genitive', text.slice(t.start, m.start))) : undefined
  if (within && (endsWithCue(res, 'agent', text.slice(Math.max(t.start, within.start - 30), within.start)) || agentBeforeModifiers(res, text.slice(Math.max(t.start, within.start - 30), within.start)))) actor1 ??= within
  else if (within && !actor2 && !clash) actor2 = within
  if (!actor2) {
    // A happening's object is in its clause: "executed four men after accusing them of spying for
    // the army" names no target of the execution after "after". A verbal act's object may be a
    // clause of its own ("demanded that Turkey withdraw").
    const object = after.find((m) => m !== actor1 && !allies.includes(m) && (verbal ? !/[.;:!?]/.test(text.slice(t.end, m.start)) : inTriggerClause(t, m, text, others, res)))
    // In a clash, a party of a coordinated subject from the other camp is the other side rather
    // than an object of the first party's own camp ("SNG and al Shabaab forces clash…, one soldier
    // dead"); allies ("SNA/AMISOM forces") are not the other side.
    const lead = actor1
    const opposed = clash && partner !== null && lead !== null && partner !== lead && armed(partner.inter) && stateSide(partner.inter) !== stateSide(lead.inter)
    if (opposed && (!object || stateSide(object.inter) === stateSide(lead.inter))) actor2 = partner
    else if (object) actor2 = object
  }
  if (!actor2 && clash && partner && partner !== actor1 && armed(partner.inter)) actor2 = partner
  // One named party read on both sides of a clause. Named again right after itself, it is restated
  // ("killed by Islamic State (IS) militants"): no target. Read as the subject while it is the
  // object of an earlier verb, named again after the trigger ("OLA attacked government soldiers,
  // killing 3 soldiers", "forces killed Al-Shabab fighters in fighting against the group"), it is no
  // doer. A party told as harming its own members keeps both sides ("a party activist beat up a member").
  if (actor1 && actor2 && !actor1.generic && sameParty(actor1, actor2)) {
    const [first, second] = actor1.start < actor2.start ? [actor1, actor2] : [actor2, actor1]
    if (/^[\s(),/-]*$/u.test(text.slice(first.end, second.start))) actor2 = null
    else if (actor1.end <= t.start && actor2.start >= t.end && governingTrigger(actor1, [...others, ...c.matches.filter((x) => x.end <= t.start)], text)) actor1 = null
  }
  // A trigger that names its doer ("Gunmen torched shops"): the doer of the attack.
  // A named party whose words hold the trigger ("gunmen from the Dir clan") is that doer too.
  if (!actor1 && c.code === 'ATTACK_ANY') actor1 = inSentence.find((m) => m !== actor2 && ((m.start === t.start && m.end <= t.end) || (!m.generic && m.start <= t.start && m.end >= t.end))) ?? null
  // Armed people a killing or wounding fell on are the other side of a fight, not civilians ("FLEC
  // killed 30 soldiers in two ambushes", "two soldiers were killed as their vehicle was attacked"):
  // ACLED codes one-sided violence only against unarmed people. State or foreign forces an explosion
  // or a shelling killed or wounded were its target too ("a soldier was injured when a landmine
  // exploded"); ACLED then lists them first. Not fighters told by a word alone ("opposition
  // fighters"), whose group is only the article's most named one, nor a government's body.
  if (c.code === 'ATTACK_ANY' && !actor2) {
    const victim = armedVictim(inSentence, sentence, text, res)
    if (victim) {
      if (victim === actor1) actor1 = null
      actor2 = victim
    }
  } else if (REMOTE_CODES.has(c.code) && !actor2) {
    const victim = armedVictim(inSentence, sentence, text, res)
    if (victim && (victim.inter === 1 || victim.inter === 8) && !institution(victim) && victim !== actor1 && victim.name !== actor1?.name && !allies.includes(victim)) actor2 = victim
  }
  // A member of the forces killed off duty, retired, at home or in a bar was not fighting: the
  // victim of one-sided violence, as ACLED codes it ("a retired army colonel was shot dead at his home").
  if (c.code === 'ATTACK_ANY' && actor2 && armed(actor2.inter) && hasCue(res, 'offduty', text.slice(sentence.start, sentence.end))) {
    actor2 = { ...actor2, inter: 7 }
  }
  // Civilians described do no violence: people read as the doer of harm ("Boko Haram kill a family
  // of four during a raid": the family before "raid") are its victims, and the armed party that opens
  // the sentence did it, unless something cuts it off from them.
  if (VIOLENT_CODES.has(c.code) && actor1?.generic && actor1.inter === 7 && actor1.start >= sentence.start && actor1.end <= sentence.end && (!actor2 || (actor2.generic && actor2.inter === 7))) {
    const victims = actor1
    // The doer is a subject, not a party named in a phrase of place ("displaced in the UNMISS camp").
    const subjectLike = (m: ActorMention) => !(['locative', 'agent', 'source', 'target'] as const).some((k) => endsWithCue(res, k, text.slice(Math.max(sentence.start, m.start - 25), m.start)))
    const doer = [...inSentence].reverse().find((m) => m.end <= victims.start && armed(m.inter) && subjectLike(m) && !blocked(text.slice(m.end, victims.start), m.end, victims.start, [], res, text))
    if (doer) {
      actor2 = victims
      actor1 = doer
    }
  }
  // A harm told of its victims without its doer, then the clause of what was happening ("six were
  // killed when suspected members of Boko Haram invaded the village", « … lorsque des hommes armés
  // ont attaqué »): the armed party that opens that clause did it.
  const toldOfVictims = (actor2 !== null && actor2.end <= t.start) || isPassive(text.slice(Math.max(sentence.start, t.start - 30), t.end), res)
  if (!actor1 && toldOfVictims && VIOLENT_CODES.has(c.code)) actor1 = temporalDoer(t, inSentence, text, res, actor2)
  // A victim told without its attacker ("seventy militants were killed in fighting with Puntland
  // forces"): an armed party of the other side (state against non-state) in the sentence fought it.
  if (!actor1 && actor2 && armed(actor2.inter)) {
    actor1 = otherSide(actor2, inSentence)
  }
  // Force against protesters is the forces' act: when its clause names none ("protested after an
  // Egyptian police officer shot a vendor"), the forces the sentence names did it.
  if (c.code === 'FORCE_AGAINST_PROTEST' && actor1?.inter !== 1 && actor2?.inter !== 1) actor2 = inSentence.find((m) => m.inter === 1) ?? actor2
  const joined = actor1 ? inSentence.filter((m) => m.end <= t.start && /^\s*(?:and|et|,)\s*$/iu.test(text.slice(m.end, actor1!.start))) : []
  const assoc1 = actor1 ? [...new Set([...allies, ...joined])].filter((m) => m !== actor1 && m !== actor2 && !sameParty(m, actor1!)).sort((a, b) => a.start - b.start) : []
  return { actor1, actor2, assoc1 }
}

export interface Located {
  place: Place | null
  geoPrecision: 1 | 2 | 3 | null
  /** The places listed with `place` in its sentence ("in Asanza, Hai and Tarawa"): the happening's places too. */
  also: Place[]
  /** The place is the article's focus: the sentence names none of its own. */
  byFocus?: boolean
}

interface Bearings { re: RegExp; bearing: Map<string, number>; unit: Map<string, number> }
/** A bearing's or unit's lookup key: "north-east", "North East" and "northeast" are one. */
const bearingKey = (s: string) => s.toLowerCase().replace(/[ -]/g, '')
const bearingsCache = new Map<string, Bearings | null>()

/** `places/bearings.tsv` of a language as one regex anchored before a place ("40 km north-east of "). */
function loadBearings(lang: string): Bearings | null {
  if (bearingsCache.has(lang)) return bearingsCache.get(lang)!
  const rows = readResourceLines(lang, 'places/bearings.tsv', 3)
  let out: Bearings | null = null
  if (rows.length) {
    const of = (kind: string) => rows.filter((r) => r.cols[0] === kind)
    const alt = (kind: string) => of(kind).map((r) => escapeRegex(r.cols[1]!).replace(/[ -]/g, '[ -]?')).sort((a, b) => b.length - a.length).join('|')
    const re = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s?(${alt('unit')})\\.?\\s+(?:&\\s*\\d+\\s?(?:${alt('unit')})\\s+)?(${alt('bearing')})\\s+(?:${alt('link')})\\s*(?:the\\s+|la\\s+|l')?$`, 'iu')
    out = { re, bearing: new Map(of('bearing').map((r) => [bearingKey(r.cols[1]!), Number(r.cols[2])])), unit: new Map(of('unit').map((r) => [bearingKey(r.cols[1]!), Number(r.cols[2])])) }
  }
  bearingsCache.set(lang, out)
  return out
}

/** Farther than this, a distance from a known place is no longer a way to say where something is. */
const OFFSET_MAX_KM = 200
/** Nearer than this, the named place itself is as good a point (ACLED codes it, geo_precision 2). */
const OFFSET_MIN_KM = 20

/**
 * A place told by its distance and direction from the one named ("Danow village (16km NW of
 * Marka)", « à 40 km au nord-est de Tiaret »): the named place's point moved that far, as a place
 * of its own over the whole phrase (ACLED geo_precision 2). Null when the place has no such phrase.
 */
function offsetPlace(p: Place, text: string, sentenceStart: number, lang: string): Place | null {
  const b = loadBearings(lang)
  if (!b) return null
  const from = Math.max(sentenceStart, p.start - 50)
  const m = b.re.exec(text.slice(from, p.start))
  if (!m) return null
  const km = Number(m[1]!.replace(',', '.')) * (b.unit.get(bearingKey(m[2]!)) ?? 1)
  const bearing = b.bearing.get(bearingKey(m[3]!))
  // From an area placed only at its first-level area's point, a distance says nothing.
  if (bearing === undefined || km <= OFFSET_MIN_KM || km > OFFSET_MAX_KM || p.geoPrecision === 3) return null
  const at = destination(p.lat, p.lon, km, bearing)
  const start = from + m.index
  return {
    ...p, start, end: p.end, text: text.slice(start, p.end), id: `${p.id}@${km}km/${bearing}`, geonameId: null,
    name: `${text.slice(start, p.start).trim()} ${p.name}`, lat: at.lat, lon: at.lon, featureCode: 'PPL', geoPrecision: 2, alternatives: [],
  }
}

/** How specific a place is: a town, a second-level area, a first-level area or region, a country. */
export function specificity(p: Place): 0 | 1 | 2 | 3 {
  const f = p.featureCode ?? ''
  if (f.startsWith('PPL')) return 0
  if (f === 'ADM2') return coarseArea(p) ? 2 : 1
  if (f.startsWith('PCL')) return 3
  return 2
}

/**
 * A second-level area placed at its first-level area's point, no town of its own being known
 * (the gazetteer's coarse areas): as coarse as that area, and placed as it is.
 */
function coarseArea(p: Place): boolean {
  return p.featureCode === 'ADM2' && p.geoPrecision === 3
}

/** `inner` lies in `outer`: its country, its first-level area, or within reach of a district or town. */
function inside(inner: Place, outer: Place): boolean {
  if (inner.countryCode !== outer.countryCode) return false
  switch (specificity(outer)) {
    case 3: return true
    case 2: return (outer.featureCode !== 'ADM1' && !coarseArea(outer)) || inner.admin1Code === outer.admin1Code
    case 1: return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= CONTAINER_KM
    default: return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= TOWN_REACH_KM
  }
}

/** A town said to hold a place ("Bole in Addis Ababa") reaches this far. */
const TOWN_REACH_KM = 60


/** A district said to hold a place ("Zango village, Gulani LGA") reaches this far from its centre. */
const CONTAINER_KM = 150

/** "X, Y", "X in Y", "X of Y", "X (Y)", "X market (Y)": what may stand between a place and the area said to hold it. */
const CONTAINED_GAP = /^\s*(?:\p{Ll}+\s*)?(?:,|\(|\bin\b|\bof\b|,\s*in\b)\s*(?:the\s+)?$/u

/**
 * Places a sentence names inside an area it names next ("Mero village, Limu district, Jimma"):
 * a place whose reading is not inside that area is a namesake — the text has just said where it
 * is — and the area stands for it (ACLED codes the area's centre when the town cannot be found).
 */
function misplaced(places: readonly Place[], text: string, votes: ReadonlyMap<string, number>, res: EventResources): Set<Place> {
  const out = new Set<Place>()
  const listGoesOn = cueRegex(res, 'list', LIST_JOINT_GAP)
  // The area's kind told between ("Beni Abbes, province of Bordj Bou Arreridj", « Aïn Turk, wilaya de Bouira »).
  const container = cueRegex(res, 'container', '^(?:{cue})$')
  for (let i = 0; i + 1 < places.length; i++) {
    const p = places[i]!
    const q = places[i + 1]!
    // Only a wider area holds a place ("Sfax, Sousse and Bizerte" is a list), and the area is
    // trusted over the place unless the rest of the text sides with the place's country ("Chake
    // Chake, Pemba" is not in Mozambique when the text is about Tanzania).
    const others = (cc: string | null) => (cc ? votes.get(cc) ?? 0 : 0) - (p.countryCode === cc ? 1 : 0) - (q.countryCode === cc ? 1 : 0)
    if (specificity(q) === 3 || others(p.countryCode) > others(q.countryCode)) continue
    const gap = text.slice(p.end, q.start)
    if (!CONTAINED_GAP.test(gap) && !(container !== null && (container.lastIndex = 0, container.test(gap)))) continue
    // After a comma, an area the list goes on from to another town or area is one of its items ("in
    // Alexandria, Damietta, Menufiya, and Sohag"), not where the place before it lies ("in Momio,
    // Wau County, South Sudan" goes on to a country: containment).
    const r = places[i + 2]
    const next = r && r.start >= q.end && specificity(r) < 3 ? text.slice(q.end, r.start) : null
    if (gap.includes(',') && next !== null && (LIST_COMMA.test(next) || (listGoesOn !== null && (listGoesOn.lastIndex = 0, listGoesOn.test(next))))) continue
    // A town holds a place told inside it ("Bakara market (Hawl-Wadaag District)", "Bole in Addis
    // Ababa"); after a comma two towns are more often a list ("Omdurman, Port Sudan and Sennar").
    // A second-level area known only by its first-level area's point is still a part of a first-level area.
    const wider = specificity(q) > specificity(p) || (coarseArea(p) && q.featureCode === 'ADM1') || (specificity(q) === 0 && specificity(p) === 0 && !gap.includes(','))
    if (wider && !inside(p, q)) out.add(p)
  }
  return out
}

/**
 * A foreign country named with no locative cue before it is a party ("a ceasefire brokered by
 * Russia", "U.S.-led coalition", "Turkey's army"), not where the happening of a text about another
 * country (`home`) took place; so is another country's capital standing for its government ("a
 * truce brokered by Moscow and Washington", "since Moscow intervened", « Moscou et Pékin »).
 * `from`: where the sentence starts, which a cue does not cross.
 */
function standsForState(p: Place, home: string | null, text: string, from: number, res: EventResources): boolean {
  return home !== null && (specificity(p) === 3 || p.featureCode === 'PPLC') && p.countryCode !== home
    && !endsWithCue(res, 'locative', text.slice(Math.max(from, p.start - 25), p.start)) && !endsWithCue(res, 'near', text.slice(Math.max(from, p.start - 40), p.start))
}

/**
 * The place governed by the trigger, else the nearest in the sentence, else the article's focus.
 * ACLED codes the most precise place the source gives: a town named in the clause beats the area
 * that holds it, and an area or country told in the clause gives way to a town inside it that the
 * article names elsewhere ("fighting in North Sinai … in Rafah").
 */
export function locate(c: Candidate, sentence: Sentence, doc: Doc, focus: Place | null, res: EventResources): Located {
  const text = doc.article.text
  const home = clearCountry(doc)
  const bad = misplacedIn(doc)
  // A capital told by its country ("in the Congolese capital", « dans la capitale libyenne ») is
  // a city the sentence names, in place of the country's name inside the phrase; not where the
  // phrase is a landmark ("a town northeast of the Syrian capital", « à 30 km de la capitale
  // malienne »): the happening is then not in the capital.
  const inThis = (p: Span) => p.start >= sentence.start && p.end <= sentence.end
  const named = doc.places.filter(inThis)
  // And so is "the capital" told with no country ("in the capital", « dans la capitale »): the
  // capital of the area or country the sentence names, else of the text's country.
  const bare = bareCapitals(doc).filter((s) => inThis(s) && !offCapital(s, text, sentence.start, res))
  const capitals = [...capitalPlaces(doc).filter((p) => inThis(p) && !offCapital(p, text, sentence.start, res)), ...bare.flatMap((s) => bareCapitalAt(s, doc, named, home) ?? [])]
  const inCapital = (p: Place) => capitals.some((q) => q.start <= p.start && p.end <= q.end)
  const sentencePlaces = capitals.length ? [...named.filter((p) => !inCapital(p)), ...capitals].sort((a, b) => a.start - b.start) : named
  const told = sentencePlaces.filter((p) => !p.metonymic && !bad.has(p) && !standsForState(p, home, text, sentence.start, res))
  // A country or a capital right before a force's or a war craft's noun says whose forces they are
  // ("killed in US warplanes' raids on Manbij", a Title Case headline's "in US Warplanes
  // Bombardments in Manbij"): no scene while the sentence names a town or an area, even after "in"
  // and in a text that names that country most. Another country is no clearer a scene ("Benin
  // military shot a soldier … recent protests in Ivory Coast").
  const owners = told.filter((p) => ownsForces(p, text, sentence.end, res) || ownerPlaces(doc).has(p))
  const inSentence = owners.length && told.some((p) => !owners.includes(p) && specificity(p) < 3) ? told.filter((p) => !owners.includes(p)) : told
  // A sentence whose only places are its forces' countries ("The US warplanes targeted the market",
  // "Kenya air forces struck al Shabaab near a village") tells no scene: the happening is where the
  // text is about (its focus, or a town named inside a facility's name), not at the forces' home;
  // with neither, the country stays.
  const ownersOnly = owners.length > 0 && inSentence.every((p) => owners.includes(p))
  const fallback = ownersOnly ? (placesInNames(doc).some((p) => p.start >= sentence.start && p.end <= sentence.end) || (focus !== null && !ownerPlaces(doc).has(focus))) : false
  // Spatial coherence: where the sentence names places in the country the document is about, a
  // place elsewhere is more often a namesake or an institution's name ("Fountain University").
  // Between countries of as many votes, the one of the largest town the text names: a known city
  // is rarely a namesake, a hamlet abroad often is ("a hall in Valhalla, Pretoria"); a country's
  // name is often where people come from ("workers who had worked in Libya protested in Kairouan").
  const coherent = home ? inSentence.filter((p) => p.countryCode === home) : []
  const kept = fallback ? [] : coherent.length ? coherent : inSentence
  // A place told only to say where the place before it lies ("Gharyan, south of Tripoli",
  // "Ajdabiya (190 km southwest of Benghazi)", « Sebt, à 40 km au nord-est de Tiaret ») is a
  // landmark: the happening is at the place it locates, the most specific one named.
  const landmarks = new Set(kept.filter((p) => landmarkOf(p, sentencePlaces, kept, text, res)))
  const located = kept.filter((p) => !landmarks.has(p))
  // Where people or things came from or were going ("aircraft from Misrata struck targets in Sirte",
  // "an air raid by the warplanes of the Misratah militias on a checkpoint west of Sirte", "a bus
  // travelling from Tete to Chimoio was attacked near Nhamatema") is no scene while the sentence
  // names another place.
  const away = (p: Place) => originBefore(res, text, p, sentence.start)
    || hasCue(res, 'origin-after', text.slice(p.end, Math.min(sentence.end, p.end + ORIGIN_REACH)), ORIGIN_START)
  const scene = located.filter((p) => !away(p))
  const places = scene.length ? scene : located
  const t = c.head
  const near = (p: Place) => endsWithCue(res, 'near', text.slice(Math.max(sentence.start, p.start - 40), p.start))
  const precision = (p: Place, base: 1 | 2 | 3): 1 | 2 | 3 => (near(p) ? Math.max(base, 2) : base) as 1 | 2 | 3
  const governed = places.find((p) => p.start >= t.end && p.start - t.end <= 60 && !/[.;!?]/.test(text.slice(t.end, p.start))
    && endsWithCue(res, 'locative', text.slice(Math.max(t.end, p.start - 25), p.start)))
  const finest = Math.min(...places.map(specificity))
  let place: Place | undefined
  if (governed && specificity(governed) <= finest) place = governed
  else place = [...places].sort((a, b) => specificity(a) - specificity(b) || distance(a, t) - distance(b, t))[0]
  // Towns the sentence names only inside a facility's name ("Students at Kumasi Polytechnic",
  // "workers at Kagadi Hospital in Kibale district"): where no place is named, or inside the area named.
  const inNames = placesInNames(doc).filter((p) => p.start >= sentence.start && p.end <= sentence.end).sort((a, b) => distance(a, t) - distance(b, t))
  if (place && specificity(place) >= 2) {
    const town = doc.places.find((p) => specificity(p) === 0 && !p.metonymic && !bad.has(p) && !landmarks.has(p) && !(p.start >= sentence.start && p.end <= sentence.end && away(p)) && inside(p, place!))
      ?? inNames.find((p) => specificity(p) === 0 && inside(p, place!))
    if (town) return { place: town, geoPrecision: Math.max(2, town.geoPrecision) as 2 | 3, also: [] }
  }
  const moved = place ? offsetPlace(place, text, sentence.start, doc.article.language) : null
  if (moved) return { place: moved, geoPrecision: 2, also: [] }
  if (place) {
    // The chain of a list reads every name the sentence gives; a name read as a person or set
    // aside as misplaced joins it, but is no place of the happening.
    const listed = listedWith(place, sentencePlaces, text, res)
    return { place, geoPrecision: precision(place, place.geoPrecision), also: listed.filter((p) => places.includes(p)) }
  }
  if (inNames[0]) return { place: inNames[0], geoPrecision: inNames[0].geoPrecision, also: [] }
  if (focus) return { place: focus, geoPrecision: Math.min(3, focus.geoPrecision + 1) as 2 | 3, also: [], byFocus: true }
  return { place: null, geoPrecision: null, also: [] }
}

const ownersCache = new WeakMap<Doc, Set<Place>>()

/**
 * The countries and capitals the text names as whose forces they are: right before a force's or a
 * war craft's noun ("US warplanes", "Kenya air forces", cues.tsv `forces-after`), or inside the name
 * of a state's own force ("the Kenya Defence Forces", "Damascus government forces": a mention of
 * kind `state_force`, inter code 1). Such a place is
 * the forces' home, not where they acted: no scene (`locate`), no focus (`focusPlace`), and no vote
 * for the text's country while anything else votes (`countryVotes`). Once per document.
 */
function ownerPlaces(doc: Doc): Set<Place> {
  let out = ownersCache.get(doc)
  if (out) return out
  out = new Set()
  ownersCache.set(doc, out)
  const text = doc.article.text
  const res = loadEventResources(doc.article.language)
  const at = new Set(doc.places.map((p) => `${p.start}:${p.end}`))
  // A state's own force (ACLED's inter code 1), not a mission named after where it serves ("the
  // United Nations Interim Force in Lebanon", « la Force intérimaire des Nations unies au Liban »).
  const actors = getActorIndex().actors
  const forces = spanIndex(doc.mentions.filter((m) => m.kind === 'state_force' && !at.has(`${m.start}:${m.end}`) && (m.actorId ? actors.get(m.actorId)?.inter : null) === 1))
  for (const p of doc.places) {
    if (specificity(p) !== 3 && p.featureCode !== 'PPLC') continue
    const sentence = doc.sentences[lowerBound(0, doc.sentences.length, (i) => doc.sentences[i]!.end <= p.start)]
    if (ownsForces(p, text, sentence?.end ?? text.length, res) || forces.contains(p.start, p.end)) out.add(p)
  }
  return out
}

/** How far after a country the force's or craft's noun that makes it their owner may end (cues.tsv `forces-after`). */
const FORCES_REACH = 40

/** A country or a capital right before a force's or a war craft's noun ("US warplanes", cues.tsv `forces-after`), up to `end`. */
function ownsForces(p: Place, text: string, end: number, res: EventResources): boolean {
  return (specificity(p) === 3 || p.featureCode === 'PPLC') && hasCue(res, 'forces-after', text.slice(p.end, Math.min(end, p.end + FORCES_REACH)), ORIGIN_START)
}

/** How far before a capital phrase the words that make it a landmark may reach. */
const OFF_CAPITAL_REACH = 60

/**
 * A capital phrase told as a landmark: a bearing, a distance or nearness before it ("northeast of
 * the Syrian capital", "200 km from Burkina's capital", "outside the Congolese capital", « au nord de
 * la capitale malienne », « à 30 km de la capitale libyenne »; cue kinds `near` and `reference`).
 */
function offCapital(p: Span, text: string, from: number, res: EventResources): boolean {
  const before = text.slice(Math.max(from, p.start - OFF_CAPITAL_REACH), p.start)
  return endsWithCue(res, 'near', before) || hasCue(res, 'reference', before, '(?:{cue})$')
}

/** How far before a place the words that make it an origin or a destination may start (cues.tsv `origin`), which end right before it. */
const ORIGIN_REACH = 80
const ORIGIN_END = '(?:{cue})$'
/** Words of where people came from or were going (cues.tsv `origin`) end right before the place, within its sentence (from `from`). */
function originBefore(res: EventResources, text: string, p: Place, from: number): boolean {
  return hasCue(res, 'origin', text.slice(Math.max(from, p.start - ORIGIN_REACH), p.start), ORIGIN_END)
}
/** The same words told after the place ("Misrata warplanes", cues.tsv `origin-after`), right after it. */
const ORIGIN_START = '^(?:{cue})'

/** The gap a landmark's cue (cues.tsv `reference`) must fill whole, and how long it may be. */
const REFERENCE_GAP = '^(?:{cue})$'
const REFERENCE_MAX = 60

/**
 * `p` only says where the place named right before it lies: the whole gap between them is the
 * language's landmark phrase (cue kind `reference`: ", south of", " (190 km southwest of", "
 * outside"), and that place is one the happening may be at (`candidates`) with a point of its own.
 */
function landmarkOf(p: Place, sentencePlaces: readonly Place[], candidates: readonly Place[], text: string, res: EventResources): boolean {
  let before: Place | undefined
  for (const q of sentencePlaces) if (q.end <= p.start && (!before || q.end > before.end)) before = q
  // An area known only by its first-level area's point ("Badhan (106km E of Ceerigaabo)", a district
  // of that name) is placed better by the landmark's distance.
  if (!before || !candidates.includes(before) || coarseArea(before) || p.start - before.end > REFERENCE_MAX) return false
  const re = cueRegex(res, 'reference', REFERENCE_GAP)
  if (!re) return false
  re.lastIndex = 0
  return re.test(text.slice(before.end, p.start))
}

const LIST_COMMA = /^\s*,\s*$/u
/** The whole gap before a list's last name: its joint (cue kind `list`), a comma before it or none. */
const LIST_JOINT_GAP = '^\\s*,?\\s*(?:{cue})\\s+$'
/** Up to three words, then a capital: the joint before a last name the gazetteer does not know. */
const LAST_UNKNOWN = /^(\s*,?\s*(?:\p{L}+\s+){1,3}?)\p{Lu}/u
/** A name the gazetteer does not know between two listed places (", Dehiba and", ", El Ayoune,"): it keeps the list going. */
const UNKNOWN_LISTED = /,\s*\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*){0,3}(?=\s*,|\s+\p{Ll})/gu

/**
 * The places listed with `p` ("in Asanza, Hai and Tarawa", « à Gao, Kidal et Tombouctou »): names
 * one after the other, joined by commas and the last by the language's list joint (cue kind
 * `list`). Only a list closed by that joint counts ("in Tafelsig, Mitchells Plain" names a suburb
 * and its town), or three towns or more, only towns and administrative areas, and only a list that
 * a locative cue ("in", « à ») or a list opener ("including", « dont ») opens. Empty when `p` is in
 * no such list.
 */
function listedWith(p: Place, places: readonly Place[], text: string, res: EventResources): Place[] {
  const joint = cueRegex(res, 'list', LIST_JOINT_GAP)
  if (!joint) return []
  // Towns and administrative areas list with each other ("in Alexandria, Damietta, Menufiya and
  // Sohag"); countries listed are more often parties than places ("a deal brokered by Russia and
  // Iran"), and regions ("the Middle East and North Africa") no places to code.
  const listable = (q: Place) => /^(?:PPL|ADM)/.test(q.featureCode ?? '')
  if (!listable(p)) return []
  const kin = places.filter(listable).sort((a, b) => a.start - b.start)
  // Runs of names joined by commas, each closed by the joint before its last name.
  let run: Place[] = []
  let closed = false
  for (let i = 0; i < kin.length; i++) {
    const q = kin[i]!
    const prev: Place | undefined = run.at(-1)
    // Names of places the gazetteer does not know may stand between ("in Remada, Dehiba and Tataouine").
    const gap: string | null = prev && q.start >= prev.end && q.start - prev.end <= 80 ? text.slice(prev.end, q.start).replace(UNKNOWN_LISTED, '') : null
    const comma: boolean = gap !== null && !closed && LIST_COMMA.test(gap)
    const last: boolean = gap !== null && !closed && !comma && (joint.lastIndex = 0, joint.test(gap))
    if (comma || last) {
      run.push(q)
      closed = last
      continue
    }
    if (run.includes(p)) break
    run = [q]
    closed = false
  }
  // The joint may close the list on a name the gazetteer does not know ("in Arish, Rafah and Sheikh
  // Zuweid", « à Gao, Kidal et Aguelhok »).
  if (!closed && run.length >= 2 && run.includes(p)) {
    const end = run.at(-1)!.end
    const next = LAST_UNKNOWN.exec(text.slice(end, end + 40))
    closed = next !== null && (joint.lastIndex = 0, joint.test(next[1]!))
  }
  // A list the sentence gives as where something happened ("in", "across", "the provinces of",
  // "towns including"), not one told as parties ("a truce brokered by Moscow and Washington").
  // Three towns or more joined by commas alone are a list too (telegraphic: "in Sagbama, Nembe,
  // Yenagoa"); two may be a suburb and its town.
  const opening = text.slice(Math.max(0, run[0]!.start - 25), run[0]!.start)
  const towns = run.length >= 3 && run.every((q) => (q.featureCode ?? '').startsWith('PPL'))
  if (!(closed || towns) || !run.includes(p) || !(endsWithCue(res, 'locative', opening) || endsWithCue(res, 'list-open', opening))) return []
  const seen = new Set([p.geonameId ?? p.name])
  return run.filter((q) => !seen.has(q.geonameId ?? q.name) && seen.add(q.geonameId ?? q.name))
}

/**
 * An event placed only in a first-level area (or a coarse second-level one) or a country, at the
 * area's seat or the country's capital: ACLED codes it there (geo_precision 3), not at the area's
 * centroid, which is no place anyone named. The place keeps the area's span; other areas and
 * regions stay as they are. Asked once the happenings are merged, which compare the places as told
 * ("a country-wide mention").
 */
export function atSeat(p: Place, date: string | null = null): Place {
  const country = specificity(p) === 3
  if (!p.countryCode || !(country || p.featureCode === 'ADM1' || coarseArea(p))) return p
  // A country at the seat of its government on the text's day (`governmentSeat`: Bujumbura for
  // Burundi in 2016, Abidjan for Côte d'Ivoire), not always the gazetteer's capital of today.
  const seat = country ? governmentSeat(p.countryCode, date) : loadGazetteer().seat(p.countryCode, p.admin1Code)
  if (!seat) return p
  return {
    ...p, id: seat.id, geonameId: seat.geonameId, name: seat.name, lat: seat.lat, lon: seat.lon,
    admin1Code: seat.admin1Code, admin1Name: seat.admin1Name, featureCode: seat.featureCode, alternatives: [],
  }
}

/**
 * Where foreign forces serve, for peace missions: the country most voted by the text's places and
 * its non-state actors (Al Shabaab), not by the forces themselves ("KDF" votes for Kenya).
 */
function missionHost(doc: Doc): string | null {
  const counts = new Map<string, number>()
  const vote = (cc: string | null | undefined) => { if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1) }
  // A country's name that opens the name of its forces ("Kenya air forces", "Uganda forces",
  // "Kenya Defence Forces") says whose forces they are, not where they serve.
  const forceStarts = new Map<number, number>()
  for (const m of doc.mentions) if (m.kind === 'state_force' && m.end > (forceStarts.get(m.start) ?? -1)) forceStarts.set(m.start, m.end)
  for (const p of doc.places) if (!p.metonymic && !((forceStarts.get(p.start) ?? -1) > p.end)) vote(p.countryCode)
  const actors = new Map(doc.actors.map((a) => [a.id, a]))
  for (const m of doc.mentions) {
    const a = m.actorId ? actors.get(m.actorId) : undefined
    if (a && a.inter !== null && a.inter !== 1) vote(a.country)
  }
  return mostVoted(counts)
}

/** The most-voted country when it has more than twice the votes of any other, else null. */
function dominantCountry(counts: ReadonlyMap<string, number>): string | null {
  const best = mostVoted(counts)
  if (best === null) return null
  const n = counts.get(best)!
  for (const [cc, m] of counts) if (cc !== best && 2 * m >= n) return null
  return best
}

/** The country with the most votes (ties: the first voted). */
function mostVoted(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null
  for (const [cc, n] of counts) if (best === null || n > counts.get(best)!) best = cc
  return best
}

/** The entities stage's country names of a language (folded key → country code), null when it has none. */
function entityCountryNames(lang: string | null | undefined): ReadonlyMap<string, string> | null {
  return lang && hasResource(lang, 'entities/countries.tsv') ? loadEntityResources(lang).countryNames : null
}

/** The places stage's demonyms of a language (folded form → country), null when it has none. */
function placeDemonyms(lang: string): ReadonlyMap<string, string> | null {
  let has = demonymsListed.get(lang)
  if (has === undefined) demonymsListed.set(lang, (has = hasResource(lang, 'places/demonyms.tsv')))
  return has ? loadPlaceResources(lang).demonyms : null
}

/** Whether a language lists demonyms, asked of the file system once per language. */
const demonymsListed = new Map<string, boolean>()

const countryCache = new WeakMap<Doc, string | null>()

const misplacedCache = new WeakMap<Doc, Set<Place>>()

/** `misplaced` once per document: its country votes walk every token, so not once per trigger. */
function misplacedIn(doc: Doc): Set<Place> {
  let bad = misplacedCache.get(doc)
  if (!bad) {
    bad = misplaced(doc.places, doc.article.text, countryVotes(doc), loadEventResources(doc.article.language))
    misplacedCache.set(doc, bad)
  }
  return bad
}

/**
 * `focusCountry`, ties broken by the population of the largest town each tied country has among
 * the text's places; the first voted when none of them has a town.
 */
function clearCountry(doc: Doc): string | null {
  if (!clearCache.has(doc)) clearCache.set(doc, findClearCountry(doc))
  return clearCache.get(doc) ?? null
}

const clearCache = new WeakMap<Doc, string | null>()

function findClearCountry(doc: Doc): string | null {
  const home = documentCountry(doc)
  if (!home) return null
  const votes = countryVotes(doc)
  const n = votes.get(home)!
  const tied = new Set([...votes].filter(([, m]) => m === n).map(([cc]) => cc))
  if (tied.size < 2) return home
  let best: string = home
  let bestPopulation = -1
  for (const p of doc.places) {
    if (p.metonymic || !p.countryCode || !tied.has(p.countryCode) || specificity(p) !== 0) continue
    const population = loadGazetteer().lookup(foldName(p.name)).find((e) => e.id === p.id)?.population ?? 0
    if (population > bestPopulation) {
      best = p.countryCode
      bestPopulation = population
    }
  }
  return best
}

/** `focusCountry` once per document. */
function documentCountry(doc: Doc): string | null {
  if (!countryCache.has(doc)) countryCache.set(doc, focusCountry(doc))
  return countryCache.get(doc) ?? null
}

function distance(a: Span, b: Span): number {
  return a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0
}

/**
 * The country the article is about: most votes from its places and from the countries of the
 * actors it names ("Al Shabaab", "the Nigerian army"). The country of events whose place is unknown.
 */
export function focusCountry(doc: Doc): string | null {
  return mostVoted(countryVotes(doc))
}

/**
 * The country of a text that tells none (no place, named actor, nationality, people or country
 * word votes: `focusCountry` is null), read off the spelling of the towns it names that the
 * gazetteer lacks ("residents of Zingalume", "kidnapped in Al Kereinik": `unknownPlaceNames`), when
 * the spelling model is sure of each it guesses and they agree (`spelledCountry`, trained on the
 * gazetteer's names). The weakest evidence of a country: it gives the event's generic actors and a
 * force told by its role their country ("Rioters (Zambia)"), never a place.
 */
export function spelledFocus(doc: Doc): string | null {
  const names = unknownPlaceNames(doc)
  if (names.length === 0) return null
  const guesses = new Set<string>()
  for (const name of names) {
    const cc = spelledCountry(name)
    if (cc) guesses.add(cc)
  }
  return guesses.size === 1 ? [...guesses][0]! : null
}

const votesCache = new WeakMap<Doc, Map<string, number>>()
/** The countries a word of the text tells, not a place name: a named actor's, a nationality's, a people's, and a country feed's hint (`countryVotes`). */
const toldCache = new WeakMap<Doc, Set<string>>()

/**
 * The country a state's force told by its role alone ("the police", "soldiers") serves in an event
 * placed in `placeCountry`, when the entities stage guessed `guessed` from names before the places
 * stage judged them: the event's own place wins when the text votes for its country at least as
 * often (a name the places stage refused or read elsewhere had made the guess: "Bakara" as a French
 * town, "Rafah" as Palestine's beside "North Sinai", "Haram" as a Norwegian town beside "Giza"), but
 * not a tie against a country a named actor, a nationality, a people or a country feed's hint tells: the place is then
 * more likely the namesake abroad ("SPLA/M-IO clashed with the military in Lanyi": China).
 */
export function roleCountry(doc: Doc, guessed: string | null, placeCountry: string): string {
  if (!guessed || guessed === placeCountry) return placeCountry
  const votes = countryVotes(doc)
  const atPlace = votes.get(placeCountry) ?? 0
  const forGuess = votes.get(guessed) ?? 0
  if (atPlace > forGuess || (atPlace === forGuess && !toldCache.get(doc)!.has(guessed))) return placeCountry
  return guessed
}

/** The votes behind `focusCountry`: the input's country hint, one per place, named actor's country, nationality word and country named in a body's name. Once per document. */
function countryVotes(doc: Doc): Map<string, number> {
  const cached = votesCache.get(doc)
  if (cached) return cached
  const counts = new Map<string, number>()
  votesCache.set(doc, counts)
  const named = new Set<string>()
  toldCache.set(doc, named)
  const vote = (cc: string | null) => { if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1) }
  /** A vote for a country the text names (by place, nationality, body or people), which `toldCache` keeps. */
  const voteNamed = (cc: string) => {
    vote(cc)
    named.add(cc)
  }
  // A country feed's hint (`article.country`): one vote, cast first so that it wins a tie. A note
  // naming one place abroad once stays the feed's; a text that names another country's places more
  // often than it is outweighed.
  if (doc.article.country) voteNamed(doc.article.country)
  // A place that stands for its state ("Damascus said", "US-led", "backed by Moscow") or a group's
  // seat ("the Britain-based monitor") tells no country where anything happened: no vote.
  // Nor does a country named as whose forces they are ("Kenya air forces struck al Shabaab in
  // Somalia", "the US warplanes"): the forces' home (`ownerPlaces`), which the text tells otherwise
  // if it is about it. A country told by nothing else votes once, in its place (below): a text about
  // one country's forces alone is about that country ("Benin military shot a soldier … protests in
  // Ivory Coast").
  const owners = ownerPlaces(doc)
  // Where each such country would stand among the voted ones, which wins a tie.
  const ownerOnly: { cc: string; at: number }[] = []
  for (const p of doc.places) {
    if (p.metonymic) continue
    if (!owners.has(p)) vote(p.countryCode)
    else if (p.countryCode && !counts.has(p.countryCode) && !ownerOnly.some((o) => o.cc === p.countryCode)) ownerOnly.push({ cc: p.countryCode, at: counts.size })
  }
  const actors = new Map(doc.actors.map((a) => [a.id, a]))
  // A description ("gunmen", "the police") took its country from this text's places, and foreign
  // troops ("Ugandan troops") serve abroad: no vote of their own. An organisation or an armed group
  // of the knowledge base written in lower case (« l'université Cheikh Anta Diop », « les shebab »)
  // keeps its vote.
  for (const m of joinSlashed(doc.mentions, doc.article.text, doc.article.language)) {
    // A leader named votes for the country led ("President Deby").
    if (m.kind !== 'generic' && (m.form !== 'nominal' || ((m.kind === 'organisation' || m.kind === 'armed_group') && m.rule === 'kb-alias')) && tellsCountry(m.actorId)) {
      const known = m.actor?.country ?? (m.actorId ? actors.get(m.actorId)?.country : null) ?? null
      vote(known ?? (m.kind === 'person' ? m.country : null) ?? null)
      if (known) named.add(known)
    }
  }
  // A leader named in a stance for or against him ("an anti-Zuma protest") votes as his name does.
  if (hasResource(doc.article.language, 'entities/cues.tsv')) {
    for (const cc of stanceLeaderCountries(doc.article.text, doc.tokens, loadEntityResources(doc.article.language))) {
      voteNamed(cc)
    }
  }
  // Nationalities and peoples ("Tunisian students", "Oromo farmers") after the places, which win ties.
  const demonyms = placeDemonyms(doc.article.language)
  if (demonyms) {
    // Not the words of a place's own name ("Saudi" of "Saudi Arabia", which votes as a place).
    const placeNames = [...doc.places].sort((a, b) => a.start - b.start)
    for (const cc of nationalityCountries(doc, demonyms, placeNames, loadPlaceResources(doc.article.language))) {
      voteNamed(cc)
    }
    // And so do the words only one country uses, each once: an administrative unit ("woreda",
    // "payam"), a currency ("naira"), a term of its public life ("Resident District Commissioner").
    for (const cc of countryWordCountries(doc, loadPlaceResources(doc.article.language))) {
      voteNamed(cc)
    }
  }
  // So does a country named only as the end of a body's name ("a strike at Air Madagascar"), once.
  for (const cc of countriesInNames(doc)) {
    voteNamed(cc)
  }
  // So do the armed men of a people or clan of one country ("Murle raiders": South Sudan), and
  // two peoples of several countries named together, once, where they share one country only
  // ("fighting between Misseriya and Salamat militias": Sudan, the Misseriya's other home being
  // South Sudan and the Salamat's Chad).
  const shared = new Map<string, readonly string[]>()
  for (const m of doc.mentions) {
    const homes = m.rule === 'identity' && m.actorId ? identityHomes(m.actorId) : null
    if (homes?.length === 1) {
      voteNamed(homes[0]!)
    } else if (homes && homes.length > 1) shared.set(homes.join(), homes)
  }
  // A people of the identity list named as people, not armed men ("Sidama farmers", "Shilluk
  // students"), votes once for its one country, as a nationality word does; a people of several
  // joins the shared homes below (`peoplesTold`: not in a place or an actor's name, nor after a title).
  const peopleVoted = new Set<string>()
  if (placeDemonyms(doc.article.language)) {
    for (const p of peoplesTold(doc, doc.places, loadPlaceResources(doc.article.language))) {
      if (p.homes.length > 1) shared.set(p.homes.join(), p.homes)
      else if (!peopleVoted.has(p.homes[0]!)) {
        peopleVoted.add(p.homes[0]!)
        voteNamed(p.homes[0]!)
      }
    }
  }
  if (shared.size > 1) {
    const common = [...shared.values()].reduce((a, b) => a.filter((cc) => b.includes(cc)))
    if (common.length === 1) {
      voteNamed(common[0]!)
    }
  }
  const unvoted = ownerOnly.filter((o) => !counts.has(o.cc))
  if (unvoted.length) {
    const voted = [...counts]
    counts.clear()
    for (let i = 0; i <= voted.length; i++) {
      for (const o of unvoted) if (o.at === i) counts.set(o.cc, 1)
      if (i < voted.length) counts.set(voted[i]![0], voted[i]![1])
    }
  }
  return counts
}

/**
 * The place of events whose clause names none: the most specific level the article names (a town
 * over its province, a province over its country: ACLED codes the most precise place the source
 * gives), then the most mentioned of that level (ties: the first).
 */
export function focusPlace(doc: Doc, res?: EventResources): Place | null {
  const counts = new Map<string, { n: number; first: Place; scene: boolean }>()
  // Nor is a place that stands for a foreign state ("Moscow has been waging an air campaign" in a
  // text about Syria) what the article is about.
  const clear = res ? clearCountry(doc) : null
  const text = doc.article.text
  const sentenceStart = (p: Place) => doc.sentences[lowerBound(0, doc.sentences.length, (i) => doc.sentences[i]!.end <= p.start)]?.start ?? 0
  // A country that clearly dominates the article (more than twice the votes of any other) bounds
  // its focus: a town named once in a quoted tweet from abroad ("this photo taken in Red Hook") does
  // not place what an article about Libya tells of Libya.
  const country = dominantCountry(countryVotes(doc))
  const home = country !== null && doc.places.some((p) => !p.metonymic && p.countryCode === country)
  // Nor, of places as precise, is where people came from or were going ("aircraft from Misrata
  // struck Sirte"), while another is named.
  // Nor is a country named as whose forces they are (`ownerPlaces`), while the text names another place.
  const owners = ownerPlaces(doc)
  const others = doc.places.some((p) => !p.metonymic && !owners.has(p))
  for (const p of doc.places) {
    if (p.metonymic || (home && p.countryCode !== country) || (others && owners.has(p))) continue
    if (clear !== null && standsForState(p, clear, text, sentenceStart(p), res!)) continue
    const scene = !(res && originBefore(res, text, p, sentenceStart(p)))
    const c = counts.get(p.id)
    if (c) {
      c.n++
      c.scene ||= scene
    } else counts.set(p.id, { n: 1, first: p, scene })
  }
  let best: { n: number; first: Place; scene: boolean } | null = null
  for (const c of counts.values()) {
    const p = c.first.geoPrecision
    const q = best?.first.geoPrecision
    if (!best || p < q! || (p === q && c.scene && !best.scene) || (p === q && c.scene === best.scene && c.n > best.n)) best = c
  }
  return best?.first ?? null
}

export interface CountItem extends Span {
  kind: 'fatalities' | 'size'
  value: number
  /** Read by a rule that tells a toll without a number ("several were killed"). */
  vague?: boolean
}

/**
 * Fatalities and force sizes stated in the sentence, one item per number. `chunk` is the sentence
 * as read, by default its text; the events stage hands it with dates and names blanked, so the year
 * of "17 Mar 2014 Six people were killed" is no count.
 */
export function readCounts(sentence: Sentence, text: string, res: EventResources, chunk = text.slice(sentence.start, sentence.end)): CountItem[] {
  const items: CountItem[] = []
  for (const rule of res.counts) {
    const from = firstStart(rule.pattern, text, sentence.start, sentence.end)
    if (from === null) continue
    for (const m of allMatches(rule.pattern, chunk, from - sentence.start)) {
      const first = rule.fixed ?? parseNumber(m.groups?.n ?? '', res)
      const second = m.groups?.m === undefined ? 0 : parseNumber(m.groups.m, res)
      if (first === null || second === null) continue
      const n = first + second + rule.plus
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
      const over = items.filter((u) => u.start < span.end && span.start < u.end)
      // A toll told with a number, no smaller, whose words hold a toll told without one is the toll ("15
      // people including a number of children were killed": 15, not 10).
      if (over.length && (rule.fixed !== null || !over.every((u) => u.vague && u.value <= n && span.start <= u.start && u.end <= span.end))) continue
      for (const u of over) items.splice(items.indexOf(u), 1)
      items.push(rule.vague ? { ...span, kind: rule.kind, value: n, vague: true } : { ...span, kind: rule.kind, value: n })
    }
  }
  return items
}

/**
 * The counts that belong to one trigger: those no other trigger of the sentence stands closer to;
 * for the dead, no other trigger of `killers` (by default the same others: those that may kill).
 */
export function countsFor(trigger: Span, others: readonly Span[], items: readonly CountItem[], killers: readonly Span[] = others): { fatalities: number | null; size: number | null; evidence: Span[] } {
  let fatalities: number | null = null
  let size: number | null = null
  const evidence: Span[] = []
  for (const it of items) {
    const mine = distance(it, trigger)
    if ((it.kind === 'fatalities' ? killers : others).some((o) => distance(it, o) < mine)) continue
    evidence.push({ start: it.start, end: it.end })
    if (it.kind === 'fatalities') fatalities = Math.max(fatalities ?? 0, it.value)
    else size = Math.max(size ?? 0, it.value)
  }
  return { fatalities, size, evidence }
}
