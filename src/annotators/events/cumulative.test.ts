import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

const pipeline = createPipeline([createEventsAnnotator()])
const types = (text: string, language: string) =>
  pipeline.analyze({ input: 'test', text, language, published: '2016-06-10' }).events.map((e) => e.subEventType)

describe('events: a toll counted since a war began is a running total, not a happening', () => {
  // Invented sentences: [language, running total, the same words told as a happening]
  const cases: [string, string, string][] = [
    ['en', 'More than 100,000 people have been killed in the country since the start of the conflict.', 'More than 100 people have been killed in the country since Monday.'],
    ['en', 'Some 4,000 people have died since the uprising began.', 'Some 40 people have died in the town.'],
    ['fr', 'Plus de 100 000 personnes sont mortes depuis le début du soulèvement contre le régime.', 'Plus de 100 personnes sont mortes lundi dans la ville.'],
    ['fr', 'Les violences ont fait 3 000 morts depuis le déclenchement de la crise.', 'Les violences ont fait 30 morts lundi dans la ville.'],
    // The war as the killer, or the dead of the war as a whole: no day is told.
    ['en', 'More than 90,000 people have died in the civil war which began in 2012.', 'More than 90 people have died in the town.'],
    ['fr', 'Le pays a franchi le cap des 90.000 morts dans la guerre civile.', 'Plus de 90 personnes sont mortes lundi dans la ville.'],
    ['fr', 'Le bilan de cette guerre civile dépasse désormais 90 000 morts.', 'Plus de 90 personnes sont mortes lundi dans la ville.'],
    ['fr', 'Le pays est en proie à un conflit armé qui a fait plus de 60 000 morts, selon les ONG.', 'Plus de 60 personnes sont mortes lundi dans la ville, selon les ONG.'],
    ['fr', 'Plus de 9 000 personnes ont été tuées depuis l\'éclatement en mars de la révolte, selon les ONG.', 'Plus de 90 personnes ont été tuées lundi dans la ville, selon les ONG.'],
    // The thousands a crackdown or violence killed are its whole toll; tens are a day's.
    ['fr', 'Selon les ONG, la répression a fait plus de 1 300 morts parmi les civils.', 'Selon les ONG, la répression a fait 13 morts lundi parmi les civils.'],
    ['en', 'According to rights groups, the crackdown has killed more than 1,300 civilians.', 'According to rights groups, the crackdown killed 13 civilians on Monday.'],
    // Tens of thousands killed since then or in a war, the war told with its length between.
    ['en', 'Since then more than a quarter of a million people have been killed across the country.', 'Since then five people have been killed in the village.'],
    ['en', 'The conflict in the country, which has lasted five years, has killed more than 280000 people.', 'The raid on the village killed more than 28 people.'],
    ['en', 'More than 146,000 people have died in the three-year war, according to the group.', 'More than 14 people have died in the town, according to the group.'],
    ['fr', 'Depuis, plus de 250 000 personnes ont été tuées dans le pays.', 'Depuis, cinq personnes ont été tuées dans le village.'],
    ['fr', 'La guerre dans le pays, qui dure depuis cinq ans, a fait plus de 280 000 morts.', "L'attaque du village a fait plus de 28 morts."],
    ['fr', 'Plus de 146 000 personnes sont mortes dans la guerre civile, selon les ONG.', 'Plus de 14 personnes sont mortes lundi dans la ville, selon les ONG.'],
    // Counted since a named month: weeks of a crisis at least (a weekday stays the day's happening).
    ['en', 'More than 3,000 people have died in the country since mid-April, rights groups say.', 'More than 30 people have died in the country since Monday, rights groups say.'],
    ['en', 'Some 2,500 people have been killed since April 12, according to the group.', 'Some 25 people have been killed since Tuesday, according to the group.'],
    ['fr', 'Plus de 3 000 personnes sont mortes dans le pays depuis la mi-avril, selon les ONG.', 'Plus de 30 personnes sont mortes dans le pays depuis lundi, selon les ONG.'],
    ['fr', 'Environ 2 500 personnes ont été tuées depuis le 12 avril, selon le groupe.', 'Environ 25 personnes ont été tuées depuis mardi, selon le groupe.'],
    // The toll of months or years of a crisis, and the crackdown's toll told by its participle.
    ['fr', 'Les violences ayant fait plus de 5.200 morts en neuf mois de révolte, selon les ONG.', 'Les violences ont fait 52 morts lundi dans la ville, selon les ONG.'],
    ['en', 'The violence, having killed more than 5,200 people in nine months of war, goes on.', 'Gunmen killed 52 people in the town on Monday.'],
    // A crackdown's toll in the thousands, told by its participle: its whole toll.
    ['fr', 'Le président réprime dans le sang la contestation, faisant quelque 8500 victimes selon les ONG.', 'Des hommes armés ont tué 85 personnes lundi dans la ville, selon les ONG.'],
    ['en', 'The president has cracked down on the uprising, killing some 8,500 people, rights groups say.', 'Gunmen killed 85 people in the town on Monday, rights groups say.'],
    // A toll of the war as a whole, or of the last weeks: no day's happening.
    ['en', 'A research centre puts the death toll from the six-year conflict at more than 470,000 people.', 'Gunmen killed 47 people in the town on Monday.'],
    ['fr', 'Au cours des deux dernières semaines, plus de 100 personnes ont été tuées dans la région, selon les ONG.', 'Lundi, dix personnes ont été tuées dans la ville, selon les ONG.'],
  ]
  for (const [lang, total, happening] of cases) {
    it(`${lang}: ${total}`, () => {
      assert.deepEqual(types(total, lang), [])
      assert.ok(types(happening, lang).length > 0, happening)
    })
  }
  it('a happening compared with the rest since the war began is still a happening', () => {
    for (const [lang, text] of [
      ['en', 'Gunmen killed five people in the village on Monday, the worst attack since the start of the war.'],
      ['en', 'Two soldiers were killed on Monday, the first deaths in the town since the conflict began.'],
      ['fr', "Des hommes armés ont tué cinq personnes lundi, l'attaque la plus meurtrière depuis le début du conflit."],
    ] as const) assert.ok(types(text, lang).length > 0, text)
  })
  it('the dead of a running total are no event\'s fatalities', () => {
    for (const [lang, text] of [
      ['en', 'Troops fired on protesters in the city on Monday, and the war has since killed more than 470,000 people.'],
      ['fr', 'Les soldats ont tiré sur des manifestants lundi dans la ville, et la guerre a depuis fait plus de 470 000 morts.'],
      ['en', 'Troops fired on protesters in the city, starting a conflict that has left more than 470,000 people dead.'],
      ['fr', 'Les soldats ont tiré sur des manifestants, et ce conflit a fait plus de 470 000 morts.'],
      // The dead of months of a crisis, told beside a happening of its own.
      ['en', 'The clashes in the city left more than 470,000 dead in eleven months of conflict.'],
      ['fr', 'Les affrontements dans la ville ont fait plus de 470 000 morts en onze mois de guerre.'],
    ] as const) {
      const events = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events
      assert.ok(events.length > 0, text)
      for (const e of events) assert.notEqual(e.fatalities, 470000, `${e.subEventType}: ${text}`)
    }
  })
  it('the dead of the last weeks are no day\'s bombardment\'s fatalities (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'Bombardment of the region in the last two weeks has killed more than 100 people, the monitor said.'],
      ['fr', 'Les bombardements ont fait plus de 100 morts dans la région ces deux dernières semaines, selon les ONG.'],
    ] as const) {
      const events = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events
      assert.ok(events.length > 0, text)
      for (const e of events) assert.equal(e.fatalities, null, `${e.subEventType}: ${text}`)
    }
  })
  it('a strike told with the running total is still a strike', () => {
    const got = types('An air strike killed five civilians in the town on Monday, bringing the toll since the start of the war to 3,000.', 'en')
    assert.ok(got.includes('Air/drone strike'), got.join(', '))
  })
})
