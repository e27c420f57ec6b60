/**
 * The places annotator: toponyms in French and English text, each resolved to one gazetteer
 * feature with its ACLED geo_precision, a confidence, and the candidates that lost.
 */
import { strippedPossessiveStem } from '../../kb/gazetteer/possessive.js'
import { distanceKm } from '../../doc/geo.js'
import { lowerBound, spanIndex } from '../../doc/spans.js'
import type { Place, Span, Token } from '../../doc/schema.js'
import type { Annotator, Doc } from '../../pipeline/annotator.js'
import { bareAdminName, compassDirection, foldName, loadGazetteer, looseKey, ungluedKey, vowelKey, type Gazetteer, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import { readKbTable } from '../../kb/gazetteer/sources.js'
import { identityHomes, peoplesNamed, type PeopleName } from '../../kb/actors/identity.js'
import { tellsCountry } from '../../kb/actors/resolve.js'
import { allMatches, escapeRegex, hasResource } from '../../resources/load.js'
import { candidateAt, type Candidate, countryWordCountries, facilityHeadAfter, findCandidates, nationalityCountries, tokenKeys } from './find.js'
import { isMetonymic, judgeCandidates, judgeContext, type JudgeContext } from './judge.js'
import { isMajorCity, LARGE_CITY, ownName, type Resolution, resolveCandidates, type SeatOf, wonOverAnothersName } from './resolve.js'
import { loadPlaceResources, type PlaceResources } from './resources.js'
import { loadEntityResources, stanceLeaderCountries } from '../entities/resources.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const HAS_LOWER = /\p{Ll}/u
const ALL_UPPER = /^\p{Lu}+$/u
const HAS_LETTER = /\p{L}/u
const AFTER_WORD = /(?<=[\p{L}'’])(?=[ -])/u

export { lookupCountry, lookupPlace, resolvePlaceName } from './api.js'

const VERSION = '1'
/** Losing candidates kept per place. */
const ALTERNATIVES = 3

export function createPlacesAnnotator(): Annotator {
  const gaz = loadGazetteer()
  return {
    name: 'places',
    version: VERSION,
    requires: ['sentences', 'tokens'],
    produces: ['places'],
    annotate: (doc) => ({ places: findPlaces(doc, gaz) }),
  }
}

/**
 * A first-level area's word makes a seat's name its area (« la province d'Idleb », "Raqqa governorate") even
 * where the gazetteer keeps that spelling for the town alone: when the name reads no area at all,
 * the areas whose seat it reads join the candidate's readings, for the admin word's score to weigh.
 */
function addSeatAreas(c: Candidate, gaz: Gazetteer): void {
  if (c.entries.some((e) => e.kind === 'admin1')) return
  for (const e of c.entries) {
    if ((e.featureCode !== 'PPLA' && e.featureCode !== 'PPLC') || !e.countryCode || !e.admin1Code) continue
    const area = gaz.admin1(e.countryCode, e.admin1Code)
    if (area && !c.entries.some((x) => x.row === area.row)) c.entries = [...c.entries, area]
  }
}

/** The admin word right after a name (" zone", " territory") or before it with "of" (« zone de », « territoire de »). */
const ADMIN_AFTER = /^\s+(\p{L}+(?:[ -]\p{L}+)?)/u
const ADMIN_BEFORE = /(\p{L}+(?:[ -]\p{L}+)?)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|of\s+(?:the\s+)?)$/u

/**
 * An admin word beside a name says what GeoNames calls the area: the name and the word for its kind
 * (`adminTypes`: « la zone de Guji », "Guji zone" → Guji Zone; « le territoire de Kalehe » → Kalehe
 * Territory). Where the gazetteer keeps the area only so, the areas of that full name join the
 * candidate's readings (its bare name is a town in China), unless a town of the name lies in the
 * area's first-level area: an area named after its town stands for the town.
 */
function addKindAreas(c: Candidate, text: string, gaz: Gazetteer, res: PlaceResources): void {
  const words = [ADMIN_AFTER.exec(text.slice(c.end, c.end + 30))?.[1], ADMIN_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1]]
  for (const w of words) {
    if (w === undefined) continue
    const word = [...res.cues.admin].find((a) => w.toLowerCase() === a || w.toLowerCase().endsWith(` ${a}`) || w.toLowerCase().startsWith(`${a} `))
    const type = word === undefined ? undefined : res.adminTypes.get(word)
    if (type === undefined) continue
    for (const e of gaz.lookup(`${c.key} ${foldName(type)}`)) {
      if ((e.kind !== 'admin1' && e.kind !== 'admin2') || c.entries.some((x) => x.row === e.row)) continue
      // An area named after its own town is that town's ("a northern district of Manbij": the city).
      if (c.entries.some((x) => x.kind === 'city' && x.countryCode === e.countryCode && x.admin1Code === e.admin1Code)) continue
      c.entries = [...c.entries, e]
    }
  }
}

/**
 * A first-level area's name that ends with the word for its kind ("Western Region", "Eastern
 * Province", `bareAdminName`) names the area of that kind called by the words before it in any
 * country: GeoNames calls Ghana's regions "Western" and "Eastern", and keeps "Western Region" for
 * Uganda's alone. The first-level areas whose own name is the bare name join the candidate's
 * readings, for the country the text names to choose among them ("in the Western Region … the
 * Electricity Company of Ghana"). The kind's word is the gazetteer's, in whatever language the text.
 */
function addBareAreas(c: Candidate, gaz: Gazetteer): void {
  for (const area of c.entries) {
    if (area.kind !== 'admin1' || !ownName(area, c.key)) continue
    const bare = foldName(bareAdminName(area.name) ?? '')
    if (!bare || bare === c.key) continue
    for (const e of gaz.lookup(bare)) {
      if (e.kind === 'admin1' && foldName(e.name) === bare && !c.entries.some((x) => x.row === e.row)) c.entries = [...c.entries, e]
    }
  }
}

/** Places in a document, in text order. */
export function findPlaces(doc: Doc, gaz: Gazetteer = loadGazetteer()): Place[] {
  const found = placesOf(doc, gaz)
  namedCache.set(doc.tokens, found)
  return found.places
}

/**
 * Towns a document names only inside the name of a facility or local body ("Students at Kumasi
 * Polytechnic", "the Benghazi Shura Council"): where that facility is, resolved with the document's
 * places, but no toponym mention of their own (gazetteers' gold toponyms skip them, and so does
 * the `places` layer). The events stage locates an event there when its sentence names no place.
 */
export function placesInNames(doc: Doc, gaz: Gazetteer = loadGazetteer()): Place[] {
  return namedOnce(doc, gaz).inNames
}

/**
 * Countries a document names only as the last word of a body's name, after a capitalised word of
 * that name ("a strike at Air Madagascar", "Telkom Kenya", « les agents d'Air Sénégal »): no place
 * where anything happened, but the body is that country's, and so most likely is the story. Each
 * once, in text order; the events stage counts them as it counts nationality words.
 */
export function countriesInNames(doc: Doc, gaz: Gazetteer = loadGazetteer()): string[] {
  return namedOnce(doc, gaz).countries
}

/**
 * Names a document gives places the gazetteer lacks: capitalised names that nothing reads (exactly,
 * loosely or by their vowels) where a locative cue, a settlement or an admin word says place ("in
 * Zingalume", "Asabot town", "residents of Dzenza", « les habitants de Zingalume »), each once, in
 * text order. No place of their own; the events stage may ask their spelling for the country of a
 * text that tells none (`spelledCountry`).
 */
export function unknownPlaceNames(doc: Doc, gaz: Gazetteer = loadGazetteer()): string[] {
  const found = namedOnce(doc, gaz)
  return (found.unknownNames ??= found.unknown())
}

function namedOnce(doc: Doc, gaz: Gazetteer): PlacesFound {
  let named = namedCache.get(doc.tokens)
  if (!named) namedCache.set(doc.tokens, (named = placesOf(doc, gaz)))
  return named
}

interface PlacesFound {
  places: Place[]
  inNames: Place[]
  countries: string[]
  /** Finds the towns the gazetteer lacks, asked only of a text that tells no country (their contexts cost a candidate's each); `unknownNames` keeps the answer. */
  unknown: () => string[]
  unknownNames?: string[]
}

/** `placesInNames`, `countriesInNames` and `unknownPlaceNames` per document, keyed by its token array, as `tokenKeys` is: the places stage finds them, the events stage asks. */
const namedCache = new WeakMap<readonly Token[], PlacesFound>()

function placesOf(doc: Doc, gaz: Gazetteer): PlacesFound {
  const lang = placeLanguage(doc.article.language)
  if (!lang) return { places: [], inNames: [], countries: [], unknown: () => [] }
  const res = loadPlaceResources(lang)
  const text = doc.article.text
  const keyOf = tokenKeys(doc)
  const found = findCandidates(doc, gaz, res, keyOf)
  const ctx = judgeContext(doc, res, keyOf)
  const judged = judgeCandidates(found, ctx)
  let accepted = judged.filter((j) => j.verdict.ok).map((j) => j.cand)
  const byName = new Set(judged.filter((j) => j.verdict.ok && j.verdict.byName).map((j) => j.cand))
  const refused = judged.filter((j) => !j.verdict.ok).map((j) => j.cand)
  // A country's name refused as the end of a longer name ("Air Madagascar"): the body's country.
  const countries = [...new Set(judged.filter((j) => !j.verdict.ok && j.verdict.reason === 'name-part').flatMap((j) => {
    const own = j.cand.entries.filter((e) => e.kind === 'country' && e.countryCode)
    return own.length === 1 ? [own[0]!.countryCode!] : []
  }))]
  // A town opening a facility's name over other capitalised words yields to a longer name read
  // loosely from them ("Beled Weyne airport" is Beledweyne's, not Iraq's Beled's).
  const opening = new Set(judged.filter((j) => j.verdict.ok && j.verdict.opensName).map((j) => j.cand))
  const byVowels = new Set<Candidate>()
  const unknown: (() => Candidate | null)[] = []
  const loose0 = looseCandidates(doc, gaz, res, ctx, accepted.filter((c) => !opening.has(c)), refused, byName, byVowels, unknown)
  if (opening.size && loose0.length) accepted = accepted.filter((c) => !opening.has(c) || !loose0.some((l) => l.start < c.end && c.start < l.end))
  // An area a compass word names stands for the names inside it ("Arsi" of "West Arsi"), and is
  // named as surely as by its own name: no loose reading, it says where the text is.
  const areas = compassAreas(doc, gaz, res)
  const inArea = (c: Candidate) => areas.some((a) => a.start < c.end && c.start < a.end)
  let loose = areas.length ? loose0.filter((c) => !inArea(c)) : loose0
  if (areas.length) accepted = [...accepted.filter((c) => !inArea(c)), ...areas]
  // The countries of the named actors and of the words one country uses, read once: they vote with
  // the nationality words, and alone they say the one country a far namesake is measured from.
  const told: ToldCountries = { actors: actorCountries(doc), words: countryWordCountries(doc, res) }
  const demonyms = demonymCountries(doc, res, told)
  // The home countries of the peoples and of the groups the text names, found once for the filters below.
  let peoples: ReadonlySet<string> | null = null
  let groups: ReadonlySet<string> | null = null
  const peopleHomesOnce = () => (peoples ??= peopleHomes(doc, accepted, res))
  const groupHomesOnce = () => (groups ??= groupCountries(doc, peopleHomesOnce()))
  for (const c of accepted) if (c.areaWord) addSeatAreas(c, gaz)
  for (const c of accepted) if (c.adminWord) addKindAreas(c, text, gaz, res)
  for (const c of accepted) addBareAreas(c, gaz)
  if (res.cues['possessive-suffix'].length) possessorsOwn(text, [...accepted, ...loose], res)
  // A name read by its consonants alone (`lookupVowels`) is a town of the country the rest of the
  // text names most: its places named by their own names, nationality words, named actors, the
  // homes of the groups and peoples it names ("the first American crusader buried in Dabiq", in a
  // text about Syria, is no Dubuque). Where the text names towns or areas of that country by their
  // own names, it lies in the first-level area of one of them or near one ("Kanoma, Zamfara" is no
  // Kanamma of Yobe). A text that names no country at all reads it only where its consonants name
  // one place in the world, spelt all but alike (`onlyVowelReading`: "Soldiers shot at protesters
  // in Nekemt"): a village the gazetteer lacks has namesakes of like consonants ("in Tabit":
  // Taboth, Ivory Coast).
  if (byVowels.size) {
    const others = [...accepted, ...loose.filter((c) => !byVowels.has(c))].sort((a, b) => a.start - b.start)
    const skip = new Set([...loose, ...opening])
    const exact = resolveCandidates(others, demonyms, text, seatOf(gaz)).filter((r) => !skip.has(r.cand) && !byName.has(r.cand)).map((r) => r.ranked[0]!.entry)
    const votes = new Map<string, number>()
    for (const cc of [...exact.map((e) => e.countryCode), ...demonyms, ...groupHomesOnce()]) if (cc) votes.set(cc, (votes.get(cc) ?? 0) + 1)
    const most = Math.max(0, ...votes.values())
    const near = exact.filter((e) => e.kind !== 'country' && e.kind !== 'region')
    const closeBy = (e: GazetteerEntry) => {
      const same = near.filter((o) => o.countryCode === e.countryCode)
      return !same.length || same.some((o) => (o.admin1Code !== null && o.admin1Code === e.admin1Code) || distanceKm(o.lat, o.lon, e.lat, e.lon) < VOWEL_NEAR_KM)
    }
    for (const c of byVowels) {
      if (votes.size === 0) {
        c.entries = onlyVowelReading(c, gaz) ? c.entries : []
        continue
      }
      const own = c.entries.filter((e) => votes.get(e.countryCode ?? '') === most && closeBy(e))
      c.entries = new Set(own.map((e) => e.countryCode)).size === 1 ? own : []
    }
    loose = loose.filter((c) => !byVowels.has(c) || c.entries.length > 0)
  }
  let resolved = resolveCandidates([...accepted, ...loose].sort((a, b) => a.start - b.start), demonyms, text, seatOf(gaz))
  if (loose.length || opening.size) {
    // A name read loosely must agree with the rest of the text: where its exact places, demonyms
    // or actors name countries, one of those ("Kwachocha, Malindi" is no town in Serbia). So must a
    // town read from the first word of a facility's longer name ("outside Hay Andalous police
    // station" in a text about Libya is no Hay in Australia).
    const looseSet = new Set([...loose, ...opening])
    const countries = new Set([...demonyms, ...resolved.filter((r) => !looseSet.has(r.cand)).map((r) => r.ranked[0]!.entry.countryCode), ...peopleHomesOnce()])
    countries.delete(null)
    resolved = resolved.filter((r) => !looseSet.has(r.cand) || countries.size === 0 || countries.has(r.ranked[0]!.entry.countryCode))
  }
  // A lesser town read only through one of its alternate names (GeoNames keeps old names and
  // transliterations: "Kufra" for a Şirvan in Turkey, "Tawila" for a Yemeni Aţ Ţawīlah) must be in
  // a country of the places the text names by their own names ("from Ajdabiya to Kufra" is no trip
  // to Turkey). Not the demonyms' or actors' countries, which name foreign troops and visitors as
  // well as the scene. A border crossing keeps it: « de Liège à Aix-la-Chapelle ». So must the
  // place that bears such a name as its own and won it only so (`wonOverAnothersName`): two obscure
  // readings abroad ("Me" in a tweet: a hamlet in Vietnam, a town in Cameroon) are no place.
  const doubtful = (r: Resolution) => byAlternateName(r) || wonOverAnothersName(r)
  if (resolved.some(doubtful)) {
    // A seat or a sponsor ("the Britain-based monitor", "US-led strikes") is no scene either.
    const own = resolved.filter((r) => !doubtful(r) && !byName.has(r.cand) && !r.cand.seat).map((r) => r.ranked[0]!.entry)
    const agrees = (e: GazetteerEntry) => agreesWith(own, e)
    // With no place named by its own name, the home countries of the groups the text names ("OLA
    // attacked soldiers in Lange": Ethiopia) say where it is, unless a nationality word or another
    // actor names the reading's country; not a state's forces, which serve abroad.
    const homes = own.some((o) => o.countryCode) ? null : groupHomesOnce()
    const inHome = (e: GazetteerEntry) => homes!.size === 0 || homes!.has(e.countryCode ?? '') || demonyms.includes(e.countryCode ?? '')
    resolved = resolved.filter((r) => !doubtful(r) || (homes ? inHome(r.ranked[0]!.entry) : agrees(r.ranked[0]!.entry)))
  }
  // An area known by no town of its own (the gazetteer's coarse areas) is told by the texts of its
  // country: where the places the text names by their own names are mostly in another country (two
  // or more), it must be in one of their countries or near one ("fighting for Al-Maleh" in a text
  // about Damascus and Aleppo is no commune of Algeria). A single other place may be the namesake
  // ("the Black Sea neighbourhood", Hodan District); demonyms and actors name foreign troops as well
  // as the scene ("LRA rebels attacked … in Bakouma" is no place in Uganda).
  if (resolved.some((r) => r.ranked[0]!.entry.coarse)) {
    const own = resolved.filter((r) => !r.ranked[0]!.entry.coarse && !byName.has(r.cand)).map((r) => r.ranked[0]!.entry)
    const counts = new Map<string, number>()
    for (const o of own) if (o.countryCode) counts.set(o.countryCode, (counts.get(o.countryCode) ?? 0) + 1)
    const mostly = [...counts.values()].some((n) => n >= 2 && 2 * n > own.length)
    resolved = resolved.filter((r) => !r.ranked[0]!.entry.coarse || !mostly || agreesWith(own, r.ranked[0]!.entry))
  }
  resolved = withoutFarNamesakes(resolved, gaz, demonyms, groupHomesOnce(), [...told.actors, ...told.words], new Set(areas), text, res, doc.article.country ?? null)
  resolved = withoutTownsOutsideArea(resolved, demonyms, new Set(areas))
  const places: Place[] = []
  const inNames: Place[] = []
  for (const r of resolved) (byName.has(r.cand) ? inNames : places).push(toPlace(r, text))
  // The names a cue says are places that no reading survived for: towns the gazetteer lacks.
  const lacked = () => {
    const read = spanIndex(resolved.map((r) => r.cand))
    const names: string[] = []
    for (const at of unknown) {
      const c = at()
      if (c && !read.overlaps(c.start, c.end)) names.push(text.slice(c.start, c.end))
    }
    return [...new Set(names)]
  }
  return { places, inNames, countries, unknown: lacked }
}

/**
 * Where the admin or settlement words that close a run of names (ending at `end`) start, as a
 * count of the run's words before them (0: none): a word of its own ("Hodan District") or the first of a phrase of
 * several, which may go on past the run ("Sub County", "Sub-county", "Local Government Area").
 */
function kindWordsAt(text: string, end: number, words: readonly string[], res: PlaceResources): number {
  let at = end
  for (let k = words.length - 1; k >= Math.max(1, words.length - 2); k--) {
    at -= words[k]!.length
    const rest = text.slice(at, at + KIND_REACH).toLowerCase()
    const covers = (cue: string) => cue.length >= end - at && rest.startsWith(cue) && !HAS_LETTER.test(rest.charAt(cue.length))
    if (res.cues.admin.some(covers) || res.cues.settlement.some(covers)) return k
    at -= 1
  }
  return 0
}

/** The longest admin or settlement phrase `kindWordsAt` reads from a word's start. */
const KIND_REACH = 40

/** A town read by its consonants alone (`lookupVowels`) lies this near a town or area of its country the text names, or in its first-level area. */
const VOWEL_NEAR_KM = 150
/** Features sharing a vowel key that lie this near each other are one place (a town and its district of one name). */
const ONE_PLACE_KM = 25

/**
 * In a text that names no country, a name read by its consonants (`lookupVowels`) is a town only
 * where nothing else in the world has those consonants, under any name or kind, but that town and
 * what lies within `ONE_PLACE_KM` of it, and the name written differs from the town's own by one
 * letter ("Nekemt" / Nek'emtē, "Vuweni" / Vuwani, "Pietermaritzberg"). A village the gazetteer lacks
 * has namesakes of like consonants, and they are many: "in Tabit" finds eight places (Taboth, Ivory
 * Coast; Tabata, Japan …), "in Jung" scores, and is left unread.
 */
function onlyVowelReading(c: Candidate, gaz: Gazetteer): boolean {
  const one = c.entries[0]
  if (c.entries.length !== 1 || !one) return false
  if (editDistance(looseKey(c.key), looseKey(foldName(one.name))) > 1) return false
  return gaz.lookupVowels(c.key).every((e) => e.row === one.row || distanceKm(e.lat, e.lon, one.lat, one.lon) < ONE_PLACE_KM)
}

/** A town read by an alternate name within this distance of a place named by its own name is in that neighbourhood. */
const BORDER_KM = 400
/**
 * A lesser town the text names only by one of its alternate names, and not by another spelling of
 * its own name ("Kismaayo" and "Damanhour" are Kismayo and Damanhūr written otherwise: same loose key).
 */
function byAlternateName(r: Resolution): boolean {
  const best = r.ranked[0]!.entry
  return best.kind === 'city' && !isMajorCity(best) && looseKey(foldName(best.name)) !== looseKey(r.cand.key)
}

/** Capitalised words, joined by a space or a hyphen: a name the gazetteer may spell otherwise. */
const NAME_RUN = /\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2}/gu

