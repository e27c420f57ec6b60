/**
 * Resolution of actor names to knowledge-base actors, for mentions in text and for any stage that
 * holds an actor string (ACLED notes, quote speakers): `resolveActorName`.
 */
import type { Actor } from '../../doc/schema.js'
import { readResourceLines } from '../../resources/load.js'
import { getActorIndex, walk, type ActorIndex, type AliasHit } from './index-build.js'
import { findIdentityMilitias, identityNamed } from './identity.js'
import { aliasKey, foldWord, splitWords } from './normalize.js'
import type { ActorEntry } from './types.js'

export interface HeadTarget { type: 'role' | 'tag' | 'last' | 'person' | 'actor'; value: string }

const headCache = new Map<string, Map<string, HeadTarget>>()
let defaultsCache: { tag: string; countries: string[]; id: string }[] | null = null

/** Contextual head phrases of a language, keyed by their folded words joined with spaces. */
export function loadHeads(lang: string): Map<string, HeadTarget> {
  let heads = headCache.get(lang)
  if (heads) return heads
  heads = new Map()
  for (const { cols } of readResourceLines(lang, 'entities/actor-heads.tsv', 2)) {
    const [type, value] = cols[1]!.split(':') as [HeadTarget['type'], string]
    heads.set(splitWords(cols[0]!).map((w) => foldWord(w.word)).join(' '), { type, value })
  }
  headCache.set(lang, heads)
  return heads
}

export function contextDefault(tag: string, country: string | null): string | null {
  defaultsCache ??= readResourceLines('common', 'entities/context-defaults.tsv', 3).map(({ cols }) => ({ tag: cols[0]!, countries: cols[1]!.split('|'), id: cols[2]! }))
  if (!country) return null
  return defaultsCache.find((d) => d.tag === tag && d.countries.includes(country))?.id ?? null
}

/** Picks among actors sharing an alias: the one of the hinted country, else the first. */
export function pickHit(index: ActorIndex, hits: readonly AliasHit[], countryHint: string | null): string | null {
  if (hits.length === 0) return null
  return (hits.find((h) => index.actors.get(h.id)?.country === countryHint) ?? hits[0]!).id
}

export function stateActorId(role: string, country: string | null): string | null {
  return country ? `${role}-${country.toLowerCase()}` : null
}

/** The role of an id `stateActorId` may have made ("police-eg": "police"), else null. */
export function stateActorRole(actorId: string): string | null {
  return STATE_ID.exec(actorId)?.[1] ?? null
}
const STATE_ID = /^([a-z]+(?:-[a-z]+)*)-[a-z]{2}$/

/** The country code whose name (in any language) is `name`, via the government actor aliases. */
function countryOf(index: ActorIndex, name: string): string | null {
  const key = aliasKey(name, index.skip)
  for (const [cc, display] of index.countryName) {
    if (aliasKey(display, index.skip) === key) return cc
  }
  return null
}

export interface ResolvedActor { entry: ActorEntry; country: string | null }

/**
 * Resolves an actor string ("l'armée syrienne", "Military Forces of Syria (2000-)", "Civilians
 * (Nigeria)", "Daech", "the army" with a country hint) to a knowledge-base actor, or null.
 */
export function resolveActorName(text: string, lang: string | null = null, countryHint: string | null = null): ResolvedActor | null {
  const index = getActorIndex()
  let base = text.trim()
  let hint = countryHint
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(base)
  if (paren) {
    base = paren[1]!
    hint = countryOf(index, paren[2]!) ?? hint
  }
  // ACLED writes "ACRONYM: Full Name" and "Name - Other Name"; each part may be the known one.
  const candidates = [base, ...base.split(/\s+-\s+|:\s*/).filter((p) => p && p !== base)]
  for (const cand of candidates) {
    const acro = index.acronyms.get(cand.replace(/[.\s]/g, ''))
    const id = acro ? pickHit(index, acro.map((a) => ({ id: a, mode: 'cap' })), hint) : null
    const node = id ? null : walk(index.trie, aliasKey(cand, index.skip).split(' '))
    const found = id ?? (node ? pickHit(index, node.hits, hint) : null)
    const entry = found ? index.actors.get(found) : undefined
    if (entry) return { entry, country: entry.country ?? (entry.countryScoped ? hint : null) }
  }
  const langs = lang ? [lang] : ['en', 'fr']
  // A people's or clan's armed men told whole ("Murle youths", « miliciens peuls »), or the group's name alone.
  for (const l of langs) {
    const whole = findIdentityMilitias(base, 0, base.length, l).find((m) => m.start === 0 && m.end === base.length)?.entry ?? identityNamed(base, l)
    if (whole) return { entry: whole, country: hint }
  }
  const folded = splitWords(base).map((w) => foldWord(w.word))
  for (const l of langs) {
    for (let from = 0; from < folded.length; from++) {
      const head = loadHeads(l).get(folded.slice(from).join(' '))
      if (!head) continue
      const id = head.type === 'role' ? stateActorId(head.value, hint) : head.type === 'tag' ? contextDefault(head.value, hint) : head.type === 'actor' ? head.value : null
      const entry = id ? index.actors.get(id) : undefined
      if (entry) return { entry, country: entry.countryScoped ? hint : entry.country }
    }
  }
  return null
}

