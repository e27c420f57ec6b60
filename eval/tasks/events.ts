/**
 * `events`: scores the events the default pipeline produces.
 * - case2021: each snippet's label is the sub-event type of its most confident event (no event =
 *   "nothing"); micro and macro F1 over the 25 ACLED classes, and for the 5 non-ACLED classes the
 *   share the engine kept out of ACLED (its "not an ACLED event" answer) and their exact F1.
 * - acled: coder notes (old taxonomy; our output is mapped down, see docs/quality.md).
 * - acled-country: the same notes, each with its own country given as the hint a country feed gives.
 * - plover: PLOVER GSR sentences (type with the 2021 crosswalk, source and target actors).
 * - fakes: FA-KES news articles against the crowd's silver facts (governorate, perpetrator class,
 *   cause of death, the dead), a measure, not a bar (`events-fakes.ts`).
 */
import type { Analysis, Event } from '../../src/doc/schema.js'
import { loadTaxonomy } from '../../src/annotators/events/resources.js'
import { getDefaultPipeline } from '../../src/pipeline/default.js'
import { CASE_ACLED_LABELS, CASE_OTHER_LABELS, loadCase2021 } from '../loaders/case2021.js'
import type { EvalTask, Metrics, TaskOptions } from '../task.js'
import { scoreAcled } from './events-acled.js'
import { scoreFakes } from './events-fakes.js'
import { scorePlover } from './events-plover.js'

/** The most confident event of an analysis (ties: the first), or null. */
export function mainEvent(a: Analysis): Event | null {
  let best: Event | null = null
  for (const e of a.events) if (!best || e.confidence > best.confidence) best = e
  return best
}

let labelBySubType: Map<string, string> | null = null

/** The CASE-2021 code of an event: its ACLED sub-event type, or the non-ACLED class it names. */
export function caseLabel(e: Event | null): string {
  if (!e) return 'NONE'
  if (!labelBySubType) {
    labelBySubType = new Map()
    for (const t of loadTaxonomy().values()) if (t.acled && !labelBySubType.has(t.subEventType)) labelBySubType.set(t.subEventType, t.caseLabel)
  }
  return labelBySubType.get(e.subEventType) ?? e.subEventType
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

async function scoreCase(opts: TaskOptions): Promise<Metrics> {
  const pipeline = getDefaultPipeline()
  const acled = new Set<string>(CASE_ACLED_LABELS)
  const other = new Set<string>(CASE_OTHER_LABELS)
  const pairs = loadCase2021(opts.limit).map((s) => ({ gold: s.label, pred: caseLabel(mainEvent(pipeline.analyze({ input: `case2021:${s.id}`, text: s.text, language: 'en' }))) }))
  const perClass = (label: string) => {
    const tp = pairs.filter((p) => p.gold === label && p.pred === label).length
    const predicted = pairs.filter((p) => p.pred === label).length
    const gold = pairs.filter((p) => p.gold === label).length
    return { tp, predicted, gold }
  }
  const acledPairs = pairs.filter((p) => acled.has(p.gold))
  const tp = pairs.filter((p) => acled.has(p.gold) && p.pred === p.gold).length
  const predicted = pairs.filter((p) => acled.has(p.pred)).length
  const gold = acledPairs.length
  const p = predicted ? tp / predicted : 0
  const r = gold ? tp / gold : 0
  const classes = CASE_ACLED_LABELS.map(perClass).filter((c) => c.gold > 0)
  const macro = classes.reduce((sum, c) => sum + f1(c.predicted ? c.tp / c.predicted : 0, c.gold ? c.tp / c.gold : 0), 0) / (classes.length || 1)
  const otherPairs = pairs.filter((p) => other.has(p.gold))
  const otherTp = otherPairs.filter((p) => p.pred === p.gold).length
  const otherPred = pairs.filter((p) => other.has(p.pred)).length
  const kept = otherPairs.filter((p) => !acled.has(p.pred)).length
  return {
    acled_micro_p: p, acled_micro_r: r, acled_micro_f1: f1(p, r), acled_macro_f1: macro,
    acled_gold: gold, acled_predicted: predicted, acled_matched: tp,
    accuracy_all: pairs.filter((x) => x.pred === x.gold).length / (pairs.length || 1),
    non_acled_kept_out: otherPairs.length ? kept / otherPairs.length : 0,
    non_acled_gold: otherPairs.length, non_acled_kept_out_n: kept,
    non_acled_f1: f1(otherPred ? otherTp / otherPred : 0, otherPairs.length ? otherTp / otherPairs.length : 0),
    non_acled_predicted: otherPred, non_acled_matched: otherTp,
  }
}

export const eventsTask: EvalTask = {
  name: 'events',
  description: 'Events: CASE-2021 sub-event types, ACLED 2016 coder notes, PLOVER GSR who-did-what-to-whom, FA-KES news against silver facts',
  sets: ['case2021', 'acled', 'acled-country', 'plover', 'fakes'],
  run(set, opts) {
    if (set === 'case2021') return scoreCase(opts)
    if (set === 'acled') return scoreAcled(opts)
    if (set === 'acled-country') return scoreAcled(opts, true)
    if (set === 'fakes') return scoreFakes(opts)
    return scorePlover(opts)
  },
}
