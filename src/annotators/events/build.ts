/**
 * Step 4: one event per happening. Candidates that tell the same happening merge (same code family,
 * same place, same time frame), keeping every evidence span; a definite noun trigger with no place
 * of its own ("the attack", « cette reprise ») refers back to the latest compatible event. Families
 * resolved from the arguments (territory, attack) get their ACLED sub-event type last, from the
 * merged actors.
 */
import type { Place, Sentence, Span } from '../../doc/schema.js'
import { armed, endsWithCue, institution, mentionsIn, sameParty, stateSide, type ActorMention } from './arguments.js'
import { clauseBefore, toldAsHappened, type Flags } from './flags.js'
import { allMatches, execFrom } from '../../resources/load.js'
import { cueRegex, hasCue, loadTaxonomy, type EventResources } from './resources.js'
import { opensOnCrowd } from './detect.js'
import { groupBy } from '../../doc/group.js'

export interface Draft {
  code: string
  score: number
  sentence: number
  /** The last sentence merged in, for reference back. */
  lastSentence: number
  /** The paragraph of its first sentence. */
  paragraph?: number
  /** The paragraph of the last sentence merged in. */
  lastParagraph?: number
  head: Span
  definite: boolean
  governsPlace: boolean
  actor1: ActorMention | null
  actor2: ActorMention | null
  assoc1: ActorMention[]
  place: Place | null
  /** `place` is the article's focus: its sentence names no place of its own. */
  placedByFocus?: boolean
  /** Other places listed with `place` ("in Asanza, Hai and Tarawa"): the happening's places too. */
  alsoAt: Place[]
  geoPrecision: 1 | 2 | 3 | null
  date: string | null
  timePrecision: 1 | 2 | 3 | null
  /** The last day of a happening told over a span of days ("Dec 7-10"), else null. */
  dateEnd: string | null
  /** The time expression that gives `date`, or null (publication date). */
  dateSpan: Span | null
  /** Told only by a word of harm (the lightest triggers: "killed", "wounded", « blessés »), with no armed party named in its sentence. */
  harmOnly: boolean
  /**
   * Told only by words of harm, whatever its sentence names: the armed parties its sentence names
   * (`armedNamed`) and whether a word of harm names its doer ("killed by", `agentNamed`) tell whose
   * toll it may be.
   */
  harmWords?: boolean
  armedNamed?: ActorMention[]
  agentNamed?: boolean
  /**
   * Its words of harm are all nouns with a determiner ("civilian deaths", "the wounded", « des
   * blessés », « à la mort de »; cue kind `harm-noun`): harm named, not told as happening.
   */
  harmNamed: boolean
  /** A word of harm done to people is among its words ("killed", « blessés »), told or merged in from its toll. */
  harmTold: boolean
  /** The code it was first told by, when a later mention told its means (`meansOf`): ATTACK_ANY. */
  toldAs?: string
  historical: boolean
  /**
   * Announced as what its doer will do or stands ready to do ("said it would withdraw", « est prête
   * à lever »; cue kind `intent` right before its words): an expression of intent, PLOVER's AGREE
   * for a cooperative act, THREATEN for a hostile one.
   */
  intended?: boolean
  fatalities: number | null
  size: number | null
  flags: Flags
  evidence: Span[]
  rules: string[]
}

