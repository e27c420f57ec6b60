/** The `sitrep` command line: one file per command, wired here. */
import { Command, InvalidArgumentError } from 'commander'
import { isEngineError } from '../errors.js'
import { runAnalyze } from './analyze.js'

const io = {
  out: (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s: string) => process.stderr.write(`${s}\n`),
}

function dateOption(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected YYYY-MM-DD')
  return v
}

function positiveInt(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number')
  return n
}

const program = new Command()
program.name('sitrep').description('News to events and attributed statements, every field linked to its source text.')

program
  .command('analyze')
  .description('analyse articles (plain text, HTML, JSON, JSON Lines, a directory, or - for stdin) and print JSON')
  .argument('<inputs...>', 'files, directories, or - for standard input')
  .option('--published <date>', 'document creation time, YYYY-MM-DD', dateOption)
  .option('--lang <code>', 'language (ISO 639-1), instead of detecting it')
  .option('--url <url>', 'the article URL')
  .option('--format <format>', 'json or text', 'json')
  .option('--max-bytes <n>', 'largest input accepted', positiveInt)
  .action(async (inputs: string[], opts: { published?: string; lang?: string; url?: string; format: string; maxBytes?: number }) => {
    if (opts.format !== 'json' && opts.format !== 'text') {
      io.err(`sitrep: error: --format must be json or text, got "${opts.format}"`)
      process.exitCode = 2
      return
    }
    process.exitCode = await runAnalyze(inputs, { ...opts, format: opts.format }, io)
  })

try {
  await program.parseAsync(process.argv)
} catch (e) {
  if (!isEngineError(e)) throw e
  io.err(`sitrep: error: ${e.message}`)
  process.exitCode = 1
}
