/**
 * The tense around a time expression, from the past and future cues of `resources/<lang>/time/
 * tense.tsv`: the nearest cue in the sentence decides. Cues are found once per sentence, and only
 * for sentences that hold a candidate expression.
 */
import type { Tense, TimeResources } from './resources.js'
import { startsWord } from './text.js'

export interface TenseCue { at: number; tense: Tense }

/** Where the verbs and time adverbs of `text` (lower-cased) say past or future, at `offset`. */
export function tenseCues(text: string, res: TimeResources, offset = 0): TenseCue[] {
  const cues: TenseCue[] = []
  for (const cue of res.tense) {
    if (cue.tense === 'present') continue
    const re = cue.regex
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // The regexes have no leading word edge (it slows every scan): check it here.
      if (m[0].length === 0 || !startsWord(text, m.index)) re.lastIndex = m.index + 1
      else cues.push({ at: offset + m.index + m[0].length / 2, tense: cue.tense })
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

