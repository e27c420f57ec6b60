/**
 * Polite, bounded HTTP(S) fetching: a user agent that names the tool, a timeout over the whole
 * exchange, a size limit on the (decompressed) body, at most 5 redirects, and no connection to a
 * private, loopback or link-local address unless allowed. The address check runs on the resolved
 * IP at connect time (a custom DNS lookup), so a public name that resolves to 127.0.0.1 is refused
 * too, not only a literal address.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { createGunzip, createInflate } from 'node:zlib'
import { EngineError } from '../errors.js'

export const USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep/sitrep; news research; respects robots and rate limits)'

export interface FetchOptions {
  allowPrivate?: boolean
  timeoutMs?: number
  maxBytes?: number
}

export interface Fetched {
  url: string
  contentType: string
  bytes: Buffer
}

/** True for addresses a fetch must not reach without `--allow-private`. */
export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip)
  if (v === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number]
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224
  }
  if (v === 6) {
    const x = ip.toLowerCase()
    if (x.startsWith('::ffff:')) return isPrivateAddress(x.slice(7))
    return x === '::' || x === '::1' || /^f[cd]/.test(x) || /^fe[89ab]/.test(x) || x.startsWith('ff')
  }
  return true
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4)
      const list = addresses as LookupAddress[]
      const bad = list.find((a) => !allowPrivate && isPrivateAddress(a.address))
      if (bad) return callback(privateError(hostname, bad.address), '', 4)
      const first = list[0]!
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
      else callback(null, first.address, first.family)
    })
  }
}

function privateError(host: string, ip: string): EngineError {
  return new EngineError('E_PRIVATE_ADDRESS', `refused: ${host} is a private, loopback or link-local address (${ip}); pass --allow-private to fetch it`)
}

export async function fetchUrl(url: string, opts: FetchOptions = {}, redirects = 0): Promise<Fetched> {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new EngineError('E_URL', 'not a valid URL', url)
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new EngineError('E_URL', `only http and https URLs are fetched, got ${u.protocol}`, url)
  const host = u.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && !opts.allowPrivate && isPrivateAddress(host)) {
    const e = privateError(host, host)
    throw new EngineError(e.code, e.message, url)
  }
  const res = await request(u, opts).catch((e: unknown) => {
    if (e instanceof EngineError) throw new EngineError(e.code, e.message, url)
    throw new EngineError('E_FETCH', `fetch failed: ${(e as Error).message}`, url)
  })
  if (res.status >= 300 && res.status < 400 && res.location) {
    if (redirects >= 5) throw new EngineError('E_FETCH', 'more than 5 redirects', url)
    return fetchUrl(new URL(res.location, u).toString(), opts, redirects + 1)
  }
  if (res.status !== 200) throw new EngineError('E_HTTP', `HTTP ${res.status}`, url)
  return { url: u.toString(), contentType: res.contentType, bytes: res.body }
}

interface Response {
  status: number
  location: string | null
  contentType: string
  body: Buffer
}

function request(u: URL, opts: FetchOptions): Promise<Response> {
  const max = opts.maxBytes ?? 20 * 1024 * 1024
  const timeout = opts.timeoutMs ?? 20_000
  const lib = u.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = lib.get(u, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate' },
      lookup: guardedLookup(opts.allowPrivate ?? false),
      timeout,
    })
    const timer = setTimeout(() => req.destroy(new EngineError('E_TIMEOUT', `no complete answer within ${timeout} ms`)), timeout)
    req.on('timeout', () => req.destroy(new EngineError('E_TIMEOUT', `no answer within ${timeout} ms`)))
    req.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    req.on('response', (res) => {
      const status = res.statusCode ?? 0
      const declared = Number(res.headers['content-length'] ?? 0)
      if (status === 200 && declared > max) {
        req.destroy(new EngineError('E_TOO_LARGE', `${declared} bytes is over the ${max}-byte limit (raise --max-bytes)`))
        return
      }
      const enc = String(res.headers['content-encoding'] ?? '').toLowerCase()
      // Decompressed bytes are counted, so a small gzip bomb is cut off at the limit too.
      const stream = enc === 'gzip' ? res.pipe(createGunzip()) : enc === 'deflate' ? res.pipe(createInflate()) : res
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (c: Buffer) => {
        size += c.length
        if (size > max) req.destroy(new EngineError('E_TOO_LARGE', `body over the ${max}-byte limit (raise --max-bytes)`))
        else chunks.push(c)
      })
      stream.on('error', (e) => req.destroy(new EngineError('E_DECOMPRESS', `bad ${enc} body: ${e.message}`)))
      stream.on('end', () => {
        clearTimeout(timer)
        resolve({ status, location: res.headers.location ?? null, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) })
      })
    })
  })
}
