/**
 * Everything `sitrep ingest` accepts, as one stream of articles and errors: files, directories
 * and globs (through `inputs.ts`), RSS/Atom feed files and URLs, HTML page URLs, WARC and WARC.gz
 * archives, and single gzip-compressed files (inflated with a bound, so a gzip bomb fails cleanly).
 * Every error names its input and never stops the others.
 */
import { readFileSync, statSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { EngineError, isEngineError } from '../errors.js'
import type { RawArticle } from '../pipeline/pipeline.js'
import { decodeHtml, decodeText } from '../extract/decode.js'
import { DEFAULT_MAX_BYTES, emptyDirectory, fromBytes, listFiles, readInputs, readItem, type InputItem, type ReadOptions } from './inputs.js'
import { fetchUrl, type FetchOptions } from './fetch.js'
import { looksLikeFeed, parseFeed, type FeedItem } from './feeds.js'
import { expandGlob, isGlob } from './glob.js'
import { readWarc } from './warc.js'

export interface SourceOptions extends ReadOptions, FetchOptions {
  /** Fetch the page of a feed item whose own content is only a summary (default true). */
  fetchLinks?: boolean
}

/** Feed item content shorter than this (in characters of text) is a teaser: the linked page is fetched. */
const MIN_ITEM_TEXT = 400

export async function* readSources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield* fromUrl(input, opts)
      continue
    }
    if (input === '-') {
      yield* readInputs(['-'], opts)
      continue
    }
    let isDir = false
    try {
      isDir = statSync(input).isDirectory()
    } catch {
      if (isGlob(input)) {
        const files = expandGlob(input)
        if (files.length === 0) yield fail(input, new EngineError('E_NOT_FOUND', 'no file matches this pattern', input))
        for (const f of files) yield* fromPath(f, opts)
        continue
      }
    }
    if (!isDir) {
      yield* fromPath(input, opts)
      continue
    }
    const files = listFiles(input)
    if (files.length === 0) yield fail(input, emptyDirectory(input))
    for (const f of files) yield* fromPath(f, opts)
  }
}

async function* fromPath(path: string, opts: SourceOptions): AsyncGenerator<InputItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (/\.warc(\.gz)?$/i.test(path)) {
    for await (const w of readWarc(path, max)) {
      if (!w.ok) yield fail(w.input, w.error)
      // The capture date is when the page was crawled: the page's own date, when it states one, comes first.
      else yield* html(w.input, w.page.body, { url: w.page.url, published: null, publishedFallback: w.page.date }, opts)
    }
    return
  }
  if (/\.(rss|atom|xml)$/i.test(path) || /\.gz$/i.test(path)) {
    let bytes: Buffer
    try {
      const size = statSync(path).size
      if (size > max) throw new EngineError('E_TOO_LARGE', `${size} bytes is over the ${max}-byte limit for one input (raise --max-bytes)`, path)
      bytes = readFileSync(path)
      if (/\.gz$/i.test(path)) bytes = gunzipBounded(bytes, max, path)
    } catch (e) {
      yield fail(path, e)
      return
    }
    const inner = path.replace(/\.gz$/i, '')
    const head = bytes.subarray(0, 2048).toString('latin1')
    if (/\.(rss|atom)$/i.test(inner) || (/\.xml$/i.test(inner) && looksLikeFeed(head)) || looksLikeFeed(head)) yield* fromFeed(path, bytes, opts)
    else yield* fromBytes(inner, bytes, opts)
    return
  }
  yield* readInputs([path], opts)
}

/** Inflates gzip data, refusing output over `max` bytes and truncated or corrupt streams. */
export function gunzipBounded(bytes: Buffer, max: number, input: string): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: max })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new EngineError('E_TOO_LARGE', `decompresses to more than the ${max}-byte limit (a gzip bomb, or raise --max-bytes)`, input)
    }
    throw new EngineError('E_DECOMPRESS', `bad gzip data: ${err.message} (truncated or corrupt file)`, input)
  }
}

async function* fromUrl(url: string, opts: SourceOptions): AsyncGenerator<InputItem> {
  // Read as a page, an archive would be one article of WARC headers; archives are read from disk.
  if (/\.warc(\.gz)?([?#]|$)/i.test(url)) {
    yield fail(url, new EngineError('E_FORMAT', 'a WARC archive is read from a file: download it, then `sitrep ingest` the file', url))
    return
  }
  let page
  try {
    page = await fetchUrl(url, opts)
  } catch (e) {
    yield fail(url, e)
    return
  }
  const head = page.bytes.subarray(0, 2048).toString('latin1')
  if (/(rss|atom)\+xml|[/+]xml\b/i.test(page.contentType) || looksLikeFeed(head)) yield* fromFeed(url, page.bytes, opts)
  else yield* html(url, page.bytes, { url: page.url, published: null }, opts)
}

async function* fromFeed(input: string, bytes: Buffer, opts: SourceOptions): AsyncGenerator<InputItem> {
  let items: FeedItem[]
  try {
    items = parseFeed(decodeText(bytes, input), input)
  } catch (e) {
    yield fail(input, e)
    return
  }
  for (const [i, item] of items.entries()) {
    const name = item.link ?? `${input}#${i + 1}`
    const own = item.html ? item.html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : ''
    if (own.length >= MIN_ITEM_TEXT || !item.link || opts.fetchLinks === false) {
      if (own.length === 0) {
        yield fail(name, new EngineError('E_EMPTY', 'feed item has no content and no link to fetch', name))
        continue
      }
      yield ok({ input: name, html: `<html><body><article>${item.html}</article></body></html>`, url: item.link, title: item.title, published: item.published, source: item.source }, opts)
      continue
    }
    try {
      const page = await fetchUrl(item.link, opts)
      yield* html(name, page.bytes, { url: page.url, published: item.published, title: item.title }, opts)
    } catch (e) {
      // A summary is not the article, so it is stored only when asked; the message says how.
      const hint = own && isEngineError(e) ? new EngineError(e.code, `${e.message.replace(`${name}: `, '')} (the feed gives a summary of it, which --no-fetch-links stores instead)`, name) : e
      yield fail(name, hint)
    }
  }
}

interface PageMeta {
  url: string | null
  published: string | null
  publishedFallback?: string | null
  title?: string | null
}

function* html(input: string, bytes: Buffer, meta: PageMeta, opts: SourceOptions): Generator<InputItem> {
  try {
    yield ok({ input, html: decodeHtml(bytes, input).html, ...meta, title: meta.title ?? null }, opts)
  } catch (e) {
    yield fail(input, e)
  }
}

const ok = (article: RawArticle, opts: SourceOptions): InputItem => readItem(article, opts, true)

function fail(input: string, e: unknown): InputItem {
  if (isEngineError(e)) return { ok: false, input, error: e }
  return { ok: false, input, error: new EngineError('E_READ', (e as Error).message, input) }
}
