/**
 * The values an event-type filter can match (`--type`, `?type=`): ACLED's event types and
 * sub-event types, and the codes of the events ACLED does not code (DIPLO, ATTRIB…), from
 * `resources/common/events/taxonomy.tsv`. A misspelt type must be an error, not an empty result.
 */
import { readResourceLines } from '../resources/load.js'

let known: Set<string> | null = null

function load(): Set<string> {
  if (known) return known
  known = new Set()
  for (const { cols } of readResourceLines('common', 'events/taxonomy.tsv', 8)) {
    const [code, acled, type, sub] = cols as [string, string, string, string]
    const names = acled === 'yes' ? [type, sub] : [code]
    for (const n of names) if (n !== '-') known.add(n.toLowerCase())
  }
  return known
}

/** Whether an event-type filter names a type, a sub-event type or a code (any case, as the store compares). */
export function isEventType(value: string): boolean {
  return load().has(value.trim().toLowerCase())
}
