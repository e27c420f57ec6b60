/**
 * Loads the actor knowledge base once per process: the generated state actors
 * (`kb/actors/state-actors.json`, see scripts/build-actor-kb.ts) merged with the curated actors
 * (`kb/actors/curated.yaml`), where a curated entry with a generated id adds to that actor.
 * The merged, validated entries are kept as JSON under `.cache/actors/`, keyed by a hash of both
 * files and of this loader, so a later process skips the YAML parse and the validation.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { EngineError } from '../../errors.js'
import { listLanguages, readResourceLines, RESOURCES_DIR } from '../../resources/load.js'
import { CACHE_DIR } from '../gazetteer/sources.js'
import { writeJsonWhole } from '../cache-file.js'
import { identityEntries } from './identity.js'
import { ActorEntry, ActorPatch } from './types.js'

export const KB_DIR = join(RESOURCES_DIR, '..', 'kb', 'actors')

let cache: Map<string, ActorEntry> | null = null

export function loadActorEntries(): Map<string, ActorEntry> {
  if (cache) return cache
  const generatedFile = join(KB_DIR, 'state-actors.json')
  const curatedFile = join(KB_DIR, 'curated.yaml')
  const generatedText = readFileSync(generatedFile, 'utf8')
  const curatedText = readFileSync(curatedFile, 'utf8')
  const h = createHash('sha256').update(generatedText).update('\0').update(curatedText)
  // The merge rules, the schema's defaults and the identity groups shape the entries too.
  for (const f of ['load.ts', 'types.ts', 'identity.ts']) h.update('\0').update(readFileSync(fileURLToPath(new URL(f, import.meta.url))))
  for (const lang of listLanguages()) h.update('\0').update(readResourceLines(lang, 'entities/identity-groups.tsv').map((r) => r.cols.join('\t')).join('\n'))
  const stamp = h.digest('hex').slice(0, 16)
  const dir = join(CACHE_DIR, 'actors')
  const file = join(dir, `${stamp}.json`)
  if (existsSync(file)) {
    try {
      cache = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, ActorEntry][])
      return cache
    } catch {
      // Removed or cut short by another process: rebuilt below.
    }
  }
  cache = mergeEntries(generatedText, generatedFile, curatedText, curatedFile)
  // Identity militias come from the language resources; a curated entry of the same id wins.
  for (const e of identityEntries()) if (!cache.has(e.id)) cache.set(e.id, e)
  // Best effort: a read-only checkout still loads, only slower.
  writeJsonWhole(file, [...cache], true)
  return cache
}

function mergeEntries(generatedText: string, generatedFile: string, curatedText: string, curatedFile: string): Map<string, ActorEntry> {
  const actors = new Map<string, ActorEntry>()
  const generated = JSON.parse(generatedText) as unknown[]
  generated.forEach((raw, i) => {
    const parsed = ActorEntry.safeParse(raw)
    if (!parsed.success) throw new EngineError('E_KB', `actor ${i}: ${parsed.error.issues[0]?.message}`, generatedFile)
    actors.set(parsed.data.id, parsed.data)
  })
  const curated = parse(curatedText) as unknown[]
  curated.forEach((raw, i) => {
    const id = (raw as { id?: string }).id ?? `#${i}`
    const base = actors.get(id)
    if (base) {
      const patch = ActorPatch.safeParse(raw)
      if (!patch.success) throw new EngineError('E_KB', `actor ${id}: ${patch.error.issues[0]?.message}`, curatedFile)
      const p = patch.data
      actors.set(id, {
        ...base,
        ...(p.name ? { name: p.name } : {}),
        ...(p.qid ? { qid: p.qid } : {}),
        ...(p.tags?.length ? { tags: p.tags } : {}),
        aliases: {
          en: [...base.aliases.en, ...(p.aliases?.en ?? [])],
          fr: [...base.aliases.fr, ...(p.aliases?.fr ?? [])],
          ar: [...base.aliases.ar, ...(p.aliases?.ar ?? [])],
        },
      })
      return
    }
    const parsed = ActorEntry.safeParse(raw)
    if (!parsed.success) throw new EngineError('E_KB', `actor ${id}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`, curatedFile)
    actors.set(parsed.data.id, parsed.data)
  })
  return actors
}
