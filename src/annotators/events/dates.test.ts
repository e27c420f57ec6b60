import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Span } from '../../doc/schema.js'
import { createPipeline } from '../../pipeline/pipeline.js'
import { eventDate } from '../time/event-date.js'
import { createTimeAnnotator } from '../time/index.js'
import { dateEvent } from './dates.js'
import { loadEventResources } from './resources.js'

const pipeline = createPipeline([createTimeAnnotator()])
const spanOf = (text: string, word: string): Span => {
  const start = text.indexOf(word)
  assert.ok(start >= 0, `${word} not in ${text}`)
  return { start, end: start + word.length }
}

describe('dateEvent', () => {
  // [language, sentence, trigger, other triggers, expected date]
  const cases: [string, string, string, string[], string][] = [
    ['en', 'Six soldiers were killed and two men were arrested in the north on 3 November.', 'killed', ['arrested'], '2016-11-03'],
    ['en', 'On 3 November, after a bomb wounded a guard, gunmen attacked the checkpoint.', 'attacked', ['bomb'], '2016-11-03'],
    ['en', 'Rebels entered the town, a base captured by the army in March 2015.', 'entered', ['captured'], '2016-12-12'],
    ['fr', 'Les rebelles sont entrés dans la ville, une base prise par l\'armée en mars 2015.', 'entrés', ['prise'], '2016-12-12'],
    ['fr', 'Six soldats ont été tués et deux hommes arrêtés dans le nord le 03/11.', 'tués', ['arrêtés'], '2016-11-03'],
    // A predicate right after a comma is coordinated with the trigger: it shares the date.
    ['en', 'Militants killed five herders, burnt houses and took cattle in the village on 26/03.', 'killed', ['burnt'], '2016-03-26'],
    ['fr', 'Des miliciens ont tué cinq éleveurs, incendié des cases et volé du bétail dans le village le 26/03.', 'tué', ['incendié'], '2016-03-26'],
    // A bracketed aside and the commas of a list of names open no clause: the date is the sentence's.
    ['en', 'A roadside bomb exploded near Tarbo (12 km east of the river) hitting a truck carrying soldiers on 5 November.', 'bomb', ['carrying'], '2016-11-05'],
    ['en', 'Fighting continued in Alfa, Beta and Gamma with jets carrying out airstrikes on 16 April.', 'Fighting', ['airstrikes'], '2016-04-16'],
    ['fr', 'Une bombe a explosé près de Tarbo (à 12 km à l\'est du fleuve) touchant un camion transportant des soldats le 5 novembre.', 'bombe', ['transportant'], '2016-11-05'],
    ['fr', 'Les combats se poursuivaient à Alfa, Beta et Gamma avec des frappes aériennes le 16 avril.', 'combats', ['frappes'], '2016-04-16'],
    // A comma before a description still opens one.
    ['en', 'Rebels entered Alfa, a base captured by the army in March 2015.', 'entered', ['captured'], '2016-12-12'],
    // Another trigger of the sentence stands between it and a date only inside the sentence: an
    // earlier sentence's date is the narrative time.
    ['en', 'Soldiers took the village on 3 November. The troops briefly clashed with rebels, who then retreated from the area.', 'retreated', ['clashed'], '2016-11-03'],
    ['fr', 'Les soldats ont pris le village le 3 novembre. Les troupes ont affronté les rebelles, qui se sont ensuite retirés de la zone.', 'retirés', ['affronté'], '2016-11-03'],
    // A clause the sentence leaves undated continues the time of the clause before it.
    ['en', 'Police fired tear gas on 3 November to disperse drivers who had blocked a road in the capital, to protest a new tax.', 'protest', ['fired', 'blocked'], '2016-11-03'],
    ['fr', 'La police a tiré des gaz lacrymogènes le 3 novembre sur des chauffeurs qui avaient bloqué une route de la capitale, pour protester contre une taxe.', 'protester', ['tiré', 'bloqué'], '2016-11-03'],
  ]
  for (const [language, text, trigger, others, date] of cases) {
    it(`${trigger} in "${text}" → ${date}`, () => {
      const doc = pipeline.analyze({ input: 'test', text, language, published: '2016-12-12' })
      assert.equal(dateEvent(doc, spanOf(text, trigger), others.map((o) => spanOf(text, o))).date, date)
    })
  }
})

describe('dateEvent: coordination chains share the date', () => {
  // [language, sentence, trigger, other happenings' triggers, every trigger word of the sentence, date]
  const cases: [string, string, string, string[], string[], string][] = [
    ['en', 'Troops cleared a rebel camp at Alfa, killing 40 and recovering weapons on 10/03.', 'cleared', ['recovering'], ['killing', 'recovering'], '2016-03-10'],
    ['fr', 'Les soldats ont nettoyé un camp rebelle à Alfa, tuant 40 combattants et récupérant des armes le 10/03.', 'nettoyé', ['récupérant'], ['tuant', 'récupérant'], '2016-03-10'],
    // A link that opens a clause still breaks the chain.
    ['en', 'Troops cleared a rebel camp at Alfa, killing 40; police arrested two men on 10/03.', 'cleared', ['arrested'], ['killing', 'arrested'], '2016-12-12'],
  ]
  for (const [language, text, trigger, others, links, date] of cases) {
    it(`${trigger} in "${text}" → ${date}`, () => {
      const doc = pipeline.analyze({ input: 'test', text, language, published: '2016-12-12' })
      const spans = (words: string[]) => words.map((o) => spanOf(text, o))
      assert.equal(dateEvent(doc, spanOf(text, trigger), spans(others), null, spans(links)).date, date)
      // Without the chain's middle link, the later trigger stands apart and keeps the date.
      if (date !== '2016-12-12') assert.equal(dateEvent(doc, spanOf(text, trigger), spans(others)).date, '2016-12-12')
    })
  }
})

