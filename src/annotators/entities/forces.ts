/**
 * A state actor named by its acronym or its name qualifies the force word beside it: "FGS police",
 * "soldiers of the FGS", « les policiers du gouvernement fédéral somalien » are that country's police
 * or military, whichever the word says, not the government or the force the name alone stands for.
 */
import { getActorIndex } from '../../kb/actors/index-build.js'
import { stateActorId } from '../../kb/actors/resolve.js'
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
