/**
 * The `fakes` set of the `events` task: the 804 English FA-KES articles (Syrian war news) through
 * the default pipeline, as the bench and users feed them (title, text, the published date as the
 * document's date), against the crowd's SILVER facts of each article: one governorate, one
 * perpetrator class, one cause of death and the dead (`FakesSilver`). A measure, not a bar: one
 * fact per article, told by a crowd, at the governorate's level (docs/quality.md, "FA-KES silver").
 *
 * The article's event (`fakesEvent`): among its events of lethal force (`LETHAL`) not told as
 * negated, hypothetical, historical or ceased, the first told (by its first evidence; ties: the
 * most confident), since news leads with its happening. The "any" variants ask every such event,
 * and the dead are also read from the one that tells the most (`largestEvent`), so that neither
 * the choice of the event nor the events found hide the other.
 */
import type { Analysis, Event } from '../../src/doc/schema.js'
import { loadActorEntries } from '../../src/kb/actors/load.js'
import { baseActorId } from '../../src/kb/actors/normalize.js'
import { foldName, loadGazetteer, looseKey, type GazetteerEntry } from '../../src/kb/gazetteer/index.js'
import { lookupCountry } from '../../src/annotators/places/api.js'
import { getDefaultPipeline } from '../../src/pipeline/default.js'
import { FAKES_ACTORS, FAKES_CAUSES, loadFakes, type FakesActor, type FakesCause } from '../loaders/news-fakes.js'
import { markdownTable } from '../table.js'
import type { Metrics, TaskOptions } from '../task.js'

// ---------------------------------------------------------------------------------------------
// The article's event

/** The event types and sub-types of lethal force: what the silver's dead come from. */
const LETHAL_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians'])
const LETHAL_SUBTYPES = new Set(['Excessive force against protesters', 'Mob violence'])

export function isLethal(e: Pick<Event, 'eventType' | 'subEventType' | 'flags'>): boolean {
  const f = e.flags
  if (f.negated || f.hypothetical || f.historical || f.ceased) return false
  return LETHAL_TYPES.has(e.eventType) || LETHAL_SUBTYPES.has(e.subEventType)
}

const firstAt = (e: Pick<Event, 'evidence'>) => Math.min(...e.evidence.map((s) => s.start))

/** The article's event: its first lethal event told (ties: the most confident), or null. */
export function fakesEvent(events: readonly Event[]): Event | null {
  let best: Event | null = null
  for (const e of events) {
    if (!isLethal(e)) continue
    if (!best || firstAt(e) < firstAt(best) || (firstAt(e) === firstAt(best) && e.confidence > best.confidence)) best = e
  }
  return best
}

/** The lethal event that tells the most dead (ties: the first told), or null when none tells any. */
export function largestEvent(events: readonly Event[]): Event | null {
  let best: Event | null = null
  for (const e of events) {
    if (!isLethal(e) || !e.fatalities) continue
    if (!best || e.fatalities > best.fatalities! || (e.fatalities === best.fatalities && firstAt(e) < firstAt(best))) best = e
  }
  return best
}

// ---------------------------------------------------------------------------------------------
// Governorate

/**
 * The first-level areas a silver governorate names, as `CC.code` keys. The name is read by the
 * gazetteer (exact, then another transliteration, then vowels written otherwise: "deir ezzor",
 * "hasakeh", "lattakia") among Syria's features: the area of that name, else the area of the town
 * of that name (every Syrian governorate is named after its seat). The silver has no class for Rif
 * Dimashq, so its "damascus" is Damascus and the countryside around it (Douma, Eastern Ghouta).
 */
export function silverAreas(name: string): Set<string> {
  const gaz = loadGazetteer()
  const key = foldName(name)
  const readings: (() => GazetteerEntry[])[] = [() => gaz.lookup(key), () => gaz.lookupLoose(key), () => gaz.lookupVowels(looseKey(key))]
  const out = new Set<string>()
  for (const read of readings) {
    const sy = read().filter((e) => e.countryCode === 'SY' && e.admin1Code)
    const area = sy.find((e) => e.kind === 'admin1') ?? sy.find((e) => e.kind === 'city')
    if (area) {
      out.add(`SY.${area.admin1Code}`)
      break
    }
  }
  const rif = gaz.lookup(foldName('Rif Dimashq')).find((e) => e.kind === 'admin1' && e.countryCode === 'SY')
  if (out.has('SY.13') && rif) out.add(`SY.${rif.admin1Code}`)
  return out
}

