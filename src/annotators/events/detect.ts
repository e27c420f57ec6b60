/**
 * Step 1: trigger matches per sentence, then candidate happenings. Overlapping matches keep the
 * heavier one; within a sentence every code becomes one candidate, and light matches (killed,
 * wounded: weight ≤ LIGHT) are folded into the heaviest candidate when there is one, because they
 * describe its outcome rather than a happening of their own.
 */
import type { Sentence, Span } from '../../doc/schema.js'
import { gatedSentences, itemsBySentence } from './gate.js'
import { allMatches, execFrom } from '../../resources/load.js'
import { cueRegex, hasCue, loadTaxonomy, type EventResources, type TriggerRule } from './resources.js'

export interface TriggerMatch extends Span {
  code: string
  weight: number
  rule: TriggerRule
  sentence: number
}

export interface Candidate {
  code: string
  /** The heaviest match: where arguments are looked for. */
  head: TriggerMatch
  /** Every match folded into this candidate, head first. */
  matches: TriggerMatch[]
  score: number
  sentence: number
}

/** Matches at or below this weight only describe an outcome (killed, injured, attacked). */
export const LIGHT = 3

const CRIME = 'ORG_CRIME'
/** Words between two predicates of one clause: no clause punctuation, at most ten words. */
const ARRESTED_AND = /^[^.;:!?]{0,80}$/u
const AFTERMATH = new Set(['ARREST', 'DISR_WEAP'])
const WEAPONS_OF_BATTLE = new Set(['ART_MISS_ATTACK', 'AIR_STRIKE'])
const TERRITORIAL = new Set(['TERRITORY', 'RECAPTURE'])
const TRANSFER = 'NON_VIOL_TERRIT_TRANSFER'
/** Verbal acts whose object can be another happening; within this many characters they govern it. */
const GOVERNING = new Set(['REJECT', 'THREATEN', 'DEMAND'])
const GOVERNS_WITHIN = 70
const STRATEGIC = new Set(['AGREEMENT', 'ARREST', 'CHANGE_TO_GROUP_ACT', 'DISR_WEAP', 'HQ_ESTABLISHED', 'PROPERTY_DISTRUCT', 'NON_VIOL_TERRIT_TRANSFER', 'LOGISTICS'])
const VIOLENT_CODES = new Set(['ARMED_CLASH', 'ATTACK_ANY', 'TERRITORY', 'RECAPTURE', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'SUIC_BOMB', 'REM_EXPLOS', 'GRENADE', 'ABDUCT_DISSAP', 'SEX_VIOL'])

/** Protest and riot codes: what people protest against is their grievance, not a happening of its own. */
export const PROTEST_CODES: ReadonlySet<string> = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR'])

/**
 * True when a grievance cue ("against", "over the", « contre ») leads up to `at` in the chunk; an
 * elided article may stand right before the trigger (« à la suite de l'assassinat »).
 */
export function afterGrievance(chunk: string, at: number, res: EventResources): boolean {
  return hasCue(res, 'grievance', chunk.slice(Math.max(0, at - 60), at), "(?:{cue})\\s+(?:\\S+\\s+){0,4}(?:\\p{L}['’])?$")
}

/**
 * True when the trigger at `at` is in a relative clause (cue kind `relative`, three words at most
 * before it) on the noun phrase a grievance cue opens, no punctuation between: "to protest against
 * the robbery of a shop by armed men who stole money", « contre l'agression d'un commerçant par des
 * bandits qui ont pillé sa boutique ». The clause tells what the protest is about, as its noun does.
 * Not after a cue of cause (`grievance-clause`: "after a day of violence which killed 86" tells a
 * happening, which `clauseGrievance` reads only after a protest), and not for counts (`grievanceOfCount`).
 */
