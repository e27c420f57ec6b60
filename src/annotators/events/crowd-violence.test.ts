import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createEventsAnnotator } from './index.js'

// What makes a crowd rioters rather than protesters (ACLED): violence of its own (burning, stoning,
// looting, clashes, force used on people), not a building entered or a road held.
const pipeline = createPipeline([createEventsAnnotator()])
const main = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events].sort((a, b) => b.confidence - a.confidence)[0]
// The event told first in the text.
const first = (text: string, language: string) =>
  [...pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start)[0]
// A crowd's riot: a violent demonstration by rioters.
const assertRiot = (e: { subEventType: string; actor1: { name: string } | null } | undefined) => {
  assert.equal(e?.subEventType, 'Violent demonstration')
  assert.ok(e?.actor1?.name.startsWith('Rioters'), e?.actor1?.name)
}
const noRiot = (text: string, language: string) =>
  assert.ok(pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' }).events.every((e) => e.subEventType !== 'Violent demonstration'))

describe('events: a crowd that storms a building without harm or damage holds a demonstration', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'About 200 workers stormed the town hall in Kitwe on Monday.', 'Peaceful protest', 'Protesters'],
    ['en', 'Youths storm the offices of the district council in Gulu.', 'Peaceful protest', 'Protesters'],
    ['fr', "Des centaines d'ouvriers ont pris d'assaut la mairie de Kayes lundi.", 'Peaceful protest', 'Protesters'],
    ['fr', 'Des jeunes ont fait irruption dans les bureaux du gouverneur à Kayes.', 'Peaceful protest', 'Protesters'],
    // Storming told with no harm, said so.
    ['en', 'Protesters stormed a court in Monrovia last Thursday. However, no one was physically attacked.', 'Peaceful protest', 'Protesters'],
    // A police station, a prison or barracks stormed is an assault on the forces: a riot.
    ['en', 'Residents stormed the police station in Kira to free two suspects.', 'Violent demonstration', 'Rioters'],
    ['fr', 'Des jeunes ont pris d\'assaut le commissariat de Kayes pour libérer deux suspects.', 'Violent demonstration', 'Rioters'],
    // Damage done inside is a riot.
    ['en', 'Students stormed the administration block and smashed windows.', 'Violent demonstration', 'Rioters'],
  ]
  for (const [lang, text, sub, actor] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.subEventType, sub)
      assert.ok(e?.actor1?.name.startsWith(actor), e?.actor1?.name)
    })
  }
  // Armed men who storm a place are no crowd.
  for (const [lang, text] of [
    ['en', 'An armed group stormed the assembly headquarters in the city and ordered the staff to leave.'],
    ['en', 'An unidentified group storm a mosque and execute three worshippers.'],
    ['fr', 'Des hommes armés ont pris d\'assaut la mairie de Kayes.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.eventType, 'Protests'))
  }
})

