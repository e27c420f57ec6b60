/**
 * The other side of a fight told by its post or its force, not as the verb's object (fifteenth
 * session). Sentences written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const first = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)[0]
const sides = (text: string, language = 'en') => { const e = first(text, language); return [e?.actor1?.name, e?.actor2?.name].sort() }

describe('events: a fight an armed group starts has the armed party of its clause as its other side', () => {
  it('"militants attacked a military base", "Al Shabaab fighters attacked a military base": the army is the other side', () => {
    assert.deepEqual(sides('Militants attacked a military base near Baidoa.'), ['Military Forces of Somalia', 'Unidentified Armed Group (Somalia)'])
    assert.deepEqual(sides('Al Shabaab fighters attacked a military base near Baidoa, killing five.'), ['Al Shabaab', 'Military Forces of Somalia'])
    assert.deepEqual(sides('Boko Haram fighters attacked an army base near Maiduguri.'), ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Military Forces of Nigeria'])
  })
  it('the same in French (guard: « une base militaire » was read already)', () => {
    assert.deepEqual(sides('Les combattants d\'Al-Qaïda ont attaqué une base militaire près de Gao.', 'fr'), ['Al Qaeda', 'Military Forces of Mali'])
  })
  it('a fight with no armed party beside the doer has an unidentified armed group as its other side; civilians named are a target', () => {
    assert.deepEqual(sides('Militants clashed near Baidoa on Monday.'), ['Unidentified Armed Group (Somalia)', 'Unidentified Armed Group (Somalia)'])
    assert.deepEqual(sides('Militants attacked a village near Baidoa, killing five civilians.'), ['Civilians (Somalia)', 'Unidentified Armed Group (Somalia)'])
  })
})