/** A loose lookup's entries, and whether they were found by the vowel key (`lookupVowels`). */
interface LooseAnswer { entries: GazetteerEntry[]; byVowels: boolean }
const looseAnswersOf = new WeakMap<Gazetteer, Map<string, LooseAnswer>>()
const LOOSE_ANSWERS_MAX = 50_000

/** The loose lookups' answers by key, per gazetteer, across documents (bounded, emptied when full). */
function looseAnswers(gaz: Gazetteer): Map<string, LooseAnswer> {
  let known = looseAnswersOf.get(gaz)
  if (!known) looseAnswersOf.set(gaz, (known = new Map()))
  return known
}

/**
 * Names the gazetteer has under another transliteration ("Garbaharey" for Garbahaarey, "Sheikh
 * Zuweid" for Ash Shaykh Zuwayd): a capitalised name that matched nothing exactly, which its
 * context says is a place — a locative cue before ("in", "near"), a settlement or admin word
 * ("Kobbo town", "Hodan district"), or the entities stage typing it as a place — looked up by its
 * loose key (`looseKey`). Frequent words, given names, titles, months and demonyms are not tried.
 */
function looseCandidates(doc: Doc, gaz: Gazetteer, res: PlaceResources, ctx: JudgeContext, accepted: readonly Candidate[], refused: readonly Candidate[], byName: Set<Candidate>, byVowels: Set<Candidate>, unknown: (() => Candidate | null)[]): Candidate[] {
  const text = doc.article.text
  const out: Candidate[] = []
  const placeMentions = spanIndex(doc.mentions.filter((m) => m.kind === 'place'))
  const taken = spanIndex(accepted)
  const refusedSpans = spanIndex(refused)
  // A refused word inside a longer name does not keep that name from being read loosely ("Laas
  // Caanood": "Laas" alone is a hamlet in Italy, refused under a person's mention; "Ceel Buur"),
  // but a name refused as a whole ("Otter Tail County Road", a street) is not read again in part.
  // The refused ones a run may overlap are found by start (none starts further back than the
  // longest one reaches), not by a scan of every refused name per run.
  const refusedByStart = [...refused].sort((a, b) => a.start - b.start)
  const longestRefused = refused.reduce((n, r) => Math.max(n, r.end - r.start), 0)
  const refusedNear = (start: number, end: number) => refusedByStart.slice(
    lowerBound(0, refusedByStart.length, (i) => refusedByStart[i]!.start < start - longestRefused),
    lowerBound(0, refusedByStart.length, (i) => refusedByStart[i]!.start < end))
  const blocked = (start: number, end: number) => taken.overlaps(start, end)
    || (refusedSpans.overlaps(start, end) && refusedNear(start, end).some((r) => r.start < end && start < r.end && !(start <= r.start && r.end <= end && end - start > r.end - r.start)))
  // Names a known actor's mention holds ("Al-Qaeda"), and the names of peoples and clans ("a man
  // from Darood/Marehan"), are not read by their consonants.
  const actorSpans = spanIndex(doc.mentions.filter((m) => m.actorId !== null && m.kind !== 'place' && m.kind !== 'generic' && m.kind !== 'person'))
  let peoples: ReturnType<typeof spanIndex> | null = null
  const peopleSpans = () => (peoples ??= spanIndex(peoplesNamed(text, 0, text.length, doc.article.language)))
  // With no loose reading, the towns whose own names have the same consonants (`lookupVowels`; an
  // alternate name, often a fragment or another language's, is no spelling of the town's own) and
  // differ from the name in a vowel or two, not in every one ("Nekemt" / Nek'emtē, "Zenten" /
  // Zintan; not "Girawa" / Garoowe, "Sortony" / Sartana, "Kagiso" / Kugesi), told apart by `vowelKeys`.
  const vowelKeys = new Set<string>()
  // A name is looked up loosely once, not once per document that writes it (the answer depends on
  // the key alone; the same entries, which no caller changes).
  const known = looseAnswers(gaz)
  const looseLookup = (key: string): GazetteerEntry[] => {
    let answer = known.get(key)
    if (answer === undefined) {
      answer = lookupLoosely(key)
      if (known.size >= LOOSE_ANSWERS_MAX) known.clear()
      known.set(key, answer)
    }
    if (answer.byVowels) vowelKeys.add(key)
    return answer.entries
  }
  const lookupLoosely = (written: string): LooseAnswer => {
    if (gaz.has(written)) return { entries: [], byVowels: false }
    // An article glued to its word ("Deir Ezzor", "Deir Ezzour"): the name read with it apart.
    const key = ungluedKey(written)
    if (key !== written && gaz.has(key)) return { entries: gaz.lookup(key), byVowels: false }
    const loose = gaz.lookupLoose(key)
    if (loose.length) return { entries: loose, byVowels: false }
    const lk = looseKey(key)
    const vk = vowelKey(lk)
    const towns = gaz.lookupVowels(key).filter((e) => {
      if (e.kind !== 'city' || fixedSpelling(e.countryCode)) return false
      const own = looseKey(foldName(e.name))
      return vowelKey(own) === vk && editDistance(lk, own) <= Math.min(2, Math.floor(Math.min(lk.length, own.length) / 3))
    })
    return { entries: towns, byVowels: towns.length > 0 }
  }
  const looseGaz: Gazetteer = { ...gaz, lookup: looseLookup }
  // A word for those who live in a place right after the name ("Dzenza residents", cue kind `dwellers-after`).
  const dwellersAfter = (u: Candidate) => {
    const next = DWELLER_WORD.exec(text.slice(u.end, u.end + 30))?.[1]?.toLowerCase()
    return next !== undefined && res.cues['dwellers-after'].includes(next)
  }
  // A name the gazetteer has under no key, that its context says is a place as surely as a name read
  // by its vowels must be ("in Zingalume", "Asabot town", "residents of Dzenza", "Dzenza residents"; not a facility's
  // name, nor a person's, a known actor's or a people's, nor in a headline in capitals): when no
  // loose or vowel reading of it survives, a town the gazetteer lacks, whose spelling alone may tell
  // its country (`unknown`). A verb after it makes it no government ("residents of X protested" is
  // not "Beijing protested"): a town the gazetteer lacks is no state's seat.
  // The head of a body that serves a place and is named after it ("Kasiiso Police Station", "the
  // Mutimbuzi Municipal Council", « le commissariat de Kasiiso »; cue kind `local-body`): the name
  // is a town as surely as after a locative cue; a school or a university may bear a person's name.
  const localBody = (u: Candidate) => {
    const f = u.facility
    if (!f) return false
    const head = text.slice(f.head, f.head < u.start ? u.start : f.end).toLowerCase().trim()
    return res.cues['local-body'].some((cue) => head === cue || (head.startsWith(cue) && /^\s/u.test(head.slice(cue.length)) && f.head < u.start))
  }
  // A name only the entities stage made an organisation of, no known actor ("org:…"), is no
  // actor's name here ("the Mutimbuzi Municipal Council").
  const knownActorSpans = spanIndex(doc.mentions.filter((m) => m.actorId !== null && !m.actorId.startsWith('org:') && m.kind !== 'place' && m.kind !== 'generic' && m.kind !== 'person'))
  const unknownPlace = (u: Candidate, surface: string, first: string, words: number) => {
    const body = localBody(u)
    if (!(u.strongCue || u.settlementWord || u.adminWord || dwellersAfter(u) || body) || (u.facility && !body) || u.street || u.seat || u.objectOf || u.titleCase || !HAS_LOWER.test(surface)) return false
    if (ctx.firstNames.has(first) && (words === 1 || (!u.adminWord && !u.settlementWord))) return false
    // A person guessed from capitals alone over just the name was a guess the cue answers (as `judge`
    // reads "in Xudur"); a public figure, or a person's name going on past it, is a person.
    if (!u.settlementWord && !u.adminWord && ctx.personSpans.overlaps(u.start, u.end)
      && ctx.persons.some((p) => p.start < u.end && u.start < p.end && (p.rule === 'public-figure' || p.start < u.start || p.end > u.end))) return false
    return !(body ? knownActorSpans : actorSpans).overlaps(u.start, u.end) && !peopleSpans().overlaps(u.start, u.end)
  }
  for (const s of doc.sentences) {
    for (const m of allMatches(NAME_RUN, text.slice(s.start, s.end))) {
      let start = s.start + m.index
      let end = start + m[0].length
      let words = m[0].split(/[ -]/)
      // A possessive that lost its apostrophe opens no name ("Syrias Deir Ezzor"): the name is after it.
      if (words.length > 1 && text[start + words[0]!.length] === ' ' && res.cues['possessive-suffix'].length
        && strippedPossessiveStem(words[0]!, res.cues['possessive-suffix']) !== null) {
        start += words[0]!.length + 1
        words = words.slice(1)
      }
      // "Cadado Police Station", "Sabata Secondary school": the name before a facility's head.
      for (let cut = 1, at = start + words[0]!.length; cut < words.length; at += words[cut]!.length + 1, cut++) {
        if (facilityHeadAfter(text, at, res)?.start !== at + 1) continue
        words = words.slice(0, cut)
        end = at
        break
      }
      if (blocked(start, end)) continue
      // "Hodan District": the admin or settlement word is context, not part of the name; so are the
      // words of one of several ("Butuntumula Sub County", "Butuntumula Sub-county", whose run ends
      // on "Sub": the phrase may go on past the run).
      for (let cut = kindWordsAt(text, end, words, res); cut > 0 && cut < words.length; cut = kindWordsAt(text, end, words, res)) {
        while (words.length > cut) end -= words.pop()!.length + 1
      }
      const surface = text.slice(start, end)
      const key = foldName(surface)
      const first = foldName(words[0]!)
      if (key.length < 4 || ALL_UPPER.test(surface) || gaz.has(key)) continue
      if (words.some((w) => res.commonWords.has(foldName(w)) || ctx.lowerWords.has(foldName(w)))) continue
      if (res.demonyms.has(key) || res.timeWords.has(key) || res.cues.title.includes(first)) continue
      const typed = placeMentions.contains(start, end)
      const c = candidateAt(doc, start, end, looseGaz, res)
      // Every name so cued is a town the gazetteer may lack: those nothing reads in the end (`placesOf`).
      // The context of a name nothing reads is built only when asked.
      if (c) {
        if (unknownPlace(c, surface, first, words.length)) unknown.push(() => c)
      } else {
        unknown.push(() => {
          const u = candidateAt(doc, start, end, looseGaz, res, true)!
          return unknownPlace(u, surface, first, words.length) ? u : null
        })
        continue
      }
      const cued = typed || c.cueBefore || c.adminWord || c.settlementWord
      if (!(cued || c.facility)) continue
      // A given name opens many towns' names ("Sheikh Zuweid"), which a locative cue, an admin or a
      // settlement word tells from a person; a given name alone needs the cue ("said Brian Town,
      // station director"). Before a facility's head the cue governs the facility, which may be
      // named after a person ("at Abu Hamad Secondary School").
      const cuedName = c.cueBefore && !c.facility
      if (ctx.firstNames.has(first) && !cuedName && (words.length === 1 || (!c.adminWord && !c.settlementWord))) continue
      if (ctx.personSpans.overlaps(start, end) && !c.cueBefore && !c.adminWord && !c.settlementWord && !c.facility) continue
      if (vowelKeys.has(c.key)) {
        // Only where a locative cue, a settlement or an admin word says place ("in Nekemt", "Gabiley
        // town"; not « de Titus »), not in a headline in capitals, not a known name with an "s"
        // glued on ("Syrias oil-rich province": a possessive that lost its apostrophe).
        if (!(c.strongCue || c.settlementWord || c.adminWord) || c.titleCase || !HAS_LOWER.test(surface)) continue
        if (key.endsWith('s') && gaz.has(key.slice(0, -1))) continue
        if (actorSpans.overlaps(start, end) || peopleSpans().overlaps(start, end)) continue
        // A person's name needs a settlement or an admin word ("Ben Jawad town"), not only a cue (« à Sartre »).
        if (ctx.personSpans.overlaps(start, end) && !c.settlementWord && !c.adminWord) continue
        byVowels.add(c)
      }
      if (!cued) byName.add(c)
      out.push(c)
    }
  }
  return out
}

