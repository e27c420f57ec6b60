/**
 * PLOVER Gold Standard Records v0.5b1 (CAMEO manual examples, English): a JSON array of coded
 * sentences, read from SITREP_EVAL_DIR at run time. Actors are given as strings, not offsets; the
 * first record documents the file and is skipped. Labels are the v0.5b1 ones: `PLOVER_2021` maps
 * them to the 2021 categories the engine outputs (the crosswalk in the same folder).
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'

export const PLOVER_DIR = 'events/events-plover-gsr'

export interface PloverActor { text: string; code: string | null }

export interface PloverRecord {
  id: string
  text: string
  /** The v0.5b1 category. */
  event: string
  source: PloverActor[]
  target: PloverActor[]
  mode: string | null
  context: string | null
}

/** v0.5b1 → 2021 categories (CAMEO2PLOVER-2021): the renamed ones; the rest keep their name. */
export const PLOVER_2021: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT',
}

export function plover2021(event: string): string {
  return PLOVER_2021[event] ?? event
}

interface RawActor { actorText?: unknown; code?: unknown }
interface RawRecord { id?: unknown; text?: unknown; event?: unknown; source?: unknown; target?: unknown; mode?: unknown; context?: unknown }

function actors(v: unknown): PloverActor[] {
  if (!Array.isArray(v)) return []
  return (v as RawActor[]).filter((a) => typeof a.actorText === 'string' && a.actorText !== '')
    .map((a) => ({ text: a.actorText as string, code: typeof a.code === 'string' ? a.code : null }))
}

export function parsePlover(content: string): PloverRecord[] {
  const raw = JSON.parse(content) as unknown
  if (!Array.isArray(raw)) throw new Error('PLOVER_GSR_CAMEO.json: expected a JSON array of records')
  return (raw as RawRecord[])
    .filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string')
    .map((r, i) => ({
      id: typeof r.id === 'string' ? r.id : String(i),
      text: r.text as string,
      event: String(r.event ?? ''),
      source: actors(r.source),
      target: actors(r.target),
      mode: typeof r.mode === 'string' && r.mode !== '' ? r.mode : null,
      context: typeof r.context === 'string' && r.context !== '' ? r.context : null,
    }))
}

export function loadPlover(limit?: number): PloverRecord[] {
  const all = parsePlover(readFileSync(evalPath(PLOVER_DIR, 'PLOVER_GSR_CAMEO.json'), 'utf8'))
  return limit === undefined ? all : all.slice(0, limit)
}
