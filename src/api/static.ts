/**
 * Serves the built web app (`web/dist`). Paths are resolved inside the folder and anything that
 * escapes it is refused; unknown paths get `index.html` (the app routes on the URL hash). The
 * content security policy allows only the app's own scripts, so even a bug that put article text
 * into markup could not run it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import type { Hono } from 'hono'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

export function staticRoutes(app: Hono, webDir: string): void {
  const root = resolve(webDir)
  const index = join(root, 'index.html')
  app.get('*', (c) => {
    let path: string
    try {
      path = decodeURIComponent(c.req.path)
    } catch {
      return c.json({ error: { code: 'E_PATH', message: `malformed path "${c.req.path}"` } }, 400)
    }
    const wanted = resolve(root, `.${path}`)
    const inside = wanted === root || wanted.startsWith(root + sep)
    const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : index
    if (!existsSync(file)) {
      return c.json({ error: { code: 'E_NO_WEB_APP', message: `the web app is not built (${index} missing); run npm run build:web` } }, 404)
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      // Built assets carry a content hash in their name; index.html must be re-read.
      'cache-control': file === index ? 'no-cache' : 'public, max-age=31536000, immutable',
    }
    return c.body(readFileSync(file), 200, headers)
  })
}
