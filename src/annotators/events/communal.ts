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
import { cueRegex, type EventResources } from './resources.js'
import type { ActorMention } from './arguments.js'

/** A town, a village or a district: what ACLED names communal militias after (not a region or a country). */
const local = (featureCode: string | null | undefined) => !!featureCode && (featureCode.startsWith('PPL') || featureCode === 'ADM2' || featureCode === 'ADM3')

/** The communal militias told in the text that no named mention already covers. */
export function communalMentions(doc: Doc, res: EventResources, named: readonly Span[]): ActorMention[] {
  const before = cueRegex(res, 'communal', '((?:{cue})\\s*)$')
  const after = cueRegex(res, 'communal-head', '^\\s+(?:{cue})')
  if (!before && !after) return []
  const text = doc.article.text
  const out: ActorMention[] = []
  for (const p of doc.places) {
    if (!local(p.featureCode) || !p.countryCode) continue
    let start = p.start
    let end = p.end
    const lead = before ? exec(before, text.slice(Math.max(0, p.start - 60), p.start)) : null
    const head = lead ? null : after ? exec(after, text.slice(p.end, p.end + 30)) : null
    if (lead) start -= lead[1]!.length
    else if (head) end += head[0].length
    else continue
    push(start, end, text.slice(p.start, p.end), p.countryCode)
  }
  return out

  function push(start: number, end: number, place: string, cc: string): void {
    if (named.some((n) => n.start < end && start < n.end) || out.some((n) => n.start < end && start < n.end)) return
    out.push({ start, end, name: `${place} Communal Militia (${getActorIndex().countryName.get(cc) ?? cc})`, actorId: `communal-${slugify(place)}-militia@${cc}`, inter: 4, generic: false, template: null })
  }
}

function exec(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0
  return re.exec(s)
}
