/**
 * The `acled` set of the `events` task: ACLED 2016 coder notes through the default pipeline. The
 * notes have no publication date; every note gets the collection's date (2016-05-28, from the
 * file name), never its own gold date. Our current-taxonomy output is mapped down to the pre-2019
 * types (see docs/quality.md); the note's event is its most confident ACLED event. An event told
 * over a span of days or at several places is coded as one row per day and place (as our ACLED
 * export writes it and as ACLED codes it: `acledCells`); a gold row is compared with our row of its
 * place (within 25 km) and day when there is one, else of its place, else of its day, else with the
 * first (date, place and fatalities; the other columns are the same on every row).
 */
import type { Analysis, Event } from '../../src/doc/schema.js'
import { distanceKm } from '../../src/doc/geo.js'
import { NOT_ACLED } from '../../src/annotators/events/index.js'
import { acledCells, type AcledCell } from '../../src/export/acled-row.js'
import { hintCountry } from '../../src/store/countries.js'
import { resolveActorName, toActor } from '../../src/kb/actors/resolve.js'
import { getDefaultPipeline } from '../../src/pipeline/default.js'
import { lookupCountry } from '../../src/annotators/places/api.js'
import { lookupName } from '../../src/kb/gazetteer/index.js'
import { loadAcled, type AcledNote } from '../loaders/acled.js'
import type { Metrics, TaskOptions } from '../task.js'

export const ACLED_COLLECTION_DATE = '2016-05-28'

/** Current ACLED type/sub-type → the pre-2019 event type (the README's mapping, two refinements below). */
const armed = (inter: number | null | undefined) => inter !== null && inter !== undefined && ((inter >= 1 && inter <= 4) || inter === 8)

export function oldEventType(e: Pick<Event, 'eventType' | 'subEventType' | 'actor2'>): string {
  switch (e.eventType) {
    case 'Battles':
      if (e.subEventType === 'Government regains territory') return 'Battle-Government regains territory'
      if (e.subEventType === 'Non-state actor overtakes territory') return 'Battle-Non-state actor overtakes territory'
      return 'Battle-No change of territory'
    // Hand-delivered explosives (grenades, suicide bombers) were coded by their target before 2019:
    // against forces a battle, against anyone else violence against civilians.
    case 'Explosions/Remote violence':
      if (e.subEventType === 'Grenade' || e.subEventType === 'Suicide bomb') return armed(e.actor2?.inter) ? 'Battle-No change of territory' : 'Violence against civilians'
      return 'Remote violence'
    // Before 2019 ACLED coded force against protesters and mob attacks on people as violence
    // against civilians; the codebook split them out as sub-types of Protests and Riots in 2019.
    case 'Protests': return e.subEventType === 'Excessive force against protesters' ? 'Violence against civilians' : 'Riots/Protests'
    // Rioters fighting rioters (two crowds) were Riots/Protests then as now.
    case 'Riots': return e.subEventType === 'Mob violence' && e.actor2?.inter !== 5 ? 'Violence against civilians' : 'Riots/Protests'
    case 'Violence against civilians': return 'Violence against civilians'
    case 'Strategic developments':
      if (e.subEventType === 'Non-violent transfer of territory') return 'Non-violent transfer of territory'
      if (e.subEventType === 'Headquarters or base established') return 'Headquarters or base established'
      return 'Strategic development'
    default: return 'none'
  }
}