function relativeGrievance(chunk: string, at: number, res: EventResources): boolean {
  const re = cueRegex(res, 'relative', "(?:{cue})\\s+(?:[^\\s,;:]+\\s+){0,3}$")
  if (!re) return false
  const from = Math.max(0, at - 50)
  re.lastIndex = 0
  const m = execFrom(re, chunk.slice(from, at))
  if (!m) return false
  const phrase = chunk.slice(Math.max(0, from + m.index - 100), from + m.index)
  const shape = "(?:{cue})\\s+(?:[^\\s,;:.]+\\s+){1,10}$"
  return hasCue(res, 'grievance', phrase, shape) && !hasCue(res, 'grievance-clause', phrase, shape)
}

/**
 * True when the count at `at` lies in what the protest whose word spans `head` is about: "protested
 * after three children were killed", "In response to the killing of two traders, residents marched",
 * "protest the killing of three students"; not "fired on the protesters, killing 16", whose "on"
 * (« contre ») governs the protest's own word.
 */
export function grievanceOfCount(chunk: string, at: number, head: { start: number; end: number }, res: EventResources): boolean {
  if (at < head.start) return inGrievance(chunk, at, 0, res)
  return afterGrievance(chunk.slice(head.start), at - head.start, res) || clauseGrievance(chunk, at, head.end, res)
}

/**
 * True when the trigger at `at` lies in what a protest of its sentence is about: right after a
 * grievance cue (`afterGrievance`), or further in the clause a cue of cause after the protest (which
 * ends at `from`) opens (`clauseGrievance`), or in a relative clause on the grievance's noun phrase
 * (`relativeGrievance`).
 */
export function inGrievance(chunk: string, at: number, from: number, res: EventResources): boolean {
  return afterGrievance(chunk, at, res) || clauseGrievance(chunk, at, from, res) || relativeGrievance(chunk, at, res)
}

/**
 * A cue of cause told after `from` (cue kind `grievance-clause`) opens a clause that runs up to `at`
 * with no comma, semicolon or colon between: "protested after a man working for reconciliation in
 * the area was attacked", « ont manifesté après qu'un vendeur installé sur le marché a été poignardé ».
 */
function clauseGrievance(chunk: string, at: number, from: number, res: EventResources): boolean {
  return from < at && hasCue(res, 'grievance-clause', chunk.slice(Math.max(from, at - 200), at), "(?:{cue})\\s+(?:[^\\s,;:]+\\s+){0,20}(?:\\p{L}['’])?$")
}

/**
 * True when the chunk counts since a war or crisis began ("100,000 killed since the start of the
 * conflict") and does not compare a happening with the rest ("the deadliest attack since the war
 * began", « l'attaque la plus meurtrière depuis le début du conflit »).
 */
export function runningTotal(chunk: string, res: EventResources): boolean {
  const re = cueRegex(res, 'cumulative')
  if (!re) return false
  for (const m of allMatches(re, chunk)) {
    if (!hasCue(res, 'comparison', chunk.slice(Math.max(0, m.index - 60), m.index))) return true
  }
  return false
}

/**
 * Where a charge or suspicion ("suspected of", "charged with the murder of", « accusé d'avoir »)
 * leading up to `at` starts in the chunk, or -1. The trigger after it is the deed someone is
 * accused of, not a happening the sentence tells ("Protesters burned the home of a man suspected
 * of rape" tells no rape), unless the charge is all the sentence tells.
 */
function accusationBefore(chunk: string, at: number, res: EventResources): number {
  const from = Math.max(0, at - 60)
  const re = cueRegex(res, 'accused', "(?:{cue})\\S*(?:\\s+\\S+){0,3}\\s*$")
  if (!re) return -1
  re.lastIndex = 0
  const m = re.exec(chunk.slice(from, at))
  return m ? from + m.index : -1
}

const RIOT = 'VIOL_DEMONSTR'

/** An `earlier` cue within a few words after the match, or right before it ("recent clashes"). */
function earlier(chunk: string, start: number, end: number, res: EventResources): boolean {
  return hasCue(res, 'earlier', chunk.slice(end, end + 50), '^\\W*(?:\\S+\\s+){0,4}?(?:{cue})') || hasCue(res, 'earlier', chunk.slice(Math.max(0, start - 25), start), '(?:{cue})\\s+(?:\\S+\\s+)?$')
}

