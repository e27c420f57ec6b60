/**
 * The events annotator: who did what to whom, where and when, one event per reported happening,
 * coded to ACLED (event type, sub-event type) and PLOVER (type, mode, context), with modality
 * flags and the evidence spans that support it. Runs last: it reads mentions, actors, places,
 * timexes and statements, and works (with fewer arguments) when some of them are empty.
 */
import type { Event, Span } from '../../doc/schema.js'
import type { Annotator, Doc } from '../../pipeline/annotator.js'
import { actorMentions, militaryOf, agentAfter, agentCueAfter, armed, stateSide, assignRoles, atSeat, countsFor, focusCountry, focusPlace, spelledFocus, roleCountry, inTriggerClause, institution, locate, mentionsIn, otherSide, ownerOf, readCounts, type ActorMention } from './arguments.js'
import { actorName, SALIENT, applyConventions, CROWD_CODES, family, REMOTE, foldClanMotive, foldCommunalMotive, foldVigilanteDeed, foldOperationDoer, genericActor, foldAttribution, foldOtherHolder, policeActor, foldForceIntoProtest, foldKillingIntoCapture, foldOperationIntoFight, foldRiotIntoProtest, foldTerritoryOutcome, mergeDrafts, notPlacedApart, plainDraft, PROTEST_DRAFT, resolveCode, samePlaceOrUnplaced, stateForce, type Draft } from './build.js'
import { dateEvent, isHistorical } from './dates.js'
import { afterGrievance, candidates, crowdSubjectEnd, grievanceOfCount, inGrievance, findTriggers, LIGHT, PROTEST_CODES, runningTotal, type Candidate } from './detect.js'
import { aimedAt, isDefinite, narratedPast, neutralised, readFlags, toldAsHappened } from './flags.js'
import { getActorIndex } from '../../kb/actors/index-build.js'
import { identityHomes } from '../../kb/actors/identity.js'
import { baseActorId } from '../../kb/actors/normalize.js'
import { missionActor, peaceMission, regionalForce, resolveActorName, stateActorId, toActor, type ResolvedActor } from '../../kb/actors/resolve.js'
import { cueRegex, hasCue, loadEventResources, loadTaxonomy, type EventResources } from './resources.js'
import { lowerBound, spanIndex } from '../../doc/spans.js'
import { groupBy } from '../../doc/group.js'
import { execFrom } from '../../resources/load.js'
import { NOT_ACLED } from '../../doc/event-kind.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const STARTS_UPPER = /^\p{Lu}/u
const UP_TO_TWO_CAPITALISED = /^\s*(?:\p{Lu}[\p{Ll}-]*\s+){0,2}$/u
const UP_TO_TWO_LOWER = /^\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u

export const EVENTS_VERSION = '1'
/** eventType of events ACLED does not code (diplomacy, disasters, crime, claims): PLOVER still types them. */
export { NOT_ACLED }

export function createEventsAnnotator(): Annotator {
  loadTaxonomy()
  return {
    name: 'events',
    version: EVENTS_VERSION,
    requires: ['sentences', 'tokens'],
    produces: ['events'],
    annotate: (doc) => ({ events: findEvents(doc) }),
  }
}

