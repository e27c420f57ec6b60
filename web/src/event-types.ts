/**
 * The type filter's choices, from the events taxonomy the engine codes with
 * (`resources/common/events/taxonomy.tsv`, bundled as text): each ACLED event type with its
 * sub-event types, then the CASE-2021 labels under which the events ACLED does not code are
 * stored (DIPLO, ATTRIB…). The API accepts each of them as `type`. Pure, so tested without a browser.
 */
export interface TypeGroup {
  /** The group's label: an ACLED event type, or null for the events ACLED does not code. */
  type: string | null
  /** The values to filter by, in the file's order. */
  values: string[]
}

export function eventTypeGroups(tsv: string): TypeGroup[] {
  const acled = new Map<string, string[]>()
  const other: string[] = []
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    const [, coded, type, sub, , , , caseLabel] = line.split('\t').map((c) => c.trim())
    if (coded === 'yes' && type && type !== '-') {
      const subs = acled.get(type) ?? []
      if (sub && sub !== '-' && !subs.includes(sub)) subs.push(sub)
      acled.set(type, subs)
    } else if (coded === 'no' && caseLabel && caseLabel !== '-' && !other.includes(caseLabel)) {
      other.push(caseLabel)
    }
  }
  return [...[...acled].map(([type, subs]) => ({ type, values: [type, ...subs] })), { type: null, values: other }]
}
