/**
 * Reads analysis inputs: files (plain text, HTML, JSON, JSON Lines), directories (recursively, in
 * sorted order) and standard input. Each article or error is yielded in input order; an error
 * names its input and never stops the others.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { z } from 'zod'
import { EngineError, isEngineError } from '../errors.js'
import { decodeHtml, decodeText, looksBinary } from '../extract/decode.js'
import { countryHintCode } from '../store/countries.js'
import { looksLikeFeed } from './feeds.js'
import type { RawArticle } from '../pipeline/pipeline.js'

/** Largest single input (a file, or one JSON Lines record) read; larger ones are refused. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

export const ArticleInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional().nullable(),
    text: z.string().optional().nullable(),
    html: z.string().optional().nullable(),
    url: z.string().optional().nullable(),
    title: z.string().optional().nullable(),
    published: z.string().optional().nullable(),
    source: z.string().optional().nullable(),
    language: z.string().optional().nullable(),
    country: countryHintCode.optional().nullable(),
  })
  .refine((o) => o.text != null || o.html != null, { message: 'needs "text" or "html"' })

export type InputItem = { ok: true; article: RawArticle } | { ok: false; input: string; error: EngineError }

export interface ReadOptions {
  maxBytes?: number
  /** Overrides applied to every article read (command-line options). */
  defaults?: Partial<Pick<RawArticle, 'published' | 'url' | 'language'>>
  /** A publication date for the articles that state none, in the input or in their page (`ingest --published`). */
  fallbackPublished?: string
  /** The country of the articles that give none of their own (`--country`: a country feed's). */
  fallbackCountry?: string
}

/** True when an input path yields several articles (a directory or JSON Lines). */
export function isMultiInput(path: string): boolean {
  if (path === '-') return false
  try {
    if (statSync(path).isDirectory()) return true
  } catch {
    return false
  }
  return /\.(jsonl|ndjson)$/i.test(path)
}

export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      try {
        yield* fromBytes('-', await readStdin(opts.maxBytes ?? DEFAULT_MAX_BYTES), opts)
      } catch (e) {
        yield fail('-', e)
      }
      continue
    }
    let st
    try {
      st = statSync(path)
    } catch {
      yield fail(path, new EngineError('E_NOT_FOUND', 'no such file or directory', path))
      continue
    }
    if (st.isDirectory()) {
      const files = listFiles(path)
      if (files.length === 0) yield fail(path, emptyDirectory(path))
      for (const file of files) yield* fromFile(file, opts)
    } else yield* fromFile(path, opts)
  }
}

/** Like a glob that matches nothing, a directory without files is a mistake worth saying (a wrong path, files not yet copied). */
export function emptyDirectory(path: string): EngineError {
  return new EngineError('E_EMPTY', 'no files in this directory (hidden files and folders are skipped)', path)
}

/** Files below a directory, recursively, in sorted order; hidden files and folders left out. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...listFiles(p))
    else if (e.isFile()) out.push(p)
  }
  return out
}

async function* fromFile(path: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (/\.(jsonl|ndjson)$/i.test(path)) {
    yield* fromJsonLines(path, opts)
    return
  }
  const size = statSync(path).size
  if (size > max) {
    yield fail(path, new EngineError('E_TOO_LARGE', `${size} bytes is over the ${max}-byte limit for one input (raise --max-bytes)`, path))
    return
  }
  yield* fromBytes(path, readFileSync(path), opts)
}

/**
 * Files this reader does not take, by extension: read as text, a feed, an archive or a table would
 * be one article of markup. Feeds and WARC are `ingest`'s (`sources.ts` takes them before this).
 */
function formatError(input: string, ext: string, bytes: Uint8Array): EngineError | null {
  const ingestOnly = ext === '.rss' || ext === '.atom' || ext === '.warc' || (ext === '.xml' && looksLikeFeed(new TextDecoder('latin1').decode(bytes.subarray(0, 2048))))
  if (ingestOnly) return new EngineError('E_FORMAT', `${ext === '.warc' ? 'a WARC archive' : 'an RSS or Atom feed'}: \`sitrep ingest\` reads it (analyze reads text, HTML, JSON and JSON Lines)`, input)
  if (ext === '.xml') return new EngineError('E_FORMAT', 'XML that is not an RSS or Atom feed: not an input format (text, HTML, JSON, JSON Lines; feeds and WARC with `sitrep ingest`)', input)
  if (ext === '.csv' || ext === '.tsv') {
    return new EngineError('E_FORMAT', 'a table is not an input format: convert it to JSON Lines, one {"text" or "html", "title", "published", "url", "source"} object a line', input)
  }
  return null
}