/** The events of one document (pure: the document in, events out). */
export function findEvents(given: Doc): Event[] {
  const doc = withoutNoScenePlaces(given)
  const res = loadEventResources(doc.article.language)
  if (res.triggers.length === 0) return []
  const text = doc.article.text
  const sentences = doc.sentences
  const mentions = actorMentions(doc, res)
  const looseMentions = actorMentions(doc, res, true)
  // Asked only of an agreement whose ACLED parties are missing: found at most once per document.
  let partyMentions: ActorMention[] | null = null
  const taxonomy = loadTaxonomy()
  const focus = focusPlace(doc, res)
  const names = doc.mentions.filter((m) => m.form === 'name' && !(m.rule ?? '').startsWith('default'))
  const matches = findTriggers(text, sentences, res).filter((m) => taxonomy.get(m.code)?.acled || !insideName(m, names, text))
  const cands = candidates(matches, text, res)
  // Counts are read once per sentence, however many triggers it has.
  const countsBySentence = new Map<number, ReturnType<typeof readCounts>>()
  const organisations = new Set(doc.mentions.filter((m) => m.kind === 'organisation').map((m) => `${m.start}:${m.end}`))
  // Words of a time expression or of a proper name are no modality cue ("on 15 May", "Will Ross
  // said"): the spans flags blank, sorted once so a sentence's are one slice.
  const blanked = [...doc.timexes, ...doc.mentions.filter((m) => m.form === 'name')].sort((a, b) => a.start - b.start)
  const blankedIn = (s: { start: number; end: number }) => blanked.slice(lowerBound(0, blanked.length, (i) => blanked[i]!.start < s.start - 200), lowerBound(0, blanked.length, (i) => blanked[i]!.start < s.end)).filter((t) => t.end > s.start)
  // Neutralised once per sentence, however many triggers it has.
  const neutralBySentence = new Map<number, string>()
  const bySentence = groupBy(cands, (c) => c.sentence)
  // Each sentence's trigger matches, grouped once: a candidate asks only its own sentence's.
  const matchesBySentence = groupBy(matches, (m) => m.sentence)
  const drafts: Draft[] = cands.map((c) => {
    const sentence = sentences[c.sentence]!
    const sentenceMatches = matchesBySentence.get(c.sentence) ?? []
    const neighbours = bySentence.get(c.sentence)!
    const others = neighbours.filter((o) => o !== c).map((o) => o.head)
    let local = neutralBySentence.get(c.sentence)
    if (local === undefined) neutralBySentence.set(c.sentence, (local = neutralised(text, sentence, blankedIn(sentence))))
    let items = countsBySentence.get(c.sentence)
    if (!items) {
      // The dead of a running total ("the war has since killed more than 470,000") are no event's
      // (asked only of a sentence that counts dead).
      const read = readCounts(sentence, text, res, local)
      const total = read.some((it) => it.kind === 'fatalities') && runningTotal(text.slice(sentence.start, sentence.end), res)
      countsBySentence.set(c.sentence, (items = read.filter((it) => it.kind !== 'fatalities' || !total)))
    }
    // The dead a protest is about ("protested after a child was killed") are not its own.
    const chunk = text.slice(sentence.start, sentence.end)
    // The dead of a sentence that tells a happening that kills and one that does not ("repel an
    // attack, killing seven and recovering weapons"; « arrêtés après des affrontements qui ont fait
    // deux morts ») are the former's: a strategic development or a peaceful protest takes none.
    const kills = canKill(c.code, taxonomy)
    const killers = neighbours.filter((o) => o !== c && canKill(o.code, taxonomy)).map((o) => o.head)
    let own = PROTEST_CODES.has(c.code) ? items.filter((it) => it.kind !== 'fatalities' || !grievanceOfCount(chunk, it.start - sentence.start, { start: c.head.start - sentence.start, end: c.head.end - sentence.start }, res)) : items
    if (!kills && killers.length) own = own.filter((it) => it.kind !== 'fatalities')
    const counts = countsFor(c.head, others, own, kills ? killers : others)
    const acled = taxonomy.get(c.code)?.acled ?? false
    // Other triggers matter to roles only where they stand between a trigger and a party of its sentence.
    const otherHeads = neighbours.map((o) => o.head).filter((h) => h !== c.head)
    // The trigger words of the sentence's other happenings, their merged words too: the verb a
    // participle hangs on may be one. A trigger of the same family tells the same happening again.
    const triggers = neighbours.filter((o) => family(o.code) !== family(c.code)).flatMap((o) => o.matches).filter((m) => m.end <= c.head.start)
    let roles = assignRoles(c, sentence, text, acled ? mentions : looseMentions, otherHeads, res, !acled, triggers)
    // A happening told by several words of its sentence ("were killed by ADF rebels armed with
    // knives who attacked the village"): the doer the head's clause does not name may be named as
    // the agent of another of its words ("killed by", "an attack by").
    if (acled && !roles.actor1) {
      for (const m of c.matches) {
        if (m === c.head || !agentCueAfter(m, text, res)) continue
        const alt = assignRoles({ ...c, head: m }, sentence, text, mentions, otherHeads, res, false, triggers)
        if (!alt.actor1 || alt.actor1 === roles.actor2 || !agentAfter(m, alt.actor1, text, res)) continue
        roles = { ...roles, actor1: alt.actor1, actor2: roles.actor2 ?? (alt.actor2 !== alt.actor1 ? alt.actor2 : null) }
        break
      }
    }
    // An agreement binds the parties that made it, states and leaders named as themselves too
    // ("Jordan and Britain agreed", « la Tunisie et l'Algérie ont signé un accord »): ACLED's parties
    // first, else any party named, as for a verbal act.
    if (acled && !roles.actor1 && PARTIES_NAMED.has(c.code)) {
      const parties = (partyMentions ??= actorMentions(doc, res, 'parties'))
      const named = assignRoles(c, sentence, text, parties, otherHeads, res, false, triggers)
      if (named.actor1 && (named.actor1.start >= c.head.end || subjectRightBefore(c.head, mentionsIn(parties, sentence), text, doc.timexes))) roles = named
    }
    if (roles.actor1 && !roles.actor2 && reducedPassive(roles.actor1, c.head, sentence, text, res)) [roles.actor1, roles.actor2] = [null, roles.actor1]
    // People told as a body by where they live or what they share ("residents", "community members",
    // « des habitants ») who beat, burn or kill together are a mob: ACLED codes them as rioters, or
    // as vigilantes when they punish someone, never as civilians or an unidentified armed group.
    if (c.code === 'ATTACK_ANY' && roles.actor1 && mobOfPeople(roles.actor1, text, res)) roles.actor1 = { ...roles.actor1, inter: 5, template: genericActor(res, 5)?.template ?? null }
    // A crowd's violence or a protest met by force, with the state's forces named in its sentence
    // ("set up roadblocks… and clash with police", "were confronted by police"): those forces are
    // its other side, unless named as what the crowd protests ("against police brutality").
    if (MET_CROWDS.has(c.code) && roles.actor2?.inter !== 1) roles.actor2 = mentionsIn(mentions, sentence).find((m) => m.inter === 1 && !institution(m) && m !== roles.actor1 && !afterGrievance(text.slice(sentence.start, sentence.end), m.start - sentence.start, res)) ?? roles.actor2
    // One party told fighting itself ("Two groups of SNA forces clashed", "troops fought each
    // other", « des soldats se sont affrontés entre eux »; cue kind `reciprocal`) is both sides, as
    // ACLED codes a force's or a group's internal clash.
    if ((c.code === 'ARMED_CLASH' || c.code === 'ATTACK_ANY') && roles.actor1 && !roles.actor2 && armed(roles.actor1.inter) && hasCue(res, 'reciprocal', text.slice(sentence.start, sentence.end))) roles.actor2 = roles.actor1
    // An attack or a fight with no target read from the clause's syntax has the other armed party
    // of its clause as its other side, a fight an armed group starts too ("Militants attacked a
    // military base", "OLA forces attacked government soldiers": the army), unless civilians are named.
    if ((c.code === 'ATTACK_ANY' || c.code === 'ARMED_CLASH') && !roles.actor2) {
      const inSentence = mentionsIn(mentions, sentence)
      roles.actor2 = armedCounterpart(roles.actor1, inSentence.filter((m) => inTriggerClause(c.head, m, text, otherHeads, res) && !ownerOf(m, text, res) && !roles.assoc1.includes(m)), sentence)
    }
    // A party or union attacked is its unarmed members: the target of one-sided violence, whatever
    // the inter its militants get when they fight.
    if (c.code === 'ATTACK_ANY' && roles.actor2 && civilOrganisation(roles.actor2, organisations)) roles.actor2 = { ...roles.actor2, inter: 7 }
    // A government named only to tell who a person is ("a government official", "a government spy",
    // "a critic of the government"; cue kinds `official` and `critic`), with no forces named in the
    // sentence, is no side of the violence: that person is its target, a civilian as ACLED codes
    // them, and the armed group read as the government's other side is the doer. A government named
    // as a side ("the regime is fighting the rebels") stands for its forces and stays.
    if ((c.code === 'ATTACK_ANY' || c.code === 'ARMED_CLASH') && (roles.actor1 && institution(roles.actor1) ? roles.actor2 : roles.actor2 && institution(roles.actor2) ? roles.actor1 : null)) {
      const gov = institution(roles.actor1!) ? roles.actor1! : roles.actor2!
      const other = gov === roles.actor1 ? roles.actor2! : roles.actor1!
      const forces = mentionsIn(mentions, sentence).some((m) => m.name !== other.name && armed(m.inter) && !institution(m))
      const person = hasCue(res, 'official', text.slice(gov.end, Math.min(sentence.end, gov.end + 40)), '^\\s*(?:\\S+\\s+)?(?:{cue})')
        || hasCue(res, 'critic', text.slice(Math.max(sentence.start, gov.start - 40), gov.start), '(?:{cue})\\s+(?:\\S+\\s+)?$')
      if (person && !forces && other.inter !== null && other.inter >= 2 && other.inter <= 4) roles = { ...roles, actor1: other, actor2: genericActor(res, 7) }
    }
    const { place, geoPrecision, also, byFocus } = locate(c, sentence, doc, focus, res)
    // Two triggers of one code in a sentence tell one happening ("took to the streets, protesting…"): they share its date.
    const when = dateEvent(doc, c.head, neighbours.filter((o) => o !== c && o.code !== c.code).map((o) => o.head), res, neighbours.flatMap((o) => o.matches))
    const flags = readFlags(c.head, sentence, local, doc.statements, res)
    // Harm told as done is no hypothesis, whatever the word it was folded into ("forces killed 30
    // militants as they attempted to attack an ambush": the killing happened).
    if (flags.hypothetical && sentenceMatches.some((m) => m !== c.head && m.code === 'ATTACK_ANY' && m.weight <= LIGHT && toldAsHappened(readFlags(m, sentence, local, doc.statements, res)))) flags.hypothetical = false
    // Ground an operation sets out to take is not yet taken ("launched an offensive to retake the
    // village"); the attack told doing it on an armed party is the happening, a fight ("launched an
    // attack to retake the town from the rebels", « une attaque pour reprendre Misrata aux insurgés »).
    let code = c.code
    // A crowd told doing harm to people in its riot's sentence, as the subject of the words of harm
    // ("Demonstrators assaulted and wounded three journalists", "Rioters burnt to death two
    // civilians"): the crowd's violence against people, mob violence (ACLED 2019; violence against
    // civilians before). Not harm told in the passive ("were injured"), before the crowd, or in a fight,
    // nor with the forces named in the sentence: rioters who injure a policeman fight the police.
    if (code === 'VIOL_DEMONSTR' && !armed(roles.actor2?.inter ?? null) && !mentionsIn(mentions, sentence).some((m) => (m.inter === 1 && !institution(m)) || m.inter === 8)
      && crowdHarms(c, roles.actor1, sentence, text, sentenceMatches, res)) code = 'MOB_VIOL'
    if (family(c.code) === 'territory' && aimedAt(c.head, sentence, local, res)) {
      const assault = armed(roles.actor2?.inter ?? null) && c.matches.some((m) => m.code === 'ATTACK_ANY' && m.start < c.head.start && toldAsHappened(readFlags(m, sentence, local, doc.statements, res)))
      if (assault) code = 'ATTACK_ANY'
      else flags.hypothetical = true
    }
    // Ground a state's or a foreign force takes, regains or leaves, told with that force only
    // ("troops cleared the villages of Boko Haram", "forces took over the town; al Shabaab fighters
    // withdrew before their arrival"), changes hands with the armed group its sentence names, else
    // the next sentence of its paragraph: who held it or took it, as ACLED names it; not a party
    // told backing a side ("forces backed by Hezbollah fighters entered the town"). Asked after the
    // aim's test: a party found so is no target of an assault. Ground a group takes as the state's
    // men flee or leave ("militiamen occupied the villages after the withdrawal of the soldiers")
    // ACLED codes with the taker alone.
    if ((family(code) === 'territory' || code === 'NON_VIOL_TERRIT_TRANSFER') && stateSide(roles.actor1?.inter) && !roles.actor2) roles.actor2 = groundOther(roles.actor1, c.sentence, sentences, mentions, roles.assoc1, text, res)
    // A bomb or a grenade sent at an armed party ("an RCIED targeted an AMISOM convoy", « une
    // grenade lancée contre une patrouille de l'armée »: cue kind `aimed-at` within five words after
    // the weapon's word, the party within two words after it) has that party as its target.
    if ((code === 'GRENADE' || code === 'REM_EXPLOS') && !roles.actor2) roles.actor2 = mentionsIn(mentions, sentence).find((m) => m.start >= c.head.end && m !== roles.actor1 && armed(m.inter) && hasCue(res, 'aimed-at', text.slice(c.head.end, m.start), '^(?:\\s+\\S+){0,5}?\\s+(?:{cue})\\s+(?:\\S+\\s+){0,2}$')) ?? null
    // Harm named by nouns only ("rushed dozens of injured to hospital", "the wounded", « des
    // blessés »; cue kind `harm-noun`) has no doer in the people the sentence tells before it: they
    // carry, count or mourn the harmed. Armed parties stay (a fight's toll is its own).
    const harmWords = c.matches.every((m) => m.rule.weight <= HARM_WEIGHT)
    const armedNamed = mentionsIn(mentions, sentence).filter((m) => armed(m.inter))
    const harmNamed = harmWords && c.matches.every((m) => hasCue(res, 'harm-noun', text.slice(Math.max(sentence.start, m.start - 30), m.end), '(?:{cue})$'))
    if (harmNamed && roles.actor1?.generic && !armed(roles.actor1.inter)) roles.actor1 = null
    return {
      code: code === 'MOB_ANY' ? (sentenceMatches.some((m) => PERSON_HARM.has(m.code)) ? 'MOB_VIOL' : 'VIOL_DEMONSTR') : code,
      score: c.score, sentence: c.sentence, lastSentence: c.sentence, paragraph: sentence.paragraph, head: c.head,
      definite: isDefinite(c.head, sentence, text, res),
      governsPlace: place !== null && place.start >= c.head.end && place.start - c.head.end <= 40,
      actor1: roles.actor1, actor2: roles.actor2, assoc1: roles.assoc1,
      place, placedByFocus: byFocus === true, alsoAt: also, geoPrecision, date: when.date, timePrecision: when.timePrecision, dateEnd: when.through?.date ?? null,
      dateSpan: when.timex ? { start: when.timex.start, end: Math.max(when.timex.end, when.through?.end ?? 0, when.window ?? 0) } : null,
      // A toll: words of harm only, and no armed party named in the sentence (armed dead or a doer
      // make it a happening of its own: "forces responded, killing four"; unless the armed parties are
      // the sides of the fight just told, or the dead of a blast: `mergeDrafts` reads `armedNamed`).
      harmOnly: roles.actor1 === null && harmWords && armedNamed.length === 0,
      harmWords,
      armedNamed,
      // Asked only where `mergeDrafts` reads it: one armed party named with words of harm only.
      agentNamed: harmWords && armedNamed.length === 1 && c.matches.some((m) => agentCueAfter(m, text, res)),
      harmNamed,
      // A word of harm denied right before it ("no injuries", « sans faire de blessés ») tells none.
      harmTold: c.matches.some((m) => m.rule.weight <= HARM_WEIGHT && !hasCue(res, 'negation', text.slice(Math.max(sentence.start, m.start - 25), m.start))),
      // Undated by its sentence, a happening told in the tense of narrated history is background too.
      // So is a happening the sentence names as the time of another ("a day after air strikes on a
      // school, rebel rockets…", « au lendemain de frappes… »): the story's background, not its lead.
      historical: (when.timex !== null ? isHistorical(when.date, doc.article.published) : narratedPast(c.head, sentence, local, res)) || recalledAfter(c.matches, sentence, text, res),
      intended: !flags.ceased && announced(c.head, sentence, text, looseMentions, res),
      fatalities: counts.fatalities, size: counts.size, flags,
      evidence: [{ start: sentence.start, end: sentence.end }, ...c.matches.map((m) => ({ start: m.start, end: m.end })), ...counts.evidence],
      rules: c.matches.map((m) => m.rule.where),
    }
  })
  const merged = foldOperationDoer(foldVigilanteDeed(foldCommunalMotive(foldClanMotive(foldAttribution(foldIntervention(foldLaterForce(foldForceIntoProtest(foldRiotIntoProtest(foldOtherHolder(foldTerritoryOutcome(foldOperationIntoFight(foldKillingIntoCapture(mergeDrafts(drafts))), text, sentences, res)), text, res), text, res), res), text, sentences, mentions, res), text, res, ATTRIBUTION), text, sentences, res), text, sentences, res), text, sentences, res), text, sentences, mentions, res)
  // A text that tells no country may spell one in the names of its towns the gazetteer lacks.
  const country = focusCountry(doc) ?? spelledFocus(doc)
  const salient = salientArmedGroup(mentions)
  return merged.map((d, i) => toEvent(d, i, doc, salient, country, res))
}