const areasCache = new Map<string, Set<string>>()
function areasOf(name: string): Set<string> {
  let s = areasCache.get(name)
  if (!s) areasCache.set(name, (s = silverAreas(name)))
  return s
}

/**
 * The first-level area an event's place tells (`CC.code`), or null. An event placed only by its
 * country's name is put at the capital, as ACLED codes it ("Syria" → Damascus, at precision 3):
 * that tells no governorate, so it is no answer for Damascus.
 */
export function toldArea(loc: Event['location']): string | null {
  if (!loc?.countryCode || !loc.admin1Code) return null
  if (loc.geoPrecision === 3 && lookupCountry(loc.text)?.countryCode === loc.countryCode) return null
  return `${loc.countryCode}.${loc.admin1Code}`
}

/** Whether an event's place lies in the silver governorate. */
export function inGovernorate(loc: Event['location'], governorate: string): boolean {
  const area = toldArea(loc)
  return area !== null && areasOf(governorate).has(area)
}

// ---------------------------------------------------------------------------------------------
// Perpetrator

export type PerpetratorClass = FakesActor | 'other'

/** KB actors (and their KB descendants) → class. */
const FAMILY: Record<string, FakesActor> = {
  'military-sy': 'syrian government or russian troops',
  'police-sy': 'syrian government or russian troops',
  'government-sy': 'syrian government or russian troops',
  'military-ru': 'syrian government or russian troops',
  'government-ru': 'syrian government or russian troops',
  'islamic-state': 'the organization of the islamic state in iraq and the levant - isis',
  'us-led-coalition': 'international coalition forces',
  'sdf': 'self administration forces',
  'jabhat-al-nusra': 'al-nusra front',
  'hayat-tahrir-al-sham': 'al-nusra front',
  // Al Qaeda's branch in Syria was the Nusra Front; Syrian war news names it by its parent.
  'al-qaeda': 'al-nusra front',
}

/**
 * The states whose air forces struck in Syria under the US-led coalition (Operation Inherent
 * Resolve): their state forces are the coalition's. Turkey, a member that fought its own ground
 * operations in Syria, is not among them.
 */
const COALITION_STATES = new Set(['US', 'GB', 'FR', 'AU', 'CA', 'NL', 'DK', 'BE', 'JO', 'SA', 'AE', 'BH'])

/** Generic actors scoped to a country (`id@CC`): unidentified armed men are the silver's "unknown". */
const GENERIC: Record<string, PerpetratorClass> = {
  'unidentified-armed-group': 'unknown',
  'militia': 'unknown',
  'rebels': 'armed opposition groups',
  'jihadists': 'armed opposition groups',
  'kurd-militia': 'self administration forces',
}

/**
 * The silver class of an event's doer, from its KB id: no doer or unidentified armed men are
 * "unknown"; Syrian and Russian state forces the government; the Islamic State and its branches
 * ISIS; the coalition and its air forces the coalition; the SDF and its units (YPG, YPJ) and
 * Kurdish forces the self administration; Nusra, HTS and Al Qaeda Nusra; Syrian rebel groups
 * (non-state armed groups of Syria with ACLED's rebel code, 2) and rebels the armed opposition;
 * anyone else (Turkey's army, Hezbollah, protesters, a name with no KB id) is "other", which
 * the silver never is.
 */
export function perpetratorClass(actor: Pick<NonNullable<Event['actor1']>, 'actorId' | 'inter'> | null): PerpetratorClass {
  if (!actor?.actorId) return actor ? 'other' : 'unknown'
  const id = actor.actorId
  const base = baseActorId(id)
  const scope = id.length > base.length ? id.slice(base.length + 1) : null
  if (scope) {
    const g = GENERIC[base]
    if (g === 'unknown' || (g && scope === 'SY')) return g
    return 'other'
  }
  const kb = loadActorEntries()
  for (let e = kb.get(base), hops = 0; e && hops < 8; e = e.parent ? kb.get(e.parent) : undefined, hops++) {
    const c = FAMILY[e.id]
    if (c) return c
  }
  const entry = kb.get(base)
  if (!entry) return 'other'
  if (entry.role && entry.country && COALITION_STATES.has(entry.country)) return 'international coalition forces'
  if (entry.country === 'SY' && entry.kind === 'armed_group' && (actor.inter ?? entry.inter) === 2) return 'armed opposition groups'
  return 'other'
}

