/**
 * The alias index: a trie over alias keys (see normalize.ts) for longest-match lookup in running
 * text, plus an exact table for short acronyms. Built once per process from the knowledge base.
 */
import { listLanguages, readResourceLines } from '../../resources/load.js'
import { loadActorEntries } from './load.js'
import { acronymForm, aliasKey, foldWord } from './normalize.js'
import type { ActorEntry } from './types.js'

/** `any`: a lower-case alias matches any case; `cap`: the text must start with a capital. */
export interface AliasHit { id: string; mode: 'any' | 'cap' }
export interface TrieNode { next: Map<string, TrieNode>; hits: AliasHit[] }

export interface ActorIndex {
  actors: Map<string, ActorEntry>
  trie: TrieNode
  acronyms: Map<string, string[]>
  /** Words dropped from keys and skipped inside matches. */
  skip: Set<string>
  /** Government actor ids by country code, for country names of scoped actors. */
  countryName: Map<string, string>
}

let cache: ActorIndex | null = null

export function getActorIndex(): ActorIndex {
  if (cache) return cache
  const skip = new Set<string>()
  for (const lang of listLanguages()) {
    for (const { cols } of readResourceLines(lang, 'entities/function-words.txt')) skip.add(foldWord(cols[0]!))
  }
  const actors = loadActorEntries()
  const trie: TrieNode = { next: new Map(), hits: [] }
  const acronyms = new Map<string, string[]>()
  const countryName = new Map<string, string>()
  for (const actor of actors.values()) {
    if (actor.role === 'government' && actor.country) countryName.set(actor.country, actor.name.replace(/^Government of /, '').replace(/ \(.*\)$/, ''))
    // The ACLED-style name is an alias too, without its period ("(2000-)"); a qualifier such as
    // "(Sahel Province)" stays, so that it never takes the parent's name.
    const acledName = actor.name.replace(/\s*\(\d{4}-(?:\d{4})?\)\s*$/, '')
    for (const alias of [...actor.aliases.en, ...actor.aliases.fr, ...actor.aliases.ar, acledName]) {
      const acro = acronymForm(alias)
      if (acro) {
        const ids = acronyms.get(acro) ?? []
        if (!ids.includes(actor.id)) ids.push(actor.id)
        acronyms.set(acro, ids)
        continue
      }
      const key = aliasKey(alias, skip)
      // A name (first letter capital) must be capitalised in text too; a phrase matches in any case.
      const mode = /^\P{L}*\p{Lu}/u.test(alias) ? 'cap' : 'any'
      // A lower-case phrase that folds to one word ("forces loyalistes" -> "forces") is too general.
      if (!key || (mode === 'any' && !key.includes(' ') && /\s/.test(alias.trim()))) continue
      let node = trie
      for (const w of key.split(' ')) {
        let child = node.next.get(w)
        if (!child) node.next.set(w, (child = { next: new Map(), hits: [] }))
        node = child
      }
      const same = node.hits.find((h) => h.id === actor.id)
      if (!same) node.hits.push({ id: actor.id, mode })
      else if (mode === 'any') same.mode = 'any'
    }
  }
  cache = { actors, trie, acronyms, skip, countryName }
  return cache
}

/** Follows a sequence of folded key words down the trie; null when the path does not exist. */
export function walk(trie: TrieNode, words: readonly string[]): TrieNode | null {
  let node: TrieNode | undefined = trie
  for (const w of words) {
    node = node.next.get(w)
    if (!node) return null
  }
  return node
}