/**
 * Whether an actor's country says where the text's story is: not for the media (tag `media` in
 * `kb/actors/curated.yaml`), since where an outlet is based says nothing of where what it reports
 * happened ("…, the BBC reported" of an attack in the Congo).
 */
export function tellsCountry(actorId: string | null | undefined): boolean {
  return !actorId || !getActorIndex().actors.get(actorId)?.tags.includes('media')
}

/** The output actor: ACLED-style name, with the country in the name of generic actors. */
export function toActor(entry: ActorEntry, country: string | null): Actor {
  const index = getActorIndex()
  if (entry.countryScoped && country) {
    return { id: `${entry.id}@${country}`, name: `${entry.name} (${index.countryName.get(country) ?? country})`, qid: entry.qid, inter: entry.inter, country }
  }
  return { id: entry.id, name: entry.name, qid: entry.qid, inter: entry.inter, country: entry.country }
}

/**
 * A contributor's forces serving in a peace mission's country are the mission, named with the
 * contributor as ACLED does ("AMISOM (African Union Mission in Somalia) (Kenya)"): Kenyan troops
 * told in Somalia. Null for any other actor or country.
 */
export function missionActor(actorId: string, hostCountry: string | null): Actor | null {
  if (!hostCountry) return null
  const index = getActorIndex()
  const force = index.actors.get(actorId)
  if (!force || force.inter !== 1 || !force.country || force.country === hostCountry) return null
  for (const mission of missionsIn(index, hostCountry)) {
    if (!mission.contributors.includes(force.country)) continue
    return { id: mission.id, name: `${mission.name} (${index.countryName.get(force.country) ?? force.country})`, qid: mission.qid, inter: mission.inter, country: mission.country }
  }
  return null
}

/**
 * Peacekeepers told by no mission's name ("peacekeepers", "a Burundian peacekeeping unit", « des
 * casques bleus »; KB tag `peacekeepers`) serving in a country where a mission of their organisation
 * operates are that mission, as ACLED names them ("MINUSCA" in the Central African Republic): the
 * organisation's one force (same parent) placed in that country. Null for any other actor or country.
 */
export function peaceMission(actorId: string, hostCountry: string | null): Actor | null {
  if (!hostCountry) return null
  const index = getActorIndex()
  const force = index.actors.get(actorId)
  if (!force?.tags.includes('peacekeepers') || !force.parent) return null
  const missions = [...index.actors.values()].filter((a) => a.country === hostCountry && a.parent === force.parent && a.kind === 'state_force' && a.inter === force.inter)
  return missions.length === 1 ? toActor(missions[0]!, hostCountry) : null
}

/**
 * The force of a regional administration that stands for a country's state force (`actorId`, as
 * `stateActorId` makes it: "police-so") in the first-level area `admin1` of that country (its code,
 * "20"): "Police Forces of Somaliland" in Woqooyi Galbeed. Null elsewhere and for other actors.
 */
export function regionalForce(actorId: string, admin1: string | null): Actor | null {
  if (!admin1) return null
  const role = stateActorRole(actorId)
  const index = getActorIndex()
  const force = role ? index.actors.get(actorId) : undefined
  if (!force?.country || force.role !== role) return null
  let byArea = regionalByArea.get(index)
  if (!byArea) {
    byArea = new Map()
    for (const a of index.actors.values()) for (const area of a.areaRole ? a.areas : []) byArea.set(`${area}\0${a.areaRole}`, a)
    regionalByArea.set(index, byArea)
  }
  const entry = byArea.get(`${force.country}.${admin1}\0${role}`)
  return entry ? toActor(entry, null) : null
}

const regionalByArea = new WeakMap<ActorIndex, Map<string, ActorEntry>>()

const missionsByHost = new WeakMap<ActorIndex, Map<string, ActorEntry[]>>()

/** The actors with troop contributors (peace missions) serving in a country, in KB order; indexed once per KB. */
function missionsIn(index: ActorIndex, country: string): readonly ActorEntry[] {
  let byHost = missionsByHost.get(index)
  if (!byHost) {
    byHost = new Map()
    for (const a of index.actors.values()) {
      if (!a.country || a.contributors.length === 0) continue
      byHost.set(a.country, [...(byHost.get(a.country) ?? []), a])
    }
    missionsByHost.set(index, byHost)
  }
  return byHost.get(country) ?? []
}
