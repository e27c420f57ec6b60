import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { REPO_ROOT, WEB_SOURCES } from './serve.js'

describe('serve: when the web app is rebuilt', () => {
  it('watches every folder of the repository whose code the app bundles', () => {
    const dir = join(REPO_ROOT, 'web', 'src')
    const runtime = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/^import (?!type )[^\n]*from '\.\.\/\.\.\/([^']+)'/gm)].map((m) => m[1]!))
    assert.ok(runtime.length > 0)
    for (const path of runtime) assert.ok(WEB_SOURCES.some((w) => path.startsWith(`${w}/`)), `${path} is bundled but not watched`)
  })
})
