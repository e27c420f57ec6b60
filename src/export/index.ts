/** Writes merged events in one of the export formats, streaming: one line or feature at a time. */
import type { MergedEvent } from '../store/store.js'
import { csvHeader, csvLine } from './acled-csv.js'
import { toFeature } from './geojson.js'

export const FORMATS = ['acled-csv', 'geojson', 'jsonl'] as const
export type ExportFormat = (typeof FORMATS)[number]

export interface ExportResult {
  written: number
  /** Events left out because the format cannot hold them (ACLED CSV: not an ACLED type, negated or hypothetical; GeoJSON: no place). */
  skipped: number
}

export function writeExport(events: MergedEvent[], format: ExportFormat, write: (s: string) => void): ExportResult {
  let written = 0
  let skipped = 0
  if (format === 'acled-csv') {
    write(csvHeader())
    for (const m of events) {
      const line = csvLine(m)
      if (line === null) {
        skipped++
        continue
      }
      write(line)
      written++
    }
  } else if (format === 'jsonl') {
    for (const m of events) {
      write(JSON.stringify(m) + '\n')
      written++
    }
  } else {
    write('{"type":"FeatureCollection","features":[')
    for (const m of events) {
      const f = toFeature(m)
      if (!f) {
        skipped++
        continue
      }
      write((written ? ',\n' : '\n') + JSON.stringify(f))
      written++
    }
    write('\n]}\n')
  }
  return { written, skipped }
}
