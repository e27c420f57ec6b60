/**
 * Shell-style globs for inputs (`news/**\/*.html`, `2016-1?/*.txt`), for shells that do not expand
 * them and for quoted patterns: `*` and `?` stay inside one path segment, `**` crosses segments.
 * Matches come back sorted, like a directory walk.
 */
import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export function isGlob(s: string): boolean {
  return /[*?[]/.test(s)
}

export function globToRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += pattern[i + 2] === '/' ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i)
      if (end < 0) re += '\\['
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** Files matching a glob, walking only below its fixed leading directories. */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const p of parts) {
    if (isGlob(p)) break
    fixed.push(p)
  }
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/'
  const re = globToRegExp(pattern)
  const out: string[] = []
  const walk = (dir: string, depth: number): void => {
    if (depth > 32) return
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const p = dir === '.' ? e.name : join(dir, e.name)
      const rel = (fixed.length === 0 ? relative('.', p) : p).split(sep).join('/')
      if (e.isDirectory()) walk(p, depth + 1)
      else if (e.isFile() && re.test(rel)) out.push(p)
    }
  }
  walk(base, 0)
  return out.sort()
}
