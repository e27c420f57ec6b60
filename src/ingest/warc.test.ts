import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { gzipSync } from 'node:zlib'
import { readWarc } from './warc.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-warc-'))

function record(type: string, url: string, block: Buffer, contentType = 'application/http; msgtype=response'): Buffer {
  const head = `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2016-12-12T08:00:00Z\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')])
}
const http = (status: string, headers: string, body: Buffer) => Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers}\r\n`), body])
const html = (n: number) => Buffer.from(`<html><body><p>Page ${n}</p></body></html>`)
const chunked = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n0\r\n\r\n')])

const records = [
  record('warcinfo', '', Buffer.from('software: test\r\n'), 'application/warc-fields'),
  record('request', 'https://e.org/1', Buffer.from('GET /1 HTTP/1.1\r\nHost: e.org\r\n\r\n'), 'application/http; msgtype=request'),
  record('response', 'https://e.org/1', http('200 OK', 'Content-Type: text/html\r\n', html(1))),
  record('response', 'https://e.org/2', http('200 OK', 'Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n', chunked(gzipSync(html(2))))),
  record('response', 'https://e.org/logo.png', http('200 OK', 'Content-Type: image/png\r\n', Buffer.from([0x89, 0x50]))),
  record('response', 'https://e.org/missing', http('404 Not Found', 'Content-Type: text/html\r\n', html(3))),
  record('response', 'https://e.org/huge', http('200 OK', 'Content-Type: text/html\r\n', Buffer.alloc(5000, 'x'))),
  record('resource', 'file:///local.html', html(4), 'text/html'),
]
const archive = Buffer.concat(records)

async function read(path: string, max = 4000) {
  const out: string[] = []
  for await (const item of readWarc(path, max)) out.push(item.ok ? `${item.page.url} ${item.page.body.toString().match(/Page \d/)?.[0]}` : `error ${item.error.code}`)
  return out
}

describe('readWarc', () => {
  const expected = ['https://e.org/1 Page 1', 'https://e.org/2 Page 2', 'error E_TOO_LARGE', 'file:///local.html Page 4']
  it('yields the HTML pages of a WARC, skipping requests, images, errors; refuses an oversize record', async () => {
    writeFileSync(join(dir, 'a.warc'), archive)
    assert.deepEqual(await read(join(dir, 'a.warc')), expected)
  })
  it('reads the same from a WARC.gz made of one gzip member per record', async () => {
    writeFileSync(join(dir, 'a.warc.gz'), Buffer.concat(records.map((r) => gzipSync(r))))
    assert.deepEqual(await read(join(dir, 'a.warc.gz')), expected)
  })
  it('ends a truncated archive with an error after its complete records', async () => {
    writeFileSync(join(dir, 'cut.warc'), archive.subarray(0, archive.indexOf('https://e.org/2') + 200))
    assert.deepEqual(await read(join(dir, 'cut.warc')), ['https://e.org/1 Page 1', 'error E_TRUNCATED'])
  })
  it('refuses a file that is not a WARC', async () => {
    writeFileSync(join(dir, 'not.warc'), 'hello\r\n\r\nworld')
    assert.deepEqual(await read(join(dir, 'not.warc')), ['error E_WARC'])
  })
})
