/**
 * What an event is, for people: its ACLED sub-event type, or for a happening ACLED does not code
 * (a statement, an agreement talk, a disaster), its PLOVER type ("Consult (PLOVER)") rather than
 * the internal code its `subEventType` keeps for the CASE-2021 taxonomy ("DIPLO"). No dependencies,
 * so the web app can use it too.
 */
export const NOT_ACLED = 'Not an ACLED event'

export function eventKind(e: { eventType: string; subEventType: string; plover: { type: string } }): string {
  if (e.eventType !== NOT_ACLED) return e.subEventType || e.eventType
  const t = e.plover.type
  return t ? `${t.charAt(0)}${t.slice(1).toLowerCase().replace(/_/g, ' ')} (PLOVER)` : e.subEventType
}
