/** The `sitrep` command line: one file per command, wired here. */
import { Command, InvalidArgumentError } from 'commander'
import { isEngineError } from '../errors.js'
import { runDemo } from './demo.js'
import { runExport, type ExportCliOptions } from './export.js'
import { addFilterOptions, countryHintOption, languageOption } from './filters.js'
import { runIngest, type IngestCliOptions } from './ingest.js'
import { runSearch, type SearchCliOptions } from './search.js'
import { runStats } from './stats.js'
import { isCalendarDate } from '../store/calendar.js'
import { defaultDbPath } from '../store/paths.js'
import { MAX_LIMIT } from '../store/results.js'

const io = {
  out: (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s: string) => process.stderr.write(`${s}\n`),
}

function dayOption(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError('expected YYYY-MM-DD')
  if (!isCalendarDate(v)) throw new InvalidArgumentError(`${v} is not a calendar date`)
  return v
}

function positiveInt(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number')
  return n
}

// A reader that stops early (`sitrep search … | head`) closes the pipe: the end of the output, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(process.exitCode ?? 0)
})

const program = new Command()
program.name('sitrep').description('News to events and attributed statements, every field linked to its source text.')

program
  .command('analyze')
  .description('analyse articles (plain text, HTML, JSON, JSON Lines, a directory, or - for stdin) and print JSON')
  .argument('<inputs...>', 'files, directories, or - for standard input')
  .option('--published <date>', 'document creation time, YYYY-MM-DD', dayOption)
  .option('--lang <code>', 'language (ISO 639-1), instead of detecting it', languageOption)
  .option('--country <code|name>', 'the country the texts are about unless they say otherwise (a country feed), for inputs that give none', countryHintOption)
  .option('--url <url>', 'the article URL')
  .option('--format <format>', 'json or text', 'json')
  .option('--max-bytes <n>', 'largest input accepted', positiveInt)
  .action(async (inputs: string[], opts: { published?: string; lang?: string; country?: string; url?: string; format: string; maxBytes?: number }) => {
    if (opts.format !== 'json' && opts.format !== 'text') {
      io.err(`sitrep: error: --format must be json or text, got "${opts.format}"`)
      process.exitCode = 2
      return
    }
    // Loaded here only: the pipeline costs ~1 s to import, which `ingest` (workers) and the store commands never need on this thread.
    const { runAnalyze } = await import('./analyze.js')
    process.exitCode = await runAnalyze(inputs, { ...opts, format: opts.format }, io)
  })

function portOption(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new InvalidArgumentError('expected a port number from 0 to 65535')
  return n
}

program
  .command('serve')
  .description('serve the HTTP API (see /openapi.json) and the web app over a store; ingest needs SITREP_TOKEN')
  .option('--db <path-or-url>', 'the store, a SQLite file or a postgres:// URL (default: SITREP_DB or the user data directory); it must exist unless SITREP_TOKEN is set')
  .option('--port <n>', 'TCP port (0 picks a free one)', portOption, 8787)
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .action(async (opts: { db?: string; port: number; host: string }) => {
    // Loaded on demand: the HTTP stack is not needed by the other commands.
    const { runServe } = await import('./serve.js')
    process.exitCode = await runServe(opts, io)
  })

const DB_HELP = 'SQLite database file, or a postgres:// URL (or set SITREP_DB, or XDG_DATA_HOME)'

function workersOption(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected 0 (analyse inline) or a positive whole number')
  return n
}

program
  .command('ingest')
  .description('analyse articles and store them: files, directories, globs, JSON Lines, RSS/Atom feeds (files or URLs), HTML page URLs, WARC / WARC.gz')
  .argument('<inputs...>', 'files, directories, globs, URLs, or - for standard input')
  .option('--db <path-or-url>', DB_HELP, defaultDbPath())
  .option('--workers <n>', 'analysis worker threads (default: one per core; 0 analyses inline)', workersOption)
  .option('--allow-private', 'allow fetching private, loopback and link-local addresses')
  .option('--no-fetch-links', 'never fetch the pages that feed items link to')
  .option('--timeout <s>', 'network timeout in seconds', positiveInt)
  .option('--max-bytes <n>', 'largest input, page or record accepted', positiveInt)
  .option('--published <date>', 'publication date for inputs that carry none, YYYY-MM-DD', dayOption)
  .option('--lang <code>', 'language (ISO 639-1), instead of detecting it', languageOption)
  .option('--country <code|name>', 'the country the texts are about unless they say otherwise (a country feed), for inputs that give none', countryHintOption)
  .option('--quiet', 'no progress output')
  .action(async (inputs: string[], opts: IngestCliOptions) => {
    process.exitCode = (await runIngest(inputs, opts, io)).code
  })

addFilterOptions(
  program
    .command('search')
    .description('search stored articles, events or statements by words (accents ignored) and filters, the newest first (articles and statements by publication, events by their date)')
    .argument('[words...]', 'words that must all occur; query syntax is treated as words')
    .option('--db <path-or-url>', DB_HELP, defaultDbPath())
    .option('--in <what>', 'articles, events or statements', 'articles')
    .option('--json', 'one JSON object per line'),
  20,
).action(async (words: string[], opts: SearchCliOptions) => {
  if (!['articles', 'events', 'statements'].includes(opts.in)) {
    io.err(`sitrep: error: --in must be articles, events or statements, got "${opts.in}"`)
    process.exitCode = 2
    return
  }
  process.exitCode = await runSearch(words, opts, io)
})

addFilterOptions(
  program
    .command('export')
    .description('export merged events matching the filters')
    .option('--db <path-or-url>', DB_HELP, defaultDbPath())
    .option('--format <format>', 'acled-csv, geojson or jsonl', 'acled-csv')
    .option('--text <words>', 'only events from articles containing these words')
    .option('-o, --output <file>', 'write to a file instead of standard output'),
  MAX_LIMIT,
).action(async (opts: ExportCliOptions) => {
  process.exitCode = await runExport(opts, io)
})

program
  .command('stats')
  .description('counts by language, event type, country, month and source')
  .option('--db <path-or-url>', DB_HELP, defaultDbPath())
  .option('--json', 'print JSON')
  .action(async (opts: { db: string; json?: boolean }) => {
    process.exitCode = await runStats(opts, io)
  })

program
  .command('demo')
  .description('ingest the demo articles (French and English) into a demo store and show what sitrep finds')
  .option('--db <path-or-url>', 'database file (or postgres:// URL) for the demo')
  .action(async (opts: { db?: string }) => {
    process.exitCode = await runDemo(opts, io)
  })

try {
  await program.parseAsync(process.argv)
} catch (e) {
  if (!isEngineError(e)) throw e
  io.err(`sitrep: error: ${e.message}`)
  process.exitCode = 1
}