/** How far before a trigger a `recalled-after` cue is read: the cue and three words. */
const RECALLED_SPAN = 80
/** A comma, a semicolon or a colon: a clause ends. */
const CLAUSE_PUNCT = /[,;:]/u

/**
 * A happening whose first word comes within three words after a `recalled-after` cue ("a day after
 * air strikes", « au lendemain des frappes »), with no clause break between, and whose words all
 * stay in that clause: the happening another is told after. Words of the candidate past a comma,
 * a semicolon or a colon ("two days after a car bomb, gunmen attacked…") tell the sentence's own
 * happening, and the candidate stays that.
 */
function recalledAfter(matches: readonly Span[], sentence: Span, text: string, res: EventResources): boolean {
  const first = Math.min(...matches.map((m) => m.start))
  if (matches.some((m) => CLAUSE_PUNCT.test(text.slice(first, m.start)))) return false
  return hasCue(res, 'recalled-after', text.slice(Math.max(sentence.start, first - RECALLED_SPAN), first), '(?:{cue})\\s*(?:[^\\s,;:]+\\s+){0,3}$')
}

function toEvent(d: Draft, index: number, doc: Doc, salient: ActorMention | null, country: string | null, res: EventResources): Event {
  const code = resolveCode(d)
  const tax = loadTaxonomy().get(code)!
  const countryCode = d.place?.countryCode ?? country
  const roles = { actor1: d.actor1, actor2: d.actor2, assoc1: [...d.assoc1] }
  // Each party is asked for again and again below (the sides' rules, before and after the
  // conventions, and the output): resolved once per party and main group.
  const known = new Map<ActorMention, Map<ActorMention | null, NonNullable<Event['actor1']>>>()
  const actorOf = (a: ActorMention, group: ActorMention | null) => {
    let byGroup = known.get(a)
    if (!byGroup) known.set(a, (byGroup = new Map()))
    let got = byGroup.get(group)
    if (!got) byGroup.set(group, (got = regional(eventActor(doc, a, group, countryCode, res, tax.acled, d.place === null), a, countryCode, d.place?.admin1Code ?? null)))
    return got
  }
  const isGroup = (x: { actorId: string | null } | null) => x?.actorId != null && salient?.actorId != null && baseActorId(x.actorId) === baseActorId(salient.actorId)
  // A description that would stand for the article's main armed group does not when the other side
  // is that group already, named or (as actor 1) itself so described: a group is not its own enemy,
  // and "IS fighters clashed with a militia" tells of another militia (`salientElsewhere`).
  const salientElsewhere = (a: ActorMention) => {
    const other = a === roles.actor1 ? roles.actor2 : a === roles.actor2 ? roles.actor1 : null
    if (!other || !salient || !a.template?.startsWith(SALIENT)) return false
    return isGroup(actorOf(other, null)) || (other === roles.actor1 && isGroup(actorOf(other, salient)))
  }
  const resolved = (a: ActorMention | null) => (a ? actorOf(a, salientElsewhere(a) ? null : salient) : null)
  // A state's government and its forces are one side: read as the other ("air strikes on a hospital
  // in the regime's siege", "40 government soldiers dead in a blow to a regime advance"), the state
  // named again is the doer's sponsor or owner, not its target. Its soldiers and its police may fight.
  // A convention may name the doer (a country's air force for an air strike): asked again after it.
  // Only ACLED's events: a verbal act may pass between a state's own bodies (the government orders
  // the army, a ministry answers its government), as PLOVER's coders read it.
  const oneSide = () => tax.acled && roles.actor1 !== null && roles.actor2 !== null && oneState(resolved(roles.actor1), resolved(roles.actor2))
  // A strike from afar (an air strike, a shelling, a bomb) by one party on itself is no event either,
  // nor ground it takes from itself (`NEVER_SELF_TARGET`): the target read is the doer's own description ("the army's air force hit positions of ISIL":
  // whose positions the words do not say; "Ten civilians killed in airstrike by US-led coalition").
  // The doer is kept and the target left to ACLED's conventions (civilians when harm is told).
  // Soldiers may fight soldiers; they do not bomb them.
  const selfStrike = () => {
    if (!tax.acled || !NEVER_SELF_TARGET.has(code) || roles.actor1 === null || roles.actor2 === null) return false
    const [x, y] = [resolved(roles.actor1)!, resolved(roles.actor2)!]
    return x.actorId !== null ? x.actorId === y.actorId : y.actorId === null && x.name === y.name
  }
  if (oneSide() || selfStrike()) roles.actor2 = null
  applyConventions(code, roles, res, { text: doc.article.text, sentence: d.evidence[0]!, head: d.head }, d.harmTold || (d.fatalities ?? 0) > 0)
  if (oneSide() || selfStrike()) roles.actor2 = null
  // Forces told keeping out of a crowd's event in its sentence or the next ("Police refrained from
  // intervening", "withdrew without clashing", « la police n'est pas intervenue »; cue kind
  // `no-intervention`) are no side of it: ACLED names forces as a crowd's other side only when they
  // intervene.
  if (CROWD_CODES.has(code) && roles.actor2?.inter === 1 && keptOut(d, doc, res)) roles.actor2 = null
  // The words that named the party; a role filled by convention (genericActor) has none.
  // A state's government told as a side of a fight, a strike or an attack ("clashes between armed
  // groups and the government", "a government warplane bombed a school") fought through its army:
  // ACLED names its military there, never the government.
  const violent = tax.acled && VIOLENT_TYPES.has(tax.eventType)
  const asActor = (a: ActorMention | null) => (a ? { ...(violent ? armyOf(resolved(a)!) : resolved(a)!), span: a.end > a.start ? { start: a.start, end: a.end } : null } : null)
  return {
    id: `${doc.article.id}-e${index + 1}`,
    eventType: tax.acled ? tax.eventType : NOT_ACLED,
    subEventType: tax.acled ? tax.subEventType : tax.caseLabel,
    plover: { type: d.intended && !d.flags.negated ? intendedType(tax.ploverType) : tax.ploverType, mode: tax.ploverMode, context: tax.ploverContext },
    actor1: asActor(roles.actor1),
    assocActor1: roles.assoc1.map((a) => asActor(a)!),
    actor2: asActor(roles.actor2),
    assocActor2: [],
    date: d.date,
    timePrecision: d.timePrecision,
    dateEnd: d.dateEnd,
    dateSpan: d.dateSpan,
    location: d.place ? atSeat(d.place, doc.article.published) : null,
    otherLocations: d.alsoAt.map((p) => atSeat(p, doc.article.published)),
    geoPrecision: d.geoPrecision,
    fatalities: d.fatalities,
    size: d.size,
    flags: { negated: d.flags.negated, ceased: d.flags.ceased, hypothetical: d.flags.hypothetical, historical: d.historical, reportedBy: d.flags.reportedBy },
    evidence: dedupe(d.evidence),
    confidence: Math.round((d.score / (d.score + 3)) * 1000) / 1000,
  }
}

