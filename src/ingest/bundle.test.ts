import { strict as assert } from 'node:assert'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { sourceHash } from './bundle.js'

describe('ingest worker bundle: its cache key', () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-bundle-'))
  after(() => rmSync(root, { recursive: true, force: true }))
  const checkout = (name: string, text: string): string => {
    const dir = join(root, name, 'src')
    mkdirSync(join(dir, 'ingest'), { recursive: true })
    writeFileSync(join(dir, 'ingest', 'worker.ts'), text)
    return dir
  }

  it('is the same for the same sources in the same folder', () => {
    const dir = checkout('a', 'export const x = 1\n')
    assert.equal(sourceHash('0.1', dir), sourceHash('0.1', dir))
  })

  it('changes with a source file and with the compiler', () => {
    const dir = checkout('b', 'export const x = 1\n')
    const before = sourceHash('0.1', dir)
    assert.notEqual(sourceHash('0.2', dir), before)
    writeFileSync(join(dir, 'ingest', 'worker.ts'), 'export const x = 2\n')
    assert.notEqual(sourceHash('0.1', dir), before)
  })

  // The bundle holds each module's absolute path (its import.meta.url, where resources are found next
  // to it): a copy of one checkout's .cache in another checkout of the same code must not load the
  // first checkout's resources.
  it('differs between two checkouts of the same code', () => {
    const one = checkout('c', 'export const x = 1\n')
    const two = checkout('d', 'export const x = 1\n')
    assert.notEqual(sourceHash('0.1', one), sourceHash('0.1', two))
  })
})
