/**
 * Light coreference and actor assignment, in document order: persons by full name and surname
 * (« M. Labévière » → Richard Labévière), described persons by their description noun
 * (« l'expert »), contextual heads by the article's country (« l'armée »), "the group" by the
 * last armed group, "the forces" by the last armed group or state force, and generic
 * jihadists/rebels by the article's most mentioned actor of that kind (« les djihadistes » → Daech).
 */
import type { Actor, Mention } from '../../doc/schema.js'
import { getActorIndex } from '../../kb/actors/index-build.js'
import { foldWord, slugify } from '../../kb/actors/normalize.js'
import { contextDefault, stateActorId, toActor, type HeadTarget } from '../../kb/actors/resolve.js'
import type { ActorEntry } from '../../kb/actors/types.js'

export interface Draft {
  mention: Mention
  /** A knowledge-base actor already chosen (alias match). */
  entry: ActorEntry | null
  head: HeadTarget | null
  /** For heads: preceded by a definite determiner. */
  definite: boolean
  description: string | null
}

interface Person { id: string; name: string; surname: string; description: string | null; descHead: string | null }

/** The persons of a document in order of first mention, indexed by what later mentions are matched on. */
interface Persons {
  /** Folded full name → the first person of that name, with its position. */
  byName: Map<string, { at: number; person: Person }>
  /** Folded surname → the first person of that surname, with its position. */
  bySurname: Map<string, { at: number; person: Person }>
  /** Description head → the last person described with it. */
  byDescHead: Map<string, Person>
  count: number
}

export function resolveDrafts(drafts: Draft[], countryHint: string | null): { mentions: Mention[]; actors: Actor[] } {
  const index = getActorIndex()
  const actors = new Map<string, Actor>()
  const persons: Persons = { byName: new Map(), bySurname: new Map(), byDescHead: new Map(), count: 0 }
  const useEntry = (entry: ActorEntry, country: string | null): string => {
    const actor = toActor(entry, entry.countryScoped ? country : entry.country)
    if (!actors.has(actor.id)) actors.set(actor.id, actor)
    return actor.id
  }
  // Salience: mentions per named actor, for generic jihadists/rebels and "the coalition".
  const counts = new Map<string, number>()
  for (const d of drafts) if (d.entry && !d.entry.countryScoped) counts.set(d.entry.id, (counts.get(d.entry.id) ?? 0) + 1)
  const salient = (tag: string): ActorEntry | null => {
    let best: ActorEntry | null = null
    let n = 0
    for (const [id, c] of counts) {
      const e = index.actors.get(id)
      if (e && e.tags.includes(tag) && c > n) [best, n] = [e, c]
    }
    return best
  }
  let lastArmed: string | null = null
  let lastParty: string | null = null
  const mentions: Mention[] = []
  for (const d of drafts) {
    const m = { ...d.mention }
    if (d.entry) {
      let entry = d.entry
      if (entry.countryScoped) entry = entry.tags.map(salient).find((e) => e !== null) ?? entry
      m.actorId = useEntry(entry, countryHint)
      if (entry.kind === 'armed_group') lastArmed = m.actorId
      if (entry.kind === 'armed_group' || entry.kind === 'state_force') lastParty = m.actorId
    } else if (m.kind === 'person' && m.form === 'name') {
      m.actorId = personActor(m.text, d.description, persons, actors)
    } else if (d.head) {
      m.actorId = headActor(d, countryHint, salient, { armed_group: lastArmed, party: lastParty }, persons, useEntry)
      if (!m.actorId) continue
      const kind = actors.get(m.actorId) ? index.actors.get(m.actorId)?.kind : undefined
      if (kind) m.kind = kind
    } else if (m.kind === 'organisation' && m.form === 'name') {
      const id = `org:${slugify(m.text)}`
      if (!actors.has(id)) actors.set(id, { id, name: m.text, qid: null, inter: null, country: null })
      m.actorId = id
    }
    mentions.push(m)
  }
  return { mentions, actors: [...actors.values()] }
}

function personActor(text: string, description: string | null, persons: Persons, actors: Map<string, Actor>): string {
  const parts = text.split(/\s+/)
  const surname = foldWord(parts[parts.length - 1]!)
  const name = foldWord(text)
  // The first person with this full name, or, for a bare surname, with this surname.
  const byName = persons.byName.get(name)
  const bySurname = parts.length === 1 ? persons.bySurname.get(surname) : undefined
  const known = byName && bySurname ? (byName.at < bySurname.at ? byName : bySurname) : (byName ?? bySurname)
  if (known) return known.person.id
  const id = `person:${slugify(text)}`
  const descHead = description ? foldWord(description.split(/\s+/)[0] ?? '') : null
  const person = { id, name: text, surname, description, descHead }
  const at = persons.count++
  if (!persons.byName.has(name)) persons.byName.set(name, { at, person })
  if (!persons.bySurname.has(surname)) persons.bySurname.set(surname, { at, person })
  if (descHead !== null) persons.byDescHead.set(descHead, person)
  actors.set(id, { id, name: text, qid: null, inter: null, country: null, description })
  return id
}

/** The last actor named of each `last:` kind: an armed group, or any armed party (a group or state forces). */
type LastNamed = Record<'armed_group' | 'party', string | null>

function headActor(d: Draft, hint: string | null, salient: (tag: string) => ActorEntry | null, last: LastNamed, persons: Persons, useEntry: (e: ActorEntry, c: string | null) => string): string | null {
  const index = getActorIndex()
  const { type, value } = d.head!
  if (type === 'role') {
    const entry = index.actors.get(stateActorId(value, hint) ?? '')
    return entry ? useEntry(entry, hint) : null
  }
  if (type === 'tag') {
    const entry = salient(value) ?? index.actors.get(contextDefault(value, hint) ?? '')
    return entry ? useEntry(entry, hint) : null
  }
  if (type === 'actor') {
    const entry = index.actors.get(value)
    return entry ? useEntry(entry, hint) : null
  }
  if (type === 'last' && d.definite) return value === 'party' ? last.party : last.armed_group
  if (type === 'person' && d.definite) return persons.byDescHead.get(value)?.id ?? null
  return null
}
