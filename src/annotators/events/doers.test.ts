/**
 * The doer ACLED names (fifteenth session): unnamed fighters told by their creed, the dead of a
 * group, joint operations. Sentences written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const first = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)[0]
const names = (text: string, language = 'en') => { const e = first(text, language); return [e?.actor1?.name, e?.actor2?.name] }

describe('events: fighters told only as Islamists or jihadists are ACLED\'s Islamist militia of the country', () => {
  it('"an armed Islamist", "Islamist extremists", « un islamiste armé », « des djihadistes »', () => {
    assert.deepEqual(names('An armed Islamist was killed by Algerian soldiers near Jijel on Tuesday.'), ['Military Forces of Algeria', 'Islamist Militia (Algeria)'])
    assert.deepEqual(names('Tunisian troops killed three Islamist extremists in the mountains near Kasserine.'), ['Military Forces of Tunisia', 'Islamist Militia (Tunisia)'])
    assert.deepEqual(names('Un islamiste armé a été abattu par l\'armée algérienne près de Jijel mardi.', 'fr'), ['Military Forces of Algeria', 'Islamist Militia (Algeria)'])
    assert.equal(names('Des djihadistes ont tué deux villageois maliens près de Tombouctou.', 'fr')[0], 'Islamist Militia (Mali)')
    assert.equal(names('Jihadists killed two Malian villagers near Timbuktu.')[0], 'Islamist Militia (Mali)')
  })
  it('fighters told as militants or rebels stay an unidentified armed group', () => {
    assert.equal(names('Egyptian soldiers killed three militants near Arish on Sunday.')[1], 'Unidentified Armed Group (Egypt)')
  })
})

describe('events: a fight told as one between communities, none named, is between unidentified communal militias', () => {
  it('"intercommunal clashes", « des affrontements intercommunautaires »: both sides communal militias, not a group against civilians', () => {
    assert.deepEqual(names('Three people were killed in intercommunal clashes near Bouaflé in Ivory Coast on Monday.'), ['Unidentified Communal Militia (Ivory Coast)', 'Unidentified Communal Militia (Ivory Coast)'])
    assert.deepEqual(names('Trois personnes ont été tuées lundi dans des affrontements intercommunautaires près de Bouaflé, en Côte d\'Ivoire.', 'fr'), ['Unidentified Communal Militia (Ivory Coast)', 'Unidentified Communal Militia (Ivory Coast)'])
    assert.deepEqual(names('Des heurts intercommunautaires ont fait deux morts près de Man, en Côte d\'Ivoire.', 'fr'), ['Unidentified Communal Militia (Ivory Coast)', 'Unidentified Communal Militia (Ivory Coast)'])
  })
  it('a communal clash over land told with no side named', () => {
    assert.deepEqual(names('A communal clash over farmland in a village of Benue State left two dead.'), ['Unidentified Communal Militia (Nigeria)', 'Unidentified Communal Militia (Nigeria)'])
  })
  it('a fight between farmers and herders told by their trade alone, and the people of two places in a communal clash', () => {
    assert.deepEqual(names('Clashes between farmers and herders near Bouaflé in Ivory Coast left two dead.'), ['Unidentified Communal Militia (Ivory Coast)', 'Unidentified Communal Militia (Ivory Coast)'])
    assert.deepEqual(names('Des affrontements entre agriculteurs et éleveurs ont fait huit morts près de Bouaflé, en Côte d\'Ivoire.', 'fr'), ['Unidentified Communal Militia (Ivory Coast)', 'Unidentified Communal Militia (Ivory Coast)'])
  })
  it('a fight "between communal militias", « entre milices communautaires »: both sides communal militias', () => {
    assert.deepEqual(names('Fighting between communal militias from two villages near Bor in South Sudan left three dead.'), ['Unidentified Communal Militia (South Sudan)', 'Unidentified Communal Militia (South Sudan)'])
    assert.deepEqual(names('Des combats entre milices communautaires ont fait trois morts près de Bor, au Soudan du Sud.', 'fr'), ['Unidentified Communal Militia (South Sudan)', 'Unidentified Communal Militia (South Sudan)'])
  })
  it('gunmen told with no communal word stay an unidentified armed group', () => {
    assert.deepEqual(names('Gunmen killed three people near Man in Ivory Coast on Monday.'), ['Unidentified Armed Group (Ivory Coast)', 'Civilians (Ivory Coast)'])
  })
})

describe('events: herders told as the doers of violence are an unidentified communal militia, herders harmed stay civilians', () => {
  it('"Herdsmen attacked…", "Camel herders shot…", « des éleveurs ont attaqué… »: a communal militia against civilians', () => {
    assert.deepEqual(names('Herdsmen attacked a man with axes near Wau in South Sudan on Monday.'), ['Unidentified Communal Militia (South Sudan)', 'Civilians (South Sudan)'])
    assert.deepEqual(names('Camel herders shot two farmers dead near Nyala in Sudan.'), ['Unidentified Communal Militia (Sudan)', 'Civilians (Sudan)'])
    assert.deepEqual(names('Armed herdsmen on Sunday killed three villagers near Makurdi in Benue State, Nigeria.'), ['Unidentified Communal Militia (Nigeria)', 'Civilians (Nigeria)'])
    assert.deepEqual(names('Des éleveurs ont attaqué des agriculteurs près de Mopti, au Mali.', 'fr'), ['Unidentified Communal Militia (Mali)', 'Civilians (Mali)'])
    assert.deepEqual(names('Des éleveurs armés ont tué trois villageois près de Mopti, au Mali.', 'fr'), ['Unidentified Communal Militia (Mali)', 'Civilians (Mali)'])
    // Herders of a named people are that people's militia, as before.
    assert.equal(names('Des éleveurs peuls armés ont tué trois villageois près de Mopti, au Mali.', 'fr')[0], 'Fulani Ethnic Militia (Mali)')
  })
  it('herders who are killed or attacked stay civilians, their attackers an unidentified armed group', () => {
    assert.deepEqual(names('Gunmen killed two herders near Nyala in Sudan.'), ['Unidentified Armed Group (Sudan)', 'Civilians (Sudan)'])
    assert.deepEqual(names('Two herders were killed by gunmen near Nyala in Sudan.'), ['Unidentified Armed Group (Sudan)', 'Civilians (Sudan)'])
    assert.deepEqual(names('Herders killed by gunmen near Nyala in Sudan were buried on Monday.'), ['Unidentified Armed Group (Sudan)', 'Civilians (Sudan)'])
    assert.deepEqual(names('Des hommes armés ont tué deux éleveurs près de Mopti, au Mali.', 'fr'), ['Unidentified Armed Group (Mali)', 'Civilians (Mali)'])
    assert.deepEqual(names('Des éleveurs ont été tués par des hommes armés près de Mopti, au Mali.', 'fr'), ['Unidentified Armed Group (Mali)', 'Civilians (Mali)'])
  })
})
