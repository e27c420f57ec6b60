/** Every rule's EXAMPLE sentence, in every language with time resources, yields its EXPECTED value. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { listLanguages } from '../../resources/load.js'
import { findInText } from './find.js'
import { loadTimeResources } from './resources.js'

const DCT = { y: 2016, m: 12, d: 12 }

for (const lang of listLanguages()) {
  const res = loadTimeResources(lang)
  if (!res) continue
  describe(`time rules ${lang}`, () => {
    for (const rule of res.rules) {
      if (!rule.example || !rule.expected) continue
      it(`${rule.id} (${rule.where}): ${rule.example}`, () => {
        const found = findInText(rule.example!, 0, res, DCT, { anchor: { value: null } })
        const [value, mod] = rule.expected!.split(';')
        const mine = found.filter((t) => t.rule === rule.id)
        assert.ok(mine.length > 0, `rule ${rule.id} found nothing; found ${JSON.stringify(found.map((t) => [t.text, t.rule, t.value]))}`)
        assert.ok(mine.some((t) => t.value === value && t.mod === (mod ?? null)), `expected ${rule.expected}, got ${JSON.stringify(mine.map((t) => [t.text, t.value, t.mod]))}`)
      })
    }
  })
}

describe('time rules: a count of people is no year', () => {
  // Invented sentences: [language, text, the count, a year told beside it].
  const cases: [string, string][] = [
    ['en', 'More than 1500 fighters attacked the city in 2016; about 1850 people fled.'],
    ['fr', 'Plus de 1500 combattants ont attaqué la ville en 2016 ; quelque 1850 personnes ont fui.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const res = loadTimeResources(lang)!
      const found = findInText(text, 0, res, DCT, { anchor: { value: null } })
      assert.deepEqual(found.map((t) => t.value), ['2016'])
    })
  }
})
