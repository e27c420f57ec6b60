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