/** A `no-intervention` cue in the draft's own sentence or the next one of its paragraph. */
function keptOut(d: Draft, doc: Doc, res: EventResources): boolean {
  const own = d.evidence[0]!
  const next = doc.sentences[d.sentence + 1]
  const end = next && next.paragraph === d.paragraph && next.start >= own.end ? next.end : own.end
  return hasCue(res, 'no-intervention', doc.article.text.slice(own.start, end))
}

/** Two sides fighting: harm told with them is the fight's, not a crowd's on people. */
const FIGHTS = new Set(['ARMED_CLASH', 'MOB_CLASH'])

/**
 * The crowd of a riot (a crowd, or no party read yet), which its sentence opens on as its subject
 * (cue kind `crowd-subject`: "Rioters", « Des émeutiers »; not "The riots left 53 dead"), does the
 * words of harm of its candidate told after it and its riot (weight below LIGHT: killed, wounded,
 * beat), neither in the passive nor
 * denied nor in what the crowd rioted about ("rioted in response to an attack which killed 21"), in
 * a sentence that tells no fight.
 */
function crowdHarms(c: Candidate, crowd: ActorMention | null, sentence: { start: number; end: number }, text: string, sentenceMatches: readonly { code: string }[], res: EventResources): boolean {
  if (crowd && !(crowd.inter === 5 || crowd.inter === 6)) return false
  if (sentenceMatches.some((m) => FIGHTS.has(m.code))) return false
  const subject = crowdSubjectEnd(text.slice(sentence.start, sentence.end), res)
  if (subject < 0) return false
  const after = Math.max(sentence.start + subject, c.head.start)
  return c.matches.some((m) => m.code === 'ATTACK_ANY' && m.weight < LIGHT && m.start >= after
    && !hasCue(res, 'passive', text.slice(Math.max(sentence.start, m.start - 30), m.end), '(?:{cue})$')
    && !inGrievance(text.slice(sentence.start, sentence.end), m.start - sentence.start, c.head.end - sentence.start, res)
    // Another subject's harm: a relative clause's ("an attack which killed 21") or the crowd's own ("kill themselves", « se sont tués »).
    && !hasCue(res, 'relative', text.slice(Math.max(sentence.start, m.start - 15), m.start), '(?:{cue})\\s+$')
    && !hasCue(res, 'reflexive', text.slice(m.end, Math.min(sentence.end, m.end + 15)), '^\\s+(?:{cue})')
    && !hasCue(res, 'reflexive', text.slice(Math.max(sentence.start, m.start - 20), m.start), '(?:{cue})\\s*(?:\\S+\\s+)?$')
    && !hasCue(res, 'negation', text.slice(Math.max(sentence.start, m.start - 25), m.start)))
}

