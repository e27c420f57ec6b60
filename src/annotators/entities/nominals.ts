/**
 * Noun phrases that name actors through context (« l'armée », "the group", « la coalition ») and
 * nationality adjectives, in words no knowledge-base match or name already covers.
 */
import { hasCue, type EntityResources } from './resources.js'
import type { HeadTarget } from '../../kb/actors/resolve.js'
import type { Word } from './words.js'

export interface HeadMatch { from: number; to: number; target: HeadTarget; definite: boolean }
export interface AdjectiveMatch { index: number; country: string }

export function findHeads(words: readonly Word[], covered: readonly boolean[], res: EntityResources): HeadMatch[] {
  const out: HeadMatch[] = []
  let i = 0
  while (i < words.length) {
    let found: HeadMatch | null = null
    // A phrase's key starts with its first word's fold (words have no spaces): most words start none.
    const starts = words[i]!.isWord && res.headFirst.has(words[i]!.fold)
    for (let n = starts ? Math.min(res.headMax, words.length - i) : 0; n >= 1 && !found; n--) {
      const run = words.slice(i, i + n)
      if (run.some((w, k) => !w.isWord || covered[i + k])) continue
      // A capitalised head inside a sentence is part of a name ("Army Day"), not a noun phrase.
      if (run[0]!.cap && i > 0 && words[i - 1]!.isWord) continue
      const target = res.heads.get(run.map((w) => w.fold).join(' '))
      if (target) found = { from: i, to: i + n - 1, target, definite: i > 0 && hasCue(res, 'definite', words[i - 1]!.fold) }
    }
    if (found) {
      out.push(found)
      i = found.to + 1
    } else i++
  }
  return out
}

export function findAdjectives(words: readonly Word[], covered: readonly boolean[], res: EntityResources): AdjectiveMatch[] {
  const out: AdjectiveMatch[] = []
  words.forEach((w, i) => {
    if (!w.isWord || covered[i]) return
    const country = res.adjectives.get(w.fold)
    if (country) out.push({ index: i, country })
  })
  return out
}
