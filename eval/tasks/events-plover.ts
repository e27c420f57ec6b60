/**
 * The `plover` set of the `events` task: PLOVER GSR sentences through the default pipeline. The
 * sentence's event is its most confident event of any kind (PLOVER codes verbal events ACLED does
 * not). Type accuracy uses the 2021 categories (gold mapped with the crosswalk); an actor matches
 * when one name contains the other after normalising, or both resolve to the same KB actor.
 */
import type { Event } from '../../src/doc/schema.js'
import { resolveActorName, toActor } from '../../src/kb/actors/resolve.js'
import { getDefaultPipeline } from '../../src/pipeline/default.js'
import { loadPlover, plover2021, type PloverActor } from '../loaders/plover.js'
import type { Metrics, TaskOptions } from '../task.js'
import { normaliseActor } from './events-acled.js'
import { mainEvent } from './events.js'

function kbId(name: string): string | null {
  const hit = resolveActorName(name, 'en')
  return hit ? toActor(hit.entry, hit.country).id : null
}

export function ploverActorMatches(gold: readonly PloverActor[], got: Event['actor1']): boolean {
  if (gold.length === 0) return got === null
  if (!got) return false
  const g = normaliseActor(got.name)
  return gold.some((a) => {
    const t = normaliseActor(a.text)
    if (t && g && (g.includes(t) || t.includes(g))) return true
    const id = kbId(a.text)
    return id !== null && id === got.actorId
  })
}

export async function scorePlover(opts: TaskOptions): Promise<Metrics> {
  const pipeline = getDefaultPipeline()
  const records = loadPlover(opts.limit)
  let predicted = 0, type = 0, source = 0, target = 0, triple = 0
  const withTarget = records.filter((r) => r.target.length > 0).length
  for (const r of records) {
    const e = mainEvent(pipeline.analyze({ input: `plover:${r.id}`, text: r.text, language: 'en' }))
    if (e) predicted++
    const okType = e !== null && e.plover.type === plover2021(r.event)
    const okSource = ploverActorMatches(r.source, e?.actor1 ?? null)
    const okTarget = r.target.length > 0 ? ploverActorMatches(r.target, e?.actor2 ?? null) : true
    if (okType) type++
    if (okSource) source++
    if (r.target.length > 0 && okTarget) target++
    if (okType && okSource && okTarget) triple++
  }
  const n = records.length || 1
  return {
    records: records.length, predicted,
    type_acc: type / n, type_matched: type,
    source_acc: source / n, source_matched: source,
    target_acc: withTarget ? target / withTarget : 0, target_gold: withTarget, target_matched: target,
    triple_acc: triple / n, triple_matched: triple,
  }
}
