/**
 * Names that are no place whatever the gazetteer holds: a rank abbreviated before a person's name
 * ("Brig. Jean Claude"), a country's name numbered as a channel's ("France 24"). Sentences written
 * for these tests; the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'

const surfaces = (text: string, language: string): string[] => getDefaultPipeline().analyze({ input: 'judge', text, language, published: '2016-05-28' }).places.map((p) => p.text)

describe('places: ranks and titles are no places', () => {
  const cases: [string, string, string][] = [
    ['en', 'Gunmen killed Brig. General Athanase Kararuza in Bujumbura.', 'Bujumbura'],
    ['en', 'The police spokesman, Brig. Moses Kaima, said Kisumu was calm.', 'Kisumu'],
    ['fr', 'Des hommes armés ont tué le Lt. Bari à Mopti.', 'Mopti'],
    ['fr', 'Le Cdt. Bari a quitté Gao.', 'Gao'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected}`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})

describe('places: a country numbered is a channel or a team', () => {
  const cases: [string, string, string][] = [
    ['en', 'Riots followed images broadcast on France 3 from Lyon.', 'Lyon'],
    ['en', 'He told France 24 that Bamako was calm.', 'Bamako'],
    // After a locative cue, a number may start the clause.
    ['en', 'In Syria 12 people died on Monday.', 'Syria'],
    ['fr', 'Les images diffusées par France 24, samedi, montraient Gao.', 'Gao'],
    ['fr', 'Au Mali 14 soldats ont été tués.', 'Mali'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: "${text}" → ${expected}`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})