/** A description of civilians told as a body (cues.tsv `mob-people`): "residents", not "a resident". */
function mobOfPeople(a: ActorMention, text: string, res: EventResources): boolean {
  return a.generic && a.inter === 7 && hasCue(res, 'mob-people', text.slice(a.start, a.end), '^(?:{cue})$')
}

/** The weight triggers.tsv gives the bare words of harm ("killed", "wounded", « blessés »): the lightest. */
const HARM_WEIGHT = 1

/** Codes of happenings that may leave dead: not a strategic development, a peaceful protest or a verbal act. */
const DEADLY_OTHER: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'ORG_CRIME'])
function canKill(code: string, taxonomy: ReturnType<typeof loadTaxonomy>): boolean {
  const t = taxonomy.get(code)
  if (!t) return true
  return t.acled ? t.eventType !== 'Strategic developments' && code !== 'PEACE_PROTEST' : DEADLY_OTHER.has(code)
}

/**
 * A trigger word inside a longer name the entities stage typed ("Amnesty International", « Forces de
 * soutien rapide »): a name, no happening. A trigger of several words names a body itself ("Security
 * Council", « Nations unies »), and stays. Asked of the codes ACLED does not code (measured on all
 * codes: the "Accord" of the Government of National Accord had typed two notes right by chance).
 * `names` in text order; a name typed by default alone ("Attack Kills" in a title-case headline)
 * does not count.
 */
function insideName(m: { start: number; end: number }, names: readonly { start: number; end: number }[], text: string): boolean {
  if (/\s/u.test(text.slice(m.start, m.end))) return false
  const i = lowerBound(0, names.length, (k) => names[k]!.start <= m.start) - 1
  const name = i >= 0 ? names[i]! : null
  return name !== null && name.end >= m.end && name.end - name.start > m.end - m.start
}

/** An intent cue, then at most three words before the trigger ("would tighten the naval blockade"). */
const INTENT_BEFORE = '(?:{cue})(?=\\s+(?:\\S+\\s+){0,3}$)'

/** A party right before a cue: spaces, at most one lower-case word between ("Portugal will", "the UN now plans to"). */
const RIGHT_AFTER_PARTY = /^\s*(?:\p{Ll}+\s+)?$/u

/**
 * An act its doer announces: an intent cue right before it (cue kind `intent`), whose subject is a
 * party named right before the cue ("Portugal will support", "The United Nations will provide") or
 * the speaker a pronoun takes up ("NATO confirmed on Wednesday it would tighten", « la Syrie a
 * annoncé qu'elle va retirer »). Not a judgement without a doer ("It would mark the deadliest attack").
 */
function announced(head: { start: number }, sentence: { start: number }, text: string, parties: readonly ActorMention[], res: EventResources): boolean {
  const from = Math.max(sentence.start, head.start - 60)
  const before = text.slice(from, head.start)
  const re = cueRegex(res, 'intent', INTENT_BEFORE)
  if (!re) return false
  re.lastIndex = 0
  const m = execFrom(re, before)
  if (!m) return false
  const lead = text.slice(sentence.start, from + m.index)
  if (hasCue(res, 'resumed', lead, '(?:{cue})\\s*$')) return true
  // The parties before the cue in its sentence, asked by position (the mentions are in text order).
  const party = mentionsIn(parties, { start: sentence.start, end: from + m.index }).at(-1)
  return party !== undefined && RIGHT_AFTER_PARTY.test(text.slice(party.end, from + m.index))
}

/** PLOVER types of acts that cooperate or yield (CAMEO 03: announcing one is an intent to cooperate) and of hostile acts (CAMEO 13: announcing one is a threat). */
const COOPERATIVE: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT'])
const HOSTILE: ReadonlySet<string> = new Set(['SANCTION', 'COERCE', 'PROTEST', 'MOBILIZE', 'ASSAULT'])

/** The PLOVER type of an act announced by its doer: AGREE for a cooperative one, THREATEN for a hostile one, else its own. */
function intendedType(type: string): string {
  if (COOPERATIVE.has(type)) return 'AGREE'
  if (HOSTILE.has(type)) return 'THREATEN'
  return type
}

/** ACLED codes of acts between parties that may be states or leaders named as such (taxonomy.tsv): an agreement. */
const PARTIES_NAMED: ReadonlySet<string> = new Set(['AGREEMENT'])