/**
 * The words from a riot's match to a context match are a `between` cue and at most one word ("clashes
 * between (the) protesters"); not in a fight told as one between communities ("a communal clash between
 * residents of X and Y", cue kind `communal-motive`: their communal militias, `foldCommunalMotive`).
 */
const sideOf = (chunk: string, end: number, at: number, res: EventResources) => at - end <= 30
  && hasCue(res, 'between', chunk.slice(end, at), '^\\s+(?:{cue})\\s+(?:\\S+\\s+)?$') && !hasCue(res, 'communal-motive', chunk)

/** A context match in the one word right before a riot's match is its doer ("after the protest broke a police line"). */
const doerOf = (chunk: string, at: number, start: number) => at < start && /^\S+\s$/u.test(chunk.slice(at, start))

/**
 * A context is met when one of its matches is not part of a grievance ("protest against the killing
 * of…"), nor, for a protest's rule (`found`: the rule's non-empty matches), of the clause a cue of
 * cause after the rule's first match opens ("protested after a man … was attacked"). A match inside
 * a riot rule's own match (`own`), or right after it, is the riot's own protest word ("following a
 * violent two-day protest") or the crowd its word qualifies ("teargas against rampaging
 * protesters"), and so is one its word names as a side after a `between` cue ("following clashes
 * between protesters and party supporters", « après des heurts entre manifestants et partisans »),
 * and so is the one word right before it, its doer ("fired after the protest broke a police line"):
 * no grievance of another protest, unless an `earlier` cue dates it before ("following riots in
 * previous days").
 */
function contextMet(re: RegExp, chunk: string, res: EventResources, found: readonly RegExpExecArray[] | null, own: boolean): boolean {
  const matches = found ?? []
  const from = matches.length > 0 ? matches[0]!.index + matches[0]![0].length : chunk.length
  for (const m of allMatches(re, chunk)) {
    if (own && matches.some((p) => (m.index >= p.index || doerOf(chunk, m.index, p.index)) && (m.index <= p.index + p[0].length + 1 || sideOf(chunk, p.index + p[0].length, m.index, res) || doerOf(chunk, m.index, p.index)) && !earlier(chunk, p.index, p.index + p[0].length, res))) return true
    if (!inGrievance(chunk, m.index, from, res)) return true
  }
  return false
}