/** A section of a city lies this near its city. */
const OWN_SECTION_KM = 20

/**
 * A place named after a possessor's possessive, with or without its apostrophe ("Turkey's Hatay
 * province", "Turkeys Hatay province", "Aleppos Old City"; the language's possessive ending, cue
 * kind `possessive-suffix`), is the possessor's: its readings inside a reading of the possessor
 * (a country's or a first-level area's, within `OWN_SECTION_KM` of a town) are kept. Where none is
 * and the possessor may be a town, a town's part the gazetteer lacks is placed at the town
 * ("Aleppos Old City" is no Jerusalem's,
 * "Cambridge's Chesterton" no village of Oxfordshire's); an area or a town a country's possessive
 * names may be disputed ("Israel's Golan Heights") and keeps its readings.
 */
function possessorsOwn(text: string, cands: readonly Candidate[], res: PlaceResources): void {
  const sorted = [...cands].sort((a, b) => a.start - b.start)
  const endings = res.cues['possessive-suffix'].flatMap((x) => [x + ' ', `'${x} `, `’${x} `])
  for (let k = 1; k < sorted.length; k++) {
    const owner = sorted[k - 1]!
    const c = sorted[k]!
    if (!endings.includes(text.slice(owner.end, c.start))) continue
    const holds = (o: GazetteerEntry, e: GazetteerEntry) => o !== e && (
      o.kind === 'country' ? e.countryCode === o.countryCode
        : o.kind === 'admin1' ? e.countryCode === o.countryCode && e.admin1Code === o.admin1Code
          : o.kind === 'city' ? distanceKm(o.lat, o.lon, e.lat, e.lon) <= OWN_SECTION_KM : false)
    const owners = owner.entries.filter((o) => o.kind === 'country' || o.kind === 'admin1' || o.kind === 'city')
    if (!owners.length) continue
    const own = c.entries.filter((e) => owners.some((o) => holds(o, e)))
    if (own.length) c.entries = own
    else if (!c.entries.some((e) => e.kind === 'country') && owners.some((o) => o.kind === 'city')) c.entries = owners.filter((o) => o.kind === 'city')
  }
}

