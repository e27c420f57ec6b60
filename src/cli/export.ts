/** `sitrep export --format acled-csv|geojson|jsonl`: merged events matching the filters, to stdout or a file. */
import { createWriteStream, openSync } from 'node:fs'
import { EngineError } from '../errors.js'
import { FORMATS, writeExport, type ExportFormat } from '../export/index.js'
import { openStore } from '../store/open.js'
import { MAX_LIMIT } from '../store/results.js'
import type { Output } from './analyze.js'
import { toFilters, type FilterOptions } from './filters.js'

export interface ExportCliOptions extends FilterOptions {
  db: string
  format: string
  output?: string
  text?: string
  /** The most events one export writes (default the store's cap, `MAX_LIMIT`). */
  maxEvents?: number
}

export async function runExport(opts: ExportCliOptions, io: Output): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) {
    throw new EngineError('E_OPTION', `--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`)
  }
  const store = await openStore(opts.db, { create: false, write: false })
  try {
    const cap = opts.maxEvents ?? MAX_LIMIT
    if ((opts.limit ?? 0) > cap) {
      throw new EngineError('E_OPTION', `--limit ${opts.limit} is over the ${cap} events one export writes: export in parts with --from and --to`)
    }
    const filters = toFilters(opts.text, opts, cap)
    const file = opts.output ? createWriteStream('', { fd: openOutput(opts.output) }) : null
    const events = await store.searchEvents(filters)
    const r = writeExport(events, opts.format as ExportFormat, (s) => (file ? file.write(s) : process.stdout.write(s)))
    if (file) await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())))
    const why = opts.format === 'geojson' ? 'without a place' : 'not of an ACLED event type'
    io.err(`export: ${r.written} events${r.skipped ? ` (${r.skipped} ${why} left out)` : ''}${opts.output ? ` → ${opts.output}` : ''}`)
    // Cut at the cap, the export is the newest events only: say so, and fail, rather than pass for the whole store.
    if (opts.limit === undefined && events.length >= cap) {
      io.err(`sitrep: error: export stopped at ${cap} events, the most one export writes (the newest); there may be more: export in parts with --from and --to`)
      return 1
    }
    return 0
  } finally {
    await store.close()
  }
}

/** Opened before the search, so a wrong path fails at once with its name, not as a stream's error. */
function openOutput(path: string): number {
  try {
    return openSync(path, 'w')
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why = err.code === 'ENOENT' ? 'its folder does not exist' : err.code === 'EISDIR' ? 'it is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message
    throw new EngineError('E_OUTPUT', `cannot write the output file: ${why}`, path)
  }
}
