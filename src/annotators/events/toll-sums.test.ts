import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deadOf } from './test-events.js'

describe('events: the doer who died with those he killed is among the dead', () => {
  for (const [lang, text, dead] of [
    ['en', 'A suicide bomber blew himself up in a mosque in Maroua, killing himself and four others.', 5],
    ['en', 'A suicide bomber blew himself up in a mosque in Maroua, killing himself and injuring three.', 1],
    ['en', 'A suicide bomber detonated her vest at a market in Maroua, killing only herself.', 1],
    ['en', 'The bomber detonated his explosives at a checkpoint in Maroua, killing a guard and himself.', 2],
    ['en', 'Two suicide bombers detonated their vests near a school in Maroua, killing only themselves.', 2],
    ['en', 'Three suicide bombers attacked a convoy near Maroua, killing themselves and two soldiers.', 5],
    ['fr', "Un kamikaze s'est fait exploser dans une mosquée à Maroua, se tuant ainsi que quatre autres personnes.", 5],
    ['fr', 'Un kamikaze s\'est fait exploser sur un marché à Maroua, ne tuant que lui-même.', 1],
    ['fr', "Deux kamikazes se sont fait exploser près d'une école à Maroua, ne tuant qu'eux-mêmes.", 2],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(deadOf(text, lang), [dead]))
  }
  it('en: a man who tried to kill himself is no dead', () => {
    assert.ok(deadOf('A man tried to kill himself outside the governor\'s office in Gafsa.', 'en').every((f) => !f))
  })
})

describe('events: the dead of two kinds told together are both counts', () => {
  for (const [lang, text, dead] of [
    ['en', 'Clashes broke out in Bulhan between farmers and soldiers. Two farmers and three soldiers were killed.', 5],
    ['en', 'Clashes broke out in Bulhan between farmers and soldiers. Two soldiers were injured and three farmers were killed.', 3],
    ['en', 'Gunmen attacked a village near Bulhan, killing three soldiers and two civilians.', 5],
    ['en', 'Gunmen attacked a village near Bulhan, killing three soldiers and wounding two civilians.', 3],
    ['en', 'Air strikes on a market near Idlib killed 18 people including five children and two women.', 18],
    ['en', 'An attack on aid trucks and a warehouse near Idlib killed around 20 civilians on Monday.', 20],
    ['fr', 'Des affrontements ont éclaté à Bulhan entre paysans et soldats. Deux paysans et trois soldats ont été tués.', 5],
    ['fr', 'Des affrontements ont éclaté à Bulhan entre paysans et soldats. Deux soldats ont été blessés et trois paysans tués.', 3],
    ['fr', 'Des hommes armés ont attaqué un village près de Bulhan, tuant trois soldats et deux civils.', 5],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.ok(deadOf(text, lang).includes(dead), JSON.stringify(deadOf(text, lang))))
  }
})
