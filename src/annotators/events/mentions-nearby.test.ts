/**
 * Descriptions next to a name, asked of the named mentions by position: the same parties whatever
 * the white space between, and in a long text where every sentence has names and descriptions.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const acled = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)

describe('events: a description next to a name, found by position', () => {
  it('wider gaps between the name and its description still join them', () => {
    assert.equal(acled('A roadside bomb struck a convoy of   AMISOM near Afgooye.')[0]?.actor1?.actorId, 'amisom')
    assert.equal(acled("Une bombe a frappé un convoi  de l'AMISOM près d'Afgooye.", 'fr')[0]?.actor1?.actorId, 'amisom')
  })
  it('a long text gives each sentence the parties it gives alone', () => {
    const one = 'Twelve people were killed in clashes between FARDC soldiers and Mai-Mai militiamen near Beni.'
    const alone = acled(one)[0]
    const many = acled(Array.from({ length: 60 }, () => one).join(' '))
    assert.ok(many.length >= 1)
    for (const e of many) assert.deepEqual([e.actor1?.actorId, e.actor2?.actorId], [alone?.actor1?.actorId, alone?.actor2?.actorId])
  })
})
