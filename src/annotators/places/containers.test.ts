/**
 * Containers: a place named after a comma or in brackets, after a village or a quarter the gazetteer
 * lacks and its locative cue, holds that village ("in Tsetia village, Wannune", « à Tsetia
 * (Wannune) »): the cue of the contained name is the container's. Sentences written for these
 * tests; the entities stage runs first as in the default pipeline.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Place } from '../../doc/schema.js'
import { getDefaultPipeline } from '../../pipeline/default.js'

const places = (text: string, language = 'en'): Place[] => getDefaultPipeline().analyze({ input: 'containers', text, language, published: '2016-05-28' }).places
const at = (text: string, surface: string, language = 'en') => places(text, language).find((p) => p.text === surface)

describe('places: a container after a contained place', () => {
  const found: [string, string, string, string?][] = [
    ['Gunmen killed a trader in Tsetiwa village, Wannune, on Sunday.', 'Wannune', 'NG'],
    ['Gunmen killed a trader in Laanta Qoorey, Wannune.', 'Wannune', 'NG'],
    ['Two grenades were thrown at a checkpoint in Tsetiwa (Yaaqshiid) last night.', 'Yaaqshiid', 'SO'],
    ['Herders clashed with farmers in the village of Tsetiwa, Wannune.', 'Wannune', 'NG'],
    ['Des hommes armés ont tué un commerçant à Tsetiwa (Wannune) dimanche.', 'Wannune', 'NG', 'fr'],
    ['Des grenades ont été lancées à Tsetiwa, Yaaqshiid.', 'Yaaqshiid', 'SO', 'fr'],
    ['Des éleveurs ont attaqué le village de Tsetiwa, Wannune, lundi.', 'Wannune', 'NG', 'fr'],
    // French settlement words with « de » say the contained name is a village or a quarter.
    ['Des grenades ont été lancées dans le quartier de Tsetiwa, Yaaqshiid.', 'Yaaqshiid', 'SO', 'fr'],
    ['Deux bergers ont été tués dans la localité de Tsetiwa (Wannune).', 'Wannune', 'NG', 'fr'],
  ]
  for (const [text, surface, cc, lang] of found) {
    it(`${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
  }
  const refused: [string, string, string?][] = [
    // No locative cue before the first name: a list of names, or a person after a place.
    ['Tsetiwa, Wannune and others signed the letter.', 'Wannune'],
    ['Ils ont rencontré Tsetiwa, Wannune et leurs amis.', 'Wannune', 'fr'],
    // After a country or a first-level area, the name after the comma opens the next clause; in
    // brackets, a name that opens a longer phrase is no container.
    ['During his visit to Kenya, Wannune spoke of peace.', 'Wannune'],
    ['Lors de sa visite au Kenya, Wannune a parlé de paix.', 'Wannune', 'fr'],
    ['Protests went on in Tsetiwa (Wannune reported two arrests).', 'Wannune'],
    // A compass word alone in brackets is a part of the town before it.
    ['Gunmen shot a trader in Tsetiwa neighbourhood of Gaalkacyo (North) on Sunday.', 'North'],
    ['Des hommes armés ont tué un commerçant à Gaalkacyo (Nord) dimanche.', 'Nord', 'fr'],
  ]
  for (const [text, surface, lang] of refused) {
    it(`no ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang), undefined))
  }
})

describe('places: a container names the area that holds the place, as an admin word would', () => {
  // "Arsi" is Ethiopia's zone, and another name of Fushë-Arrëz, Albania: the container is the area.
  const cases: [string, string, string, string][] = [
    ['en', 'Police arrested ten traders in Gudru village, Arsi.', 'Arsi', 'ET'],
    ['fr', 'La police a arrêté dix commerçants à Gudru (Arsi).', 'Arsi', 'ET'],
    ['fr', 'La police a arrêté dix commerçants dans le village de Gudru, Arsi.', 'Arsi', 'ET'],
  ]
  for (const [lang, text, surface, cc] of cases) it(`${lang}: ${surface} in "${text}"`, () => assert.equal(at(text, surface, lang)?.countryCode, cc))
})
