/**
 * Communal militias: the armed men of a town or village named after it, as ACLED names them
 * ("<town> Communal Militia (<country>)"): "militia from Mkpani", "armed men from Zawiya", "the
 * Adadama militia", « la milice d'autodéfense de Kera ». Read around the places of the text; the
 * words are cues of `resources/<lang>/events/cues.tsv` (`communal` before the place, `communal-head`
 * after it).
 */
import type { Doc } from '../../pipeline/annotator.js'
import { slugify } from '../../kb/actors/normalize.js'
import { getActorIndex } from '../../kb/actors/index-build.js'
import type { Span } from '../../doc/schema.js'
import { compileWords, cueRegex, type EventResources } from './resources.js'
import { loadEntityResources } from '../entities/resources.js'
import { allMatches, hasResource } from '../../resources/load.js'
import { loadPlaceResources } from '../places/resources.js'
import { foldName } from '../../kb/gazetteer/fold.js'
import type { ActorMention } from './arguments.js'

/** A town, a village or a district: what ACLED names communal militias after (not a region or a country). */
const local = (featureCode: string | null | undefined) => !!featureCode && (featureCode.startsWith('PPL') || featureCode === 'ADM2' || featureCode === 'ADM3')

/** The communal militias told in the text that no named mention already covers. */
export function communalMentions(doc: Doc, res: EventResources, named: readonly Span[], homeCountry: string | null): ActorMention[] {
  const out: ActorMention[] = []
  for (const { start, end, place, cc } of communalSpans(doc, res, homeCountry)) {
    if (named.some((n) => n.start < end && start < n.end) || out.some((n) => n.start < end && start < n.end)) continue
    out.push({ start, end, name: `${place} Communal Militia (${getActorIndex().countryName.get(cc) ?? cc})`, actorId: `communal-${slugify(place)}-militia@${cc}`, inter: 4, generic: false, template: null })
  }
  return out
}

interface CommunalSpan extends Span {
  place: string
  cc: string
}

/** Communal spans per document: the events stage asks twice (strict and loose mentions), with the same text. */
const spansCache = new WeakMap<Doc, { res: EventResources; homeCountry: string | null; spans: CommunalSpan[] }>()

/** Every communal militia the text tells, in the order they are read, before any overlap is judged. */
function communalSpans(doc: Doc, res: EventResources, homeCountry: string | null): CommunalSpan[] {
  const hit = spansCache.get(doc)
  if (hit && hit.res === res && hit.homeCountry === homeCountry) return hit.spans
  const before = cueRegex(res, 'communal', '((?:{cue})\\s*)$')
  const after = cueRegex(res, 'communal-head', '^\\s+(?:{cue})')
  const text = doc.article.text
  const spans: CommunalSpan[] = []
  for (const p of doc.places) {
    if (!local(p.featureCode) || !p.countryCode) continue
    let start = p.start
    let end = p.end
    const lead = before ? exec(before, text.slice(Math.max(0, p.start - 60), p.start)) : null
    const head = lead ? null : after ? exec(after, text.slice(p.end, p.end + 30)) : null
    if (lead) start -= lead[1]!.length
    else if (head) end += head[0].length
    else continue
    spans.push({ start, end, place: text.slice(p.start, p.end), cc: p.countryCode })
  }
  // "clashes between the Gwani and Kinafa communities", "members of the Igbara community": one or two
  // named villages or communities as the sides, whether or not the gazetteer knows them (not peoples,
  // faiths or nationalities: "Christian and Muslim communities", "Nigerian villagers"; not a country
  // or a region the gazetteer knows).
  const misc = loadEntityResources(res.lang).cues.get('misc-word')
  const demonyms = hasResource(res.lang, 'places/demonyms.tsv') ? loadPlaceResources(res.lang).demonyms : null
  const people = (n: string) => [n, n.split(/[ -]/u)[0]!].some((w) => misc?.has(w) || demonyms?.has(foldName(w)))
  for (const [kind, count] of [['communal-pair', 2], ['communal-name', 1]] as const) {
    const re = nameRegex(res, kind)
    if (!re) continue
    for (const m of allMatches(re, text)) {
      const names = m.slice(1).filter((x): x is string => x !== undefined)
      if (names.length !== count || names.some(people)) continue
      let at = m.index
      for (const n of names) {
        const start = text.indexOf(n, at)
        at = start + n.length
        const known = doc.places.find((p) => p.start === start && p.end === at)
        if (known && !local(known.featureCode)) continue
        const cc = homeCountry ?? known?.countryCode
        // one name: the mention is the words that tell the armed men too ("militia members from Agila")
        if (cc) spans.push({ start: count === 1 ? Math.min(start, m.index) : start, end: at, place: n, cc })
      }
    }
  }
  spansCache.set(doc, { res, homeCountry, spans })
  return spans
}

/** A capitalised name of one or two words (a village the gazetteer may lack). */
const NAME = "(\\p{Lu}[\\p{L}'’]+(?:[ -]\\p{Lu}[\\p{L}'’]+)?)"
const nameCache = new Map<string, RegExp | null>()

/** The `communal-pair` or `communal-name` cues with NAME as a capitalised name, once per language. */
function nameRegex(res: EventResources, kind: 'communal-pair' | 'communal-name'): RegExp | null {
  const key = `${res.lang}#${kind}`
  if (!nameCache.has(key)) {
    const alt = res.cues[kind]
    nameCache.set(key, alt ? compileWords(alt.replaceAll('NAME', NAME), `${res.lang}/events/cues.tsv#${kind}`) : null)
  }
  return nameCache.get(key)!
}

function exec(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0
  return re.exec(s)
}