export function findTriggers(text: string, sentences: readonly Sentence[], res: EventResources): TriggerMatch[] {
  const out: TriggerMatch[] = []
  // Which rules may match in which sentence: a sentence visits only its rules, in rule order.
  const rulesOf = itemsBySentence(res.triggers, (rule) => rule.pattern, text, sentences)
  // A rule's non-empty matches in a sentence, found once: the next sentence's protest is asked before
  // that sentence's own turn, and a protest's context reads its rule's matches.
  const matchesOf = new Map<number, Map<TriggerRule, RegExpExecArray[]>>()
  const ruleMatches = (rule: TriggerRule, index: number, chunk: string): RegExpExecArray[] => {
    let byRule = matchesOf.get(index)
    if (!byRule) matchesOf.set(index, (byRule = new Map()))
    let found = byRule.get(rule)
    if (!found) byRule.set(rule, (found = allMatches(rule.pattern, chunk).filter((m) => m[0] !== '')))
    return found
  }
  const gates = new Map<RegExp, Set<number>>()
  const may = (re: RegExp, index: number) => {
    let set = gates.get(re)
    if (!set) gates.set(re, (set = new Set(gatedSentences(re, text, sentences))))
    return set.has(index)
  }
  // The last sentence that told a protest: a crowd's violence told of it after, in one of the next
  // two sentences, needs no protest word of its own ("They threw stones as police moved in").
  let protestSentence = -Infinity
  // The next sentence tells a protest and opens on its crowd as told before ("Clashes with police broke
  // out in X. The residents were protesting against…", « Ils protestaient contre… »): the violence told
  // just before is that crowd's, as after its protest.
  const nextTold = new Map<number, boolean>()
  const protestNext = (index: number): boolean => {
    let told = nextTold.get(index)
    if (told === undefined) nextTold.set(index, (told = tellsProtestNext(index)))
    return told
  }
  const tellsProtestNext = (index: number): boolean => {
    const rules = rulesOf.get(index + 1)
    const s = sentences[index + 1]
    if (!rules || !s) return false
    const chunk = text.slice(s.start, s.end)
    if (!opensOnCrowd(chunk, res)) return false
    return rules.some((rule) => PROTEST_CODES.has(rule.code) && rule.code !== RIOT
      && ruleMatches(rule, index + 1, chunk).length > 0
      && !(rule.unless && may(rule.unless, index + 1) && test(rule.unless, chunk))
      && (!rule.context || (may(rule.context, index + 1) && contextMet(rule.context, chunk, res, ruleMatches(rule, index + 1, chunk), false))))
  }
  for (const index of [...rulesOf.keys()].sort((a, b) => a - b)) {
    const s = sentences[index]!
    const rules = rulesOf.get(index)!
    const chunk = text.slice(s.start, s.end)
    const found: TriggerMatch[] = []
    // Riots read only as the crowd's after its protest: a sentence that tells another violent
    // happening in other words ("buildings were damaged during the airstrikes") tells who did the damage.
    const loose = new Set<TriggerMatch>()
    let crowdTold: boolean | undefined
    const ofCrowd = () => (crowdTold ??= index - protestSentence <= 2 && opensOnCrowd(chunk, res))
    let subjectEnd: number | undefined
    const crowdSubject = () => (subjectEnd ??= crowdSubjectEnd(chunk, res))
    for (const rule of rules) {
      // A rule that does not match needs none of its other tests (all without side effects).
      const matches = ruleMatches(rule, index, chunk)
      if (matches.length === 0) continue
      if (rule.unless && may(rule.unless, index) && test(rule.unless, chunk)) continue
      // A riot told with no crowd word of its rule's context: the crowd of an earlier protest, or a
      // crowd of civilians the sentence opens on as the subject of the deed ("Residents of X burned
      // the councillor's office"), whose matches must then follow it in the same clause and tell a
      // crowd's deed (burning, smashing, stoning), not a clash, which is a fight between villagers and others.
      // A clash with the forces told with no side of its own ("Roadblocks and clashes with police were
      // reported", « des heurts avec la police ») in one of the two sentences after a protest is that
      // crowd's riot too: its matches must open such a clash (cue kind `forces-clash`); so is damage
      // told with no doer, by its noun or a passive with no agent after it ("Reports indicate the
      // burning of a house", « des magasins ont été pillés »; cue kind `damage-told`).
      let after = -1
      let afterProtest = false
      if (rule.context && !(may(rule.context, index) && contextMet(rule.context, chunk, res, PROTEST_CODES.has(rule.code) ? matches : null, rule.code === RIOT))) {
        if (rule.code !== RIOT) continue
        if (!ofCrowd()) {
          if (crowdSubject() >= 0) after = crowdSubject()
          else if (index - protestSentence <= 2 || protestNext(index)) afterProtest = true
          else continue
        }
      }
      for (const m of matches) {
        if (afterProtest && !hasCue(res, 'forces-clash', chunk.slice(m.index), '^(?:{cue})') && !doerless(m, chunk, res)) continue
        if (after >= 0 && (m.index < after || !hasCue(res, 'crowd-deed', m[0], '^(?:{cue})') || hasCue(res, 'clause', chunk.slice(after, m.index)))) continue
        const match: TriggerMatch = { start: s.start + m.index, end: s.start + m.index + m[0].length, code: rule.code, weight: rule.weight, rule, sentence: index }
        if (afterProtest) loose.add(match)
        found.push(match)
      }
    }
    // The charge is the sentence's own happening when it tells no other ACLED happening ("SAF accused
    // of bombing…"); the charge's own words ("charged with") are not another happening.
    const overlapsLoose = (m: TriggerMatch) => [...loose].some((l) => l.start < m.end && m.start < l.end)
    const all = dropOverlaps(loose.size > 0 && found.some((m) => VIOLENT_CODES.has(m.code) && !overlapsLoose(m)) ? found.filter((m) => !loose.has(m)) : found)
    const charges = all.map((m) => accusationBefore(chunk, m.start - s.start, res))
    const charged = (i: number) => charges[i]! >= 0
    // Another happening: an ACLED trigger neither charged nor lying in a charge's words (between where
    // the charge starts and its deed).
    const inCharge = (m: TriggerMatch) => charges.some((c, j) => c >= 0 && m.end > s.start + c && m.start < all[j]!.start)
    const other = all.some((m, i) => !charged(i) && loadTaxonomy().get(m.code)?.acled && !inCharge(m))
    // A death or wound word alone in a sentence that counts since a war began is a running total.
    const total = all.some((m) => m.code === 'ATTACK_ANY' && m.weight <= LIGHT) && runningTotal(chunk, res)
    const kept = (other ? all.filter((_, i) => !charged(i)) : all).filter((m) => !(total && m.code === 'ATTACK_ANY' && m.weight <= LIGHT))
    const protest = kept.some((m) => PROTEST_CODES.has(m.code))
    // A riot told after the protest of its sentence and dated earlier ("protested after clashes the
    // day before", "in memory of a man killed in clashes last week", « après les heurts de la veille »)
    // is what the protest is about, not its own violence.
    const past = (m: TriggerMatch) => m.code === RIOT && kept.some((p) => PROTEST_CODES.has(p.code) && p.code !== RIOT && p.start < m.start)
      && earlier(chunk, m.start - s.start, m.end - s.start, res)
    // Where the first protest told (not a riot's deed) ends: a grievance clause after it is what it is about.
    const told = kept.find((m) => PROTEST_CODES.has(m.code) && m.code !== RIOT)
    const from = told ? told.end - s.start : chunk.length
    // Unrest told by its noun in the clause a cue of cause opens after that protest ("protested
    // following clashes between police and civilians", "boycott classes after a day of riots",
    // « ont manifesté après les heurts ») is what the protest is about, not the crowd's own violence:
    // a deed of the crowd there ("demanding jobs, burning tyres") is not a noun of unrest. After the
    // forces' dispersal ("Police dispersed supporters … after a scuffle broke out") the cue tells what
    // the forces answered: the protest must be told by the crowd's own word.
    // So is such a noun right after a grievance cue with no punctuation between ("march against
    // vandalism and crime", « ont manifesté contre les violences »).
    const unrestAbout = (m: TriggerMatch) => m.code === RIOT && told?.code === 'PEACE_PROTEST' && m.start >= told.end
      && hasCue(res, 'unrest-noun', text.slice(m.start, m.end), '^(?:{cue})$')
      && (clauseGrievance(chunk, m.start - s.start, from, res) || hasCue(res, 'grievance', chunk.slice(Math.max(0, m.start - s.start - 60), m.start - s.start), "(?:{cue})\\s+(?:[^\\s,;:]+\\s+){0,2}$"))
    // A fight told as averted ("almost clashed", "prevented them from clashing", « la police a empêché
    // des affrontements ») did not happen (cue kind `near-miss` right before a riot's or a clash's word).
    const averted = (m: TriggerMatch) => (m.code === RIOT || m.code === 'MOB_CLASH' || m.code === 'ARMED_CLASH')
      && hasCue(res, 'near-miss', chunk.slice(Math.max(0, m.start - s.start - 40), m.start - s.start), '(?:{cue})\\s+$')
    const happened = kept.filter((m) => !averted(m))
    // A riot's word in a relative clause on what a protest is about ("struck against the theft of a
    // shop by thugs who looted its stock") is the grievance's deed, as any other trigger there.
    const aboutDeed = (m: TriggerMatch) => m.code === RIOT && relativeGrievance(chunk, m.start - s.start, res)
    out.push(...(protest ? happened.filter((m) => !past(m) && !unrestAbout(m) && !aboutDeed(m) && (PROTEST_CODES.has(m.code) || !inGrievance(chunk, m.start - s.start, from, res))) : happened))
    if (protest) protestSentence = index
  }
  return out
}