const TERRITORY = new Set(['TERRITORY', 'RECAPTURE', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER'])
const VIOLENCE = new Set([...TERRITORY, 'ATTACK_ANY', 'ATTACK', 'ARMED_CLASH', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'SUIC_BOMB', 'REM_EXPLOS', 'GRENADE', 'CHEM_WEAP'])

export function family(code: string): string {
  return TERRITORY.has(code) ? 'territory' : code
}

// External forces (8: AMISOM, a coalition) fight battles too (`armed`); civilians (7) and crowds (5, 6) do not.
const STATE = (inter: number | null | undefined) => inter === 1

/** The ACLED code of a family, from the actors (ACLED: territory gained by state forces is "Government regains"). */
/** A crowd told by what it is, not by a name: rioters, youths, a mob (5), students or workers (6). */
const crowdDescription = (a: ActorMention | null) => a !== null && a.generic && (a.inter === 5 || a.inter === 6)

export function resolveCode(d: Draft): string {
  if (d.flags.ceased && VIOLENCE.has(d.code)) return 'CEASED'
  const i1 = d.actor1?.inter
  const i2 = d.actor2?.inter
  // Territory taken by a peace mission or a foreign force fighting beside the state (8: AMISOM) is
  // the government's side regaining it (ACLED: "government forces or their affiliates").
  switch (d.code) {
    case 'TERRITORY':
      if (i1 !== null && i1 !== undefined) return stateSide(i1) ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER'
      return stateSide(i2) || i2 === undefined || i2 === null ? 'NON_STATE_ACTOR_OVERTAKES_TER' : 'GOV_REGAINS_TERIT'
    case 'RECAPTURE':
      if (i1 !== null && i1 !== undefined) return stateSide(i1) ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER'
      return stateSide(i2) ? 'NON_STATE_ACTOR_OVERTAKES_TER' : 'GOV_REGAINS_TERIT'
    case 'ATTACK_ANY':
      if (armed(i2) || (STATE(i1) && armed(i2))) return 'ARMED_CLASH'
      // A crowd told without a name (youths, a mob, students) beating, burning or killing people is
      // mob violence, ACLED's crowd violence against individuals, not an armed group's attack.
      return crowdDescription(d.actor1) ? 'MOB_VIOL' : 'ATTACK'
    // Two named armed parties, one a people's or a clan's militia, "clashing" fight a battle,
    // not a riot ("Urhobo and Ijaw youths clashed": ACLED codes two ethnic militias).
    case 'VIOL_DEMONSTR':
      return named(d.actor1) && named(d.actor2) && armed(i1) && armed(i2) && (i1 === 4 || i2 === 4) ? 'ARMED_CLASH' : d.code
    // Crowds fighting each other are rioters, unless a side is named as forces, rebels or a people's or
    // clan's militia (a party's members, inter 3, stay a crowd).
    case 'MOB_CLASH':
      return [d.actor1, d.actor2].some((a) => named(a) && a!.inter !== 3 && armed(a!.inter)) ? 'ARMED_CLASH' : d.code
    default:
      return d.code
  }
}

const named = (a: ActorMention | null) => a !== null && !a.generic

const wide = (p: Place) => p.featureCode?.startsWith('PCL') ?? false
const area = (p: Place) => p.featureCode === 'ADM1'

/**
 * A section of a town (a city's district, feature code PPLX) is compatible with the town it lies
 * in: "a mortar hit Bab Touma" and "the attack on Damascus" tell one happening.
 */
function inTown(section: Place, town: Place): boolean {
  if (section.featureCode !== 'PPLX' || !town.featureCode?.startsWith('PPL') || town.featureCode === 'PPLX') return false
  const k = Math.cos((section.lat * Math.PI) / 180)
  return (section.lat - town.lat) ** 2 + ((section.lon - town.lon) * k) ** 2 <= SECTION_DEG ** 2
}

/** How far a section of a town lies from its town's point, at most (about 20 km). */
const SECTION_DEG = 0.18

/** Told as having happened: not denied, not only feared or announced, not stopped. */
export const plainDraft = (d: Draft) => !d.flags.negated && !d.flags.hypothetical && !d.flags.ceased

/**
 * A later mention `d` is not set apart from `o` by its place: it names none, or only the text's
 * focus gave it one, or it names `o`'s (`samePlace`). What a toll or an outcome told after a
 * happening must be to be that happening's.
 */
export const notPlacedApart = (o: Draft, d: Draft) => d.place === null || d.placedByFocus === true || samePlace(o, d)

function samePlace(a: Draft, b: Draft): boolean {
  if (a.place && b.place) {
    if (a.place.geonameId !== null ? a.place.geonameId === b.place.geonameId : a.place.name === b.place.name) return true
    // A country-wide or province-wide mention is compatible with any place inside it.
    if (a.place.countryCode === null || a.place.countryCode !== b.place.countryCode) return false
    if (wide(a.place) || wide(b.place)) return true
    if (a.place.admin1Code === null || a.place.admin1Code !== b.place.admin1Code) return false
    // Likewise a first-level area with the places inside it, and a town with its sections.
    return area(a.place) || area(b.place) || inTown(a.place, b.place) || inTown(b.place, a.place)
  }
  return a.place === null && b.place === null
}

function mergeInto(target: Draft, d: Draft, toll = false): void {
  target.score = Math.max(target.score, d.score) + 0.3 * Math.min(target.score, d.score)
  // A later mention that reads the happening's target as its doer tells the target again, not who
  // did it ("Air raids kill 18 civilians … Air raids on rebel-held districts killed 18 civilians").
  if (!target.actor1 && d.actor1 && !(target.actor2 && sameParty(target.actor2, d.actor1))) target.actor1 = d.actor1
  // A toll told apart names its dead, not the sides: armed dead there do not make the happening a
  // fight. Civilians it names are the target of a strike or a blast, which has no other way to name
  // one ("SAF bomb Tujur. Several civilians wounded."); an attack's sides are read from its own clause.
  if (toll) {
    if (!target.actor2 && REMOTE.has(target.code) && d.actor2?.inter === 7 && d.actor2.generic) target.actor2 = d.actor2
  } else if (!target.actor2) {
    const other = [d.actor1, d.actor2].find((a) => a && !(target.actor1 && sameParty(a, target.actor1)) && STATE(a.inter) !== STATE(target.actor1?.inter))
    if (other) target.actor2 = other
  } else if (CROWD_CODES.has(target.code) && !stateForce(target.actor2)) {
    // A crowd's other side can only be the forces that met it (applyConventions): forces a later
    // mention names replace whatever else its first clause named ("protest against the government's
    // plans… and clash with police").
    const forces = [d.actor1, d.actor2].find((a) => stateForce(a))
    if (forces) target.actor2 = forces
  }
  // A happening first placed in a country or a province ("air strikes in Idlib province") is where
  // a later mention places it inside that area ("hit Khan Sheikhoun"); one placed only by its country
  // ("strikes in Syria") is in the province a later mention names ("hit an area in western Idlib province").
  if (target.place && d.place && !(toll && d.placedByFocus) && ((wide(target.place) && !wide(d.place)) || (area(target.place) && !wide(d.place) && !area(d.place)))) {
    target.place = d.place
    target.alsoAt = d.alsoAt
    target.geoPrecision = d.geoPrecision
  }
  if (!target.place) {
    target.place = d.place
    target.alsoAt = d.alsoAt
  }
  // Another mention at the same place that lists the happening's other places.
  if (!target.alsoAt.length && d.alsoAt.length && target.place && d.place && target.place.geonameId === d.place.geonameId) target.alsoAt = d.alsoAt
  // The same place told more precisely by another mention ("near Khan Sheikhoun", then "in Khan Sheikhoun").
  if (target.geoPrecision !== null && d.geoPrecision !== null && d.geoPrecision < target.geoPrecision && d.place && target.place?.geonameId === d.place.geonameId) target.geoPrecision = d.geoPrecision
  target.geoPrecision ??= d.geoPrecision
  // A happening first told undated (a headline, dated by publication) takes the date a later mention
  // reads from its own time expression ("… on Tuesday morning"), with its words.
  if (target.dateSpan === null && d.dateSpan !== null && !d.historical) {
    target.date = d.date
    target.timePrecision = d.timePrecision
    target.dateEnd = d.dateEnd
    target.dateSpan = d.dateSpan
  }
  target.fatalities = target.fatalities === null ? d.fatalities : Math.max(target.fatalities, d.fatalities ?? 0)
  target.size = target.size === null ? d.size : Math.max(target.size, d.size ?? 0)
  if (d.lastSentence > target.lastSentence) target.lastParagraph = d.lastParagraph ?? d.paragraph
  target.lastSentence = Math.max(target.lastSentence, d.lastSentence)
  target.harmTold ||= d.harmTold
  // Told as done in another sentence, the happening is no longer only announced.
  if (d.sentence !== target.sentence && !d.intended) target.intended = false
  target.evidence.push(...d.evidence)
  target.rules.push(...d.rules)
  // Reported by a speaker only when every mention is inside a statement: once the outlet tells it, it is the outlet's.
  if (d.flags.reportedBy === null) target.flags.reportedBy = null
  if (TERRITORY.has(target.code) && TERRITORY.has(d.code) && target.code !== d.code && d.actor1) target.code = d.code
}

/** Protests, peaceful or met by the forces. */
export const PROTEST_DRAFT: ReadonlySet<string> = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER'])
/** Crowd happenings the forces may meet without harming anyone: the forces are their other side. */
export const CROWD_CODES: ReadonlySet<string> = new Set([...PROTEST_DRAFT, 'VIOL_DEMONSTR'])
/** The state's forces, not an institution (a government, a ministry). */
export const stateForce = (a: ActorMention | null) => a !== null && STATE(a.inter) && !institution(a)

/** How many sentences after a happening's last mention another one, placed only by the article's focus, may still be that happening. */
const FOCUS_REACH = 3

/** The headline and lead: the sentences that tell the happening an article is about. */
const LEAD = 4

/** `d` is told on a day `o` states, or within the span of days `o` is told over. */
const onDayOf = (o: Draft, d: Draft) => d.date === o.date || (o.date !== null && d.date !== null && o.dateEnd !== null && d.date >= o.date && d.date <= o.dateEnd)

/** A party both drafts name by its name (not "gunmen", "the army"). */
const sharedNamedParty = (o: Draft, d: Draft) => [d.actor1, d.actor2].some((a) => a !== null && !a.generic && [o.actor1, o.actor2].some((b) => b !== null && !b.generic && sameParty(a, b)))

/**
 * A violent happening placed only by the article's focus (its sentence names no place) has no
 * place of its own to tell that it is the one told before at that place. It is that happening when
 * told near its last mention (the same paragraph, or within a few sentences). Further on, when both
 * state their day, only on the same day ("three soldiers killed on Monday … 1059 deaths recorded
 * on Tuesday" are two); else when the earlier one is the happening of the article's headline or
 * lead (the one the article is about and comes back to), when it refers back with a definite noun
 * ("the attack", « l'attaque »), or when both name the same party by its name.
 */
function sameHappening(o: Draft, d: Draft): boolean {
  if (!d.placedByFocus || !VIOLENCE.has(d.code)) return true
  if (d.sentence - o.lastSentence <= FOCUS_REACH || (d.paragraph !== undefined && d.paragraph === (o.lastParagraph ?? o.paragraph))) return true
  if (d.dateSpan !== null && o.dateSpan !== null) return onDayOf(o, d)
  return o.sentence < LEAD || d.definite || sharedNamedParty(o, d)
}

/** `m` names a side of `o`: the same party, or a party of the same kind told only by its kind ("soldiers", "the rebels"). */
function sideOf(o: Draft, m: ActorMention): boolean {
  return [o.actor1, o.actor2, ...o.assoc1].some((a) => a !== null && (sameParty(a, m) || (m.generic && a.inter === m.inter && (m.country ?? a.country ?? null) === (a.country ?? null))))
}

/** How many sentences after a happening's last mention a killing told by its harm may still be told of it in other words. */
const KIND_REACH = 2

/**
 * Two drafts of one kind of happening. An attack told by its harm alone ("killed 45 fighters",
 * code ATTACK_ANY) is of the kind its sides make it (`resolveCode`: a fight between armed parties,
 * else an attack): "infighting has killed 45 fighters … the fighting flared up in Deir el-Zour" is
 * one fight. Only near each other: further on, a killing and a fight are two happenings unless
 * they are told in the same words.
 */
function sameFamily(o: Draft, d: Draft): boolean {
  // A killing whose means a later mention told is still the killing later mentions tell.
  if (family(o.code) === family(d.code) || (o.toldAs !== undefined && o.toldAs === d.code)) return true
  if ((o.code !== 'ATTACK_ANY' && d.code !== 'ATTACK_ANY') || d.sentence - o.lastSentence > KIND_REACH) return false
  return family(resolveCode(o)) === family(resolveCode(d))
}

/** Two mentions of one side, or a side only one of them names. */
const agreeingSide = (a: ActorMention | null, b: ActorMention | null) => !a || !b || sameParty(a, b) || (a.generic && b.generic && a.inter === b.inter)

/**
 * A killing or an attack told with no means (code ATTACK_ANY: "Nine killed in terrorist attack in
 * the city", "Army kills 100 militants") and, within two sentences, a strike from afar or a blast
 * that did harm at that place ("Six civilians were killed in terrorist attacks with rocket shells
 * on…", "The air force carried out sorties… killed"), whose sides agree with it (the same party
 * or one told by only one of them) and that it is told on the same day (or one of them undated): one happening,
 * coded by its means, as ACLED codes an attack by shells or bombs. A strike told without harm in
 * its sentence ("Shells hit the town"; `harmed`: the strikes and blasts that tell harm, by
 * sentence, whose sides must agree too) is no killing's means.
 */
function meansOf(o: Draft, d: Draft, harmed: ReadonlyMap<number, Draft[]>): boolean {
  const agree = (x: Draft) => agreeingSide(o.actor1, x.actor1) && agreeingSide(o.actor2, x.actor2)
  return o.code === 'ATTACK_ANY' && REMOTE.has(d.code) && d.sentence > o.lastSentence && d.sentence - o.lastSentence <= KIND_REACH
    && (d.date === o.date || d.dateSpan === null || o.dateSpan === null) && agree(d) && (harmed.get(d.sentence) ?? []).some(agree)
}

function tellMeans(o: Draft, d: Draft): void {
  o.toldAs = o.code
  o.code = d.code
}

/** Merges drafts (in text order) into one draft per happening. */
export function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const harmed = groupBy(drafts.filter((d) => d.harmTold && REMOTE.has(d.code)), (d) => d.sentence)
  for (const d of drafts) {
    const modal = (x: Draft) => `${x.flags.negated}|${x.flags.ceased}|${x.flags.hypothetical}|${x.historical}`
    if (d.definite && !d.governsPlace && VIOLENCE.has(d.code) && plainDraft(d)) {
      const recent = [...out].reverse().filter((o) => d.sentence - o.lastSentence <= 3 && VIOLENCE.has(o.code) && (!o.historical || (d.historical && d.fatalities !== null)) && !o.flags.ceased && !o.flags.negated)
      const antecedent = recent.find((o) => family(o.code) === family(d.code)) ?? recent[0]
      if (antecedent) {
        if (meansOf(antecedent, d, harmed)) tellMeans(antecedent, d)
        mergeInto(antecedent, d, antecedent.historical)
        continue
      }
    }
    // Harm told on its own right after a violent happening, at its place and date (or undated: "…
    // killing 58. Wounded people arrived at a clinic."), is that happening's toll, not another attack.
    if (d.harmOnly && plainDraft(d)) {
      const toll = [...out].reverse().find((o) => d.sentence - o.lastSentence <= 2 && VIOLENCE.has(o.code) && modal(o) === modal(d)
        && (o.date === d.date || d.dateSpan === null) && notPlacedApart(o, d))
      if (toll) {
        mergeInto(toll, d, true)
        continue
      }
      // Harm only named, with no count, no doer and nothing before it to be the toll of ("Civilian
      // casualties have been high", "the wounded were taken to hospital", « à la mort de son père »): no happening.
      if (d.harmNamed && d.fatalities === null) continue
    }
    // Armed dead told on their own right after a fight they are a side of ("Clashes between the
    // army and SPLM-N in Agab. 13 soldiers killed.", « Des combats ont opposé l'armée aux rebelles.
    // Trois soldats ont été tués. »), or after a blast or a strike that names no target ("An army
    // vehicle hits a mine. An army captain is killed."), are its toll, not a happening of their own.
    else if (d.harmWords && d.armedNamed?.length && plainDraft(d)) {
      const named = d.armedNamed
      const toll = [...out].reverse().find((o) => d.sentence - o.lastSentence <= 2 && VIOLENCE.has(o.code) && modal(o) === modal(d)
        && (o.date === d.date || d.dateSpan === null) && notPlacedApart(o, d)
        && (named.every((m) => sideOf(o, m)) || (REMOTE.has(o.code) && !o.actor2 && named.length === 1 && !d.agentNamed)))
      if (toll) {
        mergeInto(toll, d, true)
        continue
      }
    }
    const same = out.find((o) => (sameFamily(o, d) || meansOf(o, d, harmed)) && samePlace(o, d) && modal(o) === modal(d)
      && (o.date === d.date || !o.historical) && sameHappening(o, d))
    if (same) {
      if (meansOf(same, d, harmed)) tellMeans(same, d)
      mergeInto(same, d)
    } else out.push(d)
  }
  return out
}

const CAPTURE = new Set(['ABDUCT_DISSAP', 'SEX_VIOL'])
const KILLING = new Set(['ATTACK_ANY', 'ATTACK'])

/**
 * An abduction or a rape, and a killing with its dead told of the same doers (the same party, or a
 * party only one of them names) in the capture's first sentence or within the two after it ("Gunmen abducted a trader
 * and later killed him", "Gunmen kidnapped two farmers. They were found dead the next day.",
 * « ont enlevé un commerçant avant de l'exécuter »), or a killing told with a rape in one sentence
 * ("shot two civilians and raped a girl"): one happening, which ACLED codes as the attack with its
 * dead. The killing's target is no armed party but the one captured. Drafts in text order in, out.
 */
export function foldKillingIntoCapture(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const agree = (o: Draft, d: Draft) => agreeingSide(o.actor1, d.actor1) && (!d.actor2 || !armed(d.actor2.inter) || (o.actor2 !== null && sameParty(o.actor2, d.actor2)))
  const near = (o: Draft, d: Draft) => plainDraft(o) && o.historical === d.historical && (d.dateSpan === null || d.date === o.date)
    && (o.place === null || notPlacedApart(o, d))
  for (const d of drafts) {
    if (plainDraft(d) && KILLING.has(d.code) && d.fatalities) {
      const capture = [...out].reverse().find((o) => CAPTURE.has(o.code) && d.sentence >= o.sentence && d.sentence - o.sentence <= 2 && near(o, d) && agree(o, d))
      if (capture) {
        mergeInto(capture, d)
        // An attack on the captive, armed or not: one held is defenceless (no fight).
        capture.code = 'ATTACK'
        continue
      }
    }
    if (plainDraft(d) && CAPTURE.has(d.code)) {
      const killing = [...out].reverse().find((o) => KILLING.has(o.code) && o.fatalities && o.sentence === d.sentence && near(o, d) && agree(d, o))
      if (killing) {
        mergeInto(killing, d)
        continue
      }
    }
    out.push(d)
  }
  return out
}

const OPERATION = new Set(['DISR_WEAP', 'CHANGE_TO_GROUP_ACT', 'HQ_ESTABLISHED'])

/**
 * A strategic development an operation is told by (weapons seized, forces deployed, a camp raided)
 * and, in its sentence or the next, a fight or an attack with its dead of which its doer is a side
 * ("NISA forces raided a house and seized weapons. Two fighters were killed in the shootout.",
 * « L'armée a saisi des armes. Trois rebelles ont été tués lors de l'accrochage. »): one happening,
 * which ACLED codes by its violence, at the place and on the day the operation is told. Not an
 * operation told with dead of its own (another fight). Drafts in text order in, out.
 */
export function foldOperationIntoFight(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    if (plainDraft(d) && VIOLENCE.has(d.code) && d.fatalities) {
      const i = out.findLastIndex((o) => OPERATION.has(o.code) && !o.fatalities && plainDraft(o) && o.historical === d.historical && d.sentence >= o.sentence && d.sentence - o.sentence <= 1
        && (d.dateSpan === null || o.dateSpan === null || d.date === o.date) && (o.place === null || notPlacedApart(o, d))
        && o.actor1 !== null && (!d.actor1 || sideOf(d, o.actor1)))
      if (i >= 0) {
        // Where and when the operation is told first; the violence's kind and sides.
        const o = out[i]!
        const sides = [d.actor1 ?? o.actor1, d.actor2 ?? o.actor2] as const
        mergeInto(o, d)
        o.code = d.code
        o.actor1 = sides[0]
        o.actor2 = sides[1]
        continue
      }
    }
    out.push(d)
  }
  return out
}

