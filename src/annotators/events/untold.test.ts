import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

// Happenings told in other words than the triggers waited for: ground taken told by "overtake" or
// by armed men driven out in the passive, a conflict told as one bout of violence with its dead.
const pipeline = createPipeline([createEventsAnnotator()])
const types = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events.map((e) => e.subEventType)

describe('events: ground taken told by other verbs', () => {
  const cases: [string, string, string][] = [
    ['en', 'Government forces overtake the villages of Kamo and Dira.', 'Government regains territory'],
    ['en', 'The rebels were pushed out of the Kamo locality by militias.', 'Non-state actor overtakes territory'],
    ['en', 'The army said it had ousted all IS and Ansar Al-Sharia fighters from Benghazi University campus.', 'Government regains territory'],
    ['fr', "Les jihadistes ont été repoussés de la ville de Kamo par l'armée.", 'Government regains territory'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes(expected), types(text, lang).join(', ')))
  it('not an envoy expelled, nor rebels told driven out of power', () => {
    assert.ok(!types('Syria expelled the ambassador from the country.', 'en').some((t) => /territory/.test(t)))
    assert.ok(!types('Les rebelles ont été chassés du pouvoir en 2003.', 'fr').some((t) => /territory/.test(t)))
  })
})

describe('events: a conflict told as one bout of violence between two parties is a clash', () => {
  const cases: [string, string][] = [
    ['en', 'A bloody conflict between herdsmen and farmers at Kamo in Benue State claimed 10 lives.'],
    ['en', 'A conflict between herdsmen and farmers in Kamo left five people dead.'],
    ['en', 'Twelve people were injured in a fracas between two communities in Kamo over farm land.'],
    ['fr', 'Un conflit entre éleveurs et agriculteurs a fait 10 morts à Kamo.'],
    ['fr', 'Un conflit sanglant entre éleveurs et agriculteurs a éclaté à Kamo.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes('Armed clash'), types(text, lang).join(', ')))
  it('but not a war named with its toll to date, nor a political conflict', () => {
    assert.ok(!types('The conflict between the government and the rebels has killed 300,000 people since 2011.', 'en').includes('Armed clash'))
    assert.ok(!types('The political conflict between the two parties deepened in Kamo.', 'en').includes('Armed clash'))
    assert.ok(!types('Le conflit politique entre le président et le parlement s’enlise.', 'fr').includes('Armed clash'))
  })
})

describe('events: "overtake" only threatened takes no ground', () => {
  it('en: in an effort to overtake a town', () => {
    assert.ok(!types('Boko Haram, in an effort to overtake Kamo, attacked the nearby towns.', 'en').some((t) => /territory/.test(t)))
  })
})

describe('events: a war that has been raging is no bout of violence', () => {
  it('en and fr', () => {
    assert.ok(!types('A violent conflict between the army and rebel factions has been raging in the country for months.', 'en').includes('Armed clash'))
    assert.ok(!types('Un conflit sanglant entre l’armée et les rebelles fait rage dans le pays depuis des années.', 'fr').includes('Armed clash'))
  })
})

describe('events: harm to civilians told in other words', () => {
  const cases: [string, string, string][] = [
    ['en', 'Abuses against civilians were reportedly perpetrated by the militia in Kamo.', 'Attack'],
    ['fr', 'Des exactions contre des civils ont été perpétrées par la milice à Kamo.', 'Attack'],
    ['fr', 'Les miliciens ont commis des exactions contre les habitants de Kamo.', 'Attack'],
    ['en', 'A woman is forcibly disappeared after she is forced into a vehicle in Kamo.', 'Abduction/forced disappearance'],
    ['en', 'The bodies of three men who had been disappeared by the military in November are found.', 'Abduction/forced disappearance'],
    ['en', 'Five disappeared men die of thirst in the barracks of Kamo.', 'Abduction/forced disappearance'],
    ['fr', 'Les militaires ont fait disparaître trois hommes à Kamo.', 'Abduction/forced disappearance'],
    ['en', 'The manager was reported to have been seized in Tripoli while on his way to work.', 'Abduction/forced disappearance'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes(expected), types(text, lang).join(', ')))
  it('not a report on abuses, goods seized, a plane gone, nor evidence made to disappear', () => {
    assert.ok(!types('Human Rights Watch published a report on abuses against civilians in Kamo.', 'en').includes('Attack'))
    assert.ok(!types('The group faced a backlash because of its abuses against civilians in Kamo.', 'en').includes('Attack'))
    assert.ok(!types('La nature des exactions perpétrées par les forces à Kamo indique des crimes.', 'fr').includes('Attack'))
    assert.ok(!types('Ces milices ont commis des exactions et provoqué une réaction violente à Kamo.', 'fr').includes('Attack'))
    assert.ok(!types('Drugs were seized in Tripoli on Monday.', 'en').includes('Abduction/forced disappearance'))
    assert.ok(!types('The plane was disappeared from radar screens over the sea.', 'en').includes('Abduction/forced disappearance'))
    assert.ok(!types('Le gouvernement a fait disparaître les preuves.', 'fr').includes('Abduction/forced disappearance'))
  })
})

describe('events: workers who storm a ministry, and people who meet to demand, hold a protest', () => {
  const cases: [string, string][] = [
    ['en', 'Over two hundred nurses stormed the Ministry of Health in Kamo.'],
    ['en', 'Over three hundred police support staff stormed the Ministry of Finance asking for their allowances.'],
    ['fr', "Plus de deux cents infirmiers ont pris d'assaut le ministère de la Santé à Kamo."],
    ['en', 'About 1,000 people from over 70 organisations met at the university in Kamo to call for the president to resign.'],
    ['fr', 'Un millier de personnes se sont réunies sur le campus de Kamo pour réclamer la démission du président.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes('Peaceful protest'), types(text, lang).join(', ')))
  it('but not ministers who meet to call for a ceasefire, nor police who storm a house', () => {
    assert.ok(!types('Foreign ministers met in Paris to call for a ceasefire.', 'en').includes('Peaceful protest'))
    assert.ok(!types('Les ministres se sont réunis à Paris pour réclamer un cessez-le-feu.', 'fr').includes('Peaceful protest'))
    assert.ok(!types('Over two hundred police officers stormed the house of the opposition leader.', 'en').includes('Peaceful protest'))
  })
})

describe('events: supporters or residents who stop a vote hold a protest', () => {
  const cases: [string, string][] = [
    ['en', 'A group of party supporters has prevented the opening of a voting station in Kamo.'],
    ['en', 'Activists tried to stop rival supporters from voting in Kamo.'],
    ['en', 'Residents forced polling stations to close in Kamo.'],
    ['fr', "Des partisans du parti ont empêché l'ouverture d'un bureau de vote à Kamo."],
    ['fr', "Des militants ont tenté d'empêcher les électeurs de voter à Kamo."],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes('Peaceful protest'), types(text, lang).join(', ')))
  it('but not the police who stop a vote', () => {
    assert.ok(!types('Police prevented opposition supporters from voting in Kamo.', 'en').includes('Peaceful protest'))
    assert.ok(!types("La police a empêché des partisans de l'opposition de voter à Kamo.", 'fr').includes('Peaceful protest'))
  })
})

describe('events: blows told by other verbs than beating', () => {
  const cases: [string, string][] = [
    ['en', 'A regional chairperson allegedly kicked and throttled his comrade until he suffered internal bleeding in Kamo.'],
    ['en', 'Women at the meeting in Kamo said they had been slapped and dragged out by bouncers.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => assert.ok(types(text, lang).includes('Attack'), types(text, lang).join(', ')))
  it('not sanctions slapped on, nor strangling sieges, nor a figurative French strangling', () => {
    assert.ok(!types('Washington slapped new sanctions on the regime in Kamo.', 'en').includes('Attack'))
    assert.ok(!types('They would never have left Kamo but for the strangling sieges.', 'en').includes('Attack'))
    assert.ok(!types('Le pays serait alors étranglé par sa dette extérieure.', 'fr').includes('Attack'))
  })
})
