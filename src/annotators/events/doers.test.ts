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
