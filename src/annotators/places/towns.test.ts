/**
 * Towns written with other vowels than the gazetteer's ("Nekemt" for Nek'emte, "Gabiley" for
 * Gebiley): read by their consonants (`lookupVowels`) only where the text agrees. Sentences written
 * for these tests; the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const places = (text: string, language: string): Place[] => getDefaultPipeline().analyze({ input: 'towns', text, language, published: '2016-05-28' }).places
const at = (text: string, surface: string, language: string) => places(text, language).find((p) => p.text === surface)

describe('places: a town written with other vowels', () => {
  const found: [string, string, string, string][] = [
    // The only towns of these consonants are in one country.
    ['en', 'Students protested in Nekemt on Tuesday.', 'Nekemt', 'ET'],
    ['fr', 'Des étudiants ont manifesté à Nekemt mardi.', 'Nekemt', 'ET'],
    // Towns of these consonants lie in many countries: a nationality word says which.
    ['en', 'Somali police arrested ten men in Gabiley on Sunday.', 'Gabiley', 'SO'],
    ['fr', 'La police somalienne a arrêté dix hommes à Gabiley dimanche.', 'Gabiley', 'SO'],
  ]
  for (const [lang, text, surface, cc] of found) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
  const notFound: [string, string, string][] = [
    // Many countries, none named.
    ['en', 'Gunmen killed a trader in Gerida on Monday.', 'Gerida'],
    ['fr', 'Des hommes armés ont tué un commerçant à Gerida lundi.', 'Gerida'],
    // The text's own area is Zamfara: Kanamma lies in Yobe, far off.
    ['en', 'Gunmen attacked a police post in Kanoma, Zamfara State.', 'Kanoma'],
    ['fr', "Des hommes armés ont attaqué un poste de police à Kanoma, dans l'État de Zamfara.", 'Kanoma'],
    // A clan's name is no town.
    ['en', 'A man from Darood was shot dead in Kismaayo.', 'Darood'],
    ['fr', 'Un homme du clan Darood a été abattu à Kismaayo.', 'Darood'],
  ]
  for (const [lang, text, surface] of notFound) it(`${lang}: no place ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang), undefined))
})
