/** The reference article's actors (issue 6 bars), through the default pipeline. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { createEntitiesAnnotator } from '../src/annotators/entities/index.js'
import { hasReference, referenceText } from './helpers.js'

describe('entities on the reference article', { skip: !hasReference && 'reference article absent' }, () => {
  const analysis = hasReference ? createPipeline([createEntitiesAnnotator()]).analyze({ input: 'reference', text: referenceText(), published: '2016-12-12' }) : null
  const mentionsOf = (id: string): string[] => analysis!.mentions.filter((m) => m.actorId === id).map((m) => m.text)
  const actor = (id: string) => analysis!.actors.find((a) => a.id === id)

  it('finds Richard Labévière with his description, M. Labévière and « l\'expert »', () => {
    const id = 'person:richard-labeviere'
    assert.equal(actor(id)?.description, 'expert français du Moyen Orient')
    assert.deepEqual(mentionsOf(id), ['Richard Labévière', 'Labévière', 'expert'])
  })

  it('finds Staffan de Mistura as a person', () => {
    const m = analysis!.mentions.find((x) => x.text === 'Staffan de Mistura')
    assert.equal(m?.nerType, 'PER')
  })

  it('resolves the Syrian army to Military Forces of Syria, type 1', () => {
    assert.equal(actor('military-sy')?.inter, 1)
    assert.match(actor('military-sy')!.name, /^Military Forces of Syria/)
    assert.deepEqual(mentionsOf('military-sy'), ['armée gouvernementale syrienne', 'armée syrienne'])
  })

  it('makes Daech and « les djihadistes » the Islamic State, type 2', () => {
    assert.equal(actor('islamic-state')?.inter, 2)
    const texts = mentionsOf('islamic-state')
    assert.ok(texts.includes('Daech') && texts.includes('djihadistes'), texts.join(', '))
  })

  it('makes Jabhat al-Nosra and Al-Qaïda en Syrie one actor', () => {
    assert.deepEqual(mentionsOf('jabhat-al-nusra'), ['Jabhat al-Nosra', 'Al-Qaïda en Syrie'])
  })

  it('finds the US-led coalition', () => {
    assert.ok(mentionsOf('us-led-coalition').includes('coalition internationale'))
  })

  it('makes no actor of « la presse occidentale » beyond a generic one', () => {
    const press = analysis!.article.text.indexOf('presse occidentale')
    const there = analysis!.mentions.filter((m) => m.start < press + 18 && m.end > press)
    assert.ok(there.every((m) => m.actorId === null || m.actorId.includes('@')), JSON.stringify(there))
  })
})