/** A negation cue anywhere between the start of the draft's clause and its trigger ("No reported injury", "chased off without reported injuries"). */
function deniedInClause(d: Draft, text: string, res: EventResources): boolean {
  return hasCue(res, 'negation', clauseBefore(text, d.evidence[0]!, d.head.start))
}

/**
 * A protest told, then state forces killing or wounding people in the next sentence with no armed
 * party to fight: one happening, force against the protesters (ACLED codes the crowd's event by
 * what the forces did to it). Drafts in text order in, drafts out.
 */
export function foldForceIntoProtest(drafts: Draft[], text: string, res: EventResources): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    // People shot or killed with no doer named, right after a protest, were hit by the forces that
    // policed it: crowds have no guns to fire, and an armed group's attack is told by its name. A
    // casualty denied anywhere before it in its clause ("no immediate reports of damage or
    // injuries", « sans faire le moindre blessé ») is no one hit.
    const force = (d.code === 'ATTACK_ANY' || d.code === 'ATTACK') && (STATE(d.actor1?.inter) || (!d.actor1 && !deniedInClause(d, text, res))) && !armed(d.actor2?.inter)
      && plainDraft(d) && !d.historical
    // Without a doer, only a sentence of its own after the protest's: in the protest's sentence a killing is what it is about.
    const gap = (o: Draft) => d.actor1 ? d.sentence - o.lastSentence <= 1 : d.sentence - o.lastSentence === 1
    // A toll told alone right after the forces' harm to a crowd, at no other place ("Police opened
    // fire on protesters. Six dead."), is that harm's toll too.
    const met = (o: Draft) => PROTEST_DRAFT.has(o.code) || (o.code === 'FORCE_AGAINST_PROTEST' && d.harmOnly && !d.actor1 && notPlacedApart(o, d))
    const protest = force ? [...out].reverse().find((o) => met(o) && gap(o) && !o.historical && !o.flags.negated && !o.flags.hypothetical) : undefined
    if (protest) {
      protest.code = 'FORCE_AGAINST_PROTEST'
      mergeInto(protest, d)
    } else out.push(d)
  }
  return out
}

