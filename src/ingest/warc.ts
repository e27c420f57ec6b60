/**
 * A small bounded WARC 1.0/1.1 reader (ISO 28500): streams records from a `.warc` or `.warc.gz`
 * file and yields the HTML pages of `response` (and `resource`) records. Memory stays bounded: a
 * header block over 64 KiB or a record over `maxBytes` is skipped with an error, and gzip members
 * are inflated as a stream. A truncated file ends with an error after every complete record.
 */
import { createReadStream } from 'node:fs'
import { gunzipSync, createGunzip } from 'node:zlib'
import { EngineError } from '../errors.js'

export interface WarcPage {
  url: string | null
  date: string | null
  contentType: string
  body: Buffer
}

export type WarcItem = { ok: true; page: WarcPage; input: string } | { ok: false; input: string; error: EngineError }

const MAX_HEADER = 64 * 1024

/** Reads a byte stream on demand: whole lines and exact byte counts, with a cap on what it holds. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0)
  private done = false
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false
    const r = await this.it.next()
    if (r.done) {
      this.done = true
      return false
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value
    return true
  }

  /** Bytes up to and including the first blank line (CRLF CRLF), or null at the end of input. */
  async headerBlock(): Promise<Buffer | null> {
    for (;;) {
      // Records are separated by CRLF CRLF; skip any blank lines before the next version line.
      while (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) this.buf = this.buf.subarray(2)
      const at = this.buf.indexOf('\r\n\r\n')
      if (at >= 0) {
        const head = this.buf.subarray(0, at)
        this.buf = this.buf.subarray(at + 4)
        return head
      }
      if (this.buf.length > MAX_HEADER) throw new EngineError('E_WARC', `record header over ${MAX_HEADER} bytes`)
      if (!(await this.fill())) {
        if (this.buf.length > 0 && this.buf.toString('latin1').trim() !== '') throw new EngineError('E_TRUNCATED', 'file ends inside a record header')
        return null
      }
    }
  }

  /** Exactly `n` bytes; when `keep` is false they are skipped without being held. */
  async take(n: number, keep: boolean): Promise<Buffer> {
    const parts: Buffer[] = []
    let left = n
    for (;;) {
      const k = Math.min(left, this.buf.length)
      if (keep && k > 0) parts.push(this.buf.subarray(0, k))
      this.buf = this.buf.subarray(k)
      left -= k
      if (left === 0) return Buffer.concat(parts)
      if (!(await this.fill())) throw new EngineError('E_TRUNCATED', `file ends ${left} bytes before the end of a record`)
    }
  }
}

export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<WarcItem> {
  const file = createReadStream(path)
  const stream = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file
  file.on('error', (e) => stream.destroy(e))
  const reader = new ByteReader(stream[Symbol.asyncIterator]())
  let n = 0
  try {
    for (;;) {
      const head = await reader.headerBlock()
      if (head === null) return
      n++
      const input = `${path}#${n}`
      const fields = parseHeaders(head.toString('latin1'))
      if (!/^WARC\/1\.[01]/.test(head.toString('latin1', 0, 9))) throw new EngineError('E_WARC', `record ${n} does not start with WARC/1.0 or WARC/1.1`)
      const length = Number(fields.get('content-length'))
      if (!Number.isFinite(length) || length < 0) throw new EngineError('E_WARC', `record ${n} has no valid Content-Length`)
      const type = fields.get('warc-type') ?? ''
      const wanted = type === 'response' || type === 'resource'
      if (length > maxBytes) {
        await reader.take(length, false)
        if (wanted) yield { ok: false, input, error: new EngineError('E_TOO_LARGE', `${length}-byte record is over the ${maxBytes}-byte limit`, input) }
        continue
      }
      const block = await reader.take(length, wanted)
      if (!wanted) continue
      let page: { contentType: string; body: Buffer } | null
      try {
        page = type === 'response' ? httpPayload(block, fields, maxBytes, input) : { contentType: fields.get('content-type') ?? '', body: block }
      } catch (e) {
        yield { ok: false, input, error: e as EngineError }
        continue
      }
      if (page === null || !/html/i.test(page.contentType)) continue
      yield { ok: true, input, page: { url: fields.get('warc-target-uri') ?? null, date: fields.get('warc-date') ?? null, ...page } }
    }
  } catch (e) {
    const err = e instanceof EngineError ? e : new EngineError('E_TRUNCATED', `unreadable archive: ${(e as Error).message}`)
    yield { ok: false, input: path, error: new EngineError(err.code, `after ${n} records: ${err.message}`, path) }
  } finally {
    file.destroy()
  }
}

function parseHeaders(block: string): Map<string, string> {
  const m = new Map<string, string>()
  for (const line of block.split('\r\n').slice(1)) {
    const i = line.indexOf(':')
    if (i > 0) m.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim())
  }
  return m
}

/** The body of an HTTP response record: status 200 only, chunked and gzip encodings undone (bounded). */
function httpPayload(block: Buffer, fields: Map<string, string>, maxBytes: number, input: string): { contentType: string; body: Buffer } | null {
  if (!/application\/http/i.test(fields.get('content-type') ?? 'application/http')) return null
  const at = block.indexOf('\r\n\r\n')
  if (at < 0) return null
  const head = parseHeaders(block.toString('latin1', 0, at))
  const status = /^HTTP\/\S+\s+(\d{3})/.exec(block.toString('latin1', 0, 20))?.[1]
  if (status !== '200') return null
  let body = block.subarray(at + 4)
  if (/chunked/i.test(head.get('transfer-encoding') ?? '')) body = unchunk(body)
  if (/gzip/i.test(head.get('content-encoding') ?? '')) {
    try {
      body = gunzipSync(body, { maxOutputLength: maxBytes })
    } catch (e) {
      throw new EngineError('E_DECOMPRESS', `gzip body: ${(e as Error).message}`, input)
    }
  }
  return { contentType: head.get('content-type') ?? '', body }
}

function unchunk(b: Buffer): Buffer {
  const parts: Buffer[] = []
  let i = 0
  while (i < b.length) {
    const nl = b.indexOf('\r\n', i)
    if (nl < 0) break
    const size = parseInt(b.toString('latin1', i, nl), 16)
    if (!Number.isFinite(size) || size <= 0) break
    parts.push(b.subarray(nl + 2, nl + 2 + size))
    i = nl + 2 + size + 2
  }
  return Buffer.concat(parts)
}
