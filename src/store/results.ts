/**
 * What every store returns the same way, whatever its database: how many rows a search gives, and
 * merged events put together from their reports and sources.
 */
import type { Event } from '../doc/schema.js'
import type { MergedEvent, SearchFilters } from './store.js'
import { groupBy } from '../doc/group.js'

export const DEFAULT_LIMIT = 20
/** The most rows one search returns, an export included: it is held in memory before it is written. */
export const MAX_LIMIT = 100_000

export function limitOf(f: SearchFilters): number {
  return Math.min(MAX_LIMIT, Math.max(1, f.limit ?? DEFAULT_LIMIT))
}

/** One stored report of a merged event: its event as stored JSON, and the article it is in. */
export interface ReportRow {
  cluster: number
  json: string
  articleId: string
}

/**
 * The merged events of `clusters` (in that order, each with a report in `reports`, listed in the
 * order they were stored), with their distinct sources, sorted by the dates they show. `texts`
 * holds each report's article text once (a long page reports hundreds of events: read per report,
 * its text was copied as many times).
 */
export function mergeReports(clusters: readonly number[], reports: readonly ReportRow[], texts: ReadonlyMap<string, string>, sources: readonly { cluster: number; source: string }[]): MergedEvent[] {
  const byCluster = groupBy(reports, (r) => r.cluster)
  const sourcesOf = groupBy(sources, (r) => r.cluster)
  const merged = clusters.map((c) => {
    const rows = byCluster.get(c)!
    const first = JSON.parse(rows[0]!.json) as Event
    const evidence = rows.flatMap((r) => {
      const e = r === rows[0] ? first : (JSON.parse(r.json) as Event)
      const text = texts.get(r.articleId) ?? ''
      return e.evidence.map((span) => ({ articleId: r.articleId, span, text: text.slice(span.start, span.end) }))
    })
    const src = [...new Set((sourcesOf.get(c) ?? []).map((r) => r.source))]
    return { id: `ev-${c}`, event: first, sourceCount: src.length, sources: src, evidence }
  })
  // A merged event shows its first report, whose date may differ by a day from the report that
  // ranked it: order what is returned by the dates shown (stable, so ties keep their rank).
  return merged.sort((x, y) => (y.event.date ?? '').localeCompare(x.event.date ?? ''))
}