/** Violence a non-state group may claim or be blamed for: every kind but air strikes. */
const CLAIMABLE = new Set([...VIOLENCE, 'ABDUCT_DISSAP'].filter((c) => c !== 'AIR_STRIKE' && !TERRITORY.has(c)))

/** No doer, or one told only as unidentified ("gunmen", "unknown assailants"). */
const unnamedDoer = (a: ActorMention | null) => a === null || (a.generic && (a.template?.startsWith('Unidentified Armed Group') ?? false))

/** A rebel, political or identity group named by its name (not "militants"). */
const namedNonState = (a: ActorMention | null) => a !== null && !a.generic && a.inter !== null && a.inter >= 2 && a.inter <= 4

/**
 * A group that claims an attack or is blamed for it ("Al Shabaab later claimed responsibility",
 * "IS militants were blamed for the bombing", « l'attaque a été revendiquée par AQMI ») is its doer,
 * as ACLED codes it, when the attack is told without one: an attribution within two sentences of a
 * violent happening told with no named doer gives it its group. A denied or supposed attribution
 * ("denied any involvement", "may have been behind") names no one. Drafts in text order in, out.
 */
export function foldAttribution(drafts: Draft[], text: string, res: EventResources, code: string): Draft[] {
  const claims = drafts.filter((d) => d.code === code && told(d) && !hasCue(res, 'negation', text.slice(d.head.start, d.head.end)))
  if (claims.length === 0) return drafts
  for (const d of drafts) {
    if (!CLAIMABLE.has(d.code) || !told(d) || !unnamedDoer(d.actor1)) continue
    const claim = claims.find((c) => c.sentence >= d.sentence - 2 && c.sentence <= d.lastSentence + 2 && (namedNonState(c.actor1) || namedNonState(c.actor2)))
    if (claim) d.actor1 = namedNonState(claim.actor1) ? claim.actor1 : claim.actor2
  }
  return drafts
}

/**
 * An attack told without its doer named, whose motive its sentence or one of the next two tells as a
 * feud between clans ("The motive is believed to be clan revenge", « une vengeance clanique »), is an
 * unidentified clan militia's, as ACLED codes it (cues.tsv `clan-motive`). Drafts in text order in, out.
 */
export function foldClanMotive(drafts: Draft[], text: string, sentences: readonly Span[], res: EventResources): Draft[] {
  for (const d of drafts) {
    if (!CLAIMABLE.has(d.code) || !told(d) || !unnamedDoer(d.actor1)) continue
    const last = sentences[Math.min(sentences.length - 1, d.lastSentence + 2)]!
    if (hasCue(res, 'clan-motive', text.slice(d.evidence[0]!.start, last.end))) d.actor1 = { start: d.actor1?.start ?? 0, end: d.actor1?.end ?? 0, name: CLAN_MILITIA_ALIAS, actorId: null, inter: 4, generic: true, template: CLAN_MILITIA }
  }
  return drafts
}
/**
 * A fight or an attack told as one between communities, none named ("Three people were killed in
 * intercommunal clashes", « des affrontements intercommunautaires », cue kind `communal-motive` in
 * its sentence; "clashes between farmers and herders"), is between ACLED's unidentified communal
 * militias: its doer told by no name, or described as people ("farmers", "the Kudung people"), is
 * one, and so is the other side of a fight when no armed party is named there either (the dead of
 * such a clash are its fighters' people, not civilians harmed by a group). Drafts in text order in, out.
 */
export function foldCommunalMotive(drafts: Draft[], text: string, sentences: readonly Span[], res: EventResources): Draft[] {
  for (const d of drafts) {
    if (!CLAIMABLE.has(d.code) || !told(d) || !(unnamedDoer(d.actor1) || describedPeople(d.actor1))) continue
    // Its own sentence only: a happening merged across a long text is told of no community by a word far away.
    const sentence = sentences[d.sentence]
    if (!sentence || !hasCue(res, 'communal-motive', text.slice(sentence.start, sentence.end))) continue
    const militia = (a: ActorMention | null): ActorMention => ({ start: a?.start ?? 0, end: a?.end ?? 0, name: COMMUNAL_MILITIA_ALIAS, actorId: null, inter: 4, generic: true, template: COMMUNAL_MILITIA })
    d.actor1 = militia(d.actor1)
    if (d.code === 'ARMED_CLASH' && (d.actor2 === null || describedPeople(d.actor2))) d.actor2 = militia(d.actor2)
  }
  return drafts
}
/**
 * The word "vigilante" inside the name its sentence gives the deed ("in an alleged vigilante attack",
 * "a vigilante killing", cue kind `vigilante-deed`) names the deed's doers, not a side it fought: read
 * as the other side of a deed told with no doer ("Two men were attacked by a group in an alleged
 * vigilante attack", a battle between two unidentified groups), it becomes the doer and the other
 * side is left to ACLED's conventions (civilians harmed: `applyConventions` names the doer a
 * vigilante militia). Drafts in text order in, out.
 */
