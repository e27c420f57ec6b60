// The land across a border is no scene: "near the border with Ghana" tells where the happening is
// from this side (cues.tsv `across`). Invented sentences.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language: string) => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-06-10' })
const place = (text: string, language: string) => analyze(text, language).events.find((x) => x.eventType !== NOT_ACLED)?.location?.countryCode ?? null

describe('events: a place across a border is no scene', () => {
  const cases: [string, string, string | null][] = [
    // [language, text, the event's country]
    ['en', 'Soldiers clashed with gunmen near the border with Niger on Monday, killing two.', null],
    ['fr', 'Des soldats ont affronté des hommes armés près de la frontière avec le Niger lundi, faisant deux morts.', null],
    // The place on this side stays the scene.
    ['en', 'Soldiers clashed with gunmen in Gao, near the border with Niger, killing two.', 'ML'],
    ['fr', 'Des soldats ont affronté des hommes armés à Gao, près de la frontière avec le Niger, faisant deux morts.', 'ML'],
  ]
  for (const [lang, text, cc] of cases) it(`${lang}: "${text}" → ${cc ?? 'no place'}`, () => assert.equal(place(text, lang), cc))
})
