/**
 * The values an event-type filter can match (`--type`, `?type=`): ACLED's event types and
 * sub-event types, and the codes of the events ACLED does not code (DIPLO, ATTRIB…), from the
 * events taxonomy (`loadTaxonomy`). A misspelt type must be an error, not an empty result.
 */
import { loadTaxonomy } from '../annotators/events/resources.js'

let known: Set<string> | null = null

function load(): Set<string> {
  if (known) return known
  known = new Set()
  for (const t of loadTaxonomy().values()) {
    // An event ACLED does not code is stored under its CASE-2021 label (DIPLO), found by it or its code.
    const names = t.acled ? [t.eventType, t.subEventType] : [t.code, t.caseLabel]
    for (const n of names) if (n) known.add(n.toLowerCase())
  }
  return known
}

/** Whether an event-type filter names a type, a sub-event type or a code (any case, as the store compares). */
export function isEventType(value: string): boolean {
  return load().has(value.trim().toLowerCase())
}
