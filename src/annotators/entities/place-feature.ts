/**
 * Gazetteer evidence for name typing: whether a capitalised sequence names a known place, and
 * how strongly. The gazetteer belongs to the places stage (src/kb/gazetteer); entities only ask it.
 */
import { lookupName } from '../../kb/gazetteer/index.js'

export interface PlaceEvidence {
  /** A country, region or first-level area, or a city of at least `CITY_POPULATION`. */
  strong: boolean
  /** Any populated place or area of that name. */
  weak: boolean
  country: string | null
}

// Below this, city names are too often also surnames or common words to count on their own.
const CITY_POPULATION = 15_000
const NONE: PlaceEvidence = { strong: false, weak: false, country: null }

export function placeEvidence(name: string): PlaceEvidence {
  const entries = lookupName(name)
  if (entries.length === 0) return NONE
  let best = entries[0]!
  for (const e of entries) if (e.population > best.population) best = e
  const area = entries.find((e) => e.kind === 'country' || e.kind === 'region' || e.kind === 'admin1')
  const strong = area !== undefined || best.population >= CITY_POPULATION
  return { strong, weak: true, country: (area ?? best).countryCode }
}
