import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { createPipeline } from '../../pipeline/pipeline.js'
import { createTimeAnnotator } from '../time/index.js'
import { mergeDrafts, type Draft } from './build.js'
import { createEventsAnnotator, NOT_ACLED } from './index.js'
import { loadEventResources, parseNumber } from './resources.js'

const pipeline = createPipeline([createEventsAnnotator()])
const analyze = (text: string, language: string) => pipeline.analyze({ input: 'test', text, language, published: '2020-06-10' })
const main = (text: string, language: string) => [...analyze(text, language).events].sort((a, b) => b.confidence - a.confidence)[0]

describe('events: sub-event type of the main event', () => {
  const cases: [string, string, string | undefined][] = [
    ['en', 'Warplanes carried out air strikes on the village overnight.', 'Air/drone strike'],
    ['en', 'A suicide bomber blew himself up at a checkpoint.', 'Suicide bomb'],
    ['en', 'A roadside bomb exploded as the convoy passed.', 'Remote explosive/landmine/IED'],
    ['en', 'Police fired tear gas to disperse the protesters.', 'Protest with intervention'],
    ['en', 'Hundreds of teachers marched peacefully to demand higher pay.', 'Peaceful protest'],
    ['en', 'Gunmen kidnapped three aid workers on the road.', 'Abduction/forced disappearance'],
    ['en', 'Police arrested five suspects in the capital.', 'Arrests'],
    ['en', 'The two sides signed a ceasefire agreement.', 'Agreement'],
    ['en', 'Army engineers defused an improvised explosive device near the market.', 'Disrupted weapons use'],
    ['fr', 'Des affrontements ont opposé les rebelles à l\'armée.', 'Armed clash'],
    ['fr', 'Des milliers de manifestants ont défilé dans le calme.', 'Peaceful protest'],
    ['en', 'The weather was mild and the market was busy.', undefined],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: the target decides between a battle and violence against civilians', () => {
  const first = (text: string) => analyze(text, 'en').events[0]?.subEventType
  const cases: [string, string][] = [
    ['Troops fired on militants in the hills, killing four.', 'Armed clash'],
    ['Gunmen shot dead two villagers near the market.', 'Attack'],
    ['Students protested against fees in the capital. Police shot dead two of them.', 'Excessive force against protesters'],
    ['Teachers marched in the capital. Soldiers shot and wounded three people.', 'Excessive force against protesters'],
    ['Students protested against fees in the capital. The next day, teachers went on strike.', 'Peaceful protest'],
    ['Teachers marched in the capital. Rebels clashed with soldiers nearby.', 'Peaceful protest'],
  ]
  for (const [text, expected] of cases) it(text, () => assert.equal(first(text), expected))
})

describe('events: an arrest told after violence is its aftermath, not the main event', () => {
  const cases: [string, string][] = [
    ['Soldiers clashed with rebels near the river and arrested ten of them.', 'Armed clash'],
    ['Police arrested ten men after the clashes.', 'Arrests'],
  ]
  for (const [text, expected] of cases) it(text, () => assert.equal(main(text, 'en')?.subEventType, expected))
})

describe('events: not ACLED events are typed as such', () => {
  it('an earthquake', () => assert.equal(main('A strong earthquake struck the region on Monday.', 'en')?.eventType, 'Not an ACLED event'))
})

describe('events: flags', () => {
  const cases: [string, string, 'negated' | 'ceased' | 'hypothetical'][] = [
    ['en', 'The rebels did not attack the town.', 'negated'],
    ['en', 'The rebels could attack the town.', 'hypothetical'],
    ['fr', 'Les frappes aériennes sur la ville ont été suspendues.', 'ceased'],
  ]
  for (const [lang, text, flag] of cases) it(`${flag}: ${text}`, () => assert.equal(analyze(text, lang).events[0]?.flags[flag], true))
  // A ceased cue in a relative clause on the trigger's object tells of that object; right after the
  // trigger, the relative clause is the trigger's own.
  for (const [lang, text, ceased] of [
    ['en', 'Youths protested in Kasama against new restrictions that have halted market activity.', false],
    ['en', 'Soldiers ambushed a group of fighters near the road, which ended in the killing of most of them.', false],
    ['fr', 'Des jeunes ont manifesté à Tahoua contre les mesures qui ont suspendu les marchés.', false],
    ['fr', 'La grève des enseignants de Tahoua a été suspendue.', true],
  ] as const) {
    it(`ceased ${ceased}: ${text}`, () => assert.equal(analyze(text, lang).events[0]?.flags.ceased, ceased))
  }
  it('a happening called for, urged or incited is not told as happening', () => {
    for (const [lang, text] of [
      ['en', 'The opposition called on its supporters to protest on Friday.'],
      ['en', 'Unions called for a general strike in the port.'],
      ['en', 'The commander urged his fighters to shell the town.'],
      ['fr', "L'opposition a appelé ses partisans à manifester vendredi."],
      ['fr', 'Les syndicats appellent à la grève dans le port.'],
    ] as const) {
      const happening = analyze(text, lang).events.filter((e) => e.eventType !== 'Not an ACLED event')
      assert.ok(happening.length > 0, text)
      for (const e of happening) assert.equal(e.flags.hypothetical, true, `${e.subEventType}: ${text}`)
    }
  })
  it('a modal between the workers and their strike makes it no strike held', () => {
    for (const [lang, text] of [
      ['en', 'The union warned that workers would go on strike next week in Lagos.'],
      ['en', 'Nurses could go on strike in Kano.'],
      ['en', 'Teachers will go on strike in Kano next week.'],
      ['fr', 'Les enseignants vont faire grève à Dakar la semaine prochaine.'],
    ] as const) {
      const strikes = analyze(text, lang).events.filter((e) => e.subEventType === 'Peaceful protest')
      assert.ok(strikes.length > 0, text)
      for (const e of strikes) assert.equal(e.flags.hypothetical, true, text)
    }
    const held = analyze('Teachers went on strike in Kano.', 'en').events.find((e) => e.subEventType === 'Peaceful protest')
    assert.equal(held?.flags.hypothetical, false)
  })
  it('harm told as done is no hypothesis, whatever word it was folded into', () => {
    for (const [lang, text, hypothetical] of [
      ['en', 'Security forces killed 30 militants as the militants attempted to attack a military post.', false],
      ['fr', 'Les forces de sécurité ont tué 30 militants alors que ceux-ci tentaient d\'attaquer un poste militaire.', false],
      ['en', 'Militants threatened to attack and kill soldiers in the town.', true],
      ['fr', 'Des militants ont menacé d\'attaquer et de tuer des soldats.', true],
    ] as const) {
      const e = analyze(text, lang).events.find((x) => x.eventType !== 'Not an ACLED event')
      assert.equal(e?.flags.hypothetical, hypothetical, text)
    }
  })
  it('a plain report has no flag', () => {
    const e = analyze('Rebels attacked the town on Monday.', 'en').events[0]
    assert.deepEqual([e?.flags.negated, e?.flags.ceased, e?.flags.hypothetical], [false, false, false])
  })
})

describe('events: the words of a time expression, a name or an aside are no modality cue', () => {
  const timed = createPipeline([createTimeAnnotator(), createEventsAnnotator()])
  const cases: [string, string][] = [
    // "May" the month after a day number is not the modal "may".
    ['en', 'A soldier was killed and a policeman injured on 15 May after a bomb went off.'],
    ['en', 'The party announced on 17 May a sit-in at its headquarters.'],
    // « mai » is no cue in French: the same report stays a plain one.
    ['fr', 'Un soldat a été tué et un policier blessé le 15 mai après l\'explosion d\'une bombe.'],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const events = timed.analyze({ input: 'test', text, language: lang, published: '2016-05-28' }).events
      assert.ok(events.length > 0)
      assert.deepEqual(events.map((e) => e.flags.hypothetical), events.map(() => false))
    })
  }
  // Nor are the words of a proper name ("Will", « Sans »): names come from the entities stage.
  for (const [lang, text, flag] of [
    ['en', 'Will Ross said gunmen attacked the village.', 'hypothetical'],
    ['fr', 'Les membres de Médecins Sans Frontières ont manifesté à Paris.', 'negated'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2016-05-28' }).events
      assert.ok(events.length > 0)
      assert.deepEqual(events.map((e) => e.flags[flag]), events.map(() => false))
    })
  }
  // A cue inside a closed aside does not reach the trigger after it.
  for (const [lang, text] of [
    ['en', 'A rebel commander (identity not known) is arrested by soldiers in the market.'],
    ['fr', 'Un chef rebelle (nom jamais révélé) a été arrêté par des soldats au marché.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = timed.analyze({ input: 'test', text, language: lang, published: '2016-05-28' }).events
      assert.ok(events.length > 0)
      assert.deepEqual(events.map((e) => e.flags.negated), events.map(() => false))
    })
  }
  it('the modal itself still is one', () => {
    const e = timed.analyze({ input: 'test', text: 'Rebels may attack the town.', language: 'en', published: '2016-05-28' }).events[0]
    assert.equal(e?.flags.hypothetical, true)
  })
})

describe('events: counts', () => {
  const cases: [string, string, number | null, number | null][] = [
    ['en', 'Gunmen attacked a village, killing at least 12 people.', 12, null],
    ['en', 'Clashes left two soldiers dead.', 2, null],
    ['fr', 'Plus de 5 000 djihadistes sont entrés dans la ville.', null, 5000],
    ['fr', 'Une attaque a fait 12 morts.', 12, null],
    // "killed in an ambush" counts no one.
    ['en', 'Six soldiers were killed in an ambush near the border.', 6, null],
    // Feminine forms count too.
    ['fr', "Trois femmes sont mortes dans l'attaque du marché.", 3, null],
  ]
  for (const [lang, text, fatalities, size] of cases) {
    it(text, () => {
      const e = main(text, lang)
      assert.equal(e?.fatalities, fatalities)
      assert.equal(e?.size, size)
    })
  }
  // With the time and entities stages: the year of a date and a number in a name are no count.
  const cases2: [string, string, number | null][] = [
    ['en', '17 Mar 2014 Six people were killed in an air strike on the town.', 6],
    ['en', 'Fighters of the 21 Border Guards Battalion killed five rebels.', 5],
    ['fr', '17 mars 2014 Six personnes ont été tuées dans une frappe aérienne sur la ville.', 6],
    // A headline's date whose year runs into its first words: the year is no count of the dead.
    ['en', 'Friday 17 June 2016 Civilians Killed by Russian Airstrikes on Aleppo.', null],
    // The wounded are no dead: "killed and 14 others wounded", a Title Case casualty headline.
    ['en', 'One trader was killed and 14 others wounded in a grenade attack on the market.', 1],
    ['en', '3 Killed 11 Wounded in Rebel Shelling of Old Town Market.', 3],
    ['fr', '3 tués et 11 blessés dans un bombardement rebelle sur le marché de la vieille ville.', 3],
    // The wounded told after "killed and" are no dead, nor a part of the dead after "including".
    ['en', 'Thirty-one people were killed and more than 60 were wounded in the shelling of the town.', 31],
    ['en', 'The army shelled the town on Monday: 108 people were killed including 34 women.', 108],
    ['fr', "L'explosion d'une voiture piégée a fait 12 morts et 40 blessés au marché.", 12],
    // A range of dead is its lower figure, as ACLED codes it.
    ['en', 'Between 100 and 150 people were killed in the shelling of the town.', 100],
    ['fr', 'Entre 100 et 150 personnes au minimum ont été tuées dans le bombardement de la ville.', 100],
    // Not a number word's hyphen, nor the ages of the dead.
    ['en', 'Ninety-two civilians were killed by air strikes on the town.', 92],
    ['en', 'Barrel bombs hit the village on Monday: children aged from four to 12 were killed.', null],
    // Another number between a count and "killed" is no part of it.
    ['en', '5 Airstrikes 30 Militants Killed near the Border.', 30],
  ]
  for (const [lang, text, fatalities] of cases2) {
    it(text, () => {
      const events = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events
      assert.deepEqual(events.map((e) => e.fatalities), [fatalities])
    })
  }
})

