/**
 * A state actor named by its acronym or its name qualifies the force word beside it: "FGS police",
 * "soldiers of the FGS", « les policiers du gouvernement fédéral somalien » are that country's police
 * or military, whichever the word says, not the government or the force the name alone stands for.
 */
import { getActorIndex } from '../../kb/actors/index-build.js'
import { resolveActorName, stateActorId } from '../../kb/actors/resolve.js'
import { hasCue, type EntityResources } from './resources.js'
import type { ActorMatch } from './match-actors.js'
import type { Word } from './words.js'

/** Link words allowed between a force word and the state actor after it ("of the", « de l' »). */
const MAX_LINKS = 3

const isLink = (res: EntityResources, w: Word): boolean => (w.isWord ? hasCue(res, 'force-link', w.fold) : w.text === "'" || w.text === '’')

/** A word that qualifies a force word without being one ("security", « spéciales »): "ISWA security forces". */
const isModifier = (res: EntityResources, w: Word | undefined): boolean => w !== undefined && w.isWord && hasCue(res, 'force-modifier', w.fold)

/** Words between a coordinated acronym and the force word they share ("and AMISOM", "/ISWA"). */
const MAX_COORDINATED = 4

const isCoordinated = (res: EntityResources, w: Word): boolean => w.allCaps || (w.isWord ? hasCue(res, 'force-coord', w.fold) : w.text === '/' || w.text === '-')

function forceRole(res: EntityResources, w: Word | undefined): 'military' | 'police' | null {
  if (!w?.isWord) return null
  if (hasCue(res, 'force-military', w.fold)) return 'military'
  if (hasCue(res, 'force-police', w.fold)) return 'police'
  return null
}

/** Widens each state actor's match that qualifies a force word into that force, marking the word covered. */
export function qualifyForces(words: readonly Word[], matches: readonly ActorMatch[], covered: boolean[], res: EntityResources): void {
  const index = getActorIndex()
  for (const m of matches) {
    const state = m.hits.map((h) => index.actors.get(h.id)).find((a) => a?.role && a.country)
    // A name holding its own force word ("Djibouti police", "police and the Djibouti") is no qualifier.
    if (!state || words.slice(m.from, m.to + 1).some((w) => forceRole(res, w))) continue
    const after = m.to + 1
    let k = m.from - 1
    while (k >= 0 && m.from - 1 - k < MAX_LINKS && isLink(res, words[k]!)) k--
    const beforeWord = k >= 0 && !covered[k] ? words[k] : undefined
    const force = (role: 'military' | 'police' | null) => {
      const id = role ? stateActorId(role, state.country) : null
      return id && index.actors.has(id) ? id : null
    }
    // One word that qualifies the force word may stand between ("ISWA security forces").
    const at = isModifier(res, words[after]) && !covered[after] && forceRole(res, words[after + 1]) ? after + 1 : after
    const next = covered[at] ? null : force(forceRole(res, words[at]))
    if (next) {
      m.hits = [{ id: next, mode: 'any' }]
      m.to = at
      m.end = words[at]!.end
      for (let j = after; j <= at; j++) covered[j] = true
      continue
    }
    // "FGS and AMISOM forces", "FGS/ISWA forces": the force word after a coordination of acronyms
    // qualifies each of them; the match keeps its words.
    let end = after
    while (end < words.length && end - after < MAX_COORDINATED && isCoordinated(res, words[end]!)) end++
    const shared = end > after ? force(forceRole(res, words[end])) : null
    if (shared) {
      m.hits = [{ id: shared, mode: 'any' }]
      continue
    }
    const before = force(forceRole(res, beforeWord))
    if (!before) continue
    m.hits = [{ id: before, mode: 'any' }]
    for (let j = k; j < m.from; j++) covered[j] = true
    m.from = k
    m.start = words[k]!.start
  }
}

/** Capitalised words that may name a state's region or a country before or after a shared force word ("Puntland", "South Sudan"). */
const MAX_SHARED_NAME = 2

/**
 * A force word shared by two names coordinated before it ("Puntland and Galmudug forces") or after
 * it (« les forces du Galmudug et du Puntland »): the name the knowledge base did not match alone
 * is that state's force when the name and the force word make one of its aliases ("Puntland
 * forces", « forces du Puntland »), a state force only. The new matches, their words marked covered.
 */
export function sharedForces(words: readonly Word[], matches: readonly ActorMatch[], covered: boolean[], res: EntityResources, lang: string): ActorMatch[] {
  const out: ActorMatch[] = []
  const index = getActorIndex()
  const stateForce = (text: string) => {
    const hit = resolveActorName(text, lang)?.entry
    return hit && hit.kind === 'state_force' && index.actors.has(hit.id) ? hit.id : null
  }
  const named = (from: number, to: number) => from >= 0 && to < words.length && from <= to && words.slice(from, to + 1).every((w, i) => w.isWord && w.cap && !covered[from + i])
  const text = (from: number, to: number) => words.slice(from, to + 1).map((w) => w.text).join(' ')
  // The longest run of one or two names at `from(n)`..`to(n)` that, told as `alias` says, is a state's force.
  const take = (from: (n: number) => number, to: (n: number) => number, alias: (from: number, to: number) => string) => {
    for (let n = MAX_SHARED_NAME; n >= 1; n--) {
      const a = from(n)
      const b = to(n)
      if (!named(a, b)) continue
      const id = stateForce(alias(a, b))
      if (!id) continue
      out.push({ start: words[a]!.start, end: words[b]!.end, from: a, to: b, hits: [{ id, mode: 'any' }], named: true })
      for (let k = a; k <= b; k++) covered[k] = true
      return
    }
  }
  for (const m of matches) {
    // Before: "<Name> and <Name'> forces", the force word ending the match.
    const last = words[m.to]
    const coord = words[m.from - 1]
    if (forceRole(res, last) && coord?.isWord && hasCue(res, 'force-coord', coord.fold)) {
      take((n) => m.from - 1 - n, () => m.from - 2, (a, b) => `${text(a, b)} ${last!.text}`)
    }
    // After: « les forces du <Nom'> et du <Nom> », the force word opening the match.
    const first = words[m.from]
    const after = words[m.to + 1]
    if (forceRole(res, first) && after?.isWord && hasCue(res, 'force-coord', after.fold)) {
      let k = m.to + 2
      while (k < words.length && k - (m.to + 2) < MAX_LINKS && isLink(res, words[k]!)) k++
      const links = k > m.to + 2 ? `${text(m.to + 2, k - 1)} ` : ''
      take(() => k, (n) => k + n - 1, (a, b) => `${first!.text} ${links}${text(a, b)}`.replace(/([’']) /gu, '$1'))
    }
  }
  return out
}