/** The word right after a name, one space between. */
const DWELLER_WORD = /^ (\p{L}+)/u

/** Letters inserted, removed or replaced to make `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]!
}

let fixed: ReadonlySet<string> | null = null

/** A country whose towns are written in the Latin alphabet with one spelling (`kb/places/fixed-spelling.txt`). */
function fixedSpelling(cc: string | null): boolean {
  fixed ??= new Set(readKbTable('fixed-spelling.txt', 1).map((r) => r.cols[0]!))
  return cc !== null && fixed.has(cc)
}

/** A capitalised word followed by another after a space or a hyphen: perhaps a compass word opening an area's name. */
const COMPASS_RUN = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+)[ -](\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})/gu

/**
 * Areas named by a compass word and a core name the gazetteer writes otherwise ("West Hararge",
 * "Mirab Harerge", "East Walaga Zone" for West and East Harerghe, East Wellega): the longest run of
 * capitalised words after a compass word (`kb/places/area-compass.tsv`) that names no place
 * exactly but an area by its direction and consonants (`Gazetteer.lookupArea`). The compass word
 * must be capitalised (« il est Président » opens nothing).
 */
function compassAreas(doc: Doc, gaz: Gazetteer, res: PlaceResources): Candidate[] {
  const text = doc.article.text
  const out: Candidate[] = []
  const areaGaz: Gazetteer = { ...gaz, lookup: (key) => (gaz.has(key) ? [] : gaz.lookupArea(key)) }
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end)
    for (const m of allMatches(COMPASS_RUN, sentence)) {
      if (compassDirection(foldName(m[1]!)) === undefined) continue
      const start = s.start + m.index
      const core = m[2]!.split(AFTER_WORD)
      const ends = core.map((_, n) => start + m[1]!.length + 1 + core.slice(0, n + 1).join('').length)
      // A name the gazetteer or the demonyms know as written ("West Virginia", "Central African
      // Republic", "South African") is read as such, with the words after it.
      if (ends.some((end) => gaz.has(foldName(text.slice(start, end))) || res.demonyms.has(foldName(text.slice(start, end))))) continue
      for (let n = core.length; n >= 1; n--) {
        const c = candidateAt(doc, start, ends[n - 1]!, areaGaz, res)
        if (!c || !c.entries.every((e) => e.kind === 'admin1' || e.kind === 'admin2')) continue
        if (!out.some((o) => o.start < c.end && c.start < o.end)) out.push(c)
        break
      }
    }
  }
  return out
}