/** At most three lower-case words: auxiliaries, adverbs, a head noun ("have", "foreign ministers", « ont »). */
const SUBJECT_GAP = /^\s*(?:[\p{Ll}\d][\p{L}\d'’-]*\s+){0,3}$/u

/**
 * The party named last before the trigger is its subject, a few lower-case words at most between
 * once dates are set aside ("Jordan and Britain on Tuesday agreed", « le Togo ont signé »): a party
 * further back belongs to another clause ("Moscow did not take steps in the face of breaches in
 * the ceasefire").
 */
function subjectRightBefore(t: { start: number }, inSentence: readonly ActorMention[], text: string, timexes: readonly { start: number; end: number }[]): boolean {
  const subject = [...inSentence].reverse().find((m) => m.end <= t.start)
  if (!subject) return false
  let gap = text.slice(subject.end, t.start)
  for (const x of timexes) if (x.start >= subject.end && x.end <= t.start) gap = gap.slice(0, x.start - subject.end) + ' '.repeat(x.end - x.start) + gap.slice(x.end - subject.end)
  return SUBJECT_GAP.test(gap.replace(/\s+/gu, ' '))
}

/** The code of a claim of responsibility or a blame (taxonomy.tsv). */
const ATTRIBUTION = 'ATTRIB'

/**
 * A crowd's violence is mob violence when the sentence tells harm to a person (ACLED 2019: rioters
 * against civilians or other rioters), a violent demonstration when it hits property or blocks roads.
 */
const PERSON_HARM = new Set(['ATTACK_ANY', 'SEX_VIOL', 'ABDUCT_DISSAP', 'MOB_VIOL'])

/** Crowd happenings whose other side is the forces that met them. */
const MET_CROWDS = new Set(['VIOL_DEMONSTR', 'MOB_ANY', 'PROTEST_WITH_INTER'])
const CROWD_DRAFT = new Set([...PROTEST_DRAFT, 'VIOL_DEMONSTR', 'MOB_VIOL'])
/**
 * The later sentence tells the crowd's day: undated (it goes on from the crowd's sentence) or dated
 * the same. A crowd recalled from months before is still one happening with what met it.
 */
const sameDay = (crowd: Draft, d: Draft) => d.dateSpan === null || d.date === crowd.date

/**
 * A protest told, then force against protesters or state forces harming people within the next two
 * sentences ("People protested in the town. Soldiers later fired on them, killing four."): one
 * happening, which ACLED codes by what the forces did to the crowd. So is the forces' intervention
 * told in the next sentence at the same place ("Residents protested over marginalisation. Police
 * intervened and dispersed the rally."): the protest was one with intervention, and a riot the
 * forces met has them as its other side. Drafts in text order in, out.
 */
function foldLaterForce(drafts: Draft[], res: EventResources): Draft[] {
  // Sentences where state forces are told harming people or using force against protesters.
  const forced = new Set(drafts.filter((o) => o.code === 'FORCE_AGAINST_PROTEST' || ((o.code === 'ATTACK_ANY' || o.code === 'ATTACK') && o.actor1?.inter === 1)).map((o) => o.sentence))
  /** The crowd's happening takes in the words and the span of the later one. */
  const absorb = (crowd: Draft, d: Draft) => {
    crowd.score = Math.max(crowd.score, d.score)
    crowd.lastSentence = Math.max(crowd.lastSentence, d.lastSentence)
    crowd.evidence.push(...d.evidence)
    crowd.rules.push(...d.rules)
  }
  const out: Draft[] = []
  for (const d of drafts) {
    const force = plainDraft(d) && (d.code === 'FORCE_AGAINST_PROTEST'
      || ((d.code === 'ATTACK_ANY' || d.code === 'ATTACK') && d.actor1?.inter === 1 && !armed(d.actor2?.inter ?? null)))
    // Not when the forces' violence is told in that sentence too: that is the happening's (above).
    // So are arrests the state's forces make in the next sentence ("Police made 15 arrests"): the
    // codebook's intervention in a protest includes arrests.
    // An arrest told without who made it ("Several arrests were reported", "15 were arrested") is the
    // police's, as ACLED codes such arrests (applyConventions): an intervention too.
    const unnamedArrest = d.code === 'ARREST' && d.actor1 === null
    const intervention = !force && plainDraft(d) && (((d.code === 'PROTEST_WITH_INTER' || d.code === 'ARREST') && [d.actor1, d.actor2].some((a) => a?.inter === 1)) || unnamedArrest)
      && !forced.has(d.sentence)
    // The latest crowd told: a riot in between means the crowd turned violent, and force against it is the riot's.
    const crowd = force || intervention ? [...out].reverse().find((o) => CROWD_DRAFT.has(o.code) && plainDraft(o) && sameDay(o, d) && d.sentence > o.lastSentence && d.sentence - o.lastSentence <= (force ? 2 : 1)) : undefined
    if (intervention && crowd && crowd.code !== 'MOB_VIOL' && samePlaceOrUnplaced(crowd, d)) {
      if (crowd.code === 'PEACE_PROTEST') crowd.code = 'PROTEST_WITH_INTER'
      // The police of an arrest told without its doer only when the crowd's clause named no forces.
      crowd.actor2 ??= [d.actor1, d.actor2].find((a) => a?.inter === 1) ?? (unnamedArrest && crowd.actor1?.inter !== 1 ? policeActor(res) : null)
      absorb(crowd, d)
      continue
    }
    // A toll told after a riot, of the forces that met it, of the rioters, or of no doer named
    // ("Prisoners rioted. Police responded, killing three.", « La police a riposté, tuant trois
    // détenus »), is the riot's: ACLED codes the dead of a riot on the riot, the forces its other side.
    const riot = riotToll(d) ? [...out].reverse().find((o) => o.code === 'VIOL_DEMONSTR' && plainDraft(o) && o.historical === d.historical && sameDay(o, d)
      && d.sentence > o.lastSentence && d.sentence - o.lastSentence <= 2 && (o.place === null || notPlacedApart(o, d))) : undefined
    if (riot) {
      if (d.actor1 && stateForce(d.actor1) && !(riot.actor2 && stateForce(riot.actor2))) riot.actor2 = d.actor1
      riot.fatalities = riot.fatalities === null ? d.fatalities : Math.max(riot.fatalities, d.fatalities ?? 0)
      riot.harmTold = true
      absorb(riot, d)
      continue
    }
    const protest = force && crowd && PROTEST_DRAFT.has(crowd.code) ? crowd : undefined
    if (!protest) {
      out.push(d)
      continue
    }
    protest.code = 'FORCE_AGAINST_PROTEST'
    const state = [d.actor1, d.actor2].find((a) => a?.inter === 1)
    if (state) protest.actor2 = state
    protest.fatalities = protest.fatalities === null ? d.fatalities : Math.max(protest.fatalities, d.fatalities ?? 0)
    absorb(protest, d)
  }
  return out
}

/**
 * Harm with a count that may be a riot's toll: a killing or a fight whose doer is the forces, the
 * crowd (rioters, protesters) or no one named, and whose target is no armed party.
 */
function riotToll(d: Draft): boolean {
  if (!plainDraft(d) || !d.fatalities || !['ATTACK_ANY', 'ATTACK', 'ARMED_CLASH'].includes(d.code)) return false
  const doer = !d.actor1 || stateForce(d.actor1) || d.actor1.inter === 5 || d.actor1.inter === 6
  return doer && !(d.actor2 && armed(d.actor2.inter) && !(d.actor1?.inter !== 1 && stateForce(d.actor2)))
}

/** The forces, then at most three words, then a word of intervention ("Police quickly dispersed them"). */
const INTERVENE_AFTER = '^\\s*(?:[^\\s.;:!?]+\\s+){0,3}?(?:{cue})'
/** A word of intervention, then "by" and at most one word before the forces ("were met by police forces"). */
const INTERVENE_BEFORE = '(?:{cue})\\s+(?:{agent})\\s+(?:\\S+\\s+)?$'

/**
 * The state's forces told intervening in a crowd's happening, in its sentence or the next, in words
 * that need not name the crowd ("Police intervened to disperse them", "were met by police forces",
 * « La police est intervenue pour les disperser »; cue kind `intervene`, after the forces or before
 * the "by" that names them): they are its other side, and a peaceful protest so met is one with
 * intervention, as ACLED codes it. Not forces named as what the crowd protests ("against police
 * brutality"), nor a next sentence that tells another crowd. Drafts in text order in, out.
 */
function foldIntervention(drafts: Draft[], text: string, sentences: readonly Span[], mentions: readonly ActorMention[], res: EventResources): Draft[] {
  if (!res.cues.intervene) return drafts
  const before = INTERVENE_BEFORE.replace('{agent}', () => res.cues.agent ?? '(?!)')
  const crowdAt = new Set(drafts.filter((o) => CROWD_DRAFT.has(o.code)).map((o) => o.sentence))
  const intervening = (s: Span) => mentionsIn(mentions, s).find((m) => {
    if (m.inter !== 1 || institution(m) || afterGrievance(text.slice(s.start, s.end), m.start - s.start, res)) return false
    return hasCue(res, 'intervene', text.slice(m.end, Math.min(s.end, m.end + 40)), INTERVENE_AFTER) || hasCue(res, 'intervene', text.slice(Math.max(s.start, m.start - 40), m.start), before)
  })
  for (const d of drafts) {
    if (!CROWD_CODES.has(d.code) || !plainDraft(d) || (d.actor2?.inter === 1 && !institution(d.actor2))) continue
    for (let k = d.sentence; k <= d.lastSentence + 1 && k < sentences.length; k++) {
      if (k > d.lastSentence && crowdAt.has(k)) break
      const forces = intervening(sentences[k]!)
      if (!forces) continue
      d.actor2 = forces
      if (d.code === 'PEACE_PROTEST') d.code = 'PROTEST_WITH_INTER'
      if (k > d.lastSentence) {
        d.lastSentence = k
        d.evidence.push({ start: sentences[k]!.start, end: sentences[k]!.end })
      }
      break
    }
  }
  return drafts
}

/** A named organisation that is not an armed group, a state or an external force (a party, a union). */
function civilOrganisation(a: ActorMention, organisations: ReadonlySet<string>): boolean {
  // State (1) and external forces (8: the UN, the African Union) are armed whatever their mention kind.
  return !a.generic && a.inter !== 1 && a.inter !== 8 && organisations.has(`${a.start}:${a.end}`)
}

/**
 * Headline style ("Two police killed in an ambush", « trois soldats tués dans une embuscade »): a
 * participle right after the subject, then a preposition or the clause's end, is a passive without
 * its auxiliary, so the subject is the target, not the doer.
 */
function reducedPassive(subject: ActorMention, head: { start: number; end: number }, sentence: { end: number }, text: string, res: EventResources): boolean {
  if (subject.end > head.start) return false
  const re = cueRegex(res, 'reduced')
  if (!re) return false
  const after = text.slice(subject.end, Math.min(sentence.end, Math.max(head.end, subject.end) + 40))
  re.lastIndex = 0
  const m = re.exec(after)
  // The party's head noun may follow its name ("Military officer killed in…", « un officier
  // militaire tué »): a lower-case word or two, not a clause opener nor a list's joint (cue kinds).
  // A title-case headline capitalises those words with the participle ("175 Nusra Terrorists Killed").
  const lead = m ? after.slice(0, m.index) : ''
  const word = m !== null && STARTS_UPPER.test(m[0]) ? UP_TO_TWO_CAPITALISED : UP_TO_TWO_LOWER
  return m !== null && word.test(lead) && !hasCue(res, 'list', lead) && !hasCue(res, 'clause', lead) && subject.end + m.index <= head.end
}

/**
 * The armed party of the other camp (state and foreign forces against the rest) named in sentence
 * `at`, else in the next sentence of its paragraph, and not told as a side's backer: the side that
 * held or took the ground a territory event tells with its taker only.
 */
function groundOther(actor1: ActorMention, at: number, sentences: readonly { start: number; end: number; paragraph: number }[], mentions: readonly ActorMention[], allies: readonly ActorMention[], text: string, res: EventResources): ActorMention | null {
  const backing = (m: ActorMention, s: { start: number }) => hasCue(res, 'backer', text.slice(Math.max(s.start, m.start - 60), m.start), '(?:{cue})\\s+(?:\\S+\\s+){0,3}$')
  for (const i of [at, at + 1]) {
    const s = sentences[i]
    if (!s || s.paragraph !== sentences[at]!.paragraph) continue
    const found = mentionsIn(mentions, s).find((m) => m !== actor1 && !allies.includes(m) && armed(m.inter) && stateSide(m.inter) !== stateSide(actor1.inter) && !backing(m, s))
    if (found) return found
  }
  return null
}

/**
 * An attack whose clause names no target: another armed party told in the same sentence is the
 * other side ("soldiers killed two militants"), which makes it a fight, not violence against civilians.
 */
function armedCounterpart(actor1: ActorMention | null, mentions: readonly ActorMention[], sentence: { start: number; end: number }): ActorMention | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end)
  // Civilians named in the sentence are the target; two non-state mentions may be one group told twice.
  if (!actor1 || inSentence.some((m) => m.inter === 7)) return null
  return otherSide(actor1, inSentence)
}