/**
 * Damage a riot's match tells with no doer (cue kind `damage-told`: "the burning of a house", "shops
 * were looted"), no agent cue after it in its clause ("were burned by soldiers") and no armed side
 * in its sentence (cue kind `armed-word`: « une campagne sécuritaire et militaire … où des maisons ont
 * été détruites »).
 */
function doerless(m: RegExpExecArray, chunk: string, res: EventResources): boolean {
  return hasCue(res, 'damage-told', m[0]) && !hasCue(res, 'agent', chunk.slice(m.index + m[0].length), '^[^,;:]*?(?<![\\p{L}\\p{N}])(?:{cue})')
    && !hasCue(res, 'armed-word', chunk)
}

/**
 * A sentence whose subject is the crowd told before: it opens on a crowd anaphor ("They", "The
 * protesters", « Les manifestants »), perhaps after a short opening phrase ("On their way, they…").
 */
export function opensOnCrowd(chunk: string, res: EventResources): boolean {
  return hasCue(res, 'crowd-anaphor', chunk, SENTENCE_OPENING)
}

/** A cue the sentence opens on, perhaps after a short opening phrase and a comma, as a whole word. */
const SENTENCE_OPENING = '^\\s*(?:[^,.;:!?]{1,40},\\s*)?(?:{cue})(?![\\p{L}\\p{N}])'

