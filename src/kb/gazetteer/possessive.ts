/**
 * A possessive whose apostrophe a feed lost ("Syrias army", "in Syrias Deir Ezzor", "Aleppo Syrias
 * largest city"): a word that is a country's name or a city of a million's with a possessive ending
 * (the language's, given by the caller from its resources: English "s"), while the word itself
 * names no place. Smaller towns share their names, so written, with surnames ("Estes",
 * "Fredericks"); a word the gazetteer knows ("Texas", "Wales") is that place. Asked by the entities
 * stage (such a word is no name and ends the name before it) and the places stage (it is no part of
 * the name after it, and a locative cue before it is that name's).
 */
import { lookupName } from './index.js'

/** A city this large is named with a possessive in the news; smaller ones' names are surnames too. */
export const POSSESSOR_CITY = 1_000_000
const MIN_STEM = 4

/** Answers per list of endings (each language's resource list is one object), so one language's answer is never another's. */
const caches = new WeakMap<Iterable<string>, Map<string, string | null>>()
const MAX_CACHE = 4096

/** The place's name in `word` ("Syrias" → "Syria") when it is such a possessive, else null. */
export function strippedPossessiveStem(word: string, suffixes: Iterable<string>): string | null {
  let cache = caches.get(suffixes)
  if (!cache) caches.set(suffixes, (cache = new Map()))
  const key = word
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  let out: string | null = null
  for (const x of suffixes) {
    if (x === '' || word.length < x.length + MIN_STEM || !word.toLowerCase().endsWith(x)) continue
    if (lookupName(word).length > 0) break
    const stem = word.slice(0, -x.length)
    if (lookupName(stem).some((e) => e.kind === 'country' || e.population >= POSSESSOR_CITY)) out = stem
    break
  }
  if (cache.size >= MAX_CACHE) cache.clear()
  cache.set(key, out)
  return out
}
