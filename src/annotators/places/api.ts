/**
 * A small programmatic API over the gazetteer and the resolver's priors, for stages that hold a
 * place name outside running text (ACLED notes, actor countries): "which feature is this name?".
 */
import { foldName, loadGazetteer, type GazetteerEntry } from '../../kb/gazetteer/index.js'
import { distanceKm } from '../../doc/geo.js'
import { priorScore } from './resolve.js'

export interface NameResolution {
  entry: GazetteerEntry
  confidence: number
  alternatives: { entry: GazetteerEntry; score: number }[]
}

export interface NameHints {
  /** ISO alpha-2 code of the country the name is expected in. */
  countryCode?: string | null
  /** A point the place is expected near (another place of the same text). */
  near?: { lat: number; lon: number } | null
}

/** The best feature for a name, preferring the hinted country and proximity; null when unknown. */
export function resolvePlaceName(name: string, hints: NameHints = {}): NameResolution | null {
  const key = foldName(name)
  const entries = loadGazetteer().lookup(key)
  if (entries.length === 0) return null
  const cc = hints.countryCode?.toUpperCase() ?? null
  const scored = entries.map((entry) => {
    let score = priorScore(entry, key, entries.some((e) => e.kind === 'country'))
    if (cc && entry.countryCode === cc) score += 4
    if (hints.near) {
      const d = distanceKm(entry.lat, entry.lon, hints.near.lat, hints.near.lon)
      // A point given by the caller is strong evidence: it usually comes from the same text.
      score += d < 50 ? 5 : d < 150 ? 3.5 : d < 500 ? 1.5 : 0
    }
    return { entry, score }
  }).sort((a, b) => b.score - a.score)
  const top = scored[0]!.score
  const exps = scored.map((s) => Math.exp(s.score - top))
  const sum = exps.reduce((a, b) => a + b, 0)
  return {
    entry: scored[0]!.entry,
    confidence: 1 / sum,
    alternatives: scored.slice(1, 4).map((s, k) => ({ entry: s.entry, score: exps[k + 1]! / sum })),
  }
}

/** `lookupPlace("Palmyra", "SY")`: the best feature for a name, or null. */
export function lookupPlace(name: string, countryHint?: string | null): GazetteerEntry | null {
  return resolvePlaceName(name, { countryCode: countryHint ?? null })?.entry ?? null
}

/** A country by ISO alpha-2 code ("SY") or by name in any indexed language ("Syrie", "Syria"). */
export function lookupCountry(codeOrName: string): GazetteerEntry | null {
  const gaz = loadGazetteer()
  if (/^[A-Za-z]{2}$/.test(codeOrName)) {
    const byCode = gaz.country(codeOrName)
    if (byCode) return byCode
  }
  return gaz.lookup(foldName(codeOrName)).find((e) => e.kind === 'country') ?? null
}