/**
 * Resolution only: places for spans found elsewhere (gold spans, another stage), in the order
 * given; null where the gazetteer has no such name. The spans are each other's context.
 */
export function resolveSpans(doc: Doc, spans: { start: number; end: number }[], gaz: Gazetteer = loadGazetteer()): (Place | null)[] {
  const res = loadPlaceResources(placeLanguage(doc.article.language) ?? 'en')
  const text = doc.article.text
  const cands = spans.map((s) => candidateAt(doc, s.start, s.end, gaz, res))
  const known = cands.filter((c): c is Candidate => c !== null).sort((a, b) => a.start - b.start)
  const places = new Map(resolveCandidates(known, demonymCountries(doc, res), text, seatOf(gaz)).map((r) => [r.cand, toPlace(r, text)]))
  return cands.map((c) => (c ? places.get(c) ?? null : null))
}

/**
 * Countries the text names without a toponym: demonyms ("Nigerian troops") and the home countries
 * of the actors the entities stage resolved ("Boko Haram", "the Sudanese Armed Forces"), and the
 * country the input says the text is about. A note that names only a town and its attackers still
 * says which country it is in.
 */
function demonymCountries(doc: Doc, res: PlaceResources, told: ToldCountries = { actors: actorCountries(doc), words: countryWordCountries(doc, res) }): string[] {
  const out = [...told.actors]
  out.push(...nationalityCountries(doc, res.demonyms, [], res))
  // So do the words only one country uses ("woreda", "naira"), each once, and a leader named in a
  // stance for or against him ("an anti-Zuma protest").
  out.push(...told.words)
  if (hasResource(res.lang, 'entities/cues.tsv')) out.push(...stanceLeaderCountries(doc.article.text, doc.tokens, loadEntityResources(res.lang)))
  // A country feed's hint (`article.country`) votes as a nationality word does: enough to choose
  // between namesakes, not against a text that names another country's places.
  if (doc.article.country) out.push(doc.article.country)
  return out
}

