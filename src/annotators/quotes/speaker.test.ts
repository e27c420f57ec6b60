import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadQuoteResources } from './resources.js'
import { readSpeaker, subjectBefore } from './speaker.js'
import type { Tok } from './view.js'

/** Tokens split on spaces and after apostrophes, enough for these phrases. */
function toks(text: string): Tok[] {
  const out: Tok[] = []
  const re = /[\p{L}\p{N}.-]+'?|[^\s\p{L}\p{N}]/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind = /^[\p{L}\p{N}]/u.test(m[0]) ? 'word' : 'punct'
    out.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0], norm: m[0].toLowerCase() })
  }
  return out
}

describe('readSpeaker', () => {
  const cases: [string, string, string, string | null, string | null][] = [
    ['fr', 'il', 'pronoun', null, null],
    ['fr', "l' expert", 'description', null, 'expert'],
    ['fr', 'M. Labévière', 'name', 'M. Labévière', null],
    ['fr', 'le ministre russe Sergueï Lavrov', 'name', 'Sergueï Lavrov', 'ministre russe'],
    ['fr', 'le ministre de la Défense', 'phrase', null, 'ministre de la Défense'],
    ['fr', 'le ministère', 'phrase', 'ministère', null],
    ['en', 'the spokesman', 'description', null, 'spokesman'],
    ['en', 'Staffan de Mistura', 'name', 'Staffan de Mistura', null],
    ['en', 'sources', 'phrase', null, 'sources'],
  ]
  for (const [lang, text, form, name, description] of cases) {
    it(`${lang}: ${text}`, () => {
      const p = readSpeaker(toks(text), loadQuoteResources(lang))
      assert.deepEqual([p.form, p.name, p.description], [form, name, description])
    })
  }
})

describe('subjectBefore', () => {
  // Expected: the subject's first word, name and description, or null when there is no subject.
  const cases: [string, string, [string, string | null, string | null] | null][] = [
    ['fr', 'Richard Morel , expert en sécurité , estime', ['Richard', 'Richard Morel', 'expert en sécurité']],
    ['fr', 'Ainsi , il est', ['il', null, null]],
    ['en', 'On Monday , he said', ['he', null, null]],
    ['en', 'Most voters say they want', ['they', null, null]],
    ['en', 'the crowd cheered , said', null],
    ['en', 'On his tax returns , he says he would pay , calling', null],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const t = toks(text)
      const s = subjectBefore(t, t.length - 1, loadQuoteResources(lang))
      assert.deepEqual(s && [t[s.first]!.text, s.phrase.name, s.phrase.description], expected)
    })
  }
})
