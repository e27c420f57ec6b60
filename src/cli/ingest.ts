/**
 * `sitrep ingest <inputs…>`: analyse and store articles. A live progress line on a terminal,
 * a plain line every few seconds otherwise (logs, CI), each error on its own line naming its
 * input, and a summary at the end. Exit code 1 when any input failed; the others are stored.
 */
import { countArticles } from '../ingest/count.js'
import { ingest, type IngestProgress } from '../ingest/ingest.js'
import { defaultWorkers } from '../ingest/pool.js'
import { describeDb, openStore } from '../store/open.js'
import type { Output } from './analyze.js'

export interface IngestCliOptions {
  db: string
  workers?: number
  allowPrivate?: boolean
  maxBytes?: number
  timeout?: number
  published?: string
  lang?: string
  /** ISO code of the country of the inputs that give none. */
  country?: string
  fetchLinks?: boolean
  quiet?: boolean
  tty?: boolean
}

const PLAIN_EVERY_MS = 5000
const SMALL_BATCH = 200

export async function runIngest(inputs: string[], opts: IngestCliOptions, io: Output): Promise<{ code: number; summary: IngestProgress }> {
  const store = await openStore(opts.db)
  const tty = opts.tty ?? Boolean(process.stderr.isTTY)
  let lastPlain = 0
  let lineOpen = false
  let last: IngestProgress | null = null
  const onProgress = (p: IngestProgress) => {
    last = p
    if (opts.quiet) return
    if (tty) {
      process.stderr.write(`\r${progressLine(p)}\u001b[K`)
      lineOpen = true
    } else if (Date.now() - lastPlain >= PLAIN_EVERY_MS) {
      lastPlain = Date.now()
      io.err(progressLine(p))
    }
  }
  const onError = (input: string, message: string) => {
    if (lineOpen) process.stderr.write('\r\u001b[K')
    lineOpen = false
    io.err(`sitrep: error: ${message.startsWith(input) ? message : `${input}: ${message}`}`)
  }
  const total = countArticles(inputs)
  // Each worker loads the pipeline and its resources (seconds of CPU with every annotator), so
  // a small batch is faster analysed inline.
  const workers = opts.workers ?? (total !== null && total < SMALL_BATCH ? 0 : defaultWorkers())
  // Ctrl-C: every batch written so far is committed and the open one is redone by the next run,
  // so stopping here is safe; say so, and how to go on.
  const interrupted = () => {
    if (lineOpen) process.stderr.write('\n')
    const done = last ? ` after ${last.read} read (${last.added} new stored)` : ''
    io.err(`ingest: interrupted${done}; run the same command again to resume: what is stored is skipped → ${describeDb(opts.db)}`)
    void store.close()
    process.exit(130)
  }
  process.once('SIGINT', interrupted)
  try {
    const summary = await ingest(inputs, store, {
      workers,
      total,
      allowPrivate: opts.allowPrivate ?? false,
      ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      ...(opts.timeout ? { timeoutMs: opts.timeout * 1000 } : {}),
      fetchLinks: opts.fetchLinks ?? true,
      ...(opts.published ? { fallbackPublished: opts.published } : {}),
      ...(opts.country ? { fallbackCountry: opts.country } : {}),
      defaults: opts.lang ? { language: opts.lang } : {},
      onProgress,
      onError,
    })
    if (lineOpen) process.stderr.write('\n')
    io.err(summaryLine(summary, describeDb(opts.db)))
    return { code: summary.errors > 0 ? 1 : 0, summary }
  } finally {
    process.off('SIGINT', interrupted)
    await store.close()
  }
}

export function progressLine(p: IngestProgress): string {
  const done = p.read
  const rate = p.seconds > 0 ? done / p.seconds : 0
  const eta = p.total && rate > 0 && p.total > done ? ` ETA ${formatSeconds((p.total - done) / rate)}` : ''
  const of = p.total ? `/${p.total}` : ''
  return `ingest: ${bar(done, p.total)}${done}${of} read, ${p.added} new, ${p.existing} known, ${p.errors} errors, ${rate.toFixed(0)} articles/s${eta}`
}

export function summaryLine(p: IngestProgress, db: string): string {
  const rate = p.seconds > 0 ? (p.read / p.seconds).toFixed(0) : '0'
  return `ingest: done in ${p.seconds.toFixed(1)} s (${rate} articles/s): ${p.read} read, ${p.added} new (${p.nearDuplicates} joined an existing story), ` +
    `${p.existing} already stored, ${p.errors} errors → ${db}`
}

/** A 20-cell bar when the total is known, e.g. `[#######.............] 35% `. */
function bar(done: number, total: number | null): string {
  if (!total) return ''
  const share = Math.min(1, done / total)
  const cells = Math.round(share * 20)
  return `[${'#'.repeat(cells)}${'.'.repeat(20 - cells)}] ${Math.floor(share * 100)}% `
}

function formatSeconds(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`
  if (s < 5400) return `${Math.ceil(s / 60)} min`
  return `${(s / 3600).toFixed(1)} h`
}