/** The countries of the actors a text names by name and of the words only one country uses (`countryWordCountries`). */
interface ToldCountries { actors: string[]; words: readonly string[] }

/** The countries of the actors the text names by name (not described: "the military") and of the leaders it names ("President Deby"). */
function actorCountries(doc: Doc): string[] {
  const out: string[] = []
  const actorCountry = new Map(doc.actors.map((a) => [a.id, tellsCountry(a.id) ? a.country : null]))
  for (const m of doc.mentions) {
    // Only a proper name carries its own country: a description ("the military") took its
    // country from this text's places, and would vote for a first guess.
    if (m.form !== 'name' || m.kind === 'generic') continue
    // A leader named says the country led ("President Deby").
    const cc = (m.actorId ? actorCountry.get(m.actorId) : null) ?? (m.kind === 'person' ? m.country : null)
    if (cc) out.push(cc)
  }
  return out
}

/** `e` is in the country of one of the places `own` or within `BORDER_KM` of a town or area among them. */
function agreesWith(own: readonly GazetteerEntry[], e: GazetteerEntry): boolean {
  return own.some((o) => o.countryCode === e.countryCode || (o.kind !== 'country' && o.kind !== 'region' && distanceKm(o.lat, o.lon, e.lat, e.lon) < BORDER_KM))
}