export function foldVigilanteDeed(drafts: Draft[], text: string, sentences: readonly Span[], res: EventResources): Draft[] {
  const re = cueRegex(res, 'vigilante-deed')
  if (!re) return drafts
  for (const d of drafts) {
    const a2 = d.actor2
    if (!CLAIMABLE.has(d.code) || !told(d) || !unnamedDoer(d.actor1) || !a2 || a2.end <= a2.start || !unidentifiedGroup(a2)) continue
    const sentence = sentences[d.sentence]
    if (!sentence || a2.start < sentence.start || a2.end > sentence.end) continue
    const chunk = text.slice(sentence.start, sentence.end)
    if (!allMatches(re, chunk).some((m) => sentence.start + m.index <= a2.start && a2.end <= sentence.start + m.index + m[0].length)) continue
    d.actor1 = a2
    d.actor2 = null
    if (d.code === 'ARMED_CLASH') d.code = 'ATTACK_ANY'
  }
  return drafts
}
/**
 * A fight or an attack on armed people told with no doer ("Two militants were killed", "Heavy
 * fighting was reported") in a sentence that, or the one before it in its paragraph, tells a state's
 * force running an operation ("SNGF conducted a security operation in X", "as the army launched a
 * push into X", « l'armée a lancé une offensive »; cue kind `operation` right after the force's
 * name): that force fought it, as ACLED codes it. Not violence told against civilians, nor a
 * happening with a doer of its own, named or described. Drafts in text order in, out.
 */
export function foldOperationDoer(drafts: Draft[], text: string, sentences: readonly Sentence[], mentions: readonly ActorMention[], res: EventResources): Draft[] {
  const re = cueRegex(res, 'operation', OPERATION_AFTER)
  if (!re) return drafts
  // The operation's own noun told as the happening ("troops who led the final assault") was the
  // clause's to name its doer: only an operation apart from the happening's words counts.
  const runs = (m: ActorMention, s: Span, head: Span) => {
    if (!stateForce(m)) return false
    re.lastIndex = 0
    const got = execFrom(re, text.slice(m.end, s.end))
    return got !== null && !(head.start >= m.end && head.start < m.end + got[0].length)
  }
  for (const d of drafts) {
    if ((d.code !== 'ARMED_CLASH' && d.code !== 'ATTACK_ANY') || !told(d) || d.actor1 !== null) continue
    if (d.actor2 !== null && !(d.actor2.inter !== null && NON_STATE.has(d.actor2.inter))) continue
    const own = sentences[d.sentence]
    const before = sentences[d.sentence - 1]
    const tellers = [own, before !== undefined && own !== undefined && before.paragraph === own.paragraph ? before : undefined]
    for (const s of tellers) {
      const force = s ? mentionsIn(mentions, s).find((m) => runs(m, s, d.head)) : undefined
      if (!force) continue
      d.actor1 = force
      break
    }
    if (d.actor1 !== null || own === undefined || d.code !== 'ARMED_CLASH') continue
    // A fight told with no doer ("Fighting was reported near X", "Boko Haram … are intercepted and
    // repulsed") and, in its sentence or the next two of its paragraph, another happening ACLED codes
    // that a state's force is named doing against an armed group, the fight's own side if it names
    // one ("as LNA forces targeted the retreating IS militants", "forced the military to deploy
    // fighter jets" against Boko Haram): that force is the side the fight leaves untold. Not a post
    // or a base read as the army ("use the Incirlik air base to bomb ISIS positions": the base is no
    // doer). Only where the two sentences name no other armed party than the fight's and the force's
    // enemies: "Insurgents captured the town… in an offensive that drove government forces out", "the
    // fighting in Azaz was between IS militants and a joint force of rebels" tell other sides.
    const fightsEnemy = (e: Draft) => e.actor2 !== null && NON_STATE.has(e.actor2.inter ?? -1) && (d.actor2 === null || sameParty(d.actor2, e.actor2))
    const enemies = (e: Draft) => [d.actor2, e.actor2].filter((x): x is ActorMention => x !== null)
    const alone = (e: Draft) => [own, sentences[e.sentence]].every((s) => s !== undefined && mentionsIn(mentions, s).every((m) => !NON_STATE.has(m.inter ?? -1) || enemies(e).some((x) => sameParty(x, m))))
    const later = drafts.find((e) => e !== d && e.sentence >= d.sentence && e.sentence <= d.lastSentence + 2 && told(e) && e.actor1 !== null && e.actor1.end > e.actor1.start && stateForce(e.actor1) && !hasCue(res, 'post', text.slice(e.actor1.start, e.actor1.end)) && (loadTaxonomy().get(e.code)?.acled ?? false)
      && sentences[e.sentence]?.paragraph === own.paragraph && e.actor1 !== d.actor2 && alone(e) && fightsEnemy(e))
    if (later) d.actor1 = later.actor1
  }
  return drafts
}
/** A cue of `operation` right after a force's name, a few words between at most, in its sentence. */
const OPERATION_AFTER = '^\\s*(?:[^\\s.;:!?]+\\s+){0,3}?(?:{cue})'
/** People described, not named: a crowd, civilians, protesters or an unidentified group ("farmers", "residents"). */
const describedPeople = (a: ActorMention | null) => a !== null && (unnamedPeople(a) || (a.generic && a.inter === 6))
/** ACLED's name of the armed men of a community the text does not name, with the event's country, and its actor KB alias. */
const COMMUNAL_MILITIA = 'Unidentified Communal Militia ({country})'
const COMMUNAL_MILITIA_ALIAS = 'communal militia'
/** ACLED's name of the armed men of a clan the text does not name, with the event's country, and its actor KB alias. */
const CLAN_MILITIA = 'Unidentified Clan Militia ({country})'
const CLAN_MILITIA_ALIAS = 'unidentified clan militia'

/** A draft told as it happened: neither negated, hypothetical nor ceased. */
const told = (d: Draft) => toldAsHappened(d.flags)

/** Crowds (rioters 5, protesters 6) and unarmed people (7) do a crowd's damage; a named or armed party does not. */
const crowdDoer = (a: ActorMention | null) => a === null || (a.generic && (a.inter === 5 || a.inter === 6 || a.inter === 7))

/** Two drafts at one place, or one of them placed nowhere. */
export const samePlaceOrUnplaced = (a: Draft, b: Draft) => a.place === null || b.place === null || samePlace(a, b)

/**
 * A place right after the trigger, introduced by a locative ("burnt tyres in Y", « à Y »), and not
 * inside a relative clause that describes the object ("farms which were given to the president of Y"),
 * nor the town a road is named by ("destroyed toll gates on the road to Y", « sur la route de Y »,
 * cue kind `road-end`): the road's end, not where the deed on it happened.
 */
function governedPlace(d: Draft, text: string, res: EventResources): boolean {
  if (!d.place || d.place.start < d.head.end || d.place.start - d.head.end > 60) return false
  const between = text.slice(d.head.end, d.place.start)
  return !/[.;!?]/.test(between) && endsWithCue(res, 'locative', between.slice(-25)) && !hasCue(res, 'relative', between)
    && !hasCue(res, 'road-end', between.slice(-40), '(?:{cue})\\s*$')
}

/** A draft whose sentence names no place of its own: its place was taken from elsewhere in the text (the article's focus). */
const placedElsewhere = (d: Draft) => d.place !== null && (d.place.start < d.evidence[0]!.start || d.place.end > d.evidence[0]!.end)

/**
 * A protest whose crowd turns violent — it riots, or it burns or ransacks property, in the same
 * sentence or one of the next two, at the same place — is one happening, a violent demonstration:
 * ACLED codes a demonstration by what its crowd did ("Residents protested over power cuts. They
 * burnt tyres and barricaded the road."), and names the crowd rioters. Drafts in text order in, out.
 */