describe('dateEvent in a long document', () => {
  // Invented: 300 paragraphs, each dated in its first sentence and reporting in its second.
  const day = (i: number) => `${(i % 28) + 1} ${['March', 'April', 'May'][i % 3]} 2016`
  const iso = (i: number) => `2016-${String((i % 3) + 3).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
  const paragraphs = Array.from({ length: 300 }, (_, i) => `Talks resumed in town number ${i} on ${day(i)}. Later, gunmen attacked checkpoint ${i}.`)
  const text = paragraphs.join('\n')
  const doc = pipeline.analyze({ input: 'test', text, language: 'en', published: '2016-12-12' })

  it('a dateless sentence takes the last date of its own paragraph, wherever the paragraph is', () => {
    for (const i of [0, 1, 150, 298, 299]) {
      const at = text.indexOf(`attacked checkpoint ${i}.`)
      assert.equal(dateEvent(doc, { start: at, end: at + 'attacked'.length }, []).date, iso(i), `paragraph ${i}`)
    }
  })

  it('with no other trigger, the date is the time stage eventDate over the whole document, in text order or not', () => {
    const shuffled = { ...doc, sentences: [...doc.sentences].reverse() }
    for (const d of [doc, shuffled]) {
      for (const i of [0, 77, 299]) {
        for (const word of [`attacked checkpoint ${i}.`, `resumed in town number ${i} `]) {
          const at = text.indexOf(word)
          const trigger = { start: at, end: at + word.indexOf(' ') }
          assert.deepEqual(dateEvent(d, trigger, []), eventDate(d, trigger))
        }
      }
    }
  })
})

describe('dateEvent: a date inside a place name dates nothing', () => {
  const res = loadEventResources('en')
  const cases: [string, string, string][] = [
    // Invented sentences; published 2016-12-12.
    ['A bomb exploded near the 21st October neighbourhood in the morning of 09/11.', 'exploded', '2016-11-09'],
    ['Students marched in 6th of October City on 3 November.', 'marched', '2016-11-03'],
    ['Police dispersed a rally in 26 June District on Friday.', 'dispersed', '2016-12-09'],
  ]
  for (const [text, trigger, date] of cases) {
    it(`${trigger} in "${text}" → ${date}`, () => {
      const doc = pipeline.analyze({ input: 'test', text, language: 'en', published: '2016-12-12' })
      assert.equal(dateEvent(doc, spanOf(text, trigger), [], res).date, date)
    })
  }
})

describe('dateEvent: a date a comparison measures against dates nothing', () => {
  // Invented sentences; published 2016-12-12: the happening compared is the day's.
  const cases: [string, string, string, string, string][] = [
    // [language, text, trigger, expected date, what the background-year rule made of it]
    ['en', 'A car bomb killed twelve people in the town on Sunday, the deadliest attack since the 1980s.', 'killed', '2016-12-11', '1985'],
    ['en', 'Jets struck the market on Sunday, the first raid on the town since 2012.', 'struck', '2016-12-11', '2012'],
    ['en', 'A car bomb killed twelve people in the town, the deadliest attack since 2011.', 'killed', '2016-12-12', '2011'],
    ['en', "Gas killed 300 people in the town on Sunday, the world's most lethal chemical attack since the 1980s.", 'killed', '2016-12-11', '1985'],
    ['fr', "Une voiture piégée a tué douze personnes dans la ville dimanche, l'attentat le plus meurtrier depuis les années 80.", 'tué', '2016-12-11', '1985'],
    ['fr', "Une voiture piégée a tué douze personnes dans la ville, l'attentat le plus meurtrier depuis 2011.", 'tué', '2016-12-12', '2011'],
  ]
  for (const [language, text, trigger, date] of cases) {
    it(`${language}: ${trigger} in "${text}" → ${date}`, () => {
      const doc = pipeline.analyze({ input: 'test', text, language, published: '2016-12-12' })
      assert.equal(dateEvent(doc, spanOf(text, trigger), [], loadEventResources(language)).date, date)
    })
  }
  it('fr: « ce dernier », a pronoun, and a comparison in another phrase compare nothing', () => {
    for (const [text, trigger, date] of [['Ce dernier est mort depuis 1943 à Marseille.', 'mort', '1943-07-01'], ["La Constitution garantit au seul parti Baas, au pouvoir depuis 1963, le statut de dirigeant, exige l'opposition.", 'exige', '1963-07-01']]) {
      const doc = pipeline.analyze({ input: 'test', text: text!, language: 'fr', published: '2016-12-12' })
      assert.equal(dateEvent(doc, spanOf(text!, trigger!), [], loadEventResources('fr')).date, date)
    }
  })
  it('en: "most of" is no comparison: with none, a year after "since" is still the background year it was', () => {
    const text = 'Rebels have held the town since 2012.'
    const most = 'Rebels have held the towns, most of them captured since 2012.'
    const d = pipeline.analyze({ input: 'test', text: most, language: 'en', published: '2016-12-12' })
    assert.equal(dateEvent(d, spanOf(most, 'captured'), [], loadEventResources('en')).date, '2012-07-01')
    const doc = pipeline.analyze({ input: 'test', text, language: 'en', published: '2016-12-12' })
    assert.equal(dateEvent(doc, spanOf(text, 'held'), [], loadEventResources('en')).date, '2012-07-01')
  })
})
