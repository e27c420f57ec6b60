/** Segmentation knowledge per language, loaded once from `resources/<lang>/segment/`. */
import { readResourceLines } from '../../resources/load.js'

export interface SegmentResources {
  lang: string
  /** Abbreviations with their final period (`M.`, `U.S.`). */
  abbreviations: Set<string>
  /** Elided forms without apostrophe, lower case (`l`, `qu`). */
  elisions: Set<string>
  /** Words that keep their apostrophe inside one token, lower case. */
  apostropheWords: Set<string>
  /** Clitics split off the end of a word (`'s`, `n't`), lower case, with a straight apostrophe. */
  clitics: string[]
}

const cache = new Map<string, SegmentResources>()

export function loadSegmentResources(lang: string): SegmentResources {
  const hit = cache.get(lang)
  if (hit) return hit
  const col0 = (path: string) => readResourceLines(lang, path).map((r) => r.cols[0] ?? '')
  const res: SegmentResources = {
    lang,
    abbreviations: new Set(col0('segment/abbreviations.txt')),
    elisions: new Set(col0('segment/elisions.txt').map((s) => s.toLowerCase())),
    apostropheWords: new Set(col0('segment/apostrophe-words.txt').map((s) => s.toLowerCase())),
    clitics: col0('segment/clitics.txt').map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length),
  }
  cache.set(lang, res)
  return res
}
