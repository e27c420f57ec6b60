/**
 * Files kept under the cache folder (`.cache/`, `SITREP_CACHE_DIR`): written whole, best effort,
 * shared by the caches that hold JSON (the actor knowledge base, the events' word gates).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'

/**
 * The name a file is written under before it is renamed into place: one per process and thread, so
 * that the ingest pool's workers (threads of one process) building the same cache at once never
 * write into, or rename away, each other's half-written file.
 */
export function asideName(file: string): string {
  return `${file}.${process.pid}.${threadId}.tmp`
}

/**
 * Writes `data` as JSON to `file`, aside then renamed, so that a concurrent process reads the whole
 * file or none; with `dropOthers`, the other `.json` files of its folder (caches of other code or
 * data) are removed first. A read-only folder is no error: the cache only saves time.
 */
export function writeJsonWhole(file: string, data: unknown, dropOthers = false): void {
  try {
    const dir = dirname(file)
    mkdirSync(dir, { recursive: true })
    if (dropOthers) for (const old of readdirSync(dir)) if (old.endsWith('.json') && old !== basename(file)) rmSync(join(dir, old), { force: true })
    const tmp = asideName(file)
    writeFileSync(tmp, JSON.stringify(data))
    renameSync(tmp, file)
  } catch {
    // The cache is an optimisation only.
  }
}
