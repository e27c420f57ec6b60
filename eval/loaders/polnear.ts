/**
 * PolNeAR (political news attribution relations) from `quotes/quotes-en-polnear/<set>/`, read at
 * run time. BRAT standoff: `T` lines are spans (`start end;start end` for discontinuous ones),
 * `E` lines tie an Attribution anchor to its Source, Cue and Content. A span's surface text may
 * contain a newline, which continues the record on the next physical line. Where a document has
 * several annotators, only the alphabetically first `.ann` file is read.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../../src/doc/schema.js'
import { evalPath } from '../paths.js'

export const POLNEAR_DIR = join('quotes', 'quotes-en-polnear')
export const POLNEAR_SETS = ['dev', 'train'] as const

export interface PolnearSpan {
  id: string
  type: string
  fragments: Span[]
  /** The surface text as written in the `.ann` file. */
  surface: string
}

export interface PolnearRelation {
  id: string
  /** `Attribution` or `Attribution-no-source`. */
  type: string
  source: PolnearSpan | null
  cue: PolnearSpan | null
  /** Usually one; a few relations have two content spans. */
  content: PolnearSpan[]
}

export interface PolnearDoc {
  name: string
  annotationFile: string
  text: string
  spans: PolnearSpan[]
  relations: PolnearRelation[]
}

const RECORD = /^(?:[TER#A-Z]\d+|#\d*)\t/u

/** Parses one `.ann` file; relations that name no role are left out. */
export function parseAnn(ann: string, where: string): { spans: PolnearSpan[]; relations: PolnearRelation[] } {
  const records: string[] = []
  for (const line of ann.replace(/\n$/u, '').split('\n')) {
    if (RECORD.test(line) || records.length === 0) records.push(line)
    else records[records.length - 1] += `\n${line}`
  }
  const spans = new Map<string, PolnearSpan>()
  const events: string[] = []
  for (const rec of records) {
    if (rec.startsWith('T')) {
      const [id = '', head = '', ...surface] = rec.split('\t')
      const m = /^(\S+) (.+)$/u.exec(head)
      if (!m) throw new Error(`${where}: unreadable span record "${rec.slice(0, 60)}"`)
      const fragments = m[2]!.split(';').map((f) => {
        const [s, e] = f.trim().split(' ').map(Number)
        if (!Number.isInteger(s) || !Number.isInteger(e)) throw new Error(`${where}: bad offsets in "${rec.slice(0, 60)}"`)
        return { start: s!, end: e! }
      })
      spans.set(id, { id, type: m[1]!, fragments, surface: surface.join('\t') })
    } else if (rec.startsWith('E')) {
      events.push(rec)
    }
  }
  const relations: PolnearRelation[] = []
  for (const rec of events) {
    const [id = '', args = ''] = rec.split('\t')
    const roles = args.trim().split(/\s+/u).map((a) => a.split(':') as [string, string])
    const [type = ''] = roles[0] ?? []
    const get = (role: string) => roles.slice(1).filter(([r]) => r === role).map(([, ref]) => spans.get(ref)).filter((s): s is PolnearSpan => s !== undefined)
    const content = get('Content')
    const source = get('Source')[0] ?? null
    const cue = get('Cue')[0] ?? null
    if (content.length === 0 && !source && !cue) continue
    relations.push({ id, type, source, cue, content })
  }
  return { spans: [...spans.values()], relations }
}

/** The documents of one set, in file-name order; `limit` keeps the first N. */
export function loadPolnear(set: string, limit?: number): PolnearDoc[] {
  const dir = evalPath(POLNEAR_DIR, set)
  if (!existsSync(dir)) throw new Error(`PolNeAR set "${set}" not found at ${dir}`)
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()
  const firstAnn = new Map<string, string>()
  for (const f of annFiles) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/u, '')
    if (!firstAnn.has(name)) firstAnn.set(name, f)
  }
  const names = [...firstAnn.keys()].sort().slice(0, limit)
  return names.map((name) => {
    const annotationFile = firstAnn.get(name)!
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8')
    const { spans, relations } = parseAnn(readFileSync(join(dir, 'attributions', annotationFile), 'utf8'), annotationFile)
    return { name, annotationFile, text, spans, relations }
  })
}