/** Articles from the bytes of one input, by its name's extension and its content (text, HTML, JSON). */
export function* fromBytes(input: string, bytes: Uint8Array, opts: ReadOptions): Generator<InputItem> {
  try {
    if (bytes.length === 0) throw new EngineError('E_EMPTY', 'empty input', input)
    const ext = extname(input).toLowerCase()
    const refused = formatError(input, ext, bytes)
    if (refused) throw refused
    if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || (ext !== '.json' && ext !== '.txt' && looksLikeHtml(bytes))) {
      if (looksBinary(bytes)) throw new EngineError('E_BINARY', 'binary data, not HTML', input)
      yield ok({ input, html: decodeHtml(bytes, input).html }, opts)
      return
    }
    const text = decodeText(bytes, input)
    if (ext === '.json' || (ext !== '.txt' && /^\s*\{/.test(text))) {
      // Objects one a line with no .jsonl name to say so (`jq -c … | sitrep ingest -`): each line is an input.
      const lines = ext === '.json' ? null : jsonLines(text)
      if (!lines) {
        yield fromJson(input, text, opts)
        return
      }
      for (const [i, line] of lines.entries()) {
        if (line.trim() !== '') yield fromJson(`${input}:${i + 1}`, line, opts)
      }
      return
    }
    yield ok({ input, text }, opts)
  } catch (e) {
    yield fail(input, e)
  }
}

async function* fromJsonLines(path: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  let n = 0
  for await (const line of byteLines(path, max)) {
    n++
    const input = `${path}:${n}`
    if (line === null) {
      yield fail(input, new EngineError('E_TOO_LARGE', `record over the ${max}-byte limit for one input`, input))
      continue
    }
    let text: string
    try {
      text = decodeText(line, input)
    } catch (e) {
      yield fail(input, e)
      continue
    }
    if (text.trim() === '') continue
    yield fromJson(input, text, opts)
  }
}

/** Lines of a file as bytes, streamed; a line over `max` bytes is yielded as null and skipped. */
async function* byteLines(path: string, max: number): AsyncGenerator<Uint8Array | null> {
  let parts: Buffer[] = []
  let size = 0
  let tooLong = false
  for await (const chunk of createReadStream(path)) {
    let buf = chunk as Buffer
    let nl: number
    while ((nl = buf.indexOf(10)) >= 0) {
      if (!tooLong) parts.push(buf.subarray(0, nl))
      yield tooLong || size + nl > max ? null : stripCr(Buffer.concat(parts))
      parts = []
      size = 0
      tooLong = false
      buf = buf.subarray(nl + 1)
    }
    size += buf.length
    if (size > max) tooLong = true
    else parts.push(buf)
  }
  if (tooLong) yield null
  else if (size > 0) yield stripCr(Buffer.concat(parts))
}

function stripCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b
}

/** The lines of a text that is JSON Lines (several lines, the first a whole object), else null; blank lines kept so numbers match. */
function jsonLines(text: string): string[] | null {
  const lines = text.split(/\r?\n/)
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop()
  if (lines.filter((l) => l.trim() !== '').length < 2) return null
  try {
    const first = JSON.parse(lines.find((l) => l.trim() !== '')!) as unknown
    if (first === null || typeof first !== 'object' || Array.isArray(first)) return null
  } catch {
    return null
  }
  return lines
}

function fromJson(input: string, text: string, opts: ReadOptions): InputItem {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return fail(input, new EngineError('E_JSON', `malformed JSON: ${(e as Error).message}`, input))
  }
  const parsed = ArticleInput.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'object'}: ${i.message}`).join('; ')
    return fail(input, new EngineError('E_SCHEMA', `not an article object (${issues}); expected {id?, text|html, url?, title?, published?, source?, language?, country?}`, input))
  }
  const o = parsed.data
  return ok({ ...o, id: o.id == null ? null : String(o.id), input }, opts)
}

const ok = (article: RawArticle, opts: ReadOptions): InputItem => readItem(article, opts)

/**
 * An article read, with the command line's overrides (`defaults`) and fallback date applied. An
 * article fetched or read from a feed (`ownUrl`) keeps the address it came from.
 */
export function readItem(article: RawArticle, opts: ReadOptions, ownUrl = false): InputItem {
  const d = opts.defaults ?? {}
  return {
    ok: true,
    article: {
      ...article,
      published: d.published ?? article.published ?? null,
      publishedFallback: article.publishedFallback ?? opts.fallbackPublished ?? null,
      ...(ownUrl ? {} : { url: d.url ?? article.url ?? null }),
      language: d.language ?? article.language ?? null,
      country: article.country ?? opts.fallbackCountry ?? null,
    },
  }
}

function fail(input: string, e: unknown): InputItem {
  if (isEngineError(e)) return { ok: false, input, error: e }
  throw e
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|meta|article|div|p)[\s>]/.test(head)
}

async function readStdin(max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > max) throw new EngineError('E_TOO_LARGE', `standard input is over the ${max}-byte limit`, '-')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