describe('parseNumber', () => {
  const en = loadEventResources('en')
  const fr = loadEventResources('fr')
  const cases: [string, 'en' | 'fr', number | null][] = [
    ['12', 'en', 12], ['5,000', 'en', 5000], ['at least twelve', 'en', 12], ['two hundred', 'en', 200],
    ['plus de 5 000', 'fr', 5000], ['deux', 'fr', 2], ['many', 'en', null],
  ]
  for (const [text, lang, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(parseNumber(text, lang === 'en' ? en : fr), expected))
})

describe('events: evidence', () => {
  it('every event carries its sentence and trigger spans', () => {
    const text = 'Rebels shelled the town. Later, the army arrested ten men.'
    for (const e of analyze(text, 'en').events) {
      assert.ok(e.evidence.length >= 2)
      for (const s of e.evidence) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end)
    }
  })
})

describe('events: ACLED codebook principles (sentences written here)', () => {
  const cases: [string, string, string | undefined][] = [
    // Headline-style passive: the subject of "killed in…" is the target; armed victims make a battle.
    ['en', 'Two police officers killed in an ambush near the border.', 'Armed clash'],
    ['en', 'Three soldiers wounded in a grenade attack on Tuesday.', 'Grenade'],
    ['fr', 'Trois policiers tués dans une embuscade près de la frontière.', 'Armed clash'],
    // A headline's tally ("killed and two injured") and the party's head noun after its name
    // ("Army officer killed in…") keep the passive; a verb coordinated with its object does not.
    ['en', 'Three soldiers killed and two injured in an attack near Alfa.', 'Armed clash'],
    ['en', 'Army officer killed in an ambush near the border.', 'Armed clash'],
    ['fr', 'Deux soldats tués et trois blessés dans une embuscade près d\'Alfa.', 'Armed clash'],
    ['en', 'Soldiers reportedly shot and injured two traders in the market.', 'Attack'],
    ['en', 'Soldiers killed two traders in the market.', 'Attack'],
    // An ambush is typed by its target: one-sided on travellers, a battle on forces.
    ['en', 'Gunmen ambushed a bus carrying passengers on the highway.', 'Attack'],
    ['en', 'Gunmen ambushed an army convoy on the highway.', 'Armed clash'],
    ['fr', 'Des hommes armés ont tendu une embuscade à des passagers sur la route.', 'Attack'],
    ['fr', 'Des rebelles ont tendu une embuscade à une patrouille de l\'armée.', 'Armed clash'],
    // Beatings and mutilation are violence against the person even without a death.
    ['en', 'Soldiers beat a student at the checkpoint.', 'Attack'],
    ['en', 'A night guard was found decapitated outside the bank.', 'Attack'],
    ['fr', 'Des soldats ont passé à tabac un étudiant au poste de contrôle.', 'Attack'],
    ['en', 'The home side beat their rivals in the final.', undefined],
    // Forces driving an armed group out of places regain territory.
    ['en', 'Troops dislodged the rebels from three villages.', 'Government regains territory'],
    ['en', 'The army carried out a clearance operation in the forest villages.', 'Government regains territory'],
    ['fr', 'Les militaires ont délogé les rebelles de trois villages.', 'Government regains territory'],
    // Stones thrown at the police make a riot; a crowd dispersed with tear gas is a protest with intervention.
    ['en', 'Young men threw stones at police near the stadium.', 'Violent demonstration'],
    ['fr', 'Des jeunes ont lancé des pierres sur les policiers près du stade.', 'Violent demonstration'],
    ['en', 'Police fired tear gas to disperse the crowd outside the court.', 'Protest with intervention'],
    ['fr', 'La police a tiré des gaz lacrymogènes pour disperser la foule devant le tribunal.', 'Protest with intervention'],
    // Work stoppages and long marches are peaceful protests.
    ['en', 'Dock workers staged a work stoppage at the port.', 'Peaceful protest'],
    ['fr', 'Les dockers ont observé un arrêt de travail au port.', 'Peaceful protest'],
    ['en', 'Nurses marched 20km to the capital.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: force against a crowd told after the protest', () => {
  const first = (text: string, lang = 'en') => analyze(text, lang).events[0]?.subEventType
  const cases: [string, string, string][] = [
    // Lethal force in a later sentence is what ACLED codes the protest by.
    ['en', 'Farmers protested in the market town. Later that day soldiers fired on the protesters, killing three.', 'Excessive force against protesters'],
    ['fr', 'Des agriculteurs ont manifesté dans le bourg. Plus tard, les soldats ont tiré sur les manifestants, tuant trois personnes.', 'Excessive force against protesters'],
    // Rubber bullets or tear gas with no death are an intervention, not excessive force: the
    // protest the next sentence tells them against is one with intervention.
    ['en', 'Residents protested outside the clinic. Police fired rubber bullets at the protesters.', 'Protest with intervention'],
    ['fr', 'Des habitants ont manifesté devant la clinique. La police a tiré des balles en caoutchouc sur les manifestants.', 'Protest with intervention'],
    // A crowd that turned violent in between: the protest is that riot, and the force is used against it.
    ['en', 'Residents protested in the township. The crowd torched two cars and threw stones. Police then shot at the rioters, wounding four.', 'Violent demonstration'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(first(text, lang), expected))
})

describe('events: the fall of a regime or a president takes no land', () => {
  const cases: [string, string][] = [
    ['fr', "La chute du régime est proche, a déclaré l'opposant, dont la ville est bombardée depuis un mois."],
    ['fr', 'Depuis la chute des régimes voisins, la capitale de la région vit dans la peur.'],
    ['en', 'The fall of the regime is near, the opponent said, his city shelled for a month.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => {
    const types = analyze(text, lang).events.map((e) => e.subEventType)
    assert.ok(!types.some((t) => /territory/.test(t)), types.join(', '))
  })
})

describe('events: pupils or a crowd killed by shells, rockets or bombs are no protesters', () => {
  const types = (text: string, lang: string) => analyze(text, lang).events.map((e) => e.subEventType)
  const cases: [string, string][] = [
    ['en', 'Three students died when rockets struck their college in the old town.'],
    ['en', 'A car bomb tore through a crowd at the bus station, killing nine.'],
    ['fr', "Trois étudiants sont morts quand des roquettes ont frappé leur lycée dans la vieille ville."],
    ['fr', 'Une voiture piégée a explosé au milieu de la foule à la gare routière, tuant neuf personnes.'],
  ]
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => {
    const got = types(text, lang)
    assert.ok(got.length > 0, 'an event')
    assert.ok(!got.includes('Excessive force against protesters'), got.join(', '))
  })
})

describe('events: the forces\' intervention told right after a protest is that protest\'s', () => {
  const acledEvents = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' }).events.filter((e) => e.eventType !== NOT_ACLED)
  it('one protest with intervention, the forces as actor 2', () => {
    for (const [lang, text] of [
      ['en', 'Residents protested in Gafsa over the lack of water. Police intervened and dispersed the rally.'],
      ['fr', "Des habitants ont manifesté à Gafsa contre les coupures d'eau. La police est intervenue et a dispersé le rassemblement à coups de gaz lacrymogène."],
    ] as const) {
      const events = acledEvents(text, lang)
      assert.deepEqual(events.map((e) => e.subEventType), ['Protest with intervention'], lang)
      assert.equal(events[0]?.actor2?.actorId, 'police-tn', lang)
    }
  })
  it('a riot the forces met has them as its other side', () => {
    const events = acledEvents('Residents of Gafsa burned tyres and blocked the main road. Police fired tear gas to disperse them.')
    assert.equal(events[0]?.subEventType, 'Violent demonstration')
    assert.equal(events[0]?.actor2?.actorId, 'police-tn')
  })
})

describe('events: a blast or a shelling that harmed people with no armed target hit civilians', () => {
  const remote = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' }).events.find((e) => e.eventType === 'Explosions/Remote violence')
  it('the harm told makes civilians its actor 2', () => {
    assert.equal(remote('Government forces shelled a village near El Fasher, killing three.')?.actor2?.name, 'Civilians (Sudan)')
    assert.equal(remote('Un obus de mortier a tué deux enfants à Alep.', 'fr')?.actor2?.name, 'Civilians (Syria)')
  })
  it('people described by their work are civilians, not protesters', () => {
    assert.equal(remote('An air strike on the market of Idlib killed four traders.')?.actor2?.name, 'Civilians (Syria)')
    assert.equal(remote('Trois enseignants de Gao ont été tués par un obus tombé sur leur école.', 'fr')?.actor2?.name, 'Civilians (Mali)')
  })
  it('harm denied or not told gives no target', () => {
    assert.equal(remote('Mortar rounds hit the market of Kismayo; no injuries were reported.')?.actor2 ?? null, null)
    assert.equal(remote('Des roquettes sont tombées sur Alep sans faire de blessés.', 'fr')?.actor2 ?? null, null)
  })
})

describe('events: people killed or hurt by aircraft are an air strike', () => {
  const cases: [string, string, string][] = [
    ['en', 'Two civilians were killed and seven injured by warplanes near the market.', 'Air/drone strike'],
    ['en', 'Three shepherds were wounded by drones outside the village.', 'Air/drone strike'],
    ['fr', "Deux civils ont été tués par des avions près du marché.", 'Air/drone strike'],
    ['fr', 'Trois bergers ont été blessés par un drone hors du village.', 'Air/drone strike'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: fighting between two sides, armed herders and warriors', () => {
  const cases: [string, string, string][] = [
    ['en', 'Two men were killed in a gunfight between rival militias near the river.', 'Armed clash'],
    ['en', 'Three died in violence between youths of two neighbouring communities.', 'Armed clash'],
    ['en', 'Soldiers killed four suspected cattle raiders near the border.', 'Armed clash'],
    ['fr', 'Deux hommes ont été tués lors de violences entre deux milices rivales.', 'Armed clash'],
    ['fr', 'Les soldats ont tué quatre voleurs de bétail près de la frontière.', 'Armed clash'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: shelling told with ground fighting is the battle; a strike is not an engagement', () => {
  const cases: [string, string, string][] = [
    ['en', 'Shelling and ground clashes between the army and the rebels went on near the river.', 'Armed clash'],
    ['fr', 'Des bombardements et des combats au sol ont opposé l\'armée aux rebelles près du fleuve.', 'Armed clash'],
    ['en', 'Artillery shelled the rebel positions near the river overnight.', 'Shelling/artillery/missile attack'],
    ['en', 'Nurses engaged in a three-day strike over unpaid wages.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: a protest outranks the arrest, agreement or damage told with it', () => {
  const cases: [string, string, string][] = [
    ['en', 'Nurses went on strike after two colleagues were arrested by the authorities.', 'Peaceful protest'],
    ['en', 'Fishermen held a sit-in at the port to oppose the signing of a new fishing agreement.', 'Peaceful protest'],
    ['fr', 'Les infirmiers ont entamé une grève après l\'arrestation de deux collègues par les autorités.', 'Peaceful protest'],
    ['fr', 'Des pêcheurs ont organisé un sit-in au port pour s\'opposer à la signature d\'un nouvel accord de pêche.', 'Peaceful protest'],
    // An arrest told first: the protest is what the arrest was for.
    ['en', 'The union leader was arrested for organising a march without a permit.', 'Arrests'],
    ['fr', 'Le chef syndical a été arrêté pour avoir organisé une marche non autorisée.', 'Arrests'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: road blockades, strikes begun or ended, disrupted meetings and brawls', () => {
  const cases: [string, string, string][] = [
    ['en', 'Jobless youths blocked the national route to demand work.', 'Peaceful protest'],
    ['en', 'Farmers cut the road near the mill over the price of wheat.', 'Peaceful protest'],
    ['en', 'Court clerks start a two-day strike in the capital.', 'Peaceful protest'],
    ['en', 'Party supporters disrupted the meeting of their rivals in the town hall.', 'Violent demonstration'],
    // Two factions fighting each other: rioters on both sides (mob violence, 2019 codebook).
    ['en', 'The council meeting ended in a fist fight between two factions.', 'Mob violence'],
    ['fr', 'Des chômeurs ont bloqué la route nationale pour réclamer du travail.', 'Peaceful protest'],
    ['fr', 'Des partisans ont perturbé la réunion de leurs rivaux à la mairie.', 'Violent demonstration'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: a verbal act governs the happening after it (PLOVER)', () => {
  const cases: [string, string, string][] = [
    ['en', 'The rebels rejected a proposal for a ceasefire in the north.', 'REJECT'],
    ['en', 'Rebel leaders on Friday rejected the government\'s latest proposal for a nationwide ceasefire.', 'REJECT'],
    ['en', 'Farmers threatened to block the main road unless prices rose.', 'THREATEN'],
    ['fr', 'Les rebelles ont rejeté une proposition de cessez-le-feu dans le nord.', 'REJECT'],
    ['fr', 'Les agriculteurs ont menacé de bloquer la route nationale.', 'THREATEN'],
    // An offer or promise to help is an expression of intent: PLOVER AGREE, not delivered aid.
    ['en', 'The donor country promised to provide food aid to the refugees.', 'AGREE'],
    ['fr', 'Le pays donateur a promis de fournir une aide alimentaire aux réfugiés.', 'AGREE'],
    ['en', 'The agency delivered food aid to the refugees on Monday.', 'AID'],
    // Bans, deportations and closures imposed by an authority are coercion without violence.
    ['en', 'The interior ministry banned the opposition weekly and deported two of its reporters.', 'COERCE'],
    ['fr', 'Le ministère a interdit l\'hebdomadaire d\'opposition.', 'COERCE'],
    // Far from the verb, the happening is told for itself.
    ['en', 'The two sides signed a ceasefire agreement in the capital.', 'AGREE'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.plover.type, expected))
})

describe('events: reducing relations is a sanction (PLOVER SANCTION, CAMEO 16)', () => {
  const cases: [string, string, string][] = [
    // Aid, talks or a visit stopped, cut or cancelled.
    ['en', 'Norway halted its development aid to the country on Monday.', 'SANCTION'],
    ['en', 'The minister cancelled a planned visit to the capital.', 'SANCTION'],
    ['fr', 'La Norvège a suspendu lundi son aide au développement.', 'SANCTION'],
    ['fr', 'Le ministre a annulé sa visite prévue dans la capitale.', 'SANCTION'],
    // Diplomats, inspectors or observers expelled or withdrawn.
    ['en', 'The government expelled three foreign diplomats for spying.', 'SANCTION'],
    ['fr', 'Le gouvernement a expulsé trois diplomates étrangers pour espionnage.', 'SANCTION'],
    // Aid given, and the noun "end", are no sanction.
    ['en', 'The agency delivered food aid to the refugees on Monday.', 'AID'],
    ['en', 'The delegates met again at the end of the talks in Geneva.', 'CONSULT'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.plover.type, expected))
})

describe('events: a curfew or a state of emergency lifted, demands accepted, is a concession (PLOVER CONCEDE, CAMEO 08)', () => {
  const cases: [string, string, string][] = [
    ['en', 'The government lifted a state of emergency in the province on Sunday.', 'CONCEDE'],
    ['en', 'The junta accepted the demands of the striking miners.', 'CONCEDE'],
    ['fr', "Le gouvernement a levé dimanche l'état d'urgence dans la province.", 'CONCEDE'],
    ['fr', 'Le gouvernement a allégé les restrictions imposées aux commerçants.', 'CONCEDE'],
    // Imposed, it is the forces' measure; talked about as a reform, no act.
    ['en', 'The government declared a state of emergency in the province on Sunday.', 'MOBILIZE'],
    ['fr', "Le président n'a pas annoncé la levée de l'état d'urgence.", 'MOBILIZE'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.plover.type, expected))
})

describe('events: a crowd\'s violence is mob violence only when it harms a person', () => {
  const cases: [string, string, string][] = [
    ['en', 'An angry crowd ransacked the offices of the electoral commission.', 'Violent demonstration'],
    ['en', 'An angry mob beat a suspected thief to death in the market.', 'Mob violence'],
    ['en', 'A mob lynches a man accused of stealing a goat.', 'Mob violence'],
    ['fr', 'Une foule en colère a saccagé les bureaux de la commission électorale.', 'Violent demonstration'],
    ['fr', 'Une foule en colère a lynché un voleur présumé au marché.', 'Mob violence'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: violence told with words alone is the happening; bodies found', () => {
  const cases: [string, string, string | undefined][] = [
    // "accused" or "demanding" is the context of the killing or the beating told with it (villagers
    // killing together are a mob, as an angry mob is)…
    ['en', 'Villagers killed a man who was accused of stealing cattle.', 'Mob violence'],
    ['fr', 'Des villageois ont tué un homme accusé de vol de bétail.', 'Mob violence'],
    // …unless a threat governs it.
    ['en', 'The rebels threatened to kill the witness.', 'THREATEN'],
    ['en', 'The bodies of three men were found near the river with their hands tied.', 'Attack'],
    ['fr', 'Les corps de trois hommes ont été retrouvés près du fleuve.', 'Attack'],
    ['en', 'Militiamen shoot two herders near the wells.', 'Attack'],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.eventType === 'Not an ACLED event' ? e.plover.type : e?.subEventType, expected)
    })
  }
})

describe('events: a seizure of weapons gives way to the deaths told with it, not to the raid', () => {
  const cases: [string, string, string][] = [
    ['en', 'Soldiers killed two militants and recovered weapons near the border.', 'Armed clash'],
    ['fr', 'Les soldats ont tué deux djihadistes et récupéré des armes près de la frontière.', 'Armed clash'],
    ['en', 'Police seized weapons and ammunition during a raid on two hostels.', 'Disrupted weapons use'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: shelling and bombing told as a verb, things blown up', () => {
  const cases: [string, string, string][] = [
    ['en', 'Government troops shell rebel positions near the town.', 'Shelling/artillery/missile attack'],
    ['en', 'The army bombed the hills west of the town for two days.', 'Shelling/artillery/missile attack'],
    ['en', 'Militants blew up a gas pipeline near the port.', 'Remote explosive/landmine/IED'],
    ['fr', 'Des militants ont fait sauter un oléoduc près du port.', 'Remote explosive/landmine/IED'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: territory taken without fighting is a non-violent transfer (2019 codebook)', () => {
  const cases: [string, string, string][] = [
    ['en', 'The army withdrew from the border post, which allowed militants to seize it without resistance.', 'Non-violent transfer of territory'],
    ['en', 'The rebels entered the town before dawn and had not encountered any resistance.', 'Non-violent transfer of territory'],
    ['en', 'Militants took control of the village following the withdrawal of government forces.', 'Non-violent transfer of territory'],
    ['en', 'The army retook the town without a fight.', 'Non-violent transfer of territory'],
    ['fr', 'Les rebelles sont entrés dans la ville sans rencontrer de résistance.', 'Non-violent transfer of territory'],
    ['fr', 'Les jihadistes ont pris le contrôle du village après le retrait de l\'armée.', 'Non-violent transfer of territory'],
    // Fighting told with the gain keeps it a conquest; things lying abandoned are no withdrawal.
    ['en', 'Rebels captured the town after heavy fighting.', 'Non-state actor overtakes territory'],
    ['en', 'Chadian troops recaptured the town on Tuesday to find motorbikes lying abandoned on the ground.', 'Government regains territory'],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const events = analyze(text, lang).events
      assert.equal(main(text, lang)?.subEventType, expected)
      assert.equal(events.filter((e) => e.subEventType === 'Non-violent transfer of territory').length <= 1, true)
    })
  }
})

describe('events: crowds and force as the 2019 codebook defines them', () => {
  const cases: [string, string, string][] = [
    // Injuries make force against a crowd excessive, whatever the weapon (serious injuries, the codebook says).
    ['en', 'Dozens of people were injured as police fired rubber bullets and tear gas at the protesters.', 'Excessive force against protesters'],
    ['en', 'Serious injuries among demonstrators as the authorities suppressed their peaceful protests.', 'Excessive force against protesters'],
    ['fr', 'Des dizaines de personnes ont été blessées quand la police a tiré des balles en caoutchouc sur les manifestants.', 'Excessive force against protesters'],
    ['en', 'Police fired rubber bullets and tear gas to disperse the protestors outside the court.', 'Protest with intervention'],
    // Destruction and a protest turning violent make a violent demonstration.
    ['en', 'Protesters pulled down the concrete walls around the parliament.', 'Violent demonstration'],
    ['en', 'Student protests near the summit turn very violent.', 'Violent demonstration'],
    // A death the protest is about is its grievance, not force against the crowd; deaths counted at the protest are.
    ['en', 'Dozens of students lit candles for a classmate whose unexplained death has inspired months of protests.', 'Peaceful protest'],
    ['en', 'Protesters marched in the capital; police opened fire, causing three deaths.', 'Excessive force against protesters'],
    ['en', 'Supporters of the party fire firecrackers at the police during the rally.', 'Violent demonstration'],
    // Civilians occupying or shutting down a building hold a sit-in; no territory changes hands.
    ['en', 'Villagers occupied the town hall of Kaya to demand clean water.', 'Peaceful protest'],
    ['en', 'Employees shut down the offices of the state mining company over unpaid wages.', 'Peaceful protest'],
    ['fr', "Des habitants ont occupé la mairie de Kaya pour réclamer de l'eau potable.", 'Peaceful protest'],
    ['fr', 'Des employés ont fermé les bureaux de la société minière pour réclamer leurs salaires.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})

describe('events: words that describe a state or a thing are no happening', () => {
  const cases: [string, string, string | undefined][] = [
    // "occupied" after a determiner or a hyphen describes land held, not land taken.
    ['en', 'Troops advanced to within six miles of the rebel-occupied air base.', undefined],
    ['en', 'The ministry showed footage of destroyed artillery pieces in the occupied territories.', 'Shelling/artillery/missile attack'],
    ['en', 'Rebels occupied the town on Monday.', 'Non-state actor overtakes territory'],
    // An infantry fighting vehicle is a weapon, not a fight.
    ['en', 'Separatist forces shelled army positions with mortars and infantry fighting vehicles.', 'Shelling/artillery/missile attack'],
    // An attack on computers is no attack on people.
    ['en', 'The firm sells software that protects banks against internet attacks.', undefined],
    ['fr', 'La société vend des logiciels de protection contre les attaques informatiques.', undefined],
    ['fr', 'Des hommes armés ont attaqué le poste de police.', 'Armed clash'],
    // A battle or fight in court, in politics or against an ill is no fight between armed sides.
    ['en', 'The legal battle over the land continues in the capital.', undefined],
    ['en', 'The political fighting between the two parties continues in parliament.', undefined],
    ['en', 'Troops battled rebels near the border town.', 'Armed clash'],
    ['fr', 'La bataille diplomatique se poursuit au Conseil de sécurité.', undefined],
    ['fr', 'Le combat contre la corruption continue dans la capitale.', undefined],
    ['fr', 'Une bataille rangée a éclaté entre les deux camps dans la ville.', 'Armed clash'],
    // A great deal is no deal.
    ['en', 'The doctors said the wounded had suffered a great deal.', undefined],
    // Killing time hurts no one.
    ['en', 'A few traders sit on benches in the empty market, trying to kill time.', undefined],
    ['fr', 'Quelques commerçants, assis sur des bancs du marché désert, tentent de tuer le temps.', undefined],
    ['fr', 'Des hommes armés ont tué trois commerçants au marché.', 'Attack'],
    // The newspaper Libération frees no town.
    ['fr', 'Le quotidien Libération a publié une longue enquête sur la corruption.', undefined],
    ['fr', "Selon notre envoyé spécial de Libération, la ville reste calme.", undefined],
    // People set free, power taken and « à plusieurs reprises » (repeatedly) take back no land.
    ['en', 'The authorities announced the liberation of hundreds of prisoners on Monday.', undefined],
    ['en', 'Government forces liberated the town on Monday.', 'Government regains territory'],
    ['fr', 'Les autorités ont annoncé lundi la libération de centaines de prisonniers.', undefined],
    ['fr', "L'armée a repris la ville lundi.", 'Government regains territory'],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.eventType === 'Not an ACLED event' ? undefined : e?.subEventType, expected)
    })
  }
  it('condemning an attack is no sentence, a regime collapses without a building, a revolt breaks out without a disease', () => {
    for (const [lang, text, not] of [
      ['fr', "Le ministre a fermement condamné l'attaque contre le convoi.", 'Arrests'],
      ['en', 'The minister strongly condemned the attack on the convoy.', 'Arrests'],
      ['fr', 'Le régime s\'est effondré après des mois de guerre.', 'MAN_MADE_DISASTER'],
      ['en', 'The regime collapsed after months of war.', 'MAN_MADE_DISASTER'],
      ['en', 'The city has seen heavy fighting since the outbreak of the revolt.', 'NATURAL_DISASTER'],
      ['fr', 'La ville connaît de violents combats depuis le déclenchement de la révolte.', 'NATURAL_DISASTER'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(!got.includes(not), `${got.join(', ')}: ${text}`)
    }
    // Still: a man sentenced, a building that collapses, an outbreak of cholera.
    for (const [lang, text, is] of [
      ['fr', 'Il a été condamné à dix ans de prison.', 'Arrests'],
      ['fr', "Un immeuble s'est effondré dans la ville.", 'MAN_MADE_DISASTER'],
      ['en', 'A cholera outbreak hit the city.', 'NATURAL_DISASTER'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(got.includes(is), `${got.join(', ')}: ${text}`)
    }
  })
  it('asking oneself is wondering, not demanding; asking someone still is', () => {
    const plover = (text: string, lang: string) => pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.plover.type)
    for (const [lang, text] of [
      ['fr', 'Le chef du parti se demande si le régime tiendra jusqu\'à l\'été.'],
      ['fr', 'Je me demande comment les observateurs comptent les victimes.'],
      ['en', 'The party leader asked himself whether the regime would last until summer.'],
    ] as const) assert.ok(!plover(text, lang).includes('REQUEST'), `${plover(text, lang).join(', ')}: ${text}`)
    for (const [lang, text] of [
      ['fr', 'Le ministre demande le retrait des troupes de la ville.'],
      ['en', 'The minister asked the troops to withdraw from the town.'],
    ] as const) assert.ok(plover(text, lang).includes('REQUEST'), `${plover(text, lang).join(', ')}: ${text}`)
  })
  it('a truce, a ceasefire or an airspace violated is no rape; people raped still are', () => {
    for (const [lang, text] of [
      ['fr', 'Les observateurs surveillent dans la ville une trêve sans cesse violée depuis un mois.'],
      ['fr', 'Le cessez-le-feu a été violé dès le premier soir dans la province.'],
      ['fr', "Selon le ministre, l'avion a violé l'espace aérien du pays mardi."],
      ['en', 'The observers monitor a truce violated daily in the town.'],
      ['en', 'According to the minister, the plane violated the country\'s airspace on Tuesday.'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(!got.includes('Sexual violence'), `${got.join(', ')}: ${text}`)
    }
    for (const [lang, text] of [
      ['fr', 'Des soldats ont violé des femmes dans le village mardi.'],
      ['fr', 'Plusieurs femmes ont été violées par des miliciens près de la frontière.'],
      ['en', 'Soldiers raped women in the village on Tuesday.'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(got.includes('Sexual violence'), `${got.join(', ')}: ${text}`)
    }
  })
  it('a phrase of time or of politics takes no land, whatever else the sentence tells', () => {
    for (const [lang, text] of [
      ['fr', 'Le ministre a appelé à plusieurs reprises au calme dans la capitale.'],
      ['fr', 'Depuis sa prise de pouvoir, le colonel gouverne seul dans la capitale.'],
      ['en', 'Since his liberation, the colonel has lived in the capital.'],
      ['en', 'The opposition leader was recently liberated from prison in the capital.'],
      ['fr', "L'opposant avait récemment été libéré de prison dans la capitale."],
      // « Reprendre » without a place or control to take back resumes or quotes.
      ["fr", "L'Otan reprend ses frappes sur Tripoli."],
      ['fr', 'Cette annonce, reprise par la télévision officielle à Tripoli, a surpris.'],
      ['fr', 'Les industriels français sont prêts à reprendre pied à Tripoli.'],
      ["fr", "Le Conseil de sécurité de l'ONU doit reprendre ses consultations à New York."],
      ['fr', 'En entendant les tirs à Tripoli, on pourrait croire que les combats ont repris.'],
      ['fr', 'Le prince a repris à son compte les arguments de Riyad.'],
      // « Libérer » a person releases, « chasser » a ruler ousts: no land without a place.
      ['fr', 'Plusieurs opposants ont été libérés lundi dans la capitale, selon leur avocat.'],
      ['fr', 'Le militant Karim Benali a été libéré samedi à Tripoli.'],
      ['fr', 'Les manifestants réclament la libération de Karim Benali à Tunis.'],
      ['fr', 'Selon un journaliste à Libération, la situation reste calme à Tunis.'],
      ['fr', 'La révolte qui a chassé le président du pouvoir a commencé à Tunis.'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(!got.some((t) => /territory/.test(t ?? '')), `${got.join(', ')}: ${text}`)
    }
  })
  it('« grâce à » pardons no one, and an ambassador named is no meeting', () => {
    for (const [lang, text] of [
      ['fr', 'Grâce aux puces libanaises, les habitants se branchent sur les réseaux.'],
      ['fr', "Le plan tient, estime l'ambassadeur allemand Peter Wittig."],
      ['fr', 'Un diplomate français, expert en économie, raconte la scène.'],
      ['en', 'The plan holds, the German ambassador Peter Wittig said.'],
      ['en', 'A French diplomat who worked in the region for years recalled the scene.'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType || e.eventType)
      assert.deepEqual(got, [], text)
    }
    const pardon = pipeline.analyze({ input: 'test', text: 'Le président a gracié trois opposants.', language: 'fr', published: '2016-06-10' }).events
    assert.equal(pardon.length, 1)
  })
  it('« rassembler » is a protest only when the sentence says the crowd, its cause or its slogans', () => {
    const subs = (text: string) => pipeline.analyze({ input: 'test', text, language: 'fr', published: '2016-06-10' }).events.map((e) => e.subEventType)
    assert.ok(!subs("L'Iran a rassemblé 29 pays à Téhéran pour appeler à un dialogue.").includes('Peaceful protest'))
    assert.ok(!subs('Des centaines de civils se sont rassemblés dans les jardins publics à Alep.').includes('Peaceful protest'))
    assert.ok(subs('Des milliers de partisans se sont rassemblés au Caire pour exiger le retour du président.').includes('Peaceful protest'))
  })
  it('a detention centre or a term of detention is no arrest; being placed in detention is', () => {
    const subs = (text: string, language: string) => pipeline.analyze({ input: 'test', text, language, published: '2016-06-10' }).events.map((e) => e.subEventType)
    assert.ok(!subs('Schools in Aleppo have been used as detention centres.', 'en').includes('Arrests'))
    assert.ok(!subs('Les écoles de Homs ont été utilisées comme centres de détention.', 'fr').includes('Arrests'))
    assert.ok(subs('Two journalists were placed in detention in Homs on Monday.', 'en').includes('Arrests'))
    assert.ok(subs('Deux journalistes ont été placés en détention à Homs lundi.', 'fr').includes('Arrests'))
  })
  it('harm only named, with no count and nothing before it, is no happening', () => {
    for (const [lang, text] of [
      ['en', 'Civilian casualties have been high in Aleppo.'],
      ['en', 'The wounded are carried on the backs of their relatives in Misrata.'],
      ['en', 'The emperor died of the plague in 639.'],
      ['fr', "Il a rencontré les équipes médicales, des blessés et leurs familles à Homs."],
      ['fr', 'Adoré de son vivant, il est devenu après sa mort un mythe à Damas.'],
      ['fr', 'Le plan de paix est resté lettre morte à Damas.'],
    ] as const) {
      const got = pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.map((e) => e.subEventType || e.eventType)
      assert.deepEqual(got, [], text)
    }
    for (const [lang, text] of [['en', 'Two soldiers were wounded in Aleppo.'], ['fr', 'Deux soldats ont été blessés à Alep.'], ['en', 'Three civilians were killed in Aleppo.']] as const) {
      assert.equal(pipeline.analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.length, 1, text)
    }
  })
  it('« reprendre » a place or its control takes back land', () => {
    for (const text of [
      'Les forces libyennes ont repris samedi aux insurgés la ville de Misrata.',
      'Les forces régulières en ont repris un moment le contrôle.',
      "La reprise de Palmyre par l'armée syrienne a surpris.",
      'La ville a été reprise par les forces gouvernementales.',
      'Les pro-Kadhafi ont réussi à reprendre la ville de Ketla.',
    ]) {
      const got = pipeline.analyze({ input: 'test', text, language: 'fr', published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(got.includes('Government regains territory'), `${got.join(', ')}: ${text}`)
    }
  })
  it('« libérer » or « chasser » a place takes back land', () => {
    for (const text of [
      "L'armée a libéré la ville de Ketla samedi.",
      'Les villages de la région ont été libérés par les forces gouvernementales.',
      "La libération de la ville par l'armée a duré trois jours.",
      "La libération de Ketla par l'armée a duré trois jours.",
      'Les soldats ont chassé les insurgés de la localité de Ketla.',
    ]) {
      const got = pipeline.analyze({ input: 'test', text, language: 'fr', published: '2016-06-10' }).events.map((e) => e.subEventType)
      assert.ok(got.includes('Government regains territory'), `${got.join(', ')}: ${text}`)
    }
  })
})

describe('events: surrenders are agreements; only weapons are intercepted; people captured are no territory (2019 codebook)', () => {
  const cases: [string, string, string | undefined][] = [
    ['en', 'Ten rebels have surrendered to security forces in the province, the military announced.', 'Agreement'],
    ['fr', 'La reddition de dix rebelles aux forces de sécurité a eu lieu dans la province.', 'Agreement'],
    ['fr', 'Des dizaines de combattants ont rendu les armes.', 'Agreement'],
    ['en', 'Air defences intercepted two missiles over the city.', 'Disrupted weapons use'],
    ['fr', 'La défense aérienne a intercepté deux missiles au-dessus de la ville.', 'Disrupted weapons use'],
    // Intercepting people (smugglers, migrants) is no disrupted weapons use.
    ['en', 'Coast guards intercepted 20 migrants on Sunday.', undefined],
    // "To storm" a building is an assault, not a storm; forces cutting a supply route are no protest.
    ['en', 'Gunmen tried to storm the police headquarters in the capital on Sunday.', 'Armed clash'],
    ['en', 'A storm destroyed dozens of houses in the province.', undefined],
    ['en', 'Police stormed the building, killing three suspects.', 'Attack'],
    ['en', 'Guards started shooting at the regional headquarters over unpaid salaries.', 'Attack'],
    // Shots fired on people are a violent happening; shots fired into the air are not.
    ['en', 'Unidentified armed men fired on park guards near the reserve on Sunday.', 'Armed clash'],
    ['fr', 'Des hommes armés non identifiés ont tiré sur des gardes du parc dimanche.', 'Armed clash'],
    ['en', 'Government forces have been trying to cut the route for two years.', undefined],
    ['en', 'Angry residents cut the main road to protest against power cuts.', 'Violent demonstration'],
    // A death told in apposition with its year is a life's date, not a killing.
    ['en', 'Bashar al-Assad succeeded his father Hafez, who died in 2000, as president.', undefined],
    ['fr', 'Bachar el-Assad a succédé à son père Hafez, mort en 2000, à la présidence.', undefined],
    ['en', 'A soldier who was killed in 2014 near the border was buried in the village.', 'Armed clash'],
    // A storming that kills civilians is violence against them, unless the text tells control taken.
    ['en', 'Troops stormed the village, killing three civilians.', 'Attack'],
    ['en', 'Rebels stormed the town and took control of it.', 'Non-state actor overtakes territory'],
    // A person captured is no land taken: a prisoner of a fight, or civilians abducted.
    ['en', 'Islamist rebels killed a pilot they captured near the town after he ejected.', 'Attack'],
    ['en', 'The bodies of seven villagers captured near the town were found on Tuesday.', 'Abduction/forced disappearance'],
    ['en', 'Rebels captured the town on Saturday.', 'Non-state actor overtakes territory'],
    ['fr', "Les rebelles islamistes ont tué un pilote qu'ils avaient capturé près de la ville.", 'Attack'],
    ['fr', 'Les corps de sept villageois capturés près de la ville ont été retrouvés mardi.', 'Abduction/forced disappearance'],
    ['fr', 'Les rebelles ont capturé la ville samedi.', 'Non-state actor overtakes territory'],
    // Forces that vacate, exit or leave a base or a village give it up; people leaving their homes do not.
    ['en', 'Kenyan forces vacate the Sarinleey base and are replaced by Ethiopian soldiers.', 'Non-violent transfer of territory'],
    ['en', 'Government troops exit the village; the rebels quickly enter it.', 'Non-violent transfer of territory'],
    ['fr', 'Les forces kényanes ont quitté la base de Sarinleey, aussitôt occupée par les shebab.', 'Non-violent transfer of territory'],
    ['en', 'Hundreds of residents left the village to escape the heat.', undefined],
    // Armed men captured are taken prisoner; told with a fight, the fight is the happening.
    ['en', 'Twenty-three militiamen were captured by soldiers in the hills.', 'Arrests'],
    ['fr', "Vingt-trois miliciens ont été capturés par l'armée dans les collines.", 'Arrests'],
    ['en', 'Two militiamen were captured during a clash with the army near the town.', 'Armed clash'],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e?.eventType === 'Not an ACLED event' ? undefined : e?.subEventType, expected)
    })
  }
})

describe('events: a protest whose crowd turns violent is a violent demonstration', () => {
  const first = (text: string, lang = 'en') => analyze(text, lang).events[0]
  const cases: [string, string, string | undefined][] = [
    ['en', 'Residents of the township protested over power cuts. They burnt tyres and barricaded the main road.', 'Violent demonstration'],
    ['fr', 'Des habitants du quartier ont manifesté contre les coupures d\'électricité. Ils ont brûlé des pneus et barricadé la route principale.', 'Violent demonstration'],
    ['en', 'Students marched to the rectorate. Later the protesters ransacked the offices of the registrar.', 'Violent demonstration'],
    ['en', 'Workers held a sit-in outside the factory. Police fired tear gas. The strikers then set fire to a lorry.', 'Violent demonstration'],
    // Barricades, burning tyres and stoning are a crowd's violence without a crowd word in their sentence.
    ['en', 'Demonstrators gathered outside the town hall demanding jobs. They set tyres on fire and erected roadblocks on the main road.', 'Violent demonstration'],
    ['en', 'Traders protested against the new levy. Passing cars were stoned near the market.', 'Violent demonstration'],
    ['fr', 'Des habitants ont manifesté contre les coupures d\'eau. Ils ont érigé des barricades sur la route nationale.', 'Violent demonstration'],
    // A road blocked without barricades or fire stays a protest; blocked with tyres, rocks or branches it is barricaded.
    ['en', 'Farmers blocked the road between the two towns to protest against low milk prices.', 'Peaceful protest'],
    ['en', 'Residents blockaded the main road with tyres and rocks in protest against power cuts.', 'Violent demonstration'],
    ['en', 'Residents took to the streets over water cuts. Roads were blocked with rocks and tree branches.', 'Violent demonstration'],
    ['fr', 'Des habitants ont bloqué la route nationale avec des pneus et des pierres pour protester contre les coupures.', 'Violent demonstration'],
    ['fr', 'Des paysans ont bloqué la route entre les deux villes pour protester contre le prix du lait.', 'Peaceful protest'],
    // Three sentences on, or a riot at another place, is another happening.
    ['en', 'Teachers marched in the capital over unpaid wages. The union said talks had failed. The minister promised an answer. The next week youths rioted in the port city.', 'Peaceful protest'],
    // Damage done by an armed group is no crowd's.
    ['en', 'Traders protested at the market over new taxes. Gunmen later torched three shops in the market.', 'Peaceful protest'],
    // Property destroyed, burnt down, set alight or looted in a protest is the crowd's riot.
    ['en', 'Angry students destroyed the offices of the bursar while protesting against higher fees.', 'Violent demonstration'],
    ['en', 'Two lorries were set alight during a protest over water shortages in the township.', 'Violent demonstration'],
    ['en', 'Residents protesting against evictions burnt down the municipal depot.', 'Violent demonstration'],
    ['fr', 'Des manifestants ont pillé des boutiques du centre-ville pour protester contre la vie chère.', 'Violent demonstration'],
    ['fr', 'Des jeunes en colère ont détruit les bureaux de la mairie lors d\'une manifestation contre le chômage.', 'Violent demonstration'],
    // A protest told as violent, or property set on fire, burnt, damaged or broken into by the crowd.
    ['en', 'Students violently protested against the new fees in the capital.', 'Violent demonstration'],
    ['en', 'A violent two-day protest over land was held in the district.', 'Violent demonstration'],
    ['en', 'The students\' march in the capital was violent.', 'Violent demonstration'],
    ['en', 'Youths protested against the closure of the market and set the town hall on fire.', 'Violent demonstration'],
    ['en', 'Traders protested against the levy and damaged several vehicles near the bus station.', 'Violent demonstration'],
    ['en', 'Residents held a march over water cuts. Several cars were damaged by the marchers.', 'Violent demonstration'],
    ['en', 'Demonstrators raided the offices of the district commissioner.', 'Violent demonstration'],
    ['fr', 'Une violente manifestation contre la vie chère a eu lieu dans la capitale.', 'Violent demonstration'],
    ['fr', 'Les élèves ont violemment manifesté contre les frais de scolarité.', 'Violent demonstration'],
    ['fr', 'La marche des étudiants a dégénéré devant le rectorat.', 'Violent demonstration'],
    ['fr', 'Des commerçants ont manifesté contre la taxe et ont endommagé plusieurs véhicules.', 'Violent demonstration'],
    // The forces' violence, a protest told as not violent, or a man setting himself alight is no crowd's riot.
    ['en', 'Traders protested after police destroyed their stalls.', 'Peaceful protest'],
    ['en', 'The protest in the capital was not violent.', 'Peaceful protest'],
    ['en', 'A vendor set himself on fire in protest at the seizure of his goods.', 'Peaceful protest'],
    ['en', 'Students marched in the capital. Some demonstrators set off fireworks.', 'Peaceful protest'],
    // A riot dated before the protest of its sentence is what the protest is about.
    ['en', 'Students protested in the capital after clashes with the police the day before.', 'Peaceful protest'],
    ['en', 'Hundreds marched in memory of a student killed in clashes last week.', 'Peaceful protest'],
    ['fr', 'Des étudiants ont manifesté dans la capitale après les émeutes de la veille.', 'Peaceful protest'],
    ['fr', 'Des habitants ont marché en mémoire d\'un jeune tué lors d\'émeutes la semaine dernière.', 'Peaceful protest'],
    ['fr', 'Des paysans ont manifesté contre la taxe. Des pneus ont été brûlés sur la route principale.', 'Violent demonstration'],
    ['fr', 'Des habitants ont manifesté après que la police a détruit leurs maisons.', 'Peaceful protest'],
    ['fr', 'Les forces de l\'ordre ont dispersé une manifestation non violente devant la mairie.', 'Protest with intervention'],
    // The crowd told before, as the subject of the next sentence, does the violence with no protest
    // word of its own; a party of another kind does not.
    ['en', 'Hundreds of students entered the ministry to protest against higher fees. They threw stones as police tried to move them out.', 'Violent demonstration'],
    ['en', 'Farmers marched from the valley to the capital to protest against land seizures. On their way, they burned down two state farms which had been given to a minister of Freedonia.', 'Violent demonstration'],
    ['fr', 'Des habitants ont marché vers la mairie. En chemin, ils ont incendié deux voitures de la préfecture.', 'Violent demonstration'],
    ['en', 'Hundreds of students marched to the ministry to protest against higher fees. Gunmen later threw stones at the building.', 'Peaceful protest'],
    // Property wrecked by demonstrators named as its doers, violence that broke out, a scuffle,
    // people assaulted by the crowd, or a protest that ended in the destruction of property.
    ['en', 'The police post of the village was set on fire by demonstrators.', 'Violent demonstration'],
    ['en', 'Violence has erupted in the township as protesting residents step up their action against the census.', 'Violent demonstration'],
    ['en', 'Police dispersed supporters of the senator with tear gas after a scuffle broke out.', 'Violent demonstration'],
    ['en', 'Traders protested against the ban on street markets. A policeman was assaulted by protesters.', 'Violent demonstration'],
    ['en', 'Protests in the township resulted in the destruction of a newly built fire station.', 'Violent demonstration'],
    ['fr', 'Des violences ont éclaté dans le quartier lorsque des jeunes ont manifesté contre le recensement.', 'Violent demonstration'],
    ['fr', 'Les manifestations dans le quartier ont entraîné la destruction d\'un commissariat.', 'Violent demonstration'],
    ['fr', 'Des commerçants ont manifesté sur la place. Un policier a été agressé par des manifestants.', 'Violent demonstration'],
    // A riot named alone, pupils or community members wrecking property, houses petrol-bombed.
    ['en', 'A riot ensued in the school in which desks and chairs were broken.', 'Violent demonstration'],
    ['en', 'Pupils at the high school went on a rampage, vandalising property.', 'Violent demonstration'],
    ['en', 'Sixteen houses were petrol-bombed by community members in the settlement.', 'Violent demonstration'],
    ['en', 'Riot police were deployed in the town on Sunday.', 'Change to group/activity'],
    // The destruction a protest is about, or of the protesters' own property, is no riot of theirs.
    ['en', 'Street sellers protested after the destruction of their kiosks in the market.', 'Peaceful protest'],
    ['en', 'Residents protested over the burning of the market by unknown men.', 'Peaceful protest'],
    ['fr', 'Des commerçants ont manifesté après la destruction de leurs kiosques.', 'Peaceful protest'],
    ['fr', 'Des habitants ont protesté contre la destruction du marché.', 'Peaceful protest'],
    // « protester » is a demonstration when a crowd protests, not a government's complaint.
    ['fr', 'Des centaines de personnes ont protesté dans les rues de la capitale contre la vie chère.', 'Peaceful protest'],
    ['fr', 'Le gouvernement a protesté auprès de l\'ambassadeur contre ces propos.', undefined],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = first(text, lang)
      assert.equal(e?.subEventType, expected)
      if (expected === 'Violent demonstration') assert.match(e?.actor1?.name ?? '', /^Rioters/)
    })
  }
})

describe('events: strikes, blockades, marches and showing told of war are no protest', () => {
  const types = (text: string, lang: string) => analyze(text, lang).events.map((e) => e.subEventType)
  const protest = /protest|demonstration|Mob violence/iu
  it('strikes made on a place or a party, or by guns, are no halt of work (en)', () => {
    for (const text of [
      'The minister said it was too early to resume strikes on Alfatown.',
      'The town has been a key target of strikes against ISIS by the coalition.',
      'Citing a military source, it said the army was continuing strikes on the militants in the hills.',
      'Ten vehicles were destroyed in strikes by the artillery near Alfatown.',
    ]) assert.ok(!types(text, 'en').some((t) => protest.test(t)), `${types(text, 'en').join(', ')}: ${text}`)
    for (const text of [
      'Teachers resumed their strike over unpaid salaries on Monday.',
      'Doctors will hold a strike against the new hospital fees.',
      'Workers damaged vehicles at the depot during a strike over wages.',
    ]) assert.ok(types(text, 'en').some((t) => protest.test(t)), `${types(text, 'en').join(', ')}: ${text}`)
  })
  it('a blockade or roads closed by armed men is a siege, a crowd blocking a road protests (en)', () => {
    for (const text of [
      'More than 4,000 civilians are trapped in Alfatown under a blockade.',
      'Food became scarce after the militia blocked all roads in and out of the town.',
    ]) assert.ok(!types(text, 'en').some((t) => protest.test(t)), `${types(text, 'en').join(', ')}: ${text}`)
    assert.ok(types('Angry traders blocked the main road in Alfatown on Monday.', 'en').includes('Peaceful protest'))
  })
  it('armed men marching advance, a crowd marching protests (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'The rebels said their fighters marched five kilometres toward the dam.'],
      ['fr', 'Les rebelles ont marché sur la ville dans la nuit.'],
    ] as const) assert.ok(!types(text, lang).some((t) => protest.test(t)), `${types(text, lang).join(', ')}: ${text}`)
    for (const [lang, text] of [
      ['en', 'Thousands of women marched to the governor\'s office on Friday.'],
      ['fr', 'Des milliers de personnes ont marché vers le Parlement samedi.'],
    ] as const) assert.ok(types(text, lang).includes('Peaceful protest'), `${types(text, lang).join(', ')}: ${text}`)
  })
  it('"demonstrate" or « manifester » with a thing shown is no protest (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'The bombing demonstrated the risks still posed by the group.'],
      ['en', 'The spokesman said their actions demonstrate it is insistent on a military solution.'],
      ['fr', "Le ministre s'est rendu à Alfaville pour manifester l'engagement de la France."],
      ['fr', 'Le président a manifesté son soutien au gouvernement de transition.'],
    ] as const) assert.ok(!types(text, lang).some((t) => protest.test(t)), `${types(text, lang).join(', ')}: ${text}`)
    for (const [lang, text] of [
      ['en', 'Hundreds of students demonstrated against the fee increase in Alfatown.'],
      ['en', 'Street sweepers demonstrated to demand better wages.'],
      ['fr', 'Des milliers de personnes ont manifesté samedi à Alfaville.'],
      ['fr', 'Les habitants ont manifesté leur colère devant la mairie.'],
    ] as const) assert.ok(types(text, lang).includes('Peaceful protest'), `${types(text, lang).join(', ')}: ${text}`)
  })
})

describe('events: people evacuated, aid convoys entering and sovereignty reclaimed take no land', () => {
  const types = (text: string, lang: string) => analyze(text, lang).events.map((e) => e.subEventType)
  const land = /territory/u
  it('civilians evacuated give up nothing; armed men evacuated give up the place (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'Thousands of civilians have been evacuated from besieged areas of Alfatown in recent months.'],
      ['fr', 'Des milliers de civils ont été évacués de la ville assiégée d\'Alfaville.'],
    ] as const) assert.ok(!types(text, lang).some((t) => land.test(t)), `${types(text, lang).join(', ')}: ${text}`)
    for (const [lang, text] of [
      ['en', 'About 120 rebel fighters and their families were evacuated from the last rebel-held district of Alfatown.'],
      ['fr', "Environ 120 combattants rebelles et leurs familles ont été évacués du dernier quartier rebelle d'Alfaville."],
    ] as const) assert.ok(types(text, lang).includes('Non-violent transfer of territory'), `${types(text, lang).join(', ')}: ${text}`)
  })
  it('an aid convoy entering a town takes no land; troops entering do (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'An aid convoy carrying food entered the besieged town of Alfa on Saturday.'],
      ['fr', "Un convoi d'aide humanitaire est entré dans la ville assiégée d'Alfa samedi."],
    ] as const) assert.ok(!types(text, lang).some((t) => land.test(t)), `${types(text, lang).join(', ')}: ${text}`)
    for (const [lang, text] of [
      ['en', 'Troops entered the town of Alfa on Sunday after the rebels withdrew.'],
      ['fr', "Les soldats sont entrés dans la ville d'Alfa dimanche."],
    ] as const) assert.ok(types(text, lang).some((t) => land.test(t)), `${types(text, lang).join(', ')}: ${text}`)
  })
  it('sovereignty or dignity reclaimed is no land taken back (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'The minister said the country would reclaim its sovereignty from foreign powers.'],
      ['fr', 'Le pays veut reconquérir sa souveraineté face aux puissances étrangères.'],
    ] as const) assert.ok(!types(text, lang).some((t) => land.test(t)), `${types(text, lang).join(', ')}: ${text}`)
    assert.ok(types('The army reclaimed the town of Alfa from the rebels on Monday.', 'en').some((t) => land.test(t)))
  })
})

describe('events: who backs a party, told as a hyphenated adjective, is no act of support (en)', () => {
  const plover = (text: string) => analyze(text, 'en').events.map((e) => e.plover.type)
  it('"the US-backed alliance", "Saudi-backed rebels" describe a party', () => {
    for (const text of [
      'The US-backed alliance of Kurdish and Arab fighters broke into the city in June.',
      'Rebel groups in the town include the Saudi-backed Army of Islam.',
    ]) assert.ok(!plover(text).includes('SUPPORT'), `${plover(text).join(', ')}: ${text}`)
  })
  it('a state that backs or supports a plan still does', () => {
    for (const text of ['Washington backed the plan on Tuesday.', 'Russia supported the proposal.']) assert.ok(plover(text).includes('SUPPORT'), `${plover(text).join(', ')}: ${text}`)
  })
})

describe('events: an institution named is no meeting; a body meeting is', () => {
  const plover = (text: string, lang: string) => analyze(text, lang).events.map((e) => e.plover.type)
  it('"according to the United Nations", « selon les Nations unies », "U.N. inspectors" tell no meeting (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'According to the United Nations, 600,000 people live under siege in the country.'],
      ['en', 'The U.N. inspectors arrived in the capital on Sunday.'],
      ['fr', 'Selon les Nations unies, 600 000 personnes vivent sous le siège dans le pays.'],
      ['fr', 'La Charte des Nations unies prévoit des mesures urgentes.'],
    ] as const) assert.ok(!plover(text, lang).includes('CONSULT'), `${plover(text, lang).join(', ')}: ${text}`)
  })
  it('the Security Council that meets, « se réunit », or holds a meeting consults (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'The Security Council met behind closed doors on Monday.'],
      ['en', 'The United Nations Security Council held an emergency meeting on the crisis.'],
      ['fr', "Le Conseil de sécurité de l'ONU s'est réuni mardi pour discuter de la crise."],
    ] as const) assert.ok(plover(text, lang).includes('CONSULT'), `${plover(text, lang).join(', ')}: ${text}`)
  })
})

describe('events: allies named are a relation, not an act of cooperation (en)', () => {
  const plover = (text: string) => analyze(text, 'en').events.map((e) => e.plover.type)
  it('"its Islamist allies", "its Russian allies" tell no cooperation; cooperating does', () => {
    for (const text of [
      'Most of the province is controlled by the Nusra Front and its Islamist allies.',
      'The government and its Russian allies were not immediately available for comment.',
    ]) assert.ok(!plover(text).includes('COOPERATE'), `${plover(text).join(', ')}: ${text}`)
    assert.ok(plover('The two armies cooperated in the search for the missing pilots.').includes('COOPERATE'))
  })
})

describe('events: labour strikes and military operations against a group', () => {
  const cases: [string, string, string | undefined][] = [
    // A strike told in the passive or by its length is a protest; an air strike is not.
    ['en', 'A four-day strike was organised in the port by the dockers\' union.', 'Peaceful protest'],
    ['en', 'Strikes were held in schools across the province.', 'Peaceful protest'],
    ['en', 'Nurses are continuing to hold a strike over unpaid wages.', 'Peaceful protest'],
    ['en', 'Drone strikes were launched on the hills above the town.', 'Air/drone strike'],
    ['fr', 'Une grève de trois jours a été organisée au port par le syndicat des dockers.', 'Peaceful protest'],
    // Military operations against a named armed group are a battle; against crime they are not.
    ['en', 'Army units conducted military operations against the rebels in the hills near Tarbo.', 'Armed clash'],
    ['en', 'Joint operations were conducted against the militia in three villages.', 'Armed clash'],
    ['fr', 'L\'armée a mené des opérations militaires contre les rebelles dans les collines près de Tarbo.', 'Armed clash'],
    ['en', 'Police conducted security operations against drug traffickers in the port.', undefined],
    // Headline present tense: burning villages and homes is property destruction.
    ['en', 'Militiamen torch 5 villages near the river.', 'Looting/property destruction'],
    ['en', 'Soldiers burned Alfa village after the rebels withdrew.', 'Looting/property destruction'],
    ['en', 'Militia burn homes in Alfa and Beta.', 'Looting/property destruction'],
    // Headline present tense of harm, and strikes and crowds told by their hours and streets.
    ['en', 'Raiders injure 2 in Alfa village.', 'Attack'],
    ['en', 'Gunmen wound four at the market in Alfa.', 'Attack'],
    ['en', 'Soldiers whip villagers queuing for food in Alfa.', 'Attack'],
    ['en', '48h strike of nurses in the capital.', 'Peaceful protest'],
    ['en', 'Thousands of workers poured out on to the streets of Alfa over fuel prices.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = main(text, lang)
      assert.equal(e && e.eventType !== 'Not an ACLED event' ? e.subEventType : undefined, expected)
    })
  }
})

describe('events: armed people killed or wounded are the other side of a fight', () => {
  const first = (text: string, lang: string) => analyze(text, lang).events.find((e) => !e.flags.negated && !e.flags.hypothetical)?.subEventType
  const cases: [string, string, string][] = [
    ['en', 'Reports say the FLEC killed 12 soldiers last week in two ambushes near Alfa.', 'Armed clash'],
    ['en', 'Four soldiers were killed and others injured as their truck was attacked near Alfa.', 'Armed clash'],
    ['fr', 'Selon des témoins, le FLEC a tué douze soldats la semaine dernière dans deux embuscades près d\'Alfa.', 'Armed clash'],
    ['fr', 'Trois gendarmes ont été tués lorsque leur patrouille a été attaquée près d\'Alfa.', 'Armed clash'],
    // The doer after "by", a clause after "when" and a speaker after a comma are no victims.
    ['en', 'A farmer was shot dead by soldiers near Alfa.', 'Attack'],
    ['en', 'Two traders were killed when gunmen ambushed their bus near Alfa.', 'Attack'],
    ['en', 'Gunmen attacked the school in Alfa, killing three pupils and wounding ten others, police said.', 'Attack'],
    ['fr', 'Un paysan a été abattu par des soldats près d\'Alfa.', 'Attack'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(first(text, lang), expected))
})

describe('events: a member of the forces killed off duty, retired, at home or at a drink is a civilian victim', () => {
  const first = (text: string, lang: string) => analyze(text, lang).events.find((e) => !e.flags.negated && !e.flags.hypothetical)?.subEventType
  const cases: [string, string, string][] = [
    ['en', 'Gunmen killed an off-duty policeman in Alfa.', 'Attack'],
    ['en', 'A retired army colonel was shot dead at his home near Alfa.', 'Attack'],
    ['en', 'Gunmen killed a policeman at the checkpoint in Alfa.', 'Armed clash'],
    ['fr', 'Des hommes armés ont tué deux gendarmes en congé à Alfa.', 'Attack'],
    // Killed while at a bar, a meal or a drink, or in a bar raided: not fighting.
    ['en', 'Gunmen killed a police officer while he was drinking tea in Alfa.', 'Attack'],
    ['fr', 'Des hommes armés ont tué un policier alors qu\'il buvait un thé à Alfa.', 'Attack'],
    ['fr', 'Des hommes armés ont tué deux gendarmes à Alfa.', 'Armed clash'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(first(text, lang), expected))
})

describe('events: people shot with no doer named right after a protest were hit by the forces policing it', () => {
  const first = (text: string, lang: string) => analyze(text, lang).events.find((e) => !e.flags.negated && !e.flags.hypothetical)?.subEventType
  const cases: [string, string, string | undefined][] = [
    ['en', 'Students marched against fees in Alfa. At least two people were shot dead.', 'Excessive force against protesters'],
    ['fr', 'Des étudiants ont manifesté contre la hausse des frais à Alfa. Au moins deux personnes ont été tuées.', 'Excessive force against protesters'],
    // A killing in the protest's own sentence is what it is about; a death from fever is no attack.
    ['en', 'Students marched in Alfa against the murder of a teacher.', 'Peaceful protest'],
    ['en', 'Nurses protested in Alfa. A patient died of fever in the ward on Monday.', 'Peaceful protest'],
    ['fr', 'Des infirmières ont manifesté à Alfa. Un patient est mort de fièvre lundi.', 'Peaceful protest'],
    // A casualty denied before its trigger, however far back in the clause, is no one hit.
    ['en', 'Bakers marched in Alfa on Monday. There were no immediate reports of damage or injuries.', 'Peaceful protest'],
    ['en', 'Bakers marched in Alfa on Monday. Drivers were chased off without any reported injuries.', 'Peaceful protest'],
    ['fr', 'Des boulangers ont manifesté à Alfa lundi. Aucune information ne fait état de dégâts ni de blessés.', 'Peaceful protest'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(first(text, lang), expected))
})

describe('events: guards, rangers and a lone armed man are armed: a killing between them and an armed group is a fight', () => {
  const first = (text: string, lang: string) => analyze(text, lang).events.find((e) => !e.flags.negated && !e.flags.hypothetical)?.subEventType
  const cases: [string, string, string | undefined][] = [
    ['en', 'Rebels killed two park rangers near Alfa on Monday.', 'Armed clash'],
    ['en', 'Militants attacked prison guards in Alfa, killing three.', 'Armed clash'],
    ['en', 'Soldiers shot dead an armed man near Alfa.', 'Armed clash'],
    ['fr', 'Des rebelles ont tué deux gardes forestiers près d\'Alfa lundi.', 'Armed clash'],
    ['fr', 'Des rebelles ont tué trois gardiens de prison à Alfa.', 'Armed clash'],
    // A guard told with an article or a count is armed, one or several; a bodyguard is not.
    ['en', 'Gunmen killed a guard at the party office in Alfa.', 'Armed clash'],
    ['en', 'Assailants attacked and killed two guards at the court in Alfa.', 'Armed clash'],
    ['fr', 'Des hommes armés ont tué un garde devant le tribunal d\'Alfa.', 'Armed clash'],
    ['fr', 'Des assaillants ont tué deux gardes devant le tribunal d\'Alfa.', 'Armed clash'],
    ['en', 'Gunmen killed a bodyguard of the mayor in Alfa.', 'Attack'],
    ['fr', 'Des hommes armés ont tué un garde du corps du maire à Alfa.', 'Attack'],
    // Unarmed people stay civilians.
    ['en', 'Rebels killed two farmers near Alfa on Monday.', 'Attack'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(first(text, lang), expected))
})

describe('events: a crowd told without a name harming a person is mob violence, not an armed group attack', () => {
  const first = (text: string, lang: string) => analyze(text, lang).events.find((e) => !e.flags.negated && !e.flags.hypothetical)?.subEventType
  const cases: [string, string, string | undefined][] = [
    ['en', 'Students stabbed a teacher in Alfa on Monday.', 'Mob violence'],
    ['fr', 'Des étudiants ont poignardé un enseignant à Alfa lundi.', 'Mob violence'],
    // An armed group stays an attacker.
    ['en', 'Gunmen stabbed a teacher in Alfa on Monday.', 'Attack'],
    // A crowd setting a person ablaze or burning one alive harms a person; setting houses ablaze does not.
    ['en', 'An angry crowd set a suspected robber ablaze in Alfa.', 'Mob violence'],
    ['fr', 'Une foule a brûlé vif un voleur présumé à Alfa.', 'Mob violence'],
    ['en', 'Residents set two houses ablaze in Alfa.', 'Violent demonstration'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(first(text, lang), expected))
})

describe('events: harm to a person outranks the arrest told with it; an attack on property without harm is the damage', () => {
  const top = (text: string, lang: string) => [...analyze(text, lang).events].sort((a, b) => b.confidence - a.confidence)[0]
  const cases: [string, string, string, RegExp | null][] = [
    // [language, text, sub-event type of the most confident event, its actor 1]
    ['en', 'Police arrested and killed a trader in the market.', 'Attack', /^Police/],
    ['en', 'Soldiers arrested and beat two farmers in the village.', 'Attack', /^Military/],
    ['fr', 'Des policiers ont arrêté et tué un commerçant au marché.', 'Attack', /^Police/],
    ['en', 'Gunmen attacked the village and stole cattle. No casualties were reported.', 'Looting/property destruction', null],
    // « marché » is a market, « ont arrêté » an arrest: neither a march nor a halt.
    ['fr', 'Des commerçants ont vendu leurs produits au marché central.', '', null],
  ]
  for (const [lang, text, expected, actor1] of cases) {
    it(`${lang}: ${text}`, () => {
      const e = top(text, lang)
      assert.equal(e?.subEventType ?? '', expected)
      if (actor1) assert.match(e?.actor1?.name ?? '', actor1)
    })
  }
})

describe('events: merging a happening told at an area with the town a later mention gives', () => {
  const placeOf = (text: string, surface: string) => {
    const p = getDefaultPipeline().analyze({ input: 'places', text, language: 'en', published: '2020-06-10' }).places.find((x) => x.text === surface)
    assert.ok(p, `${surface} not found`)
    return p
  }
  const draft = (sentence: number, place: ReturnType<typeof placeOf>, geoPrecision: 1 | 2 | 3): Draft => ({
    code: 'AIR_STRIKE', score: 5, sentence, lastSentence: sentence, head: { start: sentence * 100, end: sentence * 100 + 5 }, definite: false, governsPlace: true,
    actor1: null, actor2: null, assoc1: [], place, alsoAt: [], geoPrecision, date: '2020-06-09', timePrecision: 1, dateEnd: null, dateSpan: null, historical: false, harmOnly: false, harmNamed: false, harmTold: false,
    fatalities: null, size: null, flags: { negated: false, ceased: false, hypothetical: false, reportedBy: null }, evidence: [{ start: sentence * 100, end: sentence * 100 + 50 }], rules: [],
  })
  it('a country-wide mention takes the town told inside that country', () => {
    const merged = mergeDrafts([draft(0, placeOf('Fighting in Syria.', 'Syria'), 3), draft(1, placeOf('Fighting in Kafr Nabl, Syria.', 'Kafr Nabl'), 1)])
    assert.equal(merged.length, 1)
    assert.equal(merged[0]!.place?.text, 'Kafr Nabl')
    assert.equal(merged[0]!.geoPrecision, 1)
  })
  it('a country-wide mention takes the province told inside that country', () => {
    const merged = mergeDrafts([draft(0, placeOf('Fighting in Syria.', 'Syria'), 3), draft(1, placeOf('Fighting in Idlib province.', 'Idlib'), 3)])
    assert.equal(merged.length, 1)
    assert.equal(merged[0]!.place?.text, 'Idlib')
  })
  it('a province-wide mention keeps its province against a country-wide one', () => {
    const merged = mergeDrafts([draft(0, placeOf('Fighting in Idlib province.', 'Idlib'), 3), draft(1, placeOf('Fighting in Syria.', 'Syria'), 3)])
    assert.equal(merged.length, 1)
    assert.equal(merged[0]!.place?.text, 'Idlib')
  })
  it('a province-wide mention is one happening with a town of that province, placed at the town', () => {
    const merged = mergeDrafts([draft(0, placeOf('Fighting in Idlib province.', 'Idlib'), 3), draft(1, placeOf('Fighting in Kafr Nabl, Syria.', 'Kafr Nabl'), 1)])
    assert.equal(merged.length, 1)
    assert.equal(merged[0]!.place?.text, 'Kafr Nabl')
  })
  it('the same place told more precisely by a later mention takes that precision', () => {
    const place = placeOf('Fighting in Kafr Nabl, Syria.', 'Kafr Nabl')
    const merged = mergeDrafts([draft(0, place, 2), draft(1, place, 1)])
    assert.equal(merged.length, 1)
    assert.equal(merged[0]!.geoPrecision, 1)
  })
  it('a town of another province stays another happening', () => {
    assert.equal(mergeDrafts([draft(0, placeOf('Fighting in Idlib province.', 'Idlib'), 3), draft(1, placeOf('Fighting in Palmyra, Syria.', 'Palmyra'), 1)]).length, 2)
  })
})

describe('events: a rocket or a missile held, sold or kept is no shelling', () => {
  it('a missile named as a weapon owned is no firing (fr); a missile fired is', () => {
    for (const text of [
      'Le pays a reçu des missiles S-300 livrés par la Russie.',
      'Le royaume est équipé d\'un système anti-missiles Patriot près de la frontière.',
      'Les inspecteurs ont visité un dépôt de missiles au nord de la ville.',
      'Les sanctions visent le programme de missiles du pays.',
      'Les combattants manient des kalachnikovs et des lance-roquettes dans la ville.',
    ]) {
      const got = analyze(text, 'fr').events.map((e) => e.subEventType)
      assert.ok(!got.includes('Shelling/artillery/missile attack'), `${got.join(', ')}: ${text}`)
    }
    for (const text of ['Des roquettes sont tombées sur la ville dimanche.', 'Trois missiles sol-air ont été tirés contre un avion au-dessus de la ville.']) {
      const got = analyze(text, 'fr').events.map((e) => e.subEventType)
      assert.ok(got.includes('Shelling/artillery/missile attack'), `${got.join(', ')}: ${text}`)
    }
  })
})

describe('events: prisoners named are no arrest; « s\'arrêter » stops', () => {
  it('« les détenus », « un ancien détenu » and « s\'arrêter » tell no arrest (fr); people arrested or held do', () => {
    for (const text of [
      'Les manifestants ont réclamé la libération des détenus à Homs.',
      'Des dizaines de détenus sont parvenus à s\'échapper de la prison de la ville.',
      'Un ancien détenu politique a raconté sa captivité à Homs.',
      'La ville ne s\'est pas arrêtée de vivre malgré les coupures à Homs.',
    ]) {
      const got = analyze(text, 'fr').events.map((e) => e.subEventType)
      assert.ok(!got.includes('Arrests'), `${got.join(', ')}: ${text}`)
    }
    for (const text of ['La police a arrêté trois étudiants à Homs.', 'Trois militants ont été détenus pendant deux jours à Homs.']) {
      const got = analyze(text, 'fr').events.map((e) => e.subEventType)
      assert.ok(got.includes('Arrests'), `${got.join(', ')}: ${text}`)
    }
  })
})

describe('events: « frappe » without a determiner hits; strikes planned are not made', () => {
  it('the verb « frappe » and strikes planned, threatened or put off are no air strike (fr); a strike made is', () => {
    for (const text of [
      'La crise qui frappe le pays depuis la mi-mars inquiète Damas.',
      'La pierre ricoche et frappe un garçon près de la ville.',
      'Des manifestants dénoncent les projets de frappes américaines contre le pays.',
      "L'annonce du report des frappes a soulagé les habitants de la capitale.",
    ]) {
      const got = analyze(text, 'fr').events.map((e) => e.subEventType)
      assert.ok(!got.includes('Air/drone strike'), `${got.join(', ')}: ${text}`)
    }
    for (const text of ['Une frappe a détruit un immeuble à Alep samedi.', 'Des frappes ont visé la ville samedi.']) {
      const got = analyze(text, 'fr').events.map((e) => e.subEventType)
      assert.ok(got.includes('Air/drone strike'), `${got.join(', ')}: ${text}`)
    }
  })
})

describe('events: words that tell no happening', () => {
  const types = (text: string, lang: string) => analyze(text, lang).events.map((e) => e.subEventType)
  it('« condamné » without a penalty is blame, not a sentence (fr); "condemned to death" is a sentence (en)', () => {
    for (const text of [
      'Cette frappe a été condamnée par Ankara dès samedi.',
      "L'attentat, universellement condamné, a fait trois morts à Kaboul.",
      "Les chefs de l'ancien parti sont désormais condamnés à l'exil.",
    ]) assert.ok(!types(text, 'fr').includes('Arrests'), `${types(text, 'fr').join(', ')}: ${text}`)
    for (const text of [
      'Deux militants ont été condamnés à cinq ans de prison à Tunis.',
      "L'ancien ministre a été condamné à la perpétuité lundi.",
      'Un opposant a été condamné pour trahison par un tribunal militaire.',
    ]) assert.ok(types(text, 'fr').includes('Arrests'), `${types(text, 'fr').join(', ')}: ${text}`)
    assert.ok(types('Two activists were condemned to death by a military court in the capital.', 'en').includes('Arrests'))
    assert.ok(!types('The strike was condemned by the neighbouring government.', 'en').includes('Arrests'))
  })
  it('« mort » and « décès » alone tell a death, no attack; with a number or a word of violence they tell one (fr)', () => {
    for (const text of [
      "L'ancien dictateur, mort et enterré à Djeddah, n'a jamais été jugé.",
      "L'agence avait déclaré l'ancien président cliniquement mort.",
      'Même si le décès est confirmé, personne ne prévoit de célébrations.',
      'Certains disent que ce système est mort.',
    ]) assert.deepEqual(types(text, 'fr').filter((t) => t === 'Attack'), [], text)
    for (const text of [
      'Quarante morts samedi à Homs.',
      "L'opposant est mort sous la torture dans une prison de la capitale.",
      "L'incident a fait un mort près de la frontière.",
    ]) assert.ok(types(text, 'fr').length > 0, text)
  })
  it('a gang called terrorist, Islamist or of al-Qaeda is a state\'s word for insurgents, not organised crime (fr, en)', () => {
    for (const [lang, text] of [
      ['fr', 'La télévision officielle accuse des « gangs terroristes » de semer le chaos à Hama.'],
      ['fr', "Selon le ministère, les gangs d'Al-Qaïda ont attaqué une caserne près de la ville."],
      ['en', 'State television blamed armed terrorist gangs for the unrest in Hama.'],
    ] as const) assert.ok(!types(text, lang).includes('ORG_CRIME'), `${types(text, lang).join(', ')}: ${text}`)
    for (const [lang, text] of [
      ['fr', 'Des gangs rançonnent les automobilistes sur la route de Port-au-Prince.'],
      ['en', 'Gangs extorted drivers on the road to the port.'],
    ] as const) assert.ok(types(text, lang).includes('ORG_CRIME'), `${types(text, lang).join(', ')}: ${text}`)
  })
  it('people reported missing were not taken: no abduction without a taker (fr)', () => {
    for (const text of [
      'Après le séisme, des centaines de personnes sont mortes ou portées disparues dans la région.',
      'Deux marins sont toujours portés disparus au large de la côte.',
    ]) assert.ok(!types(text, 'fr').includes('Abduction/forced disappearance'), `${types(text, 'fr').join(', ')}: ${text}`)
    assert.ok(types('Des hommes armés ont enlevé deux marins au large de la côte.', 'fr').includes('Abduction/forced disappearance'))
  })
})

describe('events: ties, an embassy or the word « diplomatique » named tell no meeting', () => {
  const plover = (text: string, lang: string) => analyze(text, lang).events.map((e) => e.plover.type)
  it('relations, an embassy as a place and the adjective are no consultation (fr); a meeting, an embassy reopened, a mission sent are', () => {
    for (const text of [
      'Les relations entre Rabat et Madrid datent de plusieurs siècles.',
      "Une source diplomatique européenne a confirmé l'information jeudi.",
      "Des étudiants ont chanté devant l'ambassade de Tunisie à Rome.",
    ]) assert.ok(!plover(text, 'fr').includes('CONSULT'), `${plover(text, 'fr').join(', ')}: ${text}`)
    for (const text of [
      "L'Espagne rouvre son ambassade à Tripoli.",
      'Le Brésil a envoyé une mission diplomatique à Damas en août.',
      'Le ministre a rencontré son homologue russe à Genève.',
    ]) assert.ok(plover(text, 'fr').includes('CONSULT'), `${plover(text, 'fr').join(', ')}: ${text}`)
    for (const text of ["L'Espagne a fermé son ambassade à Damas.", 'Le Maroc a rompu ses relations avec Téhéran.']) {
      assert.ok(plover(text, 'fr').includes('SANCTION'), `${plover(text, 'fr').join(', ')}: ${text}`)
    }
  })
  it('relations named are no consultation (en); an embassy closed cuts relations', () => {
    const text = 'Relations between Rabat and Madrid go back several centuries.'
    assert.ok(!plover(text, 'en').includes('CONSULT'), `${plover(text, 'en').join(', ')}: ${text}`)
    assert.ok(plover('Spain closed its embassy in Damascus on Monday.', 'en').includes('SANCTION'))
  })
})

describe('events: a state\'s government and its forces are one side', () => {
  const full = getDefaultPipeline()
  const sides = (text: string, language: string) => full.analyze({ input: 'test', text, language, published: '2020-06-10' }).events
    .filter((e) => e.eventType !== NOT_ACLED).map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null])
  it('the regime named beside an air strike by its forces is not their target (en, fr)', () => {
    for (const [lang, text] of [
      ['en', 'Syrian army warplanes struck a hospital in the town of Saraqib on Monday, the Syrian regime said.'],
      ['fr', "L'aviation de l'armée syrienne a bombardé un hôpital de la ville de Saraqib lundi, a affirmé le régime syrien."],
    ] as const) {
      const got = sides(text, lang)
      assert.ok(got.length > 0, text)
      for (const [a1, a2] of got) assert.ok(!(a1?.startsWith('Military Forces of Syria') && a2?.startsWith('Government of Syria')), `${a1} / ${a2}: ${text}`)
    }
  })
  it('soldiers and police of one state may still fight each other (en, fr)', () => {
    assert.deepEqual(sides('Soldiers clashed with police officers in the Syrian town of Hama on Monday.', 'en'), [['Military Forces of Syria (2000-)', 'Police Forces of Syria']])
    assert.deepEqual(sides('Des soldats se sont affrontés à des policiers lundi dans la ville syrienne de Hama.', 'fr'), [['Military Forces of Syria (2000-)', 'Police Forces of Syria']])
  })
})

describe('events: a ceasefire line is a place, not an agreement', () => {
  for (const [lang, text] of [
    ['en', 'An Israeli air strike hit a village on the ceasefire line on Wednesday.'],
    ['fr', 'Une frappe aérienne israélienne a visé un village proche de la ligne de cessez-le-feu mercredi.'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(analyze(text, lang).events.map((e) => e.subEventType), ['Air/drone strike']))
  }
})

describe('events: where a statement was made is no scene of what it reports', () => {
  for (const [lang, text] of [
    ['en', 'Opposition leader George Sabra said in Istanbul that the chemical attack had killed 1,300 people near Damascus.'],
    ['fr', "Le chef de l'opposition a déclaré à Istanbul que l'attaque chimique avait tué 1300 personnes près de Damas."],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events
      assert.deepEqual(events.map((e) => [e.subEventType, e.location?.countryCode ?? null]), [['Chemical weapon', 'SY']])
    })
  }
})

describe('events: a description named from its country keeps the actor id of that name', () => {
  for (const [lang, text] of [
    ['en', 'Dozens of people were killed in air strikes on the Syrian town of Saraqib on Monday.'],
    ['fr', 'Des dizaines de personnes ont été tuées lundi dans des frappes aériennes sur la ville syrienne de Saraqib.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const [e] = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2017-04-04' }).events
      assert.deepEqual([e?.actor2?.name, e?.actor2?.actorId], ['Civilians (Syria)', 'civilians@SY'])
    })
  }
})

describe('events: a monitor watching a country votes for that country, not for where it is based', () => {
  for (const [lang, text] of [
    ['en', 'The Britain-based Syrian Observatory for Human Rights said 12 civilians were killed in air strikes on the town.'],
    ['fr', "L'Observatoire syrien des droits de l'homme, basé à Londres, a fait état de 12 civils tués dans des frappes aériennes sur la ville."],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events
      assert.deepEqual(events.map((e) => e.actor2?.name), ['Civilians (Syria)'])
    })
  }
})

describe('events: a strike from afar never has its doer as its target', () => {
  for (const [lang, text] of [
    ['en', "In the morning the Syrian army's air force conducted airstrikes against positions and dens of terrorists near the town of Qaryatain."],
    ['fr', "Dans la matinée, l'aviation de l'armée syrienne a bombardé des positions et des repaires de terroristes près de la ville de Qaryatain."],
    // Nor ground taken, nor weapons seized, from oneself.
    ['en', 'Regime forces and their allies gained control of positions and heights near the Syrian town of Mayadeen.'],
    ['en', 'Units of the Syrian army destroyed a mortar base and many vehicles near the town of Quneitra.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const events = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.filter((e) => e.eventType !== NOT_ACLED)
      assert.ok(events.length > 0, text)
      for (const e of events) assert.notEqual(e.actor2?.name ?? null, e.actor1?.name ?? null, `${e.actor1?.name} / ${e.actor2?.name}`)
    })
  }
})

describe('events: people described are the arrested, never who arrests', () => {
  for (const [lang, text] of [
    ['en', 'Around a hundred people arrested in a series of roundups in the Syrian town of Hama.'],
    ['fr', "Les services de sécurité syriens exigent des personnes arrêtées à Hama qu'elles livrent leurs mots de passe."],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const arrests = getDefaultPipeline().analyze({ input: 'test', text, language: lang, published: '2016-06-10' }).events.filter((e) => e.subEventType === 'Arrests')
      assert.ok(arrests.length > 0, text)
      for (const e of arrests) assert.notEqual(e.actor1?.name, 'Civilians (Syria)', `${e.actor1?.name} / ${e.actor2?.name}`)
    })
  }
})

describe('events: a bomb attack is an explosion, not an attack by hand', () => {
  const cases: [string, string, string][] = [
    ['en', 'A bomb attack on a market in Homs killed eight people.', 'Remote explosive/landmine/IED'],
    ['fr', 'Un attentat à la bombe a tué huit personnes sur un marché de Homs.', 'Remote explosive/landmine/IED'],
    ['fr', 'Une attaque à la bombe contre un marché de Homs a fait huit morts.', 'Remote explosive/landmine/IED'],
    // Bombs dropped from the air stay an air strike.
    ['en', 'A barrel bomb attack on Aleppo killed five civilians.', 'Air/drone strike'],
  ]
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.equal(main(text, lang)?.subEventType, expected))
})