/** Farther than this from the middle of the home country of every group the text names, a town is no place of theirs. */
const HOME_KM = 2000
/** A town of fewer people than this is small: a namesake abroad that a state's named forces do not reach. */
const SMALL_TOWN = 50_000

/**
 * A lesser town or a district far from the home countries of all the groups of the actor KB the
 * text names (armed groups, parties, unions, universities), in a country nothing else in the text
 * names (no other place in that country or within `BORDER_KM`, no nationality word or actor of it),
 * is a namesake: "SLM/A-Nur fighters clashed with soldiers in Rokoro" is not in Indonesia. Groups
 * do act across borders, near home (Boko Haram in Cameroon, Al Shabaab in Kenya): hence the
 * distance. A state's forces serve far abroad, so the one country the text's named actors and its
 * words of one country's public life all vote for (`voted`: "SAF bomb Manga", "clashes between the
 * military and the SPLA in Mundri", "Majak payam") is a home only against a small town
 * (`SMALL_TOWN`): "US warplanes bombed Manbij" keeps Syria's city. So are the countries of the
 * places the text names firmly (`firmCountry`), and the country a feed's hint names (`hint`), against
 * a small town far from all of them: "students of the Western Cape Education Department marched …
 * at Crawford campus" is no march in Nebraska.
 */
function withoutFarNamesakes(resolved: Resolution[], gaz: Gazetteer, demonyms: readonly string[], groups: ReadonlySet<string>, voted: readonly string[], compass: ReadonlySet<Candidate>, text: string, res: PlaceResources, hint: string | null): Resolution[] {
  const firm = resolved.map((r, i) => firmCountry(r, resolved[i + 1], compass, text, res))
  const one = new Set(voted).size === 1 ? voted[0]! : null
  const byGroups = groups.size > 0
  const homes = [...new Set([...groups, ...(one ? [one] : [])])].map((cc) => gaz.country(cc)).filter((c): c is GazetteerEntry => c !== null)
  if (!homes.length && !hint && !firm.some((cc) => cc !== null)) return resolved
  const named = new Set(demonyms)
  const small = (e: GazetteerEntry) => e.featureCode !== 'PPLC' && e.population < SMALL_TOWN
  const lesser = (e: GazetteerEntry) => (byGroups ? !isMajorCity(e) : small(e))
  const farFrom = (e: GazetteerEntry, from: readonly GazetteerEntry[]) => from.length > 0 && e.countryCode !== null && !named.has(e.countryCode)
    && from.every((h) => h.countryCode !== e.countryCode && distanceKm(h.lat, h.lon, e.lat, e.lon) > HOME_KM)
  const local = (e: GazetteerEntry) => e.kind === 'city' || e.kind === 'admin2'
  const bests = resolved.map((r) => r.ranked[0]!.entry)
  return resolved.filter((_, i) => {
    const e = bests[i]!
    if (!local(e)) return true
    // The countries of the places named firmly but this one, against a small town that is no
    // first-level seat a locative cue names (soldiers "from Paris arrived in Timbuktu").
    const firmHomes = () => [...new Set([...firm.filter((cc, k): cc is string => k !== i && cc !== null), ...(hint ? [hint] : [])])].map((cc) => gaz.country(cc)).filter((c): c is GazetteerEntry => c !== null)
    const far = ((e.kind === 'admin2' || lesser(e)) && farFrom(e, homes)) || (e.kind === 'city' && small(e) && !(e.featureCode === 'PPLA' && resolved[i]!.cand.strongCue) && farFrom(e, firmHomes()))
    if (!far) return true
    return bests.some((o, k) => k !== i && o !== e && (o.countryCode === e.countryCode || (o.kind !== 'country' && o.kind !== 'region' && distanceKm(o.lat, o.lon, e.lat, e.lon) < BORDER_KM)))
  })
}

/**
 * The country a place says the text is in when it is named firmly: a country, a first-level area
 * (not one read from a district's word: "Wadajir/Medina District" is no Medina Region), a capital or
 * a large city (`LARGE_CITY`), or an area an admin word ("Yabello district") or a compass word
 * (`compassAreas`) names whose readings all lie in one country. Not a town a settlement word names
 * ("El Waye town"): a village the gazetteer lacks is read as its namesakes, towns too. Not a seat or
 * a sponsor ("the Britain-based monitor"), nor a name for its government; nor a name that qualifies
 * a street or a facility ("Liberia road", « l'avenue Liberia », "Kumasi Polytechnic"), nor a part of the place named right
 * after it (cue kind `inside`: "a march to Harare in Khayelitsha", "the Mumbai area of Yambio"):
 * townships, roads and suburbs are named after famous places.
 */
function firmCountry(r: Resolution, next: Resolution | undefined, compass: ReadonlySet<Candidate>, text: string, res: PlaceResources): string | null {
  const e = r.ranked[0]!.entry
  const c = r.cand
  if (c.seat || c.street || c.facility || isMetonymic(c) || !e.countryCode) return null
  const street = streetWords(res)
  if (street.after.test(text.slice(c.end, c.end + 30)) || street.before.test(text.slice(Math.max(0, c.start - 30), c.start))) return null
  if (next && next.cand.sentence === c.sentence && res.cues.inside.some((w) => text.slice(c.end, next.cand.start).toLowerCase().replace(/’/g, "'").trim() === w)) return null
  if (e.kind === 'admin1' && (c.adminWord ? c.areaWord : ownName(e, c.key))) return e.countryCode
  if (e.kind === 'country' || (e.kind === 'city' && (e.featureCode === 'PPLC' || e.population >= LARGE_CITY))) return e.countryCode
  if ((c.adminWord || compass.has(c)) && c.entries.every((o) => o.countryCode === e.countryCode)) return e.countryCode
  return null
}

