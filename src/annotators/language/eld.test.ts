/**
 * `eldDetect` must say what eld says, on every kind of text eld reads differently: apostrophes at
 * the end of separator runs, words past 70 bytes, accents, other scripts, characters outside the
 * BMP, texts past the 1,000 characters and 380 bytes eld reads, texts without letters. Sentences
 * written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eld } from 'eld/medium'
import { eldDetect } from './eld.js'

const texts = [
  'Government forces retook the town on Monday after three days of fighting, a monitoring group said.',
  'Les forces gouvernementales ont repris la ville lundi après trois jours de combats, selon une ONG.',
  "L’armée n’a pas confirmé l'attaque ; « c'est faux », a-t-il déclaré aux journalistes.",
  "They didn't say ' why ', nor `when` — the villagers' wells ’ were dry'",
  'Pneumonoultramicroscopicsilicovolcanoconiosisandotherextraordinarilylongwordsthatgoonandon were cited.',
  'Une réunion extraordinaire s’est tenue à Genève, où les délégués ont évoqué la sécurité alimentaire.',
  'Das Treffen fand am Dienstag in Berlin statt; die Minister äußerten sich nicht.',
  'Военные заявили, что город находится под их контролем с понедельника.',
  'وقال المتحدث إن القوات سيطرت على المدينة يوم الاثنين بعد معارك عنيفة',
  'Reporters 🙂 wrote 𝒜𝒷𝒸 about the flood 🌊🌊 in the valley, then left.',
  'Ο ΣΤΡΑΤΟΣ ανακοίνωσε ότι η πόλη είναι υπό έλεγχο.',
  `${'Le gouvernement a annoncé de nouvelles mesures pour la région. '.repeat(30)}`,
  `${'a '.repeat(400)}fin`,
  'ONU',
  'Ok.',
  '12 345 — 678 !!',
  '',
  "''' ``` ’’’",
  '\uD800 lone surrogate \uDC00 text here with words',
]

describe('eldDetect', () => {
  for (const text of texts) {
    it(`says what eld says of "${text.slice(0, 40)}"`, () => {
      const r = eld.detect(text)
      assert.deepEqual(eldDetect(text), { language: r.language, reliable: r.isReliable() })
    })
  }
})

describe('eldDetect over many texts', () => {
  it('says what eld says as its table of n-grams seen grows, and of a text read again', () => {
    // Invented words from a fixed sequence: tens of thousands of distinct n-grams.
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    const letters = 'abcdeéèfghijklmnopqrstuvwxyzàçôœ'
    const word = () => Array.from({ length: 2 + ((next() >>> 16) % 9) }, () => letters[(next() >>> 16) % letters.length]).join('')
    const many = Array.from({ length: 400 }, () => Array.from({ length: 60 }, word).join(' '))
    for (const text of [...many, many[0]!, texts[0]!, texts[0]!]) {
      const r = eld.detect(text)
      assert.deepEqual(eldDetect(text), { language: r.language, reliable: r.isReliable() })
    }
  })
})
