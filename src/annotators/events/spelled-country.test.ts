import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { unknownPlaceNames } from '../places/index.js'

// A text that tells no country may spell one in the names of its towns the gazetteer lacks: the
// spelling model's guess (trained on the gazetteer's names) gives the generic actors their country,
// never a place. The names are invented.
const pipeline = getDefaultPipeline()
const analyze = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2016-05-10' })
const actors = (text: string, lang: string) => analyze(text, lang).events.flatMap((e) => [e.actor1?.name, e.actor2?.name].filter((x) => x))

describe('events: the country a town the gazetteer lacks is spelt in', () => {
  const cases: [string, string, string][] = [
    ['en', 'Rioters burned a shop in Ambohitsaramena.', 'Rioters (Madagascar)'],
    ['en', 'Residents of Ankazomanitra protested over water cuts.', 'Protesters (Madagascar)'],
    ['en', 'Ankazomanitra residents burned tyres over water cuts.', 'Rioters (Madagascar)'],
    ['en', 'Gunmen kidnapped a trader in Buulo Dhuubley village.', 'Unidentified Armed Group (Somalia)'],
    ['en', 'Police fired tear gas at rioters in Qoryooley Dheer.', 'Police Forces of Somalia'],
    ['fr', 'Des émeutiers ont incendié une boutique à Ambohitsaramena.', 'Rioters (Madagascar)'],
    ["fr", "Des habitants d'Ankazomanitra ont manifesté contre les coupures d'eau.", 'Protesters (Madagascar)'],
  ]
  for (const [lang, text, actor] of cases) {
    it(`${lang}: ${text}`, () => assert.ok(actors(text, lang).includes(actor), actors(text, lang).join(', ')))
  }
  it('makes no place', () => {
    assert.ok(analyze('Rioters burned a shop in Ambohitsaramena.', 'en').events.every((e) => e.location === null))
  })
  it('gives way to any country the text tells', () => {
    assert.ok(actors('Rioters burned a shop in Ambohitsaramena, Kenya.', 'en').includes('Rioters (Kenya)'))
    assert.ok(actors('Kenyan students rioted in Ambohitsaramena.', 'en').every((a) => !a!.includes('Madagascar')))
  })
  it('reads only names a cue says are places, and none a spelling tells not surely', () => {
    assert.ok(!actors('Rioters led by Ambohitsaramena burned a shop.', 'en').some((a) => a!.includes('(')))
    assert.ok(!actors('Rioters burned a shop in Dan Gurbawa.', 'en').some((a) => a!.includes('(')))
  })
  it('names the towns the gazetteer lacks, each once', () => {
    const doc = analyze('Residents of Ankazomanitra protested in Ankazomanitra and in Bangui.', 'en')
    assert.deepEqual(unknownPlaceNames(doc as never), ['Ankazomanitra'])
  })
  it('reads a name before an area word of several words, not the word\'s first half', () => {
    for (const text of ['Residents of Ambohitsaramena Sub County protested.', 'Residents of Ambohitsaramena Sub-county protested.']) {
      assert.deepEqual(unknownPlaceNames(analyze(text, 'en') as never), ['Ambohitsaramena'], text)
    }
  })
  it('reads a name before the head of a local body named after its town, not before a school\'s', () => {
    const cases: [string, string, string][] = [
      ['en', 'Gunmen shot dead the chairman of the Ambohitsaramena Municipal Council.', 'Unidentified Armed Group (Madagascar)'],
      ['en', 'Rioters burned the Ambohitsaramena Police Station.', 'Rioters (Madagascar)'],
      ['fr', "Des hommes armés ont tué le président du conseil d'Ambohitsaramena.", 'Unidentified Armed Group (Madagascar)'],
      ['fr', "Des hommes armés ont tué un policier devant le commissariat d'Ambohitsaramena.", 'Unidentified Armed Group (Madagascar)'],
    ]
    for (const [lang, text, actor] of cases) assert.ok(actors(text, lang).includes(actor), `${text}: ${actors(text, lang).join(', ')}`)
    assert.ok(!actors('Students of Ambohitsaramena University rioted.', 'en').some((a) => a!.includes('(')))
  })
})