// ---------------------------------------------------------------------------------------------
// Cause of death

/**
 * ACLED sub-event type → silver cause. Strikes from afar (air, drone, artillery, missiles) are
 * the silver's shelling; explosives set or carried (IED, suicide bomb, grenade) its explosion;
 * fights and attacks on people its shooting. ACLED has no sub-type for an execution (it is an
 * "Attack" on civilians, like a shooting), so `execution` is never predicted; the reading in
 * docs/quality.md counts what that costs. An event of any other sub-type tells no cause.
 */
const CAUSE: Record<string, FakesCause> = {
  'Air/drone strike': 'shelling',
  'Shelling/artillery/missile attack': 'shelling',
  'Remote explosive/landmine/IED': 'explosion',
  'Suicide bomb': 'explosion',
  'Grenade': 'explosion',
  'Chemical weapon': 'chemical and toxic gases',
  'Armed clash': 'shooting',
  'Government regains territory': 'shooting',
  'Non-state actor overtakes territory': 'shooting',
  'Attack': 'shooting',
  'Excessive force against protesters': 'shooting',
}

/** The cause an event tells; no event, or one whose sub-type names none, tells "unknown". */
export function causeOf(e: Pick<Event, 'subEventType'> | null): FakesCause {
  return (e && CAUSE[e.subEventType]) ?? 'unknown'
}

// ---------------------------------------------------------------------------------------------
// The dead