/** Lower case, no accents, no regime period ("(1999-)"), no punctuation. */
export function normaliseActor(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\(\d{4}-\d{0,4}\)/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function goldActorId(name: string): string | null {
  const hit = name ? resolveActorName(name, 'en') : null
  return hit ? toActor(hit.entry, hit.country).id : null
}

export function actorMatches(gold: string, got: Event['actor1']): boolean {
  if (!gold.trim()) return got === null
  if (!got) return false
  if (normaliseActor(gold) === normaliseActor(got.name)) return true
  const id = goldActorId(gold)
  return id !== null && id === got.actorId
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * The same first-level area, whatever its spelling: the gold name (ACLED's: "Shabeellaha Hoose",
 * "Oromia") read by the gazetteer names the area the event's place lies in. `admin1_acc` stays
 * the strict comparison of names.
 */
export function sameAdmin1(gold: string, loc: Event['location']): boolean {
  if (!loc?.countryCode || !loc.admin1Code || !gold.trim()) return false
  if (loc.admin1Name && fold(loc.admin1Name) === fold(gold)) return true
  return lookupName(gold).some((e) => e.kind === 'admin1' && e.countryCode === loc.countryCode && e.admin1Code === loc.admin1Code)
}

/** Notes that state the day: "22/03", "on 22 March", "March 22" (the date-exact subset). */
const STATES_DATE = /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/

/**
 * The note's event: coder notes lead with the happening they code, so the first ACLED event told
 * (by its first evidence) wins; later sentences add arrests, casualties or background.
 */
export function acledEvent(a: Analysis): Event | null {
  let best: Event | null = null
  const at = (e: Event) => Math.min(...e.evidence.map((s) => s.start))
  for (const e of a.events) {
    if (e.eventType === NOT_ACLED || e.flags.negated || e.flags.hypothetical) continue
    if (!best || at(e) < at(best) || (at(e) === at(best) && e.confidence > best.confidence)) best = e
  }
  return best
}

/** Our row for a gold row: the one at its place (within 25 km) and day, else at its place, else on its day, else the first. */
export function goldRow(cells: AcledCell[], n: Pick<AcledNote, 'date' | 'lat' | 'lon'>): AcledCell | null {
  const at = (c: AcledCell) => c.place !== null && distanceKm(c.place.lat, c.place.lon, n.lat, n.lon) <= 25
  const on = (c: AcledCell) => c.date === n.date
  return cells.find((c) => at(c) && on(c)) ?? cells.find(at) ?? cells.find(on) ?? cells[0] ?? null
}

interface Tally { n: number; ok: number }
const tally = (): Tally => ({ n: 0, ok: 0 })
const add = (t: Tally, ok: boolean) => { t.n++; if (ok) t.ok++ }
const rate = (t: Tally) => (t.n ? t.ok / t.n : 0)

/**
 * `countryHint`: each note is given its own `country` column as the hint a country feed gives
 * (`acled-country`): the figure such a feed gets, not the bar, which is scored without it.
 */
export async function scoreAcled(opts: TaskOptions, countryHint = false): Promise<Metrics> {
  const pipeline = getDefaultPipeline()
  const notes: AcledNote[] = loadAcled(opts.limit)
  const type = tally(), loc = tally(), located = tally(), admin1 = tally(), admin1Area = tally(), actor1 = tally(), actor2 = tally()
  const dateStated = tally(), dateAll = tally(), fatalities = tally()
  const locBy = [tally(), tally(), tally()], dateBy = [tally(), tally(), tally()]
  let predicted = 0
  for (const n of notes) {
    // ACLED's names of 2016 ("Swaziland"): the CLI's country names, else the gazetteer's aliases.
    const country = countryHint ? hintCountry(n.country) ?? lookupCountry(n.country)?.countryCode ?? null : null
    if (countryHint && !country) throw new Error(`ACLED note ${n.id}: country "${n.country}" has no ISO code`)
    const e = acledEvent(pipeline.analyze({ input: `acled:${n.id}`, text: n.notes, language: 'en', published: ACLED_COLLECTION_DATE, country }))
    if (e) predicted++
    add(type, e !== null && oldEventType(e) === n.eventType)
    const row = e ? goldRow(acledCells(e), n) : null
    const place = row?.place ?? null
    const km = place ? distanceKm(place.lat, place.lon, n.lat, n.lon) : Infinity
    add(loc, km <= 25)
    if (place) add(located, km <= 25)
    add(locBy[n.geoPrecision - 1] ?? locBy[2]!, km <= 25)
    add(admin1, !!place?.admin1Name && fold(place.admin1Name) === fold(n.admin1))
    add(admin1Area, sameAdmin1(n.admin1, place))
    add(actor1, actorMatches(n.actor1, e?.actor1 ?? null))
    add(actor2, actorMatches(n.actor2, e?.actor2 ?? null))
    const sameDate = row?.date === n.date
    add(dateAll, sameDate)
    add(dateBy[n.timePrecision - 1] ?? dateBy[2]!, sameDate)
    if (STATES_DATE.test(n.notes)) add(dateStated, sameDate)
    add(fatalities, (row?.fatalities ?? 0) === n.fatalities)
  }
  return {
    notes: notes.length, predicted,
    event_type_acc: rate(type), event_type_matched: type.ok,
    loc_25km: rate(loc), loc_25km_matched: loc.ok, loc_25km_of_located: rate(located), located: located.n,
    loc_25km_gp1: rate(locBy[0]!), loc_25km_gp2: rate(locBy[1]!), loc_25km_gp3: rate(locBy[2]!),
    gp1_n: locBy[0]!.n, gp2_n: locBy[1]!.n, gp3_n: locBy[2]!.n,
    admin1_acc: rate(admin1), admin1_matched: admin1.ok, admin1_area_acc: rate(admin1Area), admin1_area_matched: admin1Area.ok,
    actor1_acc: rate(actor1), actor1_matched: actor1.ok,
    actor2_acc: rate(actor2), actor2_matched: actor2.ok,
    date_exact_stated: rate(dateStated), date_stated_n: dateStated.n, date_stated_matched: dateStated.ok,
    date_exact_all: rate(dateAll),
    date_exact_tp1: rate(dateBy[0]!), date_exact_tp2: rate(dateBy[1]!), date_exact_tp3: rate(dateBy[2]!),
    tp1_n: dateBy[0]!.n, tp2_n: dateBy[1]!.n, tp3_n: dateBy[2]!.n,
    fatalities_exact: rate(fatalities), fatalities_matched: fatalities.ok,
  }
}
