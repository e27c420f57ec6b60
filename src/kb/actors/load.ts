/**
 * Loads the actor knowledge base once per process: the generated state actors
 * (`kb/actors/state-actors.json`, see scripts/build-actor-kb.ts) merged with the curated actors
 * (`kb/actors/curated.yaml`), where a curated entry with a generated id adds to that actor.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { EngineError } from '../../errors.js'
import { RESOURCES_DIR } from '../../resources/load.js'
import { ActorEntry, ActorPatch } from './types.js'

export const KB_DIR = join(RESOURCES_DIR, '..', 'kb', 'actors')

let cache: Map<string, ActorEntry> | null = null

export function loadActorEntries(): Map<string, ActorEntry> {
  if (cache) return cache
  const actors = new Map<string, ActorEntry>()
  const generatedFile = join(KB_DIR, 'state-actors.json')
  const generated = JSON.parse(readFileSync(generatedFile, 'utf8')) as unknown[]
  generated.forEach((raw, i) => {
    const parsed = ActorEntry.safeParse(raw)
    if (!parsed.success) throw new EngineError('E_KB', `actor ${i}: ${parsed.error.issues[0]?.message}`, generatedFile)
    actors.set(parsed.data.id, parsed.data)
  })
  const curatedFile = join(KB_DIR, 'curated.yaml')
  const curated = parse(readFileSync(curatedFile, 'utf8')) as unknown[]
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
  cache = actors
  return actors
}
