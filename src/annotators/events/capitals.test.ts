import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { wordSpans } from './capitals.js'

// A country's capital told by the country's name or its nationality word is where the happening
// is, at the country's capital as a city; not where the phrase is a landmark. Invented sentences.
const pipeline = getDefaultPipeline()
const analyze = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2016-05-10' })
const places = (text: string, lang: string) => analyze(text, lang).events.map((e) => `${e.location?.name ?? '-'}/${e.geoPrecision ?? '-'}`)

describe('events: a capital told by its country', () => {
  const at: [string, string, string][] = [
    ['en', 'Police fired tear gas at students protesting in the Congolese capital on Monday.', 'Kinshasa'],
    ['en', 'Gunmen killed two traders in the Malian capital on Tuesday.', 'Bamako'],
    ['en', 'Rioters burned tyres in the capital of Ethiopia after the vote.', 'Addis Ababa'],
    ['en', "Teachers went on strike in Kenya's capital over unpaid wages.", 'Nairobi'],
    ['fr', 'Des manifestants ont été dispersés par la police dans la capitale malienne lundi.', 'Bamako'],
    ['fr', 'Des hommes armés ont tué deux commerçants dans la capitale du Tchad mardi.', "N'Djamena"],
    // Nationalities of two words, read whole, after a word that opens none (the pair is tried only then).
    ['en', 'Gunmen killed two traders in the South Sudanese capital on Tuesday.', 'Juba'],
    ['en', 'Looters stormed a bank in the Central African capital city after the vote.', 'Bangui'],
    ['fr', 'Des manifestants ont été dispersés par la police dans la capitale sud-soudanaise lundi.', 'Juba'],
  ]
  for (const [lang, text, city] of at) {
    it(`${lang}: ${text}`, () => {
      const got = places(text, lang)
      assert.ok(got.includes(`${city}/1`), got.join(', '))
    })
  }
  const off: [string, string, string][] = [
    ['en', 'Gunmen killed two traders in a village 60 km northeast of the Malian capital on Tuesday.', 'Bamako'],
    ['en', 'Rioters burned tyres outside the Congolese capital after the vote.', 'Kinshasa'],
    ['fr', 'Des hommes armés ont tué deux commerçants à 60 km au nord de la capitale malienne mardi.', 'Bamako'],
  ]
  for (const [lang, text, city] of off) {
    it(`${lang}, a landmark: ${text}`, () => {
      const got = places(text, lang)
      assert.ok(!got.includes(`${city}/1`), got.join(', '))
    })
  }
  it('leaves a capital of a group, and a city the text names beside', () => {
    assert.ok(!places('Gunmen killed two traders in the Syrian capital of the Islamic State.', 'en').includes('Damascus/1'))
    const named = places('Rioters burned tyres in Bouake, the Ivorian capital, on Monday.', 'en')
    assert.ok(named.every((p) => !p.startsWith('Yamoussoukro')), named.join(', '))
  })
})

describe('events: "the capital" told with no country', () => {
  const at: [string, string, string][] = [
    ['en', 'Kenyan police fired tear gas at protesters in the capital on Monday.', 'Nairobi'],
    ['en', 'Teachers in Kano State protested in the capital over unpaid salaries.', 'Kano'],
    ['fr', 'La police malienne a dispersé des manifestants dans la capitale lundi.', 'Bamako'],
  ]
  for (const [lang, text, city] of at) {
    it(`${lang}: ${text}`, () => {
      const got = places(text, lang)
      assert.ok(got.includes(`${city}/1`), got.join(', '))
    })
  }
  const off: [string, string, string][] = [
    ['en', 'Kenyan police fired tear gas at protesters 40 km north of the capital on Monday.', 'Nairobi'],
    ['fr', 'La police malienne a dispersé des manifestants au nord de la capitale lundi.', 'Bamako'],
    ['fr', 'La police ivoirienne a dispersé des manifestants dans la capitale économique lundi.', 'Yamoussoukro'],
  ]
  for (const [lang, text, city] of off) {
    it(`${lang}, not the capital: ${text}`, () => {
      const got = places(text, lang)
      assert.ok(!got.includes(`${city}/1`), got.join(', '))
    })
  }
})

describe('events: a nationality word that names an embassy\'s owner', () => {
  const cases: [string, string][] = [
    ['en', 'Activists who marched on the Kuwaiti embassy in the capital were detained by Zimbabwean police.'],
    ['fr', "Des militants qui marchaient sur l'ambassade koweïtienne dans la capitale ont été arrêtés par la police zimbabwéenne."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = places(text, lang)
      assert.ok(got.includes('Harare/1') && !got.some((p) => p.startsWith('Kuwait')), got.join(', '))
    })
  }
})


test('capital phrases: words found by offsets are the regex /\\p{L}[\\p{L}\'’-]*/gu\'s matches', () => {
  const re = /\p{L}[\p{L}'’-]*/gu
  const same = (text: string): void => {
    assert.deepEqual(wordSpans(text), [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]), JSON.stringify(text))
  }
  for (const t of ['', ' ', "the South Sudanese capital, d'Ivoire’s -x- a--b 'quoted'", 'Côte d’Ivoire — « la capitale ivoirienne »', 'Ǆemal 𝐀𝐁 😀x 𐐷𐐷-a 9a_b', 'x\uDC00y \uD800 z\u0301e']) same(t)
  const alphabet = ['a', 'Z', 'é', 'Ж', '𝐀', '😀', "'", '’', '-', ' ', '\n', '1', '_', '\uDC00', '\uD835', '\u0301', '«']
  let seed = 7
  for (let n = 0; n < 2000; n++) {
    let t = ''
    for (let k = 0; k < 12; k++) { seed = (seed * 1103515245 + 12345) % 2147483648; t += alphabet[seed % alphabet.length] }
    same(t)
  }
})

describe('events: a capital, and a country placed at its capital, is the seat of government on the text\'s day', () => {
  const on = (text: string, lang: string, published: string) => pipeline.analyze({ input: 'test', text, language: lang, published }).events.map((e) => e.location?.name ?? '-')
  it('Burundi\'s capital is Bujumbura before February 2019 and Gitega after', () => {
    assert.deepEqual(on('Thousands of people marched in the Burundian capital on Saturday.', 'en', '2016-05-10'), ['Bujumbura'])
    assert.deepEqual(on('Thousands of people marched in the Burundian capital on Saturday.', 'en', '2020-05-10'), ['Gitega'])
    assert.deepEqual(on('Des milliers de personnes ont manifesté dans la capitale burundaise samedi.', 'fr', '2016-05-10'), ['Bujumbura'])
  })
  it('a happening placed only by its country is at the seat of its government (Abidjan, Cotonou)', () => {
    assert.deepEqual(on('Dockers went on strike in Ivory Coast on Monday over unpaid wages.', 'en', '2016-05-10'), ['Abidjan'])
    assert.deepEqual(on('Les dockers du Bénin se sont mis en grève lundi pour réclamer leurs salaires.', 'fr', '2016-05-10'), ['Cotonou'])
  })
})
