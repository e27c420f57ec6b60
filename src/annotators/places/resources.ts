/** Place-recognition knowledge per language, loaded once from `resources/<lang>/places/`. */
import { foldName } from '../../kb/gazetteer/index.js'
import { EngineError } from '../../errors.js'
import { escapeRegex, hasResource, readResourceLines } from '../../resources/load.js'

export type CueKind = 'before' | 'weak-before' | 'near' | 'admin' | 'title' | 'metonymy' | 'street' | 'settlement' | 'facility' | 'weapon' | 'seat-after' | 'seat-before' | 'possessive' | 'area' | 'object-verb' | 'world-part' | 'people-after' | 'dwellers-after' | 'people-of' | 'list-joint' | 'road-joint' | 'sponsor-after' | 'sponsor-before' | 'kind-joint'

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
  /**
   * An admin word → the word GeoNames puts after the names of areas of that kind ("zone", and for
   * French « territoire » "territory"): the admin words' third column, else the word itself.
   */
  adminTypes: Map<string, string>
}

const KINDS: CueKind[] = ['before', 'weak-before', 'near', 'admin', 'title', 'metonymy', 'street', 'settlement', 'facility', 'weapon', 'seat-after', 'seat-before', 'possessive', 'area', 'object-verb', 'world-part', 'people-after', 'dwellers-after', 'people-of', 'list-joint', 'road-joint', 'sponsor-after', 'sponsor-before', 'kind-joint']
const cache = new Map<string, PlaceResources>()

export function loadPlaceResources(lang: string): PlaceResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const cues = Object.fromEntries(KINDS.map((k) => [k, [] as string[]])) as Record<CueKind, string[]>
  const adminTypes = new Map<string, string>()
  for (const { cols, where } of readResourceLines(lang, 'places/cues.tsv', 2)) {
    const kind = cols[0] as CueKind
    if (!KINDS.includes(kind)) throw new EngineError('E_RESOURCE', `unknown cue kind "${cols[0]}"; expected one of ${KINDS.join(', ')}`, where)
    cues[kind].push(cols[1]!.toLowerCase())
    if (kind === 'admin') adminTypes.set(cols[1]!.toLowerCase(), (cols[2] ?? cols[1]!).toLowerCase())
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
    adminTypes,
    timeWords: new Set(readResourceLines(lang, 'places/time-words.txt').map((r) => foldName(r.cols[0]!))),
  }
  cache.set(lang, res)
  return res
}

const standIns = new Map<string, { before: RegExp | null; after: RegExp | null }>()

/**
 * Whether the name at [start, end) is a sponsor or a group's seat by the words around it (cue
 * kinds `sponsor-before` / `seat-before` right before it, `sponsor-after` / `seat-after` after its
 * hyphen or, for a seat, its space: "backed by Moscow", "US-led", "the Britain-based monitor"):
 * a state or a town named, not where the text is. For stages that count a text's countries before
 * the places stage runs.
 */
export function standsIn(lang: string, text: string, start: number, end: number): boolean {
  let re = standIns.get(lang)
  if (!re) {
    const cues = hasResource(lang, 'places/cues.tsv') ? loadPlaceResources(lang).cues : null
    const alt = (xs: string[]) => xs.map(escapeRegex).join('|')
    const before = cues ? alt([...cues['sponsor-before'], ...cues['seat-before']]) : ''
    const after = cues ? alt(cues['sponsor-after']) : ''
    const seat = cues ? alt(cues['seat-after']) : ''
    re = {
      before: before ? new RegExp(`(?<![\\p{L}])(?:${before})\\s+$`, 'iu') : null,
      after: after || seat ? new RegExp(`^(?:${[after && `-(?:${after})`, seat && `[- ](?:${seat})`].filter(Boolean).join('|')})(?![\\p{L}])`, 'iu') : null,
    }
    standIns.set(lang, re)
  }
  return (re.before?.test(text.slice(Math.max(0, start - 40), start)) ?? false) || (re.after?.test(text.slice(end, end + 30)) ?? false)
}
