/**
 * A cheap count of the articles an ingest will read, for its ETA: files in directories and globs,
 * lines in JSON Lines. Null when any input cannot be counted without reading it (URLs, feeds,
 * WARC, standard input).
 */
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expandGlob, isGlob } from './glob.js'

export function countArticles(inputs: string[]): number | null {
  let total = 0
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) return null
    let files: string[]
    try {
      files = statSync(input).isDirectory() ? walk(input) : [input]
    } catch {
      files = isGlob(input) ? expandGlob(input) : []
    }
    for (const f of files) {
      if (/\.(warc|rss|atom|xml|gz)$/i.test(f)) return null
      total += /\.(jsonl|ndjson)$/i.test(f) ? countLines(f) : 1
    }
  }
  return total
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return []
    const p = join(dir, e.name)
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : []
  })
}

function countLines(path: string): number {
  const fd = openSync(path, 'r')
  const buf = Buffer.alloc(1 << 20)
  let lines = 0
  let last = 10
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) lines++
      last = buf[n - 1]!
    }
  } finally {
    closeSync(fd)
  }
  return lines + (last === 10 ? 0 : 1)
}