describe('events: force the crowd itself uses on people or to get in makes it rioters', () => {
  const cases: [string, string, string][] = [
    ['en', 'Protesting members of the union chase non-striking workers from their offices during a demonstration.', 'Violent demonstration'],
    ['en', 'Members of the union force government employees out of their offices to make them join the strike.', 'Violent demonstration'],
    ['en', 'Protesters tried to force their way into the offices of the electoral commission.', 'Violent demonstration'],
    ['en', 'Striking workers attempt to forcibly shut down the radio station.', 'Violent demonstration'],
    ['en', 'Protesters "intimidated and harassed" residents, forcing them to join the demonstration.', 'Violent demonstration'],
    ['fr', 'Des grévistes ont chassé les employés de leurs bureaux à Lagos.', 'Violent demonstration'],
    ['fr', "Des manifestants ont tenté de forcer l'entrée du siège de la commission électorale.", 'Violent demonstration'],
    ['fr', 'Des militants du syndicat ont intimidé les habitants, les obligeant à rejoindre la manifestation.', 'Violent demonstration'],
    // An institution a protest forces to close, people forced by it, and the forces' own force are no crowd's violence.
    ['en', 'Protesters forced the university to remain closed.', 'Peaceful protest'],
    ['en', 'Students writing exams were forced to stop after other students started protesting.', 'Peaceful protest'],
    ['fr', "Des manifestants ont forcé l'université à fermer.", 'Peaceful protest'],
  ]
  for (const [lang, text, sub] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, sub))
  for (const [lang, text] of [
    ['en', 'Police forcibly removed the protesters from the parliament grounds.'],
    ['en', 'Gunmen invaded the village, forcing residents from their homes.'],
    ['fr', 'Des hommes armés ont chassé les habitants du village.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe('events: unrest told by its noun after a cue of cause is what the protest is about', () => {
  const cases: [string, string, string][] = [
    ['en', 'People protested in the capital following clashes between police and civilians in the north.', 'Peaceful protest'],
    ['en', 'Students boycott classes after a day of riots over meal allowances.', 'Peaceful protest'],
    ['fr', 'Des étudiants ont manifesté à Bamako après les heurts de la nuit entre policiers et jeunes.', 'Peaceful protest'],
    // The crowd's own deeds after the cue stay its riot; after the forces' dispersal the cue tells what they answered.
    ['en', 'Youths protested after the arrest of their leader and clashed with police.', 'Violent demonstration'],
    ['en', 'Police dispersed supporters of the candidate with tear gas after a scuffle broke out with police.', 'Violent demonstration'],
  ]
  for (const [lang, text, sub] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, sub))
})

describe('events: unrest names a wave of agitation, a demonstration unless told as violent', () => {
  const cases: [string, string, string][] = [
    ['en', 'Unrest was also reported in the delegation of Jedelienne on Thursday.', 'Peaceful protest'],
    ['en', 'Social unrest spread to three more towns in the governorate.', 'Peaceful protest'],
    ['en', 'Violent unrest continued in Vuwani on Monday.', 'Violent demonstration'],
    // Unrest an act answers or suppresses is its cause, no happening of its own.
    ['en', 'The president extended the night-time curfew in the capital in response to recent unrest in the city.', 'Change to group/activity'],
    // French never read « troubles » as a riot: « troubles » and « contestation populaire » are left alone (see quality.md).
  ]
  for (const [lang, text, sub] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, sub))
})