/**
 * A state's force told by its role alone or by a description ("police", "security forces") in an
 * area a regional administration governs is that administration's, as ACLED names it ("Police
 * Forces of Somaliland" in Hargeisa, `regionalForce`); a force named as the country's ("Somali
 * police", "the SNA") stays the country's.
 */
const STATE_ROLES = ['military', 'police']

function regional(actor: NonNullable<Event['actor1']>, a: ActorMention, country: string | null, admin1: string | null): NonNullable<Event['actor1']> {
  if (a.written || !(a.role || a.generic) || !admin1) return actor
  // A description named from a template ("positions" of groups.tsv: "Military Forces of {country}") has no id of its own.
  const id = actor.actorId ?? STATE_ROLES.map((r) => stateActorId(r, country)).find((x) => x !== null && getActorIndex().actors.get(x)?.name === actor.name)
  const force = id ? regionalForce(id, admin1) : null
  return force ? { name: force.name, actorId: force.id, inter: force.inter } : actor
}

/**
 * The document without the places that are no scene, so that no event is placed there and none
 * votes for the text's country:
 * - a place told as where a statement was made, between its reporting verb and what was said
 *   ("George Sabra said in Turkey the attack had killed 1,300", « a déclaré à Istanbul que »): the
 *   speaker's place. A place the statement's content names stays. The words between are few ("said
 *   on Monday in Jordan that", "told reporters in Geneva"); more tell that the content was read to
 *   start too late.
 * - the land across a border ("clashes near the border with Ghana", « près de la frontière avec le
 *   Niger », cues.tsv `across`): what the text tells happens on this side.
 * - a place named only inside an armed group's own name ("the Islamic State of Iraq and the
 *   Levant", « l'Etat islamique en Irak et au Levant »): the name tells the group's aim or origin
 *   (`PARTY_NAME_KINDS`).
 */
function withoutNoScenePlaces(doc: Doc): Doc {
  const text = doc.article.text
  const res = loadEventResources(doc.article.language)
  const across = doc.places.filter((p) => hasCue(res, 'across', text.slice(Math.max(0, p.start - ACROSS_REACH), p.start), ACROSS_END))
  const frames = doc.statements.filter((s) => s.cue !== null && s.cue.end <= s.content.start && words(text.slice(s.cue.end, s.content.start)) <= FRAME_WORDS).map((s) => ({ start: s.cue!.end, end: s.content.start }))
  const names = doc.mentions.filter((m) => m.form === 'name' && m.actorId && PARTY_NAME_KINDS.has(m.kind))
  if (frames.length === 0 && names.length === 0 && across.length === 0) return doc
  const inFrame = spanIndex(frames)
  const inName = spanIndex(names)
  const nameAt = new Set(names.map((m) => `${m.start}:${m.end}`))
  const acrossSet = new Set(across)
  const places = doc.places.filter((p) => !acrossSet.has(p) && !inFrame.contains(p.start, p.end) && (!inName.contains(p.start, p.end) || nameAt.has(`${p.start}:${p.end}`)))
  return places.length === doc.places.length ? doc : { ...doc, places }
}

/** How far before a place the words that put it across a border (cues.tsv `across`) may start; they end right before it. */
const ACROSS_REACH = 40
const ACROSS_END = '(?:{cue})$'

const FRAME_WORDS = 6
const words = (s: string) => s.split(/\s+/u).filter(Boolean).length

/**
 * Kinds of mention whose name tells no scene: an armed group's. A state's force or body named by
 * its place ("Puntland forces") and an organisation at its seat ("the University of Goma", where
 * ACLED places what happens on its campus) keep their place.
 */
const PARTY_NAME_KINDS = new Set(['armed_group'])

/**
 * Happenings whose other side is never their doer: violence from afar (`REMOTE`), ground taken or
 * handed over, weapons seized, bases set up, a group's changed activity. (Soldiers may fight, attack
 * or arrest soldiers, and crowds crowds.)
 */
const NEVER_SELF_TARGET: ReadonlySet<string> = new Set([...REMOTE,
  'GOV_REGAINS_TERIT', 'RECAPTURE', 'NON_STATE_ACTOR_OVERTAKES_TER', 'TERRITORY', 'NON_VIOL_TERRIT_TRANSFER', 'DISR_WEAP', 'HQ_ESTABLISHED', 'CHANGE_TO_GROUP_ACT', 'CEASED'])

/** ACLED's event types of violence between parties: battles, violence from afar, violence against civilians. */
const VIOLENT_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians'])

/** A state's government (KB role `government`) as its military, the actor ACLED names for its violence; any other actor as is. */
function armyOf(a: NonNullable<Event['actor1']>): NonNullable<Event['actor1']> {
  const actors = getActorIndex().actors
  const x = a.actorId ? actors.get(baseActorId(a.actorId)) : undefined
  if (x?.role !== 'government' || !x.country) return a
  const army = militaryOf(x.country)
  return army ? { name: army.name, actorId: army.id, inter: army.inter } : a
}