export function foldRiotIntoProtest(drafts: Draft[], text: string, res: EventResources): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    const violent = told(d) && (d.code === 'VIOL_DEMONSTR' || (d.code === 'PROPERTY_DISTRUCT' && crowdDoer(d.actor1)))
    // A riot told of the crowd already named ("The protesters…", « Ils… ») is where that crowd was,
    // whatever place its sentence points to away from the trigger ("demanding the Tobruk parliament
    // leave"); so is a riot in a sentence that names no place. A place the trigger governs ("then
    // burnt tyres in Y") is another happening.
    const anyPlace = violent && (placedElsewhere(d) || (!governedPlace(d, text, res) && opensOnCrowd(text.slice(d.evidence[0]!.start, d.head.end), res)))
    // Every protest told of that crowd in the window is the one happening: the first keeps it.
    const protests = violent ? out.filter((o) => PROTEST_DRAFT.has(o.code) && told(o) && o.historical === d.historical && d.sentence >= o.sentence && d.sentence - o.lastSentence <= 2 && (anyPlace || samePlaceOrUnplaced(o, d))) : []
    const protest = protests[0]
    if (protest) {
      protest.code = 'VIOL_DEMONSTR'
      for (const o of protests.slice(1)) {
        mergeInto(protest, o)
        out.splice(out.indexOf(o), 1)
      }
      mergeInto(protest, d)
      continue
    }
    // Property that demonstrators or rioters named as its doers burn or wreck is their violent
    // demonstration, told alone ("The police station was set on fire by demonstrators").
    if (violent && d.code === 'PROPERTY_DISTRUCT' && d.actor1?.generic && (d.actor1.inter === 5 || d.actor1.inter === 6)) d.code = 'VIOL_DEMONSTR'
    // A protest told after a riot of its own sentence ("rioted to protest…") is that riot's.
    const riot = PROTEST_DRAFT.has(d.code) && told(d) ? out.find((o) => o.code === 'VIOL_DEMONSTR' && o.sentence === d.sentence && told(o) && o.historical === d.historical && samePlaceOrUnplaced(o, d)) : undefined
    if (riot) mergeInto(riot, d)
    else out.push(d)
  }
  return out
}

/** A fight between armed parties: a clash, or an attack whose target is armed. */
const fight = (d: Draft) => d.code === 'ARMED_CLASH' || ((d.code === 'ATTACK_ANY' || d.code === 'ATTACK') && armed(d.actor2?.inter))

/**
 * Territory changing hands, and how. Told after a fight at its place within the next two sentences
 * ("FARDC clashed with militiamen in X. They were dislodged from the area."), it is that fight's
 * outcome: one happening, which ACLED codes by the territory won, its sides those of the fight.
 * Told with no fight and said to have gone without one, in its own sentence or the next ("…from
 * Boko Haram. No reported violence.", « Aucune violence n'a été signalée. »; cue kind
 * `unopposed`), it changed hands without violence. Drafts in text order in, out.
 */
export function foldTerritoryOutcome(drafts: Draft[], text: string, sentences: readonly Span[], res: EventResources): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    const taken = TERRITORY.has(d.code) && told(d)
    // The outcome names the fight's place again or none of its own ("took control of the village"), on its day.
    const outcomeOf = (o: Draft) => (d.place === null || placedElsewhere(d) || (o.place !== null && samePlace(o, d))) && (o.date === d.date || d.dateSpan === null)
    let battle: Draft | undefined
    // The nearest fight before it, found without copying the drafts kept so far.
    for (let k = out.length - 1; taken && k >= 0 && battle === undefined; k--) {
      const o = out[k]!
      if (fight(o) && told(o) && o.historical === d.historical && d.sentence > o.lastSentence && d.sentence - o.lastSentence <= 2 && outcomeOf(o)) battle = o
    }
    if (battle) {
      // ACLED keeps the fight's sides in their order and codes the outcome by who won the ground:
      // the side told as winning it ("Rebels retake control of the town"), else the side told as
      // losing it (the passive's subject), else the fight's first side (resolved from its actors).
      mergeInto(battle, d)
      battle.code = d.actor1 !== null || d.actor2 !== null ? resolveCode(d) : d.code
      continue
    }
    if (taken && !d.harmTold && !d.fatalities && unopposed(d, text, sentences, res) && !drafts.some((o) => o !== d && VIOLENCE.has(o.code) && !TERRITORY.has(o.code) && told(o) && o.sentence >= d.sentence && o.sentence <= d.lastSentence + 1)) {
      // Ground regained by a taker told by no name is the state's, as for a fight (applyConventions).
      if (!d.actor1 && resolveCode(d) === 'GOV_REGAINS_TERIT') d.actor1 = genericActor(res, 1)
      d.code = 'NON_VIOL_TERRIT_TRANSFER'
    }
    out.push(d)
  }
  return out
}

/**
 * Ground changing hands has two sides: the party that took it and the party that left it. A taking
 * or a leaving told with its doer only, then the other camp's own taking or leaving of ground in
 * its sentence or the next ("SNA forces took over the village. Al Shabaab fighters left it before
 * their arrival", "AMISOM vacated the town; al Shabaab took over control of it"), is one happening:
 * the other party is its actor 2, as ACLED codes it (the party told first is actor 1), and so is
 * it when the first was given a party of the other's sentence already (`groundOther` in `index.ts`). Drafts in text order in, out.
 */
export function foldOtherHolder(drafts: Draft[]): Draft[] {
  const within = (a: ActorMention, s: Span) => a.end > a.start && a.start >= s.start && a.end <= s.end
  const ground = (d: Draft) => TERRITORY.has(d.code) || d.code === 'NON_VIOL_TERRIT_TRANSFER'
  const out: Draft[] = []
  for (const d of drafts) {
    const holder = ground(d) && !d.flags.hypothetical && d.actor1 !== null && armed(d.actor1.inter) ? out.find((o) => ground(o) && told(o) && o.actor1 !== null && (o.actor2 === null || sameParty(o.actor2, d.actor1!) || within(o.actor2, d.evidence[0]!)) && armed(o.actor1.inter)
      && d.sentence >= o.sentence && d.sentence <= o.lastSentence + 1 && stateSide(o.actor1.inter) !== stateSide(d.actor1!.inter) && !sameParty(o.actor1, d.actor1!) && o.historical === d.historical
      // Ground changing hands at another place is another happening ("the retaking of Palmyra came
      // as the army freed Aleppo").
      && notPlacedApart(o, d)) : undefined
    if (holder) {
      holder.actor2 = d.actor1
      holder.lastSentence = Math.max(holder.lastSentence, d.lastSentence)
      holder.evidence.push(...d.evidence)
      holder.rules.push(...d.rules)
      continue
    }
    out.push(d)
  }
  return out
}

/** Its sentence, or the next one, says the ground changed hands without a fight. */
function unopposed(d: Draft, text: string, sentences: readonly Span[], res: EventResources): boolean {
  const own = d.evidence[0]!
  const next = sentences[d.lastSentence + 1]
  return hasCue(res, 'unopposed', text.slice(own.start, own.end)) || (next !== undefined && hasCue(res, 'unopposed', text.slice(next.start, next.end)))
}

/** A template that names the article's main armed group (`=salient`), then after "|" what to name when it has none. */
export const SALIENT = '=salient'

