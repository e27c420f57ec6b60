/**
 * `sitrep serve [--db PATH] [--port N]`: the HTTP API and the web app on one port. The web app is
 * built (`npm run build:web`) when `web/dist` is missing. Write routes need `SITREP_TOKEN`; without
 * it the server is read-only.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createApp, DEFAULT_TIMEOUT_MS } from '../api/app.js'
import { EngineError } from '../errors.js'
import { defaultDbPath } from '../store/paths.js'
import { describeDb, openStore } from '../store/open.js'
import type { Store } from '../store/store.js'

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist')

export interface ServeOptions {
  db?: string
  port?: number
  host?: string
  token?: string | null
  webDir?: string
  log?: (s: string) => void
}

export interface RunningServer {
  url: string
  store: Store
  close(): Promise<void>
}

/** What the web build reads, relative to the repository (see `ensureWebBuilt`). */
export const WEB_SOURCES = ['web/src', 'web/index.html', 'src/doc', 'resources/common/events']

/** Newest modification time under a folder (the web app's sources), 0 when it is absent. */
function newest(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))))
}

/** Builds the web app when its output is missing or older than its sources; throws naming the command when that fails. */
export function ensureWebBuilt(webDir = WEB_DIST): void {
  const index = join(webDir, 'index.html')
  // The app bundles src/doc/ too (event days, kept spans): a change there is a change to the app.
  const sources = Math.max(...WEB_SOURCES.map((p) => newest(join(REPO_ROOT, p))))
  if (existsSync(index) && (webDir !== WEB_DIST || statSync(index).mtimeMs >= sources)) return
  const r = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (r.status !== 0 || !existsSync(join(webDir, 'index.html'))) {
    throw new EngineError('E_WEB_BUILD', `building the web app failed (npm run build:web): ${(r.stderr || String(r.error ?? '')).slice(-500)}`, webDir)
  }
}

/** Opens the store and listens; port 0 picks a free port (tests). */
export async function startServer(opts: ServeOptions = {}, store?: Store): Promise<RunningServer> {
  const webDir = opts.webDir ?? WEB_DIST
  // Read-only, a missing store could only ever be empty (a mistyped path): an error, as for search.
  // With a token the server may ingest, so it creates the store.
  const writable = Boolean(opts.token)
  const db = store ?? await openStore(opts.db ?? defaultDbPath(), { write: writable, create: writable })
  try {
    ensureWebBuilt(webDir)
  } catch (e) {
    if (!store) await db.close()
    throw e
  }
  const log = opts.log ?? (() => {})
  const app = createApp({ store: db, token: opts.token ?? null, webDir, log })
  const host = opts.host ?? '127.0.0.1'
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 8787, hostname: host }, () => resolve(s as Server)) as Server
  })
  // Slow clients cannot hold a connection open forever (slowloris): bound headers and requests.
  server.headersTimeout = 10_000
  server.requestTimeout = DEFAULT_TIMEOUT_MS + 5_000
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}`,
    store: db,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
      if (!store) await db.close()
    },
  }
}

/** The command: runs until SIGINT or SIGTERM. */
export async function runServe(opts: ServeOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const token = opts.token ?? process.env.SITREP_TOKEN ?? null
  const running = await startServer({ ...opts, token, log: io.err })
  io.out(`sitrep: serving ${describeDb(opts.db ?? defaultDbPath())} at ${running.url} (${token ? 'ingest enabled' : 'read-only'}); API description at ${running.url}/openapi.json`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await running.close()
  return 0
}
