import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createTimeAnnotator } from './index.js'
import { datePrecision, eventDate } from './event-date.js'

const DCT = { y: 2016, m: 12, d: 12 }

describe('datePrecision', () => {
  const cases: [string, string | null, number | null][] = [
    ['2016-03-03', '2016-03-03', 1],
    ['2016-03-03T14:00', '2016-03-03', 1],
    ['2016-W50', '2016-12-14', 2], // the Wednesday: the middle of a Sunday-to-Saturday week, as ACLED dates weeks
    ['2016-03', '2016-03-15', 3],
    ['2016-Q1', '2016-02-15', 3],
    ['PRESENT_REF', '2016-12-12', 2],
    ['2016', null, null],
    ['P2Y', null, null],
    ['PAST_REF', null, null],
  ]
  for (const [value, date, precision] of cases) {
    it(`${value} → ${date} (${precision})`, () => {
      const got = datePrecision(value, DCT)
      assert.equal(got?.date ?? null, date)
      assert.equal(got?.timePrecision ?? null, precision)
    })
  }
})

describe('eventDate', () => {
  const pipeline = createPipeline([createTimeAnnotator()])
  const text = 'Les rebelles ont pris la ville le 3 mars 2016. Les frappes ont été suspendues cette semaine. Un soldat a été blessé.\n\nLe ministre a parlé.'
  const doc = pipeline.analyze({ input: 'test', text, published: '2016-12-12', language: 'fr' })
  const cases: [string, string | null, number | null][] = [
    ['ont pris la ville', '2016-03-03', 1],
    ['ont été suspendues', '2016-12-14', 2],
    ['a été blessé', '2016-12-14', 2],
    ['a parlé', '2016-12-12', 2],
  ]
  for (const [clause, date, precision] of cases) {
    it(`${clause} → ${date}`, () => {
      const start = text.indexOf(clause)
      const got = eventDate(doc, { start, end: start + clause.length })
      assert.equal(got.date, date)
      assert.equal(got.timePrecision, precision)
    })
  }
  it('has no date without a document date or timex', () => {
    const bare = pipeline.analyze({ input: 'test', text: 'Le ministre a parlé.', language: 'fr' })
    assert.deepEqual(eventDate(bare, { start: 0, end: 5 }), { date: null, timePrecision: null, timex: null, through: null })
  })

  it('prefers the written date in apposition to a relative one', () => {
    const cases: [string, string, string][] = [
      ['Workers went on strike yesterday [4 November] in the port.', 'went on strike', '2016-11-04'],
      ['Students marched on Wednesday (09/11) in the capital.', 'marched', '2016-11-09'],
      ['Des étudiants ont manifesté hier (09/11) dans la capitale.', 'ont manifesté', '2016-11-09'],
      // One short preposition between them, when both name a day.
      ['A protest took place in the port today on November 9, 2016.', 'protest', '2016-11-09'],
      ['Des étudiants ont manifesté hier, le 9 novembre, dans la capitale.', 'ont manifesté', '2016-11-09'],
    ]
    for (const [sentence, clause, date] of cases) {
      const d = pipeline.analyze({ input: 'test', text: sentence, published: '2016-12-12', language: sentence.startsWith('Des') ? 'fr' : 'en' })
      const start = sentence.indexOf(clause)
      assert.equal(eventDate(d, { start, end: start + clause.length }).date, date, sentence)
    }
  })

  it('a relative day and a written span joined by a preposition are not one date', () => {
    // "last week to 9 November" names two periods: the relative one stays (its Wednesday).
    const cases: [string, string, string, string][] = [
      ['Talks were held last week to 9 November in the port.', 'en', 'held', '2016-12-07'],
      ['Des pourparlers ont eu lieu la semaine dernière au 9 novembre dans le port.', 'fr', 'ont eu lieu', '2016-12-07'],
    ]
    for (const [text, language, clause, date] of cases) {
      const d = pipeline.analyze({ input: 'test', text, published: '2016-12-12', language })
      const start = text.indexOf(clause)
      assert.equal(eventDate(d, { start, end: start + clause.length }).date, date, text)
    }
  })

  it('a clause dated only by another year than the article is background of that year', () => {
    const cases: [string, string, string, string, number][] = [
      ['The war began after troops cracked down on protesters in 2011.', 'en', 'cracked down', '2011-07-01', 3],
      ["La guerre a commencé après la répression des manifestants en 2011.", 'fr', 'répression', '2011-07-01', 3],
      // The article's own year is no background: the publication day stays.
      ['Troops cracked down on protesters in 2016.', 'en', 'cracked down', '2016-12-12', 2],
      // A decade or a century over before it: its middle year; the decade the article is in stays today's.
      ['Dabiq is the site of a major 16th century battle.', 'en', 'battle', '1550-07-01', 3],
      ["Dabiq est le site d'une grande bataille du XVIe siècle.", 'fr', 'bataille', '1550-07-01', 3],
      ['In the 1980s, the army shelled the city.', 'en', 'shelled', '1985-07-01', 3],
      ['In the 2010s, the army shelled the city.', 'en', 'shelled', '2016-12-12', 2],
    ]
    for (const [text, language, clause, date, precision] of cases) {
      const d = pipeline.analyze({ input: 'test', text, published: '2016-12-12', language })
      const start = text.indexOf(clause)
      const got = eventDate(d, { start, end: start + clause.length })
      assert.equal(got.date, date, text)
      assert.equal(got.timePrecision, precision, text)
    }
  })

  it('dates a paragraph that opens undated by the first day it names later', () => {
    const cases: [string, string, string, string | null][] = [
      ['A bomb exploded near the market. The attack happened on 4 November.', 'en', 'exploded', '2016-11-04'],
      ['Une bombe a explosé près du marché. L\'attentat a eu lieu le 04/11.', 'fr', 'a explosé', '2016-11-04'],
      ['A bomb exploded near the market. Talks are due in March 2017.', 'en', 'exploded', '2016-12-12'],
      // The later day is said twice, relative and written: the written one dates the paragraph.
      ['Eight soldiers were killed in the city. The clashes erupted on Friday [4 November] night.', 'en', 'killed', '2016-11-04'],
      ['Huit soldats ont été tués en ville. Les combats ont éclaté vendredi [04/11] dans la soirée.', 'fr', 'ont été tués', '2016-11-04'],
    ]
    for (const [text, language, clause, date] of cases) {
      const d = pipeline.analyze({ input: 'test', text, published: '2016-12-12', language })
      const start = text.indexOf(clause)
      assert.equal(eventDate(d, { start, end: start + clause.length }).date, date, text)
    }
  })

  it('a written day that opens the sentence beats a relative word later in it', () => {
    const cases: [string, string, string, string][] = [
      ['On 4 November in the coastal town of Sirte, armed militants reportedly executed two prisoners after Friday prayers.', 'en', 'executed', '2016-11-04'],
      ['Le 4 novembre, dans la ville côtière de Syrte, des miliciens armés ont exécuté deux prisonniers vendredi.', 'fr', 'ont exécuté', '2016-11-04'],
      // A relative word alone still dates the clause it is in.
      ['In the coastal town of Sirte, armed militants executed two prisoners after Friday prayers.', 'en', 'executed', '2016-12-09'],
    ]
    for (const [text, language, clause, date] of cases) {
      const d = pipeline.analyze({ input: 'test', text, published: '2016-12-12', language })
      const start = text.indexOf(clause)
      assert.equal(eventDate(d, { start, end: start + clause.length }).date, date, text)
    }
  })

  it('reads a span of days as a first and a last day, and a window of days as one unknown day', () => {
    // [text, language, clause, date, last day, precision, the words of the date]
    const cases: [string, string, string, string, string | null, number, string][] = [
      ['Clashes erupted in the north on Dec 7-10, residents said.', 'en', 'Clashes', '2016-12-07', '2016-12-10', 1, 'Dec 7-10'],
      ['Fighting raged on 3 and 4 November around the airport.', 'en', 'Fighting', '2016-11-03', '2016-11-04', 1, '3 and 4 November'],
      ['Rioters blocked the roads on Tuesday and Wednesday.', 'en', 'blocked', '2016-12-13', '2016-12-14', 1, 'Tuesday and Wednesday'],
      ['Students marched on April 5 and 6.', 'en', 'marched', '2016-04-05', '2016-04-06', 1, 'April 5 and 6'],
      ['Des affrontements ont eu lieu du 3 au 5 novembre près de Gao.', 'fr', 'affrontements', '2016-11-03', '2016-11-05', 1, '3 au 5 novembre'],
      ['Les manifestants ont bloqué les routes mardi et mercredi.', 'fr', 'ont bloqué', '2016-12-13', '2016-12-14', 1, 'mardi et mercredi'],
      ['Protests were held between 3 and 5 November in the capital.', 'en', 'Protests', '2016-11-03', '2016-11-05', 1, '3 and 5 November'],
      ['Des manifestations ont eu lieu entre le 3 et le 5 novembre.', 'fr', 'manifestations', '2016-11-03', '2016-11-05', 1, '3 et le 5 novembre'],
      // Not spans: two days listed apart, a count after the day, an hour, a single day.
      ['Protests were held on 3 and 5 November in the capital.', 'en', 'Protests', '2016-11-03', null, 1, '3'],
      ['Des manifestations ont eu lieu les 3 et 5 novembre.', 'fr', 'manifestations', '2016-11-03', null, 1, '3'],
      ['Five soldiers were killed on March 3 and 4 others wounded.', 'en', 'killed', '2016-03-03', null, 1, 'March 3'],
      ['Des soldats ont attaqué le poste le 3 mars à 10 heures.', 'fr', 'ont attaqué', '2016-03-03', null, 1, '3 mars'],
      // A night across two days is dated by its first day; a clock time after a day is no last day.
      ['Des étudiants ont été tués dans la nuit du 11 au 12 novembre.', 'fr', 'ont été tués', '2016-11-11', null, 1, '11 au 12 novembre'],
      ['Rebels attacked the town overnight from Monday to Tuesday.', 'en', 'attacked', '2016-12-12', null, 1, 'Monday to Tuesday'],
      ['Les combats ont repris jeudi à 8 h.', 'fr', 'combats', '2016-12-15', null, 1, 'jeudi à 8 h'],
      // A window: one happening on a day not known, the middle one, at a week's precision.
      ['The attack took place at some point between 18/11 and 22/11.', 'en', 'attack', '2016-11-20', null, 2, '18/11 and 22/11'],
      ['L\'attaque a eu lieu à une date indéterminée entre le 3 et le 5 novembre.', 'fr', 'attaque', '2016-11-04', null, 2, '3 et le 5 novembre'],
      // A bare first day before a day written with digits: the day-first order of "17-20/11".
      ['Militia fighters raided three villages (17-20/11) near the border.', 'en', 'raided', '2016-11-17', '2016-11-20', 1, '17-20/11'],
      ['Students marched in the capital on 15 and 16/11.', 'en', 'marched', '2016-11-15', '2016-11-16', 1, '15 and 16/11'],
      ['Des affrontements ont eu lieu du 13 au 15/11 près de Gao.', 'fr', 'affrontements', '2016-11-13', '2016-11-15', 1, '13 au 15/11'],
      // Going on to a later day, or a span opened by "beginning" that "until" closes in the sentence.
      ['The fighting began on the evening of 07/11 and continued overnight into the morning of 08/11.', 'en', 'fighting', '2016-11-07', '2016-11-08', 1, '07/11 and continued overnight into the morning of 08/11'],
      ['Heavy clashes broke out on 18 November that lasted until the morning of 19 November.', 'en', 'clashes', '2016-11-18', '2016-11-19', 1, '18 November that lasted until the morning of 19 November'],
      ['Beginning 4 November, taxi drivers protested over a new fee until 7 November in the port.', 'en', 'protested', '2016-11-04', '2016-11-07', 1, '4 November, taxi drivers protested over a new fee until 7 November'],
      ['Les combats ont commencé le 7 novembre et se sont poursuivis jusqu\'au matin du 8 novembre.', 'fr', 'combats', '2016-11-07', '2016-11-08', 1, '7 novembre et se sont poursuivis jusqu\'au matin du 8 novembre'],
      ['À partir du 4 novembre, les chauffeurs de taxi ont manifesté à Lomé jusqu\'au 7 novembre.', 'fr', 'ont manifesté', '2016-11-04', '2016-11-07', 1, '4 novembre, les chauffeurs de taxi ont manifesté à Lomé jusqu\'au 7 novembre'],
      // Carried into the next day.
      ['Gunmen killed eleven villagers on the evening of 19 November and into the following morning.', 'en', 'killed', '2016-11-19', '2016-11-20', 1, '19 November and into the following morning'],
      ['Des hommes armés ont tué onze villageois dans la soirée du 19 novembre et jusqu\'au lendemain.', 'fr', 'ont tué', '2016-11-19', '2016-11-20', 1, '19 novembre et jusqu\'au lendemain'],
      // Two happenings on two days are no span: nothing says the first went on.
      ['Rebels attacked the town on 3 November and police arrived on 9 November.', 'en', 'attacked', '2016-11-03', null, 1, '3 November'],
      ['Starting 4 November, the talks moved to Geneva; on 7 November rebels attacked.', 'en', 'attacked', '2016-11-07', null, 1, '7 November'],
    ]
    for (const [text, language, clause, date, last, precision, words] of cases) {
      // Published on a Saturday: the weekdays told in the past are the week's.
      const d = pipeline.analyze({ input: 'test', text, published: '2016-12-17', language })
      const start = text.indexOf(clause)
      const got = eventDate(d, { start, end: start + clause.length })
      assert.deepEqual([got.date, got.through?.date ?? null, got.timePrecision], [date, last, precision], text)
      const end = Math.max(got.timex!.end, got.through?.end ?? 0, got.window ?? 0)
      assert.equal(text.slice(got.timex!.start, end), words, text)
    }
  })
})
