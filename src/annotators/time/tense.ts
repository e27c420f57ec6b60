/**
 * The tense around a time expression, from the past and future cues of `resources/<lang>/time/
 * tense.tsv`: the nearest cue in the sentence decides. Cues are found once per sentence, and only
 * for sentences that hold a candidate expression.
 */
import type { Tense, TimeResources } from './resources.js'
import { startsWord } from './text.js'

export interface TenseCue { at: number; tense: Tense }

/**
 * Where the verbs and time adverbs of `text` (lower-cased) say past or future, at `offset`. A cue
 * counts only where it starts a word, so each cue is tried sticky at word starts: a scan from every
 * offset would try the cues' leading letter runs (`\p{L}{3,}(?:ait|aient)`) inside every word.
 * The cues found are those of a scan that skips matches inside words, in the same order.
 */
export function tenseCues(text: string, res: TimeResources, offset = 0): TenseCue[] {
  const cues: TenseCue[] = []
  for (const cue of res.tense) {
    if (cue.tense === 'present') continue
    const re = cue.sticky
    for (let at = 0; at < text.length; at++) {
      if (!startsWord(text, at)) continue
      re.lastIndex = at
      const m = re.exec(text)
      if (m === null || m[0].length === 0) continue
      cues.push({ at: offset + at + m[0].length / 2, tense: cue.tense })
      // The scan goes on after the match, as a global search would.
      at += m[0].length - 1
    }
  }
  return cues
}

/**
 * The tense that governs an expression: the nearest cue's in its sentence ("officials said Friday
 * the talks will resume": Friday is past, not future); present when the sentence has none.
 */
export function tenseAt(cues: TenseCue[], sentence: { start: number; end: number }, start: number, end: number): Tense {
  let best: TenseCue | null = null
  let bestDistance = Infinity
  for (const c of cues) {
    if (c.at < sentence.start || c.at >= sentence.end || (c.at >= start && c.at <= end)) continue
    const d = c.at < start ? start - c.at : c.at - end
    if (d < bestDistance || (d === bestDistance && c.tense === 'future')) {
      best = c
      bestDistance = d
    }
  }
  return best?.tense ?? 'present'
}