describe('events: a clash with the police told after a protest, with no side of its own, is the crowd\'s riot', () => {
  for (const [lang, text] of [
    ['en', 'Hundreds of traders marched in Kano on Monday against a new market levy. Roadblocks and clashes with the police were reported.'],
    ['en', 'Students protested in Zaria over fees. Violent clashes with security forces followed.'],
    ['fr', 'Des centaines de commerçants ont manifesté lundi à Zinder contre une nouvelle taxe. Des heurts avec la police ont été signalés.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(first(text, lang)))
  }
  // With no protest told before, a clash with the police is no crowd's.
  for (const [lang, text] of [
    ['en', 'Rebels attacked the town on Monday. Clashes with police were reported.'],
    ['fr', 'Des rebelles ont attaqué la ville lundi. Des heurts avec la police ont été signalés.'],
  ] as const) {
    it(`${lang}: ${text}`, () => noRiot(text, lang))
  }
})

describe('events: a violent protest told after a cue of cause is a happening, not the grievance of another protest', () => {
  for (const [lang, text] of [
    ['en', 'Two people died following a violent two-day protest at the university in Jos.'],
    ['en', 'Classes were suspended at the university in Jos following violent protests by students.'],
    ['fr', "Les cours ont été suspendus à l'université de Kindia après de violentes manifestations d'étudiants."],
    // The riot word that qualifies the crowd the forces met: the crowd's own violence.
    ['en', 'Police used teargas against rampaging protesters in Jos.'],
    ['fr', 'La police a tiré des gaz lacrymogènes contre des manifestants violents à Kindia.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(main(text, lang)))
  }
  // Riots dated before the sentence's happening are its background.
  for (const [lang, text] of [
    ['en', '440 soldiers deployed in the streets of Lusaka following xenophobic riots in previous days.'],
    ['fr', 'Des soldats ont été déployés dans les rues de Kindia après les émeutes des jours précédents.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe('events: what the crowd does to people told by a participle, and firing in the air, make it rioters', () => {
  for (const [lang, text] of [
    ['en', 'Students stormed a radio station in Ife in protest, assaulting employees and others.'],
    ['en', 'Firemen in Kuajok protested the non-payment of salaries by firing randomly in the air.'],
    ['fr', 'Des élèves ont envahi la radio de Kindia pour protester, agressant les employés.'],
    ['fr', "Des pompiers ont manifesté à Kindia contre le non-paiement de leurs salaires en tirant en l'air."],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(main(text, lang)))
  }
  // The forces' own beating or firing in the air is not the crowd's.
  for (const [lang, text] of [
    ['en', 'Police dispersed the protest in Jos by firing in the air.'],
    ['en', 'Police dispersed the protesters in Jos, beating several of them.'],
    ['fr', "La police a dispersé les manifestants à Kindia en tirant en l'air."],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe('events: damage told with no doer after a protest is the crowd\'s riot', () => {
  for (const [lang, text] of [
    ['en', 'Protests over voter registration continued for a second day in Jozini. Reports indicate the burning of a house and a car of the councillor in Jozini.'],
    ['fr', 'Des commerçants ont manifesté lundi à Zinder contre une nouvelle taxe. La maison du maire a été incendiée dans la soirée.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(first(text, lang)))
  }
  // Damage whose doer is told is theirs.
  for (const [lang, text] of [
    ['en', 'Protests continued in Homs on Friday. Several houses were destroyed by shelling.'],
    ['en', 'Protesters marched in Aleppo on Monday. Several buildings and vehicles were also damaged during the airstrikes.'],
    ['fr', 'Des habitants ont manifesté à Homs vendredi. Plusieurs maisons ont été détruites par les bombardements.'],
    ['fr', "Des habitants ont manifesté à Homs vendredi. Des militants font état d'une campagne militaire dans ces quartiers, où des maisons ont été détruites."],
  ] as const) {
    it(`${lang}: ${text}`, () => noRiot(text, lang))
  }
})

describe('events: a crowd that blocks roads and damages property riots', () => {
  for (const [lang, text] of [
    ['en', 'Angry at the new meters, hundreds of people blocked roads and damaged infrastructure in Kimberley.'],
    ['fr', 'En colère contre les compteurs, des centaines de personnes ont bloqué les routes et endommagé des infrastructures à Kindia.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(main(text, lang)))
  }
  // Rains that block roads and damage homes are no crowd.
  it('en: Heavy rains blocked roads and damaged homes in Kano on Monday.', () => {
    const events = pipeline.analyze({ input: 'test', text: 'Heavy rains blocked roads and damaged homes in Kano on Monday.', language: 'en', published: '2020-06-10' }).events
    assert.ok(events.every((e) => e.eventType !== 'Protests' && e.eventType !== 'Riots'), events.map((e) => e.subEventType).join())
  })
  // In French too, with the road words in a rule of their own: a protest under the rain is still one.
  for (const text of ['Les pluies ont bloqué les routes de Tahoua lundi.', 'Les fortes pluies ont coupé la route entre Tahoua et Niamey.']) {
    it(`fr: ${text}`, () => {
      const events = pipeline.analyze({ input: 'test', text, language: 'fr', published: '2020-06-10' }).events
      assert.ok(events.every((e) => e.eventType !== 'Protests' && e.eventType !== 'Riots'), events.map((e) => e.subEventType).join())
    })
  }
  for (const text of ["Des habitants ont bloqué la route de Tahoua lundi pour réclamer de l'eau.", 'Des centaines de personnes ont manifesté sous la pluie à Tahoua lundi.']) {
    it(`fr: ${text}`, () => assert.equal(main(text, 'fr')?.subEventType, 'Peaceful protest'))
  }
})

describe('events: unrest named right after a grievance cue is what the protest is about', () => {
  for (const [lang, text] of [
    ['en', 'Teachers and parents marched in Gugulethu against vandalism and crime at the primary school.'],
    ['fr', "Des parents d'élèves ont manifesté à Kindia contre le vandalisme dans les écoles."],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, 'Peaceful protest'))
  }
  // The crowd's own deed after a comma, and unrest a protest led to, stay its riot.
  for (const [lang, text] of [
    ['en', 'Students protested against the plan, rioting in the streets of Jos.'],
    ['en', 'Protests against evictions in Abidjan led to clashes with police.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe("events: a crowd's fight told as averted is no riot", () => {
  for (const [lang, text] of [
    ['en', 'ANC and SACP supporters protested and almost clashed outside a court house in Camperdown.'],
    ['en', 'Protesters demonstrated in front of parliament in Rabat, but police prevented rival groups from clashing.'],
    ['fr', 'Des partisans de deux partis ont manifesté à Kindia, mais la police a empêché des affrontements devant le tribunal.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, 'Peaceful protest'))
  }
  it('en: Rival supporters clashed outside the court in Camperdown.', () => assert.notEqual(main('Rival supporters clashed outside the court in Camperdown.', 'en')?.subEventType, 'Peaceful protest'))
})

describe('events: a crowd that fights back against the forces after its protest riots', () => {
  for (const [lang, text] of [
    ['en', 'Police shot at students protesting for bursaries in Jos. Some students fought back.'],
    ['fr', 'La police a tiré sur des étudiants qui manifestaient à Kindia. Les étudiants ont riposté.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events
      assert.ok(events.some((e) => e.subEventType === 'Violent demonstration' && e.actor1?.name.startsWith('Rioters')), events.map((e) => e.subEventType).join())
    })
  }
  // Villagers who fight back against soldiers' attack are no rioters.
  for (const [lang, text] of [
    ['en', 'Soldiers attacked the village and residents fought back.'],
    ['fr', 'Des soldats ont attaqué le village et les jeunes ont riposté.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.notEqual(main(text, lang)?.subEventType, 'Violent demonstration'))
  }
})

describe('events: violence told the sentence before a protest whose crowd is named as the same is the crowd\'s riot', () => {
  for (const [lang, text] of [
    ['en', 'Clashes with the police broke out in Kasama on Monday. The residents were protesting against power cuts.'],
    ['en', 'The councillor\'s house was burnt down in Kasama on Monday. They were protesting against power cuts.'],
    ['fr', "Des heurts avec la police ont éclaté lundi à Tahoua. Les habitants protestaient contre les coupures d'électricité."],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(first(text, lang)))
  }
  // A protest of another crowd, not named as the same, does not make the clash before it a riot.
  for (const [lang, text] of [
    ['en', 'Clashes with police were reported in Kasama on Monday. Traders in Lusaka protested against new taxes.'],
    ['fr', 'Des heurts avec la police ont été signalés lundi à Tahoua. Des commerçants de Niamey ont manifesté contre une taxe.'],
  ] as const) {
    it(`${lang}: ${text}`, () => noRiot(text, lang))
  }
})

describe('events: the crowd of a protest told as the doer of its violence (riot-20, riot-21, riot-2, sides and doers of a riot word)', () => {
  // A protest's crowd as the subject of its violence, with a relative pronoun or an adverb between;
  // the crowd's force against the police line or the side it charges; objects thrown at cars.
  const riots: [string, string][] = [
    ['en', 'Groups of youths protested in Meknassi. The police used tear gas to disperse protestors who attacked them with stones.'],
    ['en', 'Residents protested against new taxes in Kalemie. The police fired tear gas at demonstrators who had attacked the governor\'s convoy.'],
    ['fr', 'Des jeunes ont manifesté à Kasserine. La police a fait usage de gaz lacrymogène pour disperser les manifestants qui l\'ont attaquée à coups de pierres.'],
    ['fr', 'Des habitants ont manifesté à Kasserine. Les grévistes ont ensuite attaqué les bureaux du gouverneur.'],
    ['en', 'In Plettenberg Bay, protesters continued to take action, throwing tyres at passing cars.'],
    ['fr', 'À Kasserine, les manifestants ont continué leur action en lançant des pneus sur les voitures.'],
    ['en', 'Police fired tear gas at striking teachers in Kisumu. Warning shots were fired after the protest broke a police line.'],
    ['en', 'Students protested against fees at the university in Monrovia. Two students were injured when they engaged with the police.'],
    ['en', 'Squatters protested against evictions in Etwatwa. The land invaders then charged at the guards with sticks.'],
    ['fr', 'Des enseignants ont manifesté à Bamako. Les manifestants ont franchi le cordon de police devant le ministère.'],
    ['fr', 'Des étudiants ont manifesté à Dakar. Les étudiants ont chargé les policiers devant le rectorat.'],
    // The protesters named as a side of the clash after a cue of cause are its doers, not its grievance.
    ['en', 'Several people were injured in Kerouane following clashes between protesters demanding the departure of the mayor and supporters of the ruling party.'],
  ]
  for (const [lang, text] of riots) it(`${lang}: ${text}`, () => assertRiot(first(text, lang)))
  it('fr: the protesters named as a side after « entre »', () => {
    const text = 'Plusieurs personnes ont été blessées à Kérouané après des heurts entre manifestants et partisans du parti au pouvoir.'
    assert.ok(pipeline.analyze({ input: 'test', text, language: 'fr', published: '2020-06-10' }).events.some((e) => e.subEventType === 'Violent demonstration'))
  })
  // Not the passive, not the forces' own charge or force, not armed men, not a fight between communities.
  for (const [lang, text] of [
    ['en', 'Protesters who were attacked by police marched in Kalemie.'],
    ['fr', 'Les manifestants qui ont été attaqués par la police ont défilé à Kasserine.'],
    ['en', 'Police charged at the protesters with batons in Etwatwa.'],
    ['fr', 'Les gendarmes ont chargé les manifestants à Dakar.'],
    ['en', 'Rebels engaged with the police in Kidal on Monday.'],
    ['en', 'Fifteen people were injured after a communal clash between residents of Oyaba and Ihetazi villages in Yala.'],
    ['en', 'Pensioners protested outside parliament in Cape Town. Police intervened and forcibly removed the protesters from the entrance.'],
    ['fr', 'Des retraités ont manifesté devant le parlement à Dakar. La police est intervenue et a évacué de force les manifestants.'],
  ] as const) {
    it(`${lang}: ${text}`, () => noRiot(text, lang))
  }
})

describe('events: a relative clause on what a protest is about is its grievance (relativeGrievance)', () => {
  const peaceful = (text: string, lang: string) => {
    const events = pipeline.analyze({ input: 'test', text, language: lang, published: '2020-06-10' }).events
    assert.deepEqual(events.map((e) => e.subEventType), ['Peaceful protest'])
  }
  for (const [lang, text] of [
    ['en', 'Traders went on strike in Butembo to protest against the robbery of a shop by armed men who stole money.'],
    ['en', 'Traders went on strike in Butembo to protest against the theft of a shop by thugs who looted its stock.'],
    ['en', 'Residents protested in Butembo against the arrest of their chief by policemen who beat him.'],
    ['fr', 'Les commerçants ont fait grève à Butembo pour protester contre le vol d\'une boutique par des inconnus qui ont pillé le stock.'],
  ] as const) {
    it(`${lang}: ${text}`, () => peaceful(text, lang))
  }
  // The crowd's own deed after "and" is no relative clause of the grievance.
  it('en: protested against fees … and burned tyres', () => assertRiot(first('Students protested against fees in Kampala and burned tyres.', 'en')))
})

describe('events: long names of the property a crowd burns or uproots (riot-5, riot-1)', () => {
  for (const [lang, text] of [
    ['en', 'University of Nairobi students protest a dispute in a campus union poll, burn the Students Organisation of Nairobi University (Sonu) offices and block a section of University Way before police used teargas to disperse them.'],
    ['en', 'Students gathered in Hoima and uprooted a Kampala International University (KIU) signpost to protest against the takeover of their buildings.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assertRiot(first(text, lang)))
  }
  it('fr: « ont arraché le panneau de l\'Université … (KIU) »', () => {
    const text = 'Des étudiants se sont rassemblés à Hoima et ont arraché le panneau de l\'Université internationale de Kampala (KIU) pour protester contre la reprise de leurs bâtiments.'
    assert.ok(pipeline.analyze({ input: 'test', text, language: 'fr', published: '2020-06-10' }).events.some((e) => e.subEventType === 'Violent demonstration'))
  })
  // Uprooting is a crowd's damage only of what stands in the street: trees are no signpost.
  it('en: workers who uproot trees', () => noRiot('Workers uprooted trees to make room for the new road in Hoima.', 'en'))
})