/** A street's word right after a name ("Liberia road") or right before it (« l'avenue Liberia »), in any case, per language. */
function streetWords(res: PlaceResources): { after: RegExp; before: RegExp } {
  let re = streetWordsCache.get(res)
  if (!re) {
    const words = res.cues.street.map(escapeRegex).join('|')
    streetWordsCache.set(res, (re = { after: new RegExp(`^\\s(?:${words})(?![\\p{L}\\p{N}])`, 'iu'), before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})\\s$`, 'iu') }))
  }
  return re
}
const streetWordsCache = new WeakMap<PlaceResources, { after: RegExp; before: RegExp }>()

/**
 * A lesser town told in the same sentence as an area the text names surely, in a country nothing
 * else in the text names (no other place in it or within `BORDER_KM`, no nationality word or actor
 * of it), is a namesake of a village the gazetteer lacks: "Protests in North Shawa, Dagam
 * district, Haro village" is no town of Spain, "Dawe town, Kurfa Chele district, East Hararge" none
 * of Indonesia. The area says where the village lies. An area is named surely by a compass word
 * (`compassAreas`) or by an admin word of its level: a district's word ("Guji Zone", "Kalehe
 * territory") for a second-level area, a province's word for a first-level one ("Medina District"
 * read as Saudi Arabia's Medina Region is no sure area).
 */
function withoutTownsOutsideArea(resolved: Resolution[], demonyms: readonly string[], compass: ReadonlySet<Candidate>): Resolution[] {
  const bests = resolved.map((r) => r.ranked[0]!.entry)
  const sure = resolved.map((r, k) => {
    const e = bests[k]!
    return compass.has(r.cand) || (r.cand.adminWord && (r.cand.areaWord ? e.kind === 'admin1' : e.kind === 'admin2'))
  })
  if (!sure.some(Boolean)) return resolved
  const named = new Set(demonyms)
  return resolved.filter((r, i) => {
    const e = bests[i]!
    if (e.kind !== 'city' || isMajorCity(e) || e.countryCode === null || named.has(e.countryCode)) return true
    const area = resolved.some((o, k) => sure[k] && o.cand.sentence === r.cand.sentence && bests[k]!.countryCode !== e.countryCode)
    if (!area) return true
    return bests.some((o, k) => k !== i && o !== e && (o.countryCode === e.countryCode || (o.kind !== 'country' && o.kind !== 'region' && distanceKm(o.lat, o.lon, e.lat, e.lon) < BORDER_KM)))
  })
}

/** Mention kinds of groups with one home country: the armed groups, parties, unions and other organisations of the actor KB. */
const GROUP_KINDS: ReadonlySet<string> = new Set(['armed_group', 'organisation'])

/** The home countries of the groups of the actor KB the text names by name, and `peoples`, those of the peoples and clans it names (`peopleHomes`). */
function groupCountries(doc: Doc, peoples: ReadonlySet<string>): Set<string> {
  const actorCountry = new Map(doc.actors.map((a) => [a.id, a.country]))
  const out = new Set(peoples)
  for (const m of doc.mentions) {
    if (m.form !== 'name' || !GROUP_KINDS.has(m.kind) || !m.actorId) continue
    const cc = actorCountry.get(m.actorId)
    if (cc) out.add(cc)
  }
  return out
}

/**
 * The countries of the peoples and clans the text names (`identity-groups.tsv`): whose armed men it
 * tells ("Abala militia": Sudan), and any other it names where neither a place the judge accepted
 * nor the mention of a person or a body holds the word ("Oromo farmers marched", "the Afar
 * community": Ethiopia and its neighbours; not "Issa" as a man's name, "in Bari", the "Oromo
 * Liberation Front").
 */
function peopleHomes(doc: Doc, accepted: readonly Candidate[], res: PlaceResources): Set<string> {
  const out = new Set<string>()
  for (const m of doc.mentions) if (m.rule === 'identity' && m.actorId) for (const cc of identityHomes(m.actorId) ?? []) out.add(cc)
  for (const p of peoplesTold(doc, accepted, res)) for (const cc of p.homes) out.add(cc)
  return out
}

/**
 * The peoples and clans of the identity list the text names as people, in text order: not inside a
 * place (`places`: candidates or places found) or a named actor, and not a person's name after a
 * title ("Lt. Bari", « le général Issa »). The places stage and the events' country votes read them.
 */
export function peoplesTold(doc: Doc, places: readonly Span[], res: PlaceResources): PeopleName[] {
  const lang = doc.article.language
  if (!hasResource(lang, 'entities/identity-groups.tsv')) return []
  const text = doc.article.text
  const taken = spanIndex([...places, ...doc.mentions.filter((m) => m.kind !== 'place' && m.kind !== 'generic')])
  const titled = (start: number) => {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
    return word !== null && res.cues.title.includes(foldName(word[1]!))
  }
  const out: PeopleName[] = []
  for (const s of doc.sentences) {
    for (const p of peoplesNamed(text, s.start, s.end, lang)) if (!taken.overlaps(p.start, p.end) && !titled(p.start)) out.push(p)
  }
  return out
}

/** The word before a name, with the period of an abbreviation ("Lt. "). */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u

/** A first-level area's seat, from the gazetteer. */
function seatOf(gaz: Gazetteer): SeatOf {
  return (area) => (area.countryCode ? gaz.seat(area.countryCode, area.admin1Code) : null)
}

function placeLanguage(lang: string): string | null {
  return hasResource(lang, 'places/cues.tsv') ? lang : null
}

function toPlace(r: Resolution, text: string): Place {
  const { cand } = r
  const best = r.ranked[0]!.entry
  const precision: 1 | 2 | 3 = best.kind === 'city' ? (cand.near ? 2 : 1) : best.kind === 'admin2' && !best.coarse ? 2 : 3
  return {
    start: cand.start,
    end: cand.end,
    text: text.slice(cand.start, cand.end),
    id: best.id,
    geonameId: best.geonameId,
    name: best.name,
    lat: best.lat,
    lon: best.lon,
    countryCode: best.countryCode,
    admin1Code: best.admin1Code,
    admin1Name: best.admin1Name,
    featureCode: best.featureCode,
    geoPrecision: precision,
    confidence: round(r.probs[0]!),
    // A source's or group's seat is, like a government's name, no place where anything happened.
    metonymic: isMetonymic(cand) || cand.seat,
    alternatives: r.ranked.slice(1, 1 + ALTERNATIVES).map((s, k) => ({
      id: s.entry.id,
      geonameId: s.entry.geonameId,
      name: s.entry.name,
      lat: s.entry.lat,
      lon: s.entry.lon,
      score: round(r.probs[k + 1]!),
    })),
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
