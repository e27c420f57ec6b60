// A description that would stand for the article's main armed group does not stand for it when
// the other side of the event is that group: a group is not its own enemy. Invented sentences.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language: string) => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-06-10' })
const sides = (text: string, language: string) => {
  const e = analyze(text, language).events.find((x) => x.eventType !== NOT_ACLED)
  return [e?.actor1?.name ?? null, e?.actor2?.name ?? null]
}

describe('events: a description beside the main armed group is another party, not the group itself', () => {
  const cases: [string, string, string, string][] = [
    // [language, text, the group, the description's party]
    ['en', 'Islamic State fighters clashed with a militia near Raqqa on Monday, killing four.', 'Islamic State', 'Unidentified Armed Group (Syria)'],
    ['en', 'Militants attacked an Islamic State position near Raqqa on Monday, killing six.', 'Islamic State', 'Unidentified Armed Group (Syria)'],
    ['fr', 'Des combattants des shebab ont affronté des miliciens près de Baidoa lundi, faisant quatre morts.', 'Al Shabaab', 'Unidentified Armed Group (Somalia)'],
    ['fr', 'Des miliciens ont attaqué une position des shebab près de Baidoa lundi, faisant six morts.', 'Al Shabaab', 'Unidentified Armed Group (Somalia)'],
    ['fr', "Des jihadistes ont attaqué une position de l'Etat islamique près de Raqqa lundi, faisant six morts.", 'Islamic State', 'Islamist Militia (Syria)'],
  ]
  for (const [lang, text, group, other] of cases) {
    it(`${lang}: ${text}`, () => {
      const [a1, a2] = sides(text, lang)
      assert.notEqual(a1, a2)
      assert.deepEqual([a1, a2].sort(), [group, other].sort())
    })
  }
})

describe("events: a place named only inside an armed group's own name is no scene of its deeds", () => {
  const cases: [string, string][] = [
    ['en', 'On Monday about 70 rebels were killed in clashes between the Islamic State of Iraq and the Levant and the Nusra Front.'],
    ['fr', "Lundi, 70 rebelles ont été tués dans des combats entre l'Etat islamique en Irak et au Levant et le Front al-Nosra."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = analyze(text, lang).events.find((x) => x.eventType !== NOT_ACLED)
      assert.ok(e)
      assert.equal(e.location, null)
    })
  }
  it('en: a town told beside the name is still the scene', () => {
    const e = analyze('Fighters of the Islamic State of Iraq and the Levant attacked Tal Abyad on Monday, killing six.', 'en').events.find((x) => x.eventType !== NOT_ACLED)
    assert.equal(e?.location?.countryCode, 'SY')
  })
})