/** A state's government and one of its bodies, or the government twice: one party, never two sides. */
function oneState(a: Event['actor1'], b: Event['actor1']): boolean {
  const actors = getActorIndex().actors
  const x = a?.actorId ? actors.get(baseActorId(a.actorId)) : undefined
  const y = b?.actorId ? actors.get(baseActorId(b.actorId)) : undefined
  if (!x?.role || !y?.role || !x.country || x.country !== y.country) return false
  return x.role === 'government' || y.role === 'government'
}

/** A named actor as is; a description through the actor KB ("soldiers" in Nigeria → Military Forces of Nigeria). */
function eventActor(doc: Doc, a: ActorMention, salient: ActorMention | null, countryCode: string | null, res: EventResources, acled: boolean, unplaced = false): NonNullable<Event['actor1']> {
  // A force told by its role alone ("the police", "soldiers") in an event placed nowhere is the
  // country's the whole text votes for (`focusCountry`: its places, named actors, nationalities and
  // peoples): the entities stage gave it the country it guessed from names before the places were
  // judged, and a name the places stage refused as no place ("Nur faction") may have cast it. An
  // event placed somewhere takes its place's country unless the text votes more for the guess, or
  // as much with a named actor behind it: its place may be a namesake abroad the text's actors
  // outvote ("SPLA/M-IO clashed with the military in Lanyi"; `roleCountry`).
  const guessed = a.role && countryCode && !a.written && !unplaced && a.actorId ? getActorIndex().actors.get(a.actorId)?.country ?? null : null
  const serves = a.role && countryCode && !a.written ? (unplaced ? countryCode : roleCountry(doc, guessed, countryCode)) : null
  const ofEvent = serves && (unplaced || serves !== guessed) ? getActorIndex().actors.get(stateActorId(a.role!, serves) ?? '') : undefined
  if (ofEvent) return { name: ofEvent.name, actorId: ofEvent.id, inter: ofEvent.inter }
  if (!a.generic) {
    // Peacekeepers told by no mission's name, in a country where a mission of theirs serves: that mission.
    const mission = a.actorId && acled ? peaceMission(a.actorId, countryCode) : null
    if (mission) return { name: mission.name, actorId: mission.id, inter: mission.inter }
    // A name kept as written (« président syrien ») is a verbal act's: ACLED's events take the actor's own.
    const written = a.written === true && !acled
    const own = a.written && acled && a.actorId ? getActorIndex().actors.get(a.actorId) : undefined
    return countryScoped(a, countryCode, written) ?? { name: own ? own.name : a.name, actorId: a.actorId, inter: a.inter }
  }
  if (a.template?.startsWith(SALIENT) && salient && standsFor(a, salient, countryCode, res)) return { name: salient.name, actorId: salient.actorId, inter: salient.inter }
  // A description with its own nationality ("a Kenyan convoy") is that country's force; abroad,
  // in a country where a peace mission it serves in operates, the mission's contingent. A
  // description the KB does not know ("people", "positions") is the actor of the name it makes with
  // its country ("Civilians (Syria)"), so it carries that actor's id and name as any other report.
  const own = a.country ?? countryCode
  const country = own ? getActorIndex().countryName.get(own) ?? own : null
  const hit = resolveDescription(a.name, res.lang, own) ?? (country ? resolveDescription(actorName(a, country, null), res.lang, own) : null)
  if (hit) {
    const actor = toActor(hit.entry, hit.country ?? own)
    const mission = a.country && a.country !== countryCode ? missionActor(actor.id, countryCode) : null
    return mission ? { name: mission.name, actorId: mission.id, inter: mission.inter } : { name: actor.name, actorId: actor.id, inter: actor.inter }
  }
  return { name: actorName(a, country, null), actorId: null, inter: a.inter }
}

/**
 * Whether the article's main armed group may be what a description names: a description of a kind
 * the actor KB tags (rebels, jihadists) names a group of that kind or a group at home in the event's
 * country. « Les insurgés » of a Libyan article are not Al-Qaeda, which one sentence names (a
 * jihadist group with no home country); "insurgents" in Nigeria may be Boko Haram, at home there.
 * A description the KB does not tag ("fighters", « combattants ») names the main group as before.
 */
function standsFor(a: ActorMention, group: ActorMention, countryCode: string | null, res: EventResources): boolean {
  const actors = getActorIndex().actors
  const own = (a.actorId ? actors.get(baseActorId(a.actorId)) : undefined) ?? resolveDescription(a.name, res.lang, a.country ?? countryCode)?.entry
  const kinds = own?.tags ?? []
  if (kinds.length === 0) return true
  const entry = group.actorId ? actors.get(baseActorId(group.actorId)) : undefined
  if (!entry) return true
  return entry.tags.some((t) => kinds.includes(t)) || (entry.country !== null && entry.country === countryCode)
}

/**
 * `resolveActorName` for descriptions, remembered: the same few words ("soldiers", « les rebelles »)
 * in the same country come back in article after article, and the actor KB does not change.
 * Bounded; emptied when full.
 */
const descriptions = new Map<string, ResolvedActor | null>()
const MAX_DESCRIPTIONS = 4096

function resolveDescription(name: string, lang: string, countryCode: string | null): ResolvedActor | null {
  const key = `${lang}\0${countryCode ?? ''}\0${name}`
  let hit = descriptions.get(key)
  if (hit === undefined) {
    hit = resolveActorName(name, lang, countryCode)
    if (descriptions.size >= MAX_DESCRIPTIONS) descriptions.clear()
    descriptions.set(key, hit)
  }
  return hit
}

/**
 * A named mention of a country-scoped actor ("Murle raiders": Murle Ethnic Militia) takes the
 * event's country, as ACLED names it; the entities stage could only give it the article's.
 */
function countryScoped(a: ActorMention, eventCountry: string | null, written: boolean): Event['actor1'] | null {
  if (!a.actorId) return null
  // A people's or clan's militia is of the country it lives in: the event's when it is one of its
  // countries, its only one otherwise ("Dinka youths" in a note a namesake abroad placed in Russia).
  const homes = identityHomes(a.actorId)
  const countryCode = homes && (!eventCountry || !homes.includes(eventCountry)) ? (homes.length === 1 ? homes[0]! : eventCountry) : eventCountry
  if (!countryCode) return null
  const entry = getActorIndex().actors.get(baseActorId(a.actorId))
  if (entry?.countryScoped) {
    // A party of its own nationality (« les rebelles libyens » in Algiers) keeps it.
    const actor = toActor(entry, a.country ?? countryCode)
    return { name: written ? a.name : actor.name, actorId: actor.id, inter: actor.inter }
  }
  // An actor made for the text (a sub-clan's militia), scoped when the entities stage scoped it,
  // or when its clan says its country: the entities stage scopes it only with a country of its own
  // guess, and a note that names no place has none ("Gunmen hailing from Habar-Gidir/Sa'ad").
  const scoped = /^(.*)@[A-Z]{2}$/.exec(a.actorId)
  if (!scoped && !homes) return null
  const country = getActorIndex().countryName.get(countryCode) ?? countryCode
  return { name: `${a.name.replace(/ \([^)]*\)$/, '')} (${country})`, actorId: `${scoped ? scoped[1] : a.actorId}@${countryCode}`, inter: a.inter }
}

/** The named non-state armed actor mentioned most often: what "the jihadists" most likely means. */
function salientArmedGroup(mentions: readonly ActorMention[]): ActorMention | null {
  const counts = new Map<string, { n: number; m: ActorMention }>()
  for (const m of mentions) {
    if (m.generic || m.inter === null || m.inter < 2 || m.inter > 3) continue
    const c = counts.get(m.name)
    if (c) c.n++
    else counts.set(m.name, { n: 1, m })
  }
  let best: { n: number; m: ActorMention } | null = null
  for (const c of counts.values()) if (!best || c.n > best.n) best = c
  return best?.m ?? null
}

function dedupe(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const seen = new Set<string>()
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
