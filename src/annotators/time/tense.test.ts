import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadTimeResources } from './resources.js'
import { tenseCues, type TenseCue } from './tense.js'
import { lowerSameLength, startsWord } from './text.js'

/** The cues as a global scan finds them, skipping matches that start inside a word. */
function scanned(text: string, lang: string): TenseCue[] {
  const res = loadTimeResources(lang)!
  const cues: TenseCue[] = []
  for (const cue of res.tense) {
    if (cue.tense === 'present') continue
    const re = cue.regex
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0 || !startsWord(text, m.index)) re.lastIndex = m.index + 1
      else cues.push({ at: m.index + m[0].length / 2, tense: cue.tense })
    }
  }
  return cues
}

describe('tenseCues', () => {
  // Invented sentences.
  const cases: [string, string, ('past' | 'future')[]][] = [
    ['fr', "Le ministre avait annoncé hier que la réunion se tiendra lundi ; elle sera publique.", ['future', 'future', 'past', 'past']],
    ['fr', "Les habitants fuyaient la ville pendant que l'armée bombardait les quartiers nord.", ['past', 'past']],
    ['fr', 'Un convoi partira demain vers le nord.', ['future']],
    ['en', 'The minister said on Friday that talks will resume next week after they had stalled.', []],
    ['en', 'Officials expect the vote to be held soon.', []],
  ]
  for (const [lang, sentence, tenses] of cases) {
    it(`${lang}: ${sentence}`, () => {
      const text = lowerSameLength(sentence)
      const res = loadTimeResources(lang)!
      const got = tenseCues(text, res, 10)
      assert.deepEqual(got, scanned(text, lang).map((c) => ({ ...c, at: c.at + 10 })))
      if (lang === 'fr') assert.deepEqual(got.map((c) => c.tense), tenses)
    })
  }
})