/** Within ±10 % of the silver's dead (the silver > 0). */
export function within10(got: number | null | undefined, gold: number): boolean {
  return got !== null && got !== undefined && Math.abs(got - gold) <= 0.1 * gold
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Tally { n: number; ok: number }
const tally = (): Tally => ({ n: 0, ok: 0 })
const add = (t: Tally, ok: boolean) => { t.n++; if (ok) t.ok++ }
const rate = (t: Tally) => (t.n ? t.ok / t.n : 0)

type Confusion = Map<string, Map<string, number>>
function confuse(c: Confusion, gold: string, got: string): void {
  const row = c.get(gold) ?? new Map<string, number>()
  c.set(gold, row)
  row.set(got, (row.get(got) ?? 0) + 1)
}

const SHORT: Record<string, string> = {
  'syrian government or russian troops': 'government',
  'the organization of the islamic state in iraq and the levant - isis': 'isis',
  'international coalition forces': 'coalition',
  'armed opposition groups': 'opposition',
  'self administration forces': 'self-admin',
  'al-nusra front': 'nusra',
  'chemical and toxic gases': 'chemical',
}

/** A confusion table: a row per silver class, a column per predicted class. */
export function confusionTable(c: Confusion, classes: readonly string[]): string {
  const cols = [...classes, 'other'].filter((k) => [...c.values()].some((r) => r.has(k)))
  const short = (k: string) => SHORT[k] ?? k
  const rows = classes.filter((k) => c.has(k)).map((k) => [short(k), ...cols.map((g) => c.get(k)!.get(g) ?? 0)])
  return markdownTable(['silver \\ ours', ...cols.map(short)], rows)
}

export interface FakesScored {
  governorate: boolean
  governorateAny: boolean
  perpetrator: PerpetratorClass
  perpetratorAny: boolean
  cause: FakesCause
  causeAny: boolean
}

/** Scores one article's events against its silver (the dead apart: see `scoreFakes`). */
export function scoreArticle(a: Pick<Analysis, 'events'>, silver: { location: string; actor: FakesActor; cause: FakesCause }): FakesScored {
  const lethal = a.events.filter(isLethal)
  const e = fakesEvent(a.events)
  const perpetrator = perpetratorClass(e?.actor1 ?? null)
  const cause = causeOf(e)
  return {
    governorate: inGovernorate(e?.location ?? null, silver.location),
    governorateAny: lethal.some((x) => inGovernorate(x.location, silver.location) || (x.otherLocations ?? []).some((p) => inGovernorate(p, silver.location))),
    perpetrator,
    perpetratorAny: silver.actor === 'unknown' && lethal.length === 0 ? true : lethal.some((x) => perpetratorClass(x.actor1) === silver.actor),
    cause,
    causeAny: silver.cause === 'unknown' && lethal.length === 0 ? true : lethal.some((x) => causeOf(x) === silver.cause),
  }
}

export async function scoreFakes(opts: TaskOptions): Promise<Metrics> {
  const pipeline = getDefaultPipeline()
  const articles = loadFakes(opts.limit)
  const gov = tally(), govAny = tally(), perp = tally(), perpAny = tally(), perpKnown = tally(), cause = tally(), causeAny = tally()
  const killed = tally(), killed10 = tally(), largest = tally(), largest10 = tally()
  let withEvent = 0, govPredicted = 0, perpPredicted = 0, causePredicted = 0, killedPredicted = 0, largestPredicted = 0
  const perpConfusion: Confusion = new Map(), causeConfusion: Confusion = new Map()
  for (const art of articles) {
    const a = pipeline.analyze({ input: `fakes:${art.id}`, text: art.text, title: art.title, published: art.published })
    const s = art.silver
    const e = fakesEvent(a.events)
    if (e) withEvent++
    const r = scoreArticle(a, s)
    if (toldArea(e?.location ?? null)) govPredicted++
    add(gov, r.governorate)
    add(govAny, r.governorateAny)
    if (r.perpetrator !== 'unknown') perpPredicted++
    add(perp, r.perpetrator === s.actor)
    if (s.actor !== 'unknown') add(perpKnown, r.perpetrator === s.actor)
    add(perpAny, r.perpetratorAny)
    confuse(perpConfusion, s.actor, r.perpetrator)
    if (r.cause !== 'unknown') causePredicted++
    add(cause, r.cause === s.cause)
    add(causeAny, r.causeAny)
    confuse(causeConfusion, s.cause, r.cause)
    if (s.killed > 0) {
      const big = largestEvent(a.events)
      if (e?.fatalities) killedPredicted++
      if (big) largestPredicted++
      add(killed, (e?.fatalities ?? 0) === s.killed)
      add(killed10, within10(e?.fatalities, s.killed))
      add(largest, (big?.fatalities ?? 0) === s.killed)
      add(largest10, within10(big?.fatalities, s.killed))
    }
  }
  if (opts.verbose) {
    console.error(`FA-KES perpetrator (the article's event's actor 1), ${articles.length} articles:\n\n${confusionTable(perpConfusion, FAKES_ACTORS)}\n`)
    console.error(`FA-KES cause of death (the article's event's sub-event type), ${articles.length} articles:\n\n${confusionTable(causeConfusion, FAKES_CAUSES)}\n`)
  }
  return {
    articles: articles.length, with_event: withEvent,
    gov_acc: rate(gov), gov_predicted: govPredicted, gov_matched: gov.ok, gov_any_acc: rate(govAny), gov_any_matched: govAny.ok,
    perp_acc: rate(perp), perp_predicted: perpPredicted, perp_matched: perp.ok,
    perp_named_gold: perpKnown.n, perp_named_acc: rate(perpKnown), perp_named_matched: perpKnown.ok,
    perp_any_acc: rate(perpAny), perp_any_matched: perpAny.ok,
    cause_acc: rate(cause), cause_predicted: causePredicted, cause_matched: cause.ok, cause_any_acc: rate(causeAny), cause_any_matched: causeAny.ok,
    killed_gold: killed.n, killed_predicted: killedPredicted,
    killed_exact: rate(killed), killed_exact_matched: killed.ok, killed_10pct: rate(killed10), killed_10pct_matched: killed10.ok,
    largest_predicted: largestPredicted,
    largest_exact: rate(largest), largest_exact_matched: largest.ok, largest_10pct: rate(largest10), largest_10pct_matched: largest10.ok,
  }
}
