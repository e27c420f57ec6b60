/** Place-recognition knowledge per language, loaded once from `resources/<lang>/places/`. */
import { foldName } from '../../kb/gazetteer/index.js'
import { EngineError } from '../../errors.js'
import { readResourceLines } from '../../resources/load.js'

export type CueKind = 'before' | 'weak-before' | 'near' | 'admin' | 'title' | 'metonymy' | 'street' | 'settlement' | 'facility' | 'weapon' | 'seat-after' | 'seat-before' | 'possessive' | 'area' | 'object-verb' | 'world-part' | 'people-after' | 'dwellers-after' | 'people-of' | 'list-joint' | 'sponsor-after' | 'sponsor-before'

export interface PlaceResources {
  lang: string
  /** Cue phrases by kind, lower case, longest first. */
  cues: Record<CueKind, string[]>
  /** Folded words that are frequent in the language: capitalisation alone does not make them places. */
  commonWords: Set<string>
  /** Folded month and weekday names: a time, never a place on their own. */
  timeWords: Set<string>
  /** Folded demonym or country adjective → ISO alpha-2 country code. */
  demonyms: Map<string, string>
}

const KINDS: CueKind[] = ['before', 'weak-before', 'near', 'admin', 'title', 'metonymy', 'street', 'settlement', 'facility', 'weapon', 'seat-after', 'seat-before', 'possessive', 'area', 'object-verb', 'world-part', 'people-after', 'dwellers-after', 'people-of', 'list-joint', 'sponsor-after', 'sponsor-before']
const cache = new Map<string, PlaceResources>()

export function loadPlaceResources(lang: string): PlaceResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const cues = Object.fromEntries(KINDS.map((k) => [k, [] as string[]])) as Record<CueKind, string[]>
  for (const { cols, where } of readResourceLines(lang, 'places/cues.tsv', 2)) {
    const kind = cols[0] as CueKind
    if (!KINDS.includes(kind)) throw new EngineError('E_RESOURCE', `unknown cue kind "${cols[0]}"; expected one of ${KINDS.join(', ')}`, where)
    cues[kind].push(cols[1]!.toLowerCase())
  }
  for (const k of KINDS) cues[k].sort((a, b) => b.length - a.length)
  const demonyms = new Map<string, string>()
  for (const { cols } of readResourceLines(lang, 'places/demonyms.tsv', 2)) {
    for (const form of cols[1]!.split('|')) demonyms.set(foldName(form), cols[0]!.toUpperCase())
  }
  const res: PlaceResources = {
    lang,
    cues,
    commonWords: new Set(readResourceLines(lang, 'places/common-words.txt').map((r) => foldName(r.cols[0]!))),
    demonyms,
    timeWords: new Set(readResourceLines(lang, 'places/time-words.txt').map((r) => foldName(r.cols[0]!))),
  }
  cache.set(lang, res)
  return res
}