/**
 * Where the crowd of civilians a sentence opens on as its subject ends ("Residents of Copesville",
 * "About 300 employees", « Les habitants »), or -1: what such a crowd burns or wrecks is its riot,
 * with no protest word told.
 */
export function crowdSubjectEnd(chunk: string, res: EventResources): number {
  const re = cueRegex(res, 'crowd-subject', SENTENCE_OPENING)
  if (!re) return -1
  re.lastIndex = 0
  const m = re.exec(chunk)
  return m ? m.index + m[0].length : -1
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0
  return re.test(s)
}

/** Heavier first, then longer: a lighter match inside a heavier one is the same words read twice. */
function dropOverlaps(found: TriggerMatch[]): TriggerMatch[] {
  const sorted = [...found].sort((a, b) => b.weight - a.weight || (b.end - b.start) - (a.end - a.start) || a.start - b.start)
  const kept: TriggerMatch[] = []
  for (const m of sorted) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Candidate happenings: every heavy match is one; light matches of the sentence fold into the
 * nearest heavy one. A sentence with light matches only yields its best-scoring code.
 */
export function candidates(matches: readonly TriggerMatch[], text: string, res: EventResources): Candidate[] {
  const bySentence = new Map<number, TriggerMatch[]>()
  for (const m of matches) {
    const list = bySentence.get(m.sentence)
    if (list) list.push(m)
    else bySentence.set(m.sentence, [m])
  }
  const out: Candidate[] = []
  for (const [sentence, ms] of bySentence) {
    // Pushed rather than mapped: `map` over no heavy match gives another kind of array than over
    // some, and the first such list after optimisation throws this large function's code away.
    let heavy: Candidate[] = []
    for (const m of ms) if (m.weight > LIGHT) heavy.push({ code: m.code, head: m, matches: [m], score: m.weight, sentence })
    const light = ms.filter((m) => m.weight <= LIGHT)
    if (heavy.length === 0) {
      const byCode = new Map<string, TriggerMatch[]>()
      for (const m of light) {
        const list = byCode.get(m.code)
        if (list) list.push(m)
        else byCode.set(m.code, [m])
      }
      let best: Candidate | null = null
      // Words alone (accused, demanding, aid) tell the context of a killing or a beating told with
      // them, unless a threat, a rejection or a demand governs it ("threatened to kill"): the violence
      // is the happening.
      const violent = (c: Candidate) => VIOLENT_CODES.has(c.code) && !light.some((v) => GOVERNING.has(v.code) && v.end <= c.head.start && c.head.start - v.end <= GOVERNS_WITHIN)
      // A threat, a rejection or a demand governing another verbal act after it, the next act told
      // ("demanded that the parties allow aid workers in", "rejected an ultimatum to hand over"),
      // is the sentence's act: the other is its object, not done.
      const governed = (v: TriggerMatch, m: TriggerMatch) => GOVERNING.has(v.code) && v.code !== m.code && v.end <= m.start && m.start - v.end <= GOVERNS_WITHIN
        && !light.some((o) => o.code !== v.code && o.code !== m.code && o.start >= v.end && o.start < m.start)
      const governs = (c: Candidate) => c.matches.some((v) => light.some((o) => !VIOLENT_CODES.has(o.code) && governed(v, o)))
      const rank = (c: Candidate) => (violent(c) ? 100 : governs(c) ? 50 : 0) + c.score
      for (const [code, list] of byCode) {
        const sorted = [...list].sort((a, b) => b.weight - a.weight || a.start - b.start)
        const c: Candidate = { code, head: sorted[0]!, matches: sorted, score: sorted[0]!.weight + 0.25 * (sorted.length - 1), sentence }
        if (!best || rank(c) > rank(best) || (rank(c) === rank(best) && c.head.start < best.head.start)) best = c
      }
      // Words of harm told with a blast, a shelling or another violent act of light words ("two
      // people were injured after the detonation of a bomb") are its harm: its matches, as the
      // light words of a sentence with a heavy trigger are below.
      if (best) {
        if (best.code !== 'ATTACK_ANY' && VIOLENT_CODES.has(best.code)) for (const m of light) if (m.code === 'ATTACK_ANY' && m.weight < LIGHT) best.matches.push(m)
        out.push(best)
      }
      continue
    }
    // Harm outweighs an arrest or a looting told with it ("arrested and beat a man who died"): ACLED
    // codes the violence against the person, the arrest or theft is part of it.
    const violent = light.filter((m) => m.code === 'ATTACK_ANY')
    // A seizure of weapons gives way to a death or an injury only (weight below LIGHT), not to the raid that made it.
    const harmed = violent.some((m) => m.weight < LIGHT)
    // A crime word (drugs, a gang, robbers) says who did the harm or why, not another happening.
    if (violent.length > 0 && heavy.every((h) => h.code === 'ARREST' || h.code === CRIME || ((h.code === 'PROPERTY_DISTRUCT' || h.code === 'DISR_WEAP') && harmed))) {
      const top = [...heavy].sort((a, b) => b.score - a.score)[0]!
      const harm: Candidate = { code: 'ATTACK_ANY', head: violent[0]!, matches: [...violent], score: top.score + 0.5, sentence }
      // Halved, so that the arrest told twice ("arrest and kill a man who fled his arrest"), merged
      // later (each mention adds 0.3 of its score), stays below the harm.
      for (const h of heavy) h.score = Math.min(h.score, harm.score / 2)
      heavy.push(harm)
    }
    // An arrest or a seizure told after violence in the same sentence ("repelled an attack, killing
    // one and arresting five") is its aftermath: a second event, never the sentence's main one.
    const firstViolent = heavy.find((h) => !AFTERMATH.has(h.code) && VIOLENT_CODES.has(h.code))
    if (firstViolent) {
      for (const h of heavy) if (AFTERMATH.has(h.code) && h.head.start > firstViolent.head.start) h.score = Math.min(h.score, firstViolent.score - 0.5)
    }
    // Harm told in a predicate joined to an arrest's ("arrested and tortured 19 youths", "sentenced two
    // men to death and publicly executed them"; cue kind `list` right before the harm, an adverb at
    // most between, and no clause punctuation; not "arrested as accomplices to two other murders"): the
    // violence done to the detainees is the happening, the arrest its first step; its parties are
    // read where the arrest is told, the detainees its target.
    const harm = heavy.find((h) => h.code === 'ATTACK_ANY' && h.head.weight > LIGHT)
    const seized = harm ? heavy.find((h) => h.code === 'ARREST' && h.head.start < harm.head.start && ARRESTED_AND.test(text.slice(h.head.end, harm.head.start)) && hasCue(res, 'list', text.slice(h.head.end, harm.head.start), '(?:{cue})\\s+(?:\\S+\\s+)?$')) : undefined
    if (harm && seized) {
      seized.code = 'ATTACK_ANY'
      seized.matches.push(...harm.matches)
      seized.score = Math.max(seized.score, harm.score)
      heavy = heavy.filter((h) => h !== harm)
    }
    // A protest told with an arrest, an agreement or damage in one sentence is the happening; the
    // other is its cause or its aftermath ("workers went on strike after colleagues were arrested").
    const protest = heavy.find((h) => PROTEST_CODES.has(h.code))
    if (protest) {
      // Halved, so that repeated mentions merged later (each adds 0.3 of its score) stay below the protest.
      // An arrest told first keeps its rank: the protest is then what the arrest was for ("arrested for organising a march").
      for (const h of heavy) if (STRATEGIC.has(h.code) && !(h.code === 'ARREST' && h.head.start < protest.head.start)) h.score = Math.min(h.score, protest.score / 2)
    }
    // Shelling or air strikes told with ground fighting in one sentence ("shelling and ground clashes
    // between…", "a clash in which both sides used mortars") are the weapons of that battle: ACLED codes
    // the battle.
    const clash = heavy.find((h) => h.code === 'ARMED_CLASH')
    if (clash) {
      for (const h of heavy) if (WEAPONS_OF_BATTLE.has(h.code)) h.score = Math.min(h.score, clash.score - 0.5)
    }
    // A territorial gain told with a transfer without fighting in one sentence ("seized it without
    // resistance", "took the village after the army withdrew") is one happening, which the 2019
    // codebook calls a non-violent transfer of territory, whoever took it; its doer is the gain's.
    const gain = heavy.find((h) => TERRITORIAL.has(h.code))
    const transfers = heavy.filter((h) => h.code === TRANSFER)
    if (gain && transfers.length > 0) {
      gain.code = TRANSFER
      gain.matches.push(...transfers.flatMap((t) => t.matches))
      gain.score = Math.max(gain.score, ...transfers.map((t) => t.score))
      heavy = heavy.filter((h) => !transfers.includes(h))
    }
    // A verbal act that governs the happening after it ("rejected a proposal for a ceasefire",
    // "threatened to hold a strike") is the sentence's event; the happening is only its object.
    for (const m of light) {
      if (!GOVERNING.has(m.code)) continue
      const object = heavy.find((h) => h.head.start >= m.end && h.head.start - m.end <= GOVERNS_WITHIN && !GOVERNING.has(h.code))
      if (!object) continue
      heavy.push({ code: m.code, head: m, matches: [m], score: object.score + 0.5, sentence })
    }
    for (const m of light) {
      if (heavy.some((h) => h.matches.includes(m))) continue
      const near = [...heavy].sort((a, b) => Math.abs(a.head.start - m.start) - Math.abs(b.head.start - m.start))[0]!
      near.matches.push(m)
      near.score += 0.25
    }
    out.push(...heavy)
  }
  return out.sort((a, b) => a.head.start - b.head.start)
}