/** Fills a generic actor's name template ("Protesters ({country})"); `=salient` takes the article's main actor of that kind. */
export function actorName(a: ActorMention, country: string | null, salient: ActorMention | null): string {
  if (!a.generic || !a.template) return a.name
  if (a.template.startsWith(SALIENT)) {
    if (salient) return salient.name
    const fallback = a.template.slice(SALIENT.length + 1)
    if (!fallback) return capitalise(a.name)
    return actorName({ ...a, template: fallback }, country, null)
  }
  return country ? a.template.replace('{country}', country) : a.template.replace(/ ?\(?\{country\}\)?/u, '').replace(/ of$/u, '').trim()
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** A generic actor of one ACLED type from groups.tsv (the first description of that type), for role defaults. */
export function genericActor(res: EventResources, inter: number): ActorMention | null {
  return asGeneric(res.groups.find((r) => r.inter === inter))
}

/** The police as a generic party, found by its ACLED name in the language's groups. */
export function policeActor(res: EventResources): ActorMention | null {
  return asGeneric(res.groups.find((r) => r.template === POLICE))
}
const POLICE = 'Police Forces of {country}'

/** A description of groups.tsv as a party named by no words of the text (a role default). */
function asGeneric(g: EventResources['groups'][number] | undefined): ActorMention | null {
  return g ? { start: 0, end: 0, name: g.firstWord, actorId: null, inter: g.inter, generic: true, template: g.template } : null
}

const RIOTS = new Set(['VIOL_DEMONSTR', 'MOB_VIOL', 'MOB_CLASH'])
const ONE_SIDED = new Set(['ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL'])
/** State (1) and external (8) forces; rebels, political and identity militias (2-4). */
const FORCES = new Set([1, 8])
const NON_STATE = new Set([2, 3, 4])
/** Violence from afar: air strikes, shelling, bombs, grenades, chemical weapons. */
export const REMOTE: ReadonlySet<string> = new Set(['AIR_STRIKE', 'ART_MISS_ATTACK', 'SUIC_BOMB', 'REM_EXPLOS', 'GRENADE', 'CHEM_WEAP'])

/**
 * ACLED's role conventions once the sub-event type is known: a protest's actor 1 is the protesters
 * (a named group joins as associated actor), a riot's the rioters; force against protesters puts
 * the state first; violence with no named doer is an unidentified armed group's, and violence
 * against civilians with no named victim targets civilians; territory regained has state forces.
 */
export function applyConventions(code: string, roles: { actor1: ActorMention | null; actor2: ActorMention | null; assoc1: ActorMention[] }, res: EventResources, where: { text: string; sentence: Span; head: Span } | null = null, harmTold = false): void {
  const crowd = PROTEST_DRAFT.has(code) ? 6 : RIOTS.has(code) ? 5 : null
  if (crowd !== null) {
    // State forces told as the doer of a crowd's event are the forces that met it, whatever crowd the
    // merge left as the other side.
    const force = (a: ActorMention | null) => a?.inter === 1 && !institution(a)
    if (force(roles.actor1) && !force(roles.actor2)) roles.actor2 = roles.actor1
    else if (roles.actor1 && !roles.actor1.generic && roles.actor1.inter !== 1) roles.assoc1.push(roles.actor1)
    roles.actor1 = genericActor(res, crowd)
    // What a crowd protests against is not a party (a government, a ministry): only forces that
    // intervene are actor 2.
    if (code === 'PEACE_PROTEST' || !force(roles.actor2)) roles.actor2 = null
    // Two crowds fighting each other: the other side is rioters too; and so is a crowd's violence
    // told as a clash with other people, no forces named ("clashes broke out between residents",
    // "students clashed with members of the union", « des heurts ont éclaté entre habitants »; cue
    // kind `crowd-clash` in its sentence).
    if (code === 'MOB_CLASH' && !roles.actor2) roles.actor2 = genericActor(res, 5)
    else if (code === 'VIOL_DEMONSTR' && !roles.actor2 && where && hasCue(res, 'crowd-clash', where.text.slice(where.sentence.start, where.sentence.end))) roles.actor2 = genericActor(res, 5)
    // A crowd beating, burning or killing people harms civilians (ACLED's actor 2 of mob violence, and
    // of vigilantes' violence below: "a mob lynched a suspected thief").
    if (code === 'MOB_VIOL' && !roles.actor2) roles.actor2 = genericActor(res, 7)
  }
  // Air power in the conflicts ACLED codes is a state's: an air strike told without its doer is a
  // state's, unless its clause says no one owns the aircraft ("unidentified warplanes", « des avions
  // non identifiés »): an unidentified armed group's.
  // A doer only guessed (a description, or the other side of the target) gives way to that cue too.
  if (code === 'AIR_STRIKE' && (!roles.actor1 || roles.actor1.generic)) {
    if (where && unclaimed(where, res)) roles.actor1 = genericActor(res, 3)
    else roles.actor1 ??= genericActor(res, 1)
  }
  if (code === 'FORCE_AGAINST_PROTEST') {
    const state = [roles.actor1, roles.actor2].find((a) => a?.inter === 1) ?? genericActor(res, 1)
    roles.actor1 = state
    roles.actor2 = genericActor(res, 6)
  }
  if (!roles.actor1 && (ONE_SIDED.has(code) || REMOTE.has(code) || code === 'ARMED_CLASH')) roles.actor1 = genericActor(res, 3)
  // A battle is fought between two armed, organised sides: a fight told with one side only ("the
  // army clashed with gunmen" read without its object, "heavy fighting in the city", "clashes
  // between rival groups") has an unidentified armed group as its other side, as ACLED codes it.
  if (code === 'ARMED_CLASH' && roles.actor1 && !roles.actor2) roles.actor2 = genericActor(res, 3)
  // ACLED lists state and external forces first when they fight or are bombed by a non-state
  // group, whoever attacked (about 72 % of such battles and over 90 % of such remote violence in
  // its 2016 African data): "militants attacked an army base", "a roadside bomb killed two
  // soldiers" are coded Military Forces of X against the militants or an unidentified armed group.
  if ((code === 'ARMED_CLASH' || REMOTE.has(code)) && FORCES.has(roles.actor2?.inter ?? -1) && NON_STATE.has(roles.actor1?.inter ?? -1)) [roles.actor1, roles.actor2] = [roles.actor2, roles.actor1]
  if (!roles.actor1 && code === 'GOV_REGAINS_TERIT') roles.actor1 = genericActor(res, 1)
  // The work of state agents told without a named doer is the police's: an enforced disappearance,
  // by definition ("was forcibly disappeared", « victime d'une disparition forcée »), and harm in
  // custody, since those who hold a detainee answer for his harm ("tortured in detention", « torturé
  // en garde à vue »).
  const toldIn = (kind: 'enforced' | 'custody') => where !== null && hasCue(res, kind, where.text.slice(where.sentence.start, where.sentence.end))
  if ((!roles.actor1 || unnamedPeople(roles.actor1)) && ((code === 'ABDUCT_DISSAP' && toldIn('enforced')) || ((code === 'ATTACK' || code === 'ABDUCT_DISSAP') && toldIn('custody')))) roles.actor1 = policeActor(res)
  // An arrest told without who made it ("five people were arrested") is the police's: the state
  // arrests, and ACLED codes such arrests to the police of the country. People described, read as
  // the doer (« exigent des personnes arrêtées qu'elles… »), are the arrested, not who arrests.
  if ((!roles.actor1 || (roles.actor1.generic && roles.actor1.inter === 7)) && code === 'ARREST') roles.actor1 = policeActor(res)
  // So is an arrest the authorities or a government made ("Egyptian authorities arrested…",
  // « les autorités ont arrêté »): its police made it.
  else if (code === 'ARREST' && roles.actor1 && institution(roles.actor1)) roles.actor1 = { ...policeActor(res)!, start: roles.actor1.start, end: roles.actor1.end }
  // The people arrested, told by no armed party's name ("eight local leaders were arrested",
  // "police arrested protesters"), are civilians: ACLED codes them so.
  if (code === 'ARREST' && (!roles.actor2 || (roles.actor2.generic && (roles.actor2.inter === 5 || roles.actor2.inter === 6)))) roles.actor2 = { ...genericActor(res, 7)!, start: roles.actor2?.start ?? 0, end: roles.actor2?.end ?? 0 }
  // Weapons seized or defused, a base set up, told without who did it, are the state's forces'
  // ("a cache of explosives was discovered", "a roadside bomb was defused").
  if (!roles.actor1 && (code === 'DISR_WEAP' || code === 'HQ_ESTABLISHED')) roles.actor1 = genericActor(res, 1)
  if (!roles.actor2 && ONE_SIDED.has(code)) roles.actor2 = genericActor(res, 7)
  // So are the targets of one-sided violence told by what they are ("tortured 19 youths", "gunmen
  // attacked students"): a crowd's words name no crowd here, only civilians.
  else if (ONE_SIDED.has(code) && roles.actor2?.generic && (roles.actor2.inter === 5 || roles.actor2.inter === 6)) roles.actor2 = { ...genericActor(res, 7)!, start: roles.actor2.start, end: roles.actor2.end }
  // A blast, a shelling or a strike told with the harm it did and no armed target hit people: ACLED
  // codes civilians as its other side ("SAF bomb Suni, 1 killed", « un obus a tué deux enfants »).
  else if (!roles.actor2 && REMOTE.has(code) && harmTold) roles.actor2 = genericActor(res, 7)
  // So did a bomb or a grenade sent at a target told by no armed party's name, harm or none ("hurled
  // a grenade at a teashop", "an IED targeted the commissioner's vehicle", « une grenade lancée
  // contre un bar »): a house, a market, an official's car are civilians' ground, as ACLED codes such
  // an attack. Not shells, missiles or air strikes, sent at bases and front lines as often.
  else if (!roles.actor2 && (code === 'GRENADE' || code === 'REM_EXPLOS') && where && aimedAtTarget(where, res)) roles.actor2 = genericActor(res, 7)
  // People described by what they do ("two nurses", "traders", « des enseignants »), harmed outside
  // a demonstration, by hand or by a blast or a strike ("six teachers were killed in air strikes"),
  // are civilians: the description names them, ACLED's role is Civilians.
  else if ((ONE_SIDED.has(code) || REMOTE.has(code)) && roles.actor2?.generic && roles.actor2.inter === 6) roles.actor2 = { ...genericActor(res, 7)!, start: roles.actor2.start, end: roles.actor2.end }
  // People who punish someone they hold guilty ("lynched a suspected thief", "mob justice",
  // « vindicte populaire ») are a vigilante militia, not rioters or civilians: ACLED names such
  // crowds "Vigilante Militia (country)".
  if ((code === 'MOB_VIOL' || code === 'ATTACK') && roles.actor1 && unnamedPeople(roles.actor1) && where && vigilanteJustice(where.text, where.sentence, where.head, res)) {
    roles.actor1 = { start: roles.actor1.start, end: roles.actor1.end, name: VIGILANTES, actorId: null, inter: 3, generic: true, template: null }
  }
  // Violence told with no named doer but named by its sentence as vigilantes' deed ("after an
  // alleged vigilante attack", "in what is believed to be mob justice", « victime de la justice
  // populaire ») is a vigilante militia's, not an unidentified armed group's: the deed's word names
  // its doers. The word "vigilante" before the deed's noun, read as armed men of no name, is that doer.
  else if ((code === 'MOB_VIOL' || code === 'ATTACK') && (!roles.actor1 || unidentifiedGroup(roles.actor1)) && where && hasCue(res, 'vigilante-deed', where.text.slice(where.sentence.start, where.sentence.end))) {
    roles.actor1 = { start: roles.actor1?.start ?? 0, end: roles.actor1?.end ?? 0, name: VIGILANTES, actorId: null, inter: 3, generic: true, template: null }
  }
  // Civilians are by definition no party to violence (ACLED never codes them as its actor 1): people
  // described as the doer of harm or of a blast ("Nine persons killed, 12 injured in a terrorist
  // attack", "a man on a motorbike threw a grenade") are its victims, or someone unidentified.
  if ((ONE_SIDED.has(code) || REMOTE.has(code)) && roles.actor1?.generic && roles.actor1.inter === 7) {
    if (!roles.actor2 || roles.actor2.end === roles.actor2.start) roles.actor2 = roles.actor1
    roles.actor1 = genericActor(res, 3)
  }
  // Herders or pastoralists told as the subject of violence ("Herdsmen attacked a man with axes",
  // « des éleveurs ont attaqué des agriculteurs ») are armed men of a community the text does not
  // name: ACLED's unidentified communal militia, not an unidentified armed group. The subject right
  // before the verb only, and not of a passive: herders harmed ("gunmen killed two herders", "two
  // herders were shot") stay civilians.
  if ((ONE_SIDED.has(code) || code === 'ARMED_CLASH') && where && (!roles.actor1 || unidentifiedGroup(roles.actor1)) && !(roles.actor1 && roles.actor1.end > roles.actor1.start && roles.actor1.start >= where.head.start)) {
    const herders = herderSubject(where, res)
    if (herders) {
      roles.actor1 = { start: herders.start, end: herders.end, name: COMMUNAL_MILITIA_ALIAS, actorId: null, inter: 4, generic: true, template: COMMUNAL_MILITIA }
      // The herders read as the harmed side (civilians by their word) are the doers: the harmed are civilians of no words.
      if (roles.actor2 && roles.actor2.end > herders.start && roles.actor2.start < herders.end) roles.actor2 = genericActor(res, 7)
    }
  }
}

/**
 * A `herder-doer` cue as the subject of the trigger: in its clause, at most three words before it,
 * with no passive between ("Herdsmen on Monday attacked", not "Herders were attacked"). Its span, or null.
 */
function herderSubject(where: { text: string; sentence: Span; head: Span }, res: EventResources): Span | null {
  const clause = clauseBefore(where.text, where.sentence, where.head.start)
  const re = cueRegex(res, 'herder-doer', '(?:{cue})(?=\\s+(?:\\S+\\s+){0,3}$)')
  if (!re) return null
  const offset = where.head.start - clause.length
  for (const m of allMatches(re, clause)) {
    const span = { start: offset + m.index, end: offset + m.index + m[0].length }
    if (hasCue(res, 'passive', where.text.slice(span.end, where.head.end))) continue
    return span
  }
  return null
}

/** An `aimed-at` cue within a few words after the trigger, in its sentence: the weapon was sent at a target. */
function aimedAtTarget(where: { text: string; sentence: Span; head: Span }, res: EventResources): boolean {
  const after = where.text.slice(where.head.end, Math.min(where.sentence.end, where.head.end + 80))
  return hasCue(res, 'aimed-at', after, '^(?:\\s+\\S+){0,5}?\\s+(?:{cue})')
}

/** An `unclaimed` cue in the clause of the trigger, before it or within a few words after it. */
function unclaimed(where: { text: string; sentence: Span; head: Span }, res: EventResources): boolean {
  const after = where.text.slice(where.head.start, Math.min(where.sentence.end, where.head.end + 40))
  return hasCue(res, 'unclaimed', clauseBefore(where.text, where.sentence, where.head.start)) || hasCue(res, 'unclaimed', after, '^\\S+(?:\\s+\\S+){0,2}?\\s+(?:{cue})')
}

/** The KB alias that names vigilantes in any language's output (the actor KB gives the ACLED name). */
const VIGILANTES = 'vigilante militia'

/** Armed men described by no name ("gunmen", "a vigilante"): ACLED's unidentified armed group, or the article's main armed group. */
const unidentifiedGroup = (a: ActorMention) => a.generic && (a.template?.includes('Unidentified Armed Group') ?? false)

/** A description, not a named actor, of a crowd, of people or of an unidentified group. */
function unnamedPeople(a: ActorMention): boolean {
  return a.generic && (a.inter === 5 || a.inter === 7 || (a.template?.startsWith('Unidentified Armed Group') ?? false))
}

/**
 * A `vigilante` cue in the sentence whose guilty party is not the doer: not after "by" ("killed by
 * suspected robbers"), and before the trigger only as the subject of a passive ("a suspected thief
 * was beaten"), not of an active verb ("suspected robbers shot dead a shopkeeper").
 */
function vigilanteJustice(text: string, sentence: Span, head: Span, res: EventResources): boolean {
  const chunk = text.slice(sentence.start, sentence.end)
  // Words that name the doers as people taking justice in their hands count wherever they stand.
  if (hasCue(res, 'vigilante-doer', chunk)) return true
  const re = cueRegex(res, 'vigilante')
  if (!re) return false
  for (const m of allMatches(re, chunk)) {
    const at = sentence.start + m.index
    if (hasAgentBefore(res, text.slice(Math.max(sentence.start, at - 20), at))) continue
    const end = at + m[0].length
    if (end <= head.start && !hasCue(res, 'passive', text.slice(end, head.end))) continue
    return true
  }
  return false
}

function hasAgentBefore(res: EventResources, before: string): boolean {
  const re = cueRegex(res, 'agent', '(?:{cue})\\s*(?:\\S+\\s+)?$')
  if (!re) return false
  re.lastIndex = 0
  return re.test(before)
}
