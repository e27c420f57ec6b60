/** `sitrep export --format acled-csv|geojson|jsonl`: merged events matching the filters, to stdout or a file. */
import { createWriteStream } from 'node:fs'
import { EngineError } from '../errors.js'
import { FORMATS, writeExport, type ExportFormat } from '../export/index.js'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Output } from './analyze.js'
import { toFilters, type FilterOptions } from './filters.js'

export interface ExportCliOptions extends FilterOptions {
  db: string
  format: string
  output?: string
  text?: string
}

export async function runExport(opts: ExportCliOptions, io: Output): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) {
    throw new EngineError('E_OPTION', `--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`)
  }
  const store = openSqliteStore(opts.db, { create: false, write: false })
  try {
    const events = await store.searchEvents(toFilters(opts.text, opts, 1_000_000))
    const file = opts.output ? createWriteStream(opts.output) : null
    const r = writeExport(events, opts.format as ExportFormat, (s) => (file ? file.write(s) : process.stdout.write(s)))
    if (file) await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())))
    const why = opts.format === 'geojson' ? 'without a place' : 'not of an ACLED event type'
    io.err(`export: ${r.written} events${r.skipped ? ` (${r.skipped} ${why} left out)` : ''}${opts.output ? ` → ${opts.output}` : ''}`)
    return 0
  } finally {
    await store.close()
  }
}
