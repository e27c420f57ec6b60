/** English event suite: sentences written for this repository, one behaviour each. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Event } from '../src/doc/schema.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'

const analyze = (text: string) => getDefaultPipeline().analyze({ input: 'en-suite', text, language: 'en', published: '2021-04-14' })
const top = (text: string): Event | undefined => [...analyze(text).events].sort((a, b) => b.confidence - a.confidence)[0]

describe('events (en): ACLED role conventions', () => {
  it('a protest has protesters as actor 1', () => assert.match(top('Hundreds of nurses marched to the ministry to demand unpaid wages.')?.actor1?.name ?? '', /^Protesters/))
  it('a riot has rioters as actor 1', () => assert.match(top('Angry youths threw stones at the police and torched a bus during the protest.')?.actor1?.name ?? '', /^Rioters/))
  it('an attack on civilians with no named victim targets civilians', () => assert.match(top('Gunmen shot dead three people on Sunday.')?.actor2?.name ?? '', /^Civilians/))
  it('an attack on soldiers is a battle', () => assert.equal(top('Militants attacked an army checkpoint overnight.')?.eventType, 'Battles'))
  it('clashes between two parties name both', () => {
    const e = top('Clashes between soldiers and rebels erupted near the border.')
    assert.equal(e?.actor1?.inter, 1)
    assert.equal(e?.actor2?.inter, 2)
  })
})

describe('events (en): one event per happening', () => {
  it('a repeated mention merges, keeping both evidence spans', () => {
    const text = 'Protesters gathered outside parliament on Monday. The protest lasted until the evening.'
    const events = analyze(text).events.filter((e) => e.eventType === 'Protests')
    assert.equal(events.length, 1)
    assert.ok(events[0]!.evidence.filter((s) => /[Pp]rotest/.test(text.slice(s.start, s.end))).length >= 2)
  })
  it('a grievance is not an event of its own', () => {
    const events = analyze('Students protested against the killing of a classmate.').events
    assert.deepEqual(events.map((e) => e.eventType), ['Protests'])
  })
  it('a killing and a recalled battle on another date are two events', () => {
    const events = analyze('Gunmen killed two villagers on Monday. The village had been captured by rebels in March 2019.').events
    assert.equal(events.filter((e) => e.flags.historical).length, 1)
    assert.equal(events.filter((e) => !e.flags.historical).length, 1)
  })
})

describe('events (en): not ACLED events', () => {
  const cases: [string, string][] = [
    ['Flooding displaced thousands of families along the river.', 'NATURAL_DISASTER'],
    ['The foreign minister expelled two diplomats from the embassy.', 'DIPLO'],
    ['The group claimed responsibility for the bombing.', 'ATTRIB'],
  ]
  for (const [text, label] of cases) {
    it(text, () => {
      const e = top(text)
      assert.equal(e?.eventType, 'Not an ACLED event')
      assert.equal(e?.subEventType, label)
    })
  }
})

describe('events (en): counts', () => {
  it('"a total of 32" is 32', () => assert.equal(top('Security forces killed a total of 32 militants near the border.')?.fatalities, 32))
})

describe('events (en): two triggers of one code share the date', () => {
  it('"took to the streets, protesting…" is one protest dated by its clause', () => {
    const events = analyze('People of Kano on 03/02 took to the streets, protesting the closure of the old market by the council.').events.filter((e) => e.eventType === 'Protests')
    assert.ok(events.length > 0)
    for (const e of events) assert.equal(e.date, '2021-02-03')
  })
})

describe('events (en): a party attacked is its unarmed members', () => {
  it('gunmen attacking a party official: violence against civilians', () => assert.equal(top('Unidentified gunmen attacked an APC councillor near the market in Kano.')?.subEventType, 'Attack'))
  it('militants attacking a peacekeeping convoy: a battle', () => assert.equal(top('Militants attacked an AMISOM convoy near the market in Baidoa.')?.eventType, 'Battles'))
})

describe('events (en): the party that runs what was hit plays no role', () => {
  it('a hospital run by the Red Crescent was bombed: not the Red Crescent\'s strike', () => {
    const e = top('A hospital run by the Red Crescent was bombed in Idlib on Monday.')
    assert.doesNotMatch(e?.actor1?.name ?? '', /Red Cross|Red Crescent/)
  })
  it('an attack on a camp run by the UN that killed people is violence against civilians', () => {
    const e = top('The attack on a camp run by the United Nations killed five people in Juba.')
    assert.equal(e?.subEventType, 'Attack')
    assert.doesNotMatch(e?.actor1?.name ?? '', /United Nations/)
  })
})

describe('events (en): people harmed outside a demonstration are civilians', () => {
  it('students beaten in their dormitory: an attack on civilians, not force against protesters', () => {
    const e = top('Soldiers beat students in their dormitory at the university in Gulu.')
    assert.equal(e?.subEventType, 'Attack')
    assert.match(e?.actor2?.name ?? '', /^Civilians/)
  })
  it('a crowd fired on at a market: an attack on civilians', () => assert.equal(top('A gunman opened fire on a crowd at the market in Baidoa, killing three.')?.subEventType, 'Attack'))
  it('nurses shot dead are civilians, read from "nurses"', () => {
    const text = 'Gunmen shot dead two nurses at a clinic in Bangui.'
    const e = top(text)
    assert.match(e?.actor2?.name ?? '', /^Civilians/)
    assert.equal(e?.actor2?.span ? text.slice(e.actor2.span.start, e.actor2.span.end) : null, 'nurses')
  })
  it('protesters fired on are still force against protesters', () => assert.equal(top('Police opened fire on protesters in Gulu, killing two.')?.subEventType, 'Excessive force against protesters'))
})

describe('events (en): a toll told apart is the happening\'s, not another attack', () => {
  it('wounded people arriving after a strike: one event, the strike', () => {
    const events = analyze('Air strikes hit the town of Kafr Nabl on Tuesday, killing at least 12 people. Wounded people arrived at a makeshift clinic.').events
    assert.deepEqual(events.map((e) => e.subEventType), ['Air/drone strike'])
    assert.equal(events[0]!.fatalities, 12)
  })
  it('civilians wounded after shelling are its target', () => {
    const events = analyze('Government forces shelled Tujur. Several civilians were wounded.').events
    assert.equal(events.length, 1)
    assert.match(events[0]!.actor2?.name ?? '', /^Civilians/)
  })
  it('armed dead named apart are a happening of their own', () => {
    assert.equal(analyze('Gunmen attacked a market in Gulu on Monday. Two soldiers were killed in Kitgum on Tuesday.').events.length, 2)
  })
})

describe('events (en): a headline takes the date its story tells', () => {
  it('an undated headline and a dated sentence are one event, on the stated day', () => {
    const text = 'Air strikes on Kafr Nabl kill 12\nWarplanes carried out air strikes on Kafr Nabl on Monday, killing 12 people.'
    const events = analyze(text).events
    assert.equal(events.length, 1)
    assert.equal(events[0]!.date, '2021-04-12')
    assert.equal(events[0]!.dateSpan ? text.slice(events[0]!.dateSpan.start, events[0]!.dateSpan.end) : null, 'Monday')
  })
})

describe('events (en): aircraft that bomb make one air strike', () => {
  it('warplanes bombed a town: one air strike, not also a shelling', () => {
    assert.deepEqual(analyze('Warplanes bombed Tujur on Monday.').events.map((e) => e.subEventType), ['Air/drone strike'])
  })
  it('helicopters shelled a village: an air strike by a state', () => {
    const e = top('Government helicopters shelled the village.')
    assert.equal(e?.subEventType, 'Air/drone strike')
    assert.equal(e?.actor1?.inter, 1)
  })
})

describe('events (en): a headline in a province and its story in a town are one event', () => {
  it('placed at the town, dated by the story', () => {
    const events = analyze('Syria: air strikes kill dozens in Idlib province\nAir strikes hit the town of Kafr Nabl on Monday morning, killing at least 40 people.').events
    assert.equal(events.length, 1)
    assert.equal(events[0]!.location?.name, 'Kafranbel')
    assert.equal(events[0]!.date, '2021-04-12')
    assert.equal(events[0]!.fatalities, 40)
  })
})

describe('events (en): ground forces are a state\'s forces', () => {
  it('ground forces clashed with militants: the state\'s forces against them', () => {
    const e = top('Ground forces clashed with militants near the Pepsi factory in Benghazi.')
    assert.match(e?.actor1?.name ?? '', /^Military Forces of Libya/)
  })
})

describe('events (en): the date of the source dates no event', () => {
  it('"last week (source dated 15/02)": the week before the source, told by "last week"', () => {
    const text = 'Party members staged a protest last week (source dated 15/02) in Kuje.'
    const e = top(text)!
    assert.equal(e.dateSpan ? text.slice(e.dateSpan.start, e.dateSpan.end) : null, 'last week')
    assert.match(e.date ?? '', /^2021-02-(0[7-9]|1[0-3])$/)
  })
  it('a happening told with no date of its own is dated by its source, not by the publication', () => {
    const text = 'Residents protested against a new county law in Kirinyaga. Date of the protest not known, source dated 04/04.'
    const e = top(text)!
    assert.equal(e.date, '2021-04-04')
    assert.equal(e.dateSpan ? text.slice(e.dateSpan.start, e.dateSpan.end) : null, '04/04')
  })
})

describe('events (en): every field points at its words', () => {
  const words = (text: string, s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null)
  it('actors and the date carry the span they were read from', () => {
    const text = 'Rebel fighters of the Northern Front attacked an army base in Gulu on 3 March, killing four soldiers.'
    const e = top(text)!
    // ACLED lists the state first whoever attacked: actor 1 is the army, read from its words.
    assert.match(e.actor1?.name ?? '', /^Military Forces/)
    assert.match(words(text, e.actor1?.span) ?? '', /army|soldiers/)
    assert.match(words(text, e.actor2?.span) ?? '', /fighters|Northern Front/)
    assert.equal(words(text, e.dateSpan), '3 March')
  })
  it('a party supplied by a coding convention, and a date taken from publication, have no span', () => {
    const text = 'Hundreds of nurses marched to the ministry to demand unpaid wages.'
    const e = top(text)!
    assert.match(e.actor1?.name ?? '', /^Protesters/)
    assert.equal(e.actor1?.span, null)
    assert.equal(e.dateSpan, null)
    assert.equal(e.date, '2021-04-14')
  })
})

describe('events (en): a country feed\'s hint', () => {
  const hinted = (text: string, country: string) =>
    getDefaultPipeline().analyze({ input: 'en-suite', text, language: 'en', published: '2021-04-14', country }).events[0]
  it('gives generic actors of a note naming no known place the hint\'s country', () => {
    const text = 'Soldiers killed two farmers in Dagaxo Bure village on Monday.'
    assert.equal(top(text)?.actor1?.name, 'Military Forces')
    assert.equal(hinted(text, 'ET')?.actor1?.name, 'Military Forces of Ethiopia')
  })
  it('does not move a text plainly about another country into the hint\'s', () => {
    const e = hinted('Police fired on protesters in Nairobi, Kenya, on Monday. In Nairobi, shops closed. Residents of Nairobi, Kenya, said the police shot two men.', 'ET')
    assert.equal(e?.location?.countryCode, 'KE')
    assert.match(e?.actor1?.name ?? '', /^Police Forces of Kenya/)
  })
})

describe('events (en): forces named by their country or their government', () => {
  it('a country\'s name before a force word is its forces, like its nationality word ("Uganda forces")', () => {
    const e = top('Uganda forces killed three cattle raiders near the border on Monday.')
    assert.equal(e?.actor1?.name, 'Military Forces of Uganda')
  })
  it('"government soldiers" are the army, not the government', () => {
    const e = top('Rebels of the Oromo Liberation Army killed five government soldiers near Nekemte in Ethiopia.')
    assert.deepEqual([e?.actor1?.name, e?.actor2?.name].sort(), ['Military Forces of Ethiopia', 'OLA: Oromo Liberation Army'])
  })
  it('security agents are the police\'s, not the army\'s', () => {
    const e = top('Security agents beat two activists in Khartoum, Sudan, on Monday.')
    assert.equal(e?.actor1?.name, 'Police Forces of Sudan')
  })
  it('a commando unit of a nationality is that country\'s forces', () => {
    const e = top('A Kenyan commando unit killed six militants during a raid on a camp near Lamu.')
    assert.equal(e?.actor1?.name, 'Military Forces of Kenya')
  })
  it('a harmed object set apart by quotation marks is still the object (killed three "militants")', () => {
    const e = top('Egyptian troops killed three "militants" near Arish on Sunday.')
    assert.equal(e?.subEventType, 'Armed clash')
    assert.match(e?.actor2?.name ?? '', /^Unidentified Armed Group/)
  })
})

describe('events (en): parties joined by any joint of a list', () => {
  it('"as well as" joins a coordinated subject: its head leads, the other is associated', () => {
    const e = top('Soldiers as well as police officers attacked a Boko Haram camp near Bama on Monday.')
    assert.equal(e?.actor1?.name, 'Military Forces of Nigeria')
    assert.deepEqual(e?.assocActor1.map((a) => a.name), ['Police Forces of Nigeria'])
  })
})

describe('events (en): the doer after "by" and its modifiers', () => {
  it('a name told as the last modifier before the doer\'s description ("by alleged Ninja militiamen")', () => {
    const e = top('Nine vehicles were set on fire by alleged Ninja militiamen near Kindamba on Monday.')
    assert.match(e?.actor1?.name ?? '', /^Unidentified Armed Group/)
    assert.equal(e?.actor2, null)
  })
  it('names before it are parties of their own, not modifiers ("brokered by Moscow, Ankara and Tehran")', () => {
    const e = analyze('The truce was brokered by Moscow Ankara and Tehran in May.').events.find((x) => x.actor1)
    assert.notEqual(e?.actor1?.actorId, 'government-ir')
  })
})

describe('events (en): a bomb planted, an act attempted', () => {
  it('a bomb planted by a group is its explosive attack, even at a gas pipeline', () => {
    const e = top('Militants planted a bomb that exploded near the main gas pipeline in Arish on Monday.')
    assert.equal(e?.subEventType, 'Remote explosive/landmine/IED')
    assert.match(e?.actor1?.name ?? '', /^Unidentified Armed Group/)
  })
  it('someone "trying to" plant a bomb did not: the act is hypothetical', () => {
    const events = analyze('A man was arrested while trying to plant a bomb outside the embassy in Tripoli.').events.filter((e) => e.subEventType === 'Remote explosive/landmine/IED')
    assert.ok(events.every((e) => e.flags.hypothetical))
  })
})

describe('events (en): a party on patrol, air forces and drones of a nationality', () => {
  it('"forces on a patrol": the patrol tells what the forces do, it is no party of its own', () => {
    assert.equal(top('Puntland security forces on a patrol arrested a man in Garowe on Monday.')?.actor1?.name, 'Military Forces of Puntland')
  })
  it('a nationality\'s air force is that country\'s forces', () => {
    assert.match(top('Kenyan air forces bombed al Shabaab positions near Kismayo on Monday.')?.actor1?.name ?? '', /Kenya/)
  })
  it('so is a drone told by its country\'s name ("a US drone")', () => {
    assert.equal(top('A US drone struck a car near Jilib on Monday.')?.actor1?.name, 'Military Forces of United States')
  })
  it('a drone of a nationality is that country\'s forces', () => {
    assert.equal(top('An American drone struck a car near Jilib on Monday.')?.actor1?.name, 'Military Forces of United States')
  })
})

describe('events (en): a people\'s or clan\'s militia and its country', () => {
  it('takes the country its people lives in when no place says one ("Bari militia": South Sudan)', () => {
    const e = top('Bari militia attacked Dinka herders near Lobonok on Monday, killing five.')
    assert.equal(e?.actor1?.name, 'Bari Ethnic Militia (South Sudan)')
  })
  it('a camp the gazetteer knows only as a namesake abroad does not move the militia abroad', () => {
    const e = top('Abala militia kidnapped two men from Kalma camp on Monday.')
    assert.equal(e?.actor1?.name, 'Abala Ethnic Militia (Sudan)')
    assert.notEqual(e?.location?.countryCode, 'SE')
    // The people of one country say the event's country: its victims are Sudan's civilians.
    assert.equal(e?.actor2?.name, 'Civilians (Sudan)')
  })
  it('a people\'s name going on in a common noun is the people, no namesake town ("an Abala man")', () => {
    const a = analyze('Salamat militia shot and injured an Abala man in Mukjar market on Monday.')
    assert.ok(!a.places.some((p) => p.countryCode === 'MX'))
  })
  it('names a clan militia as ACLED spells it ("Jajele gunmen": Jejele Clan Militia)', () => {
    assert.match(top('Jajele gunmen killed two farmers near Jowhar, Somalia, on Monday.')?.actor1?.name ?? '', /^Jejele Clan Militia/)
  })
})

describe('events (en): a protest is not force against protesters because of the words around it', () => {
  const types = (text: string) => analyze(text).events.map((e) => e.subEventType)
  it('workers who "responded to the call" to protest met no force', () => {
    assert.ok(!types('Hundreds of workers responded to the call of the unions to hit the streets in protest in Kumasi.').includes('Excessive force against protesters'))
  })
  it('a protester who set herself on fire and died was not killed by force', () => {
    assert.ok(!types('A street vendor set herself on fire to protest the seizure of her goods; she died in hospital two days later.').includes('Excessive force against protesters'))
  })
  it('"protest the killing of…" names the grievance, not force against the crowd', () => {
    assert.ok(!types('Villagers of Duku protest the recent killing of three detainees by the military.').includes('Excessive force against protesters'))
  })
})

describe('events (en): the forces a crowd met', () => {
  it('are the other side of its riot, named anywhere in its sentence', () => {
    const e = top('Rioting students at the University of Toamasina set up roadblocks, vandalised property and clashed with police.')
    assert.equal(e?.subEventType, 'Violent demonstration')
    assert.match(e?.actor2?.name ?? '', /^Police Forces/)
  })
})

describe('events (en): arrests the police make right after a protest', () => {
  it('are its intervention: one protest with intervention, the police its other side', () => {
    const events = analyze('Students protested against fee increases in Eldoret on Monday. Police made 15 arrests.').events
    assert.deepEqual(events.map((e) => e.subEventType), ['Protest with intervention'])
    assert.match(events[0]!.actor2?.name ?? '', /^Police Forces/)
  })
})

describe('events (en): the people arrested', () => {
  it('are civilians when no armed party is named', () => {
    assert.match(top('Eight local leaders were arrested in Nyamilima, Congo, on Monday.')?.actor2?.name ?? '', /^Civilians/)
  })
  it('by the authorities: the police arrested them', () => {
    assert.equal(top('The authorities arrested a journalist in Djibouti on Monday.')?.actor1?.name, 'Police Forces of Djibouti')
  })
  it('stay the armed group when it is named', () => {
    assert.match(top('Police arrested three Boko Haram fighters in Maiduguri on Monday.')?.actor2?.name ?? '', /^Boko Haram/)
  })
})

describe('events (en): what met a crowd recalled from months before', () => {
  it('arrests right after it are still its intervention', () => {
    const events = analyze('Students protested against fee increases in Eldoret on 2 January. Police made 15 arrests.').events
    assert.deepEqual(events.map((e) => e.subEventType), ['Protest with intervention'])
    assert.match(events[0]!.actor2?.name ?? '', /^Police Forces/)
  })
})

describe('events (en): shots fired in the air', () => {
  it('harm no one: no force against the protesters', () => {
    for (const text of ['Residents protested against power cuts in Eldoret on Monday. Police opened fire in the air.', 'Residents protested against power cuts in Eldoret on Monday. Police intervened and shot in the air.']) {
      assert.ok(!analyze(text).events.some((e) => e.subEventType === 'Excessive force against protesters'), text)
    }
  })
})

describe('events (en): the forces told intervening in a crowd without naming it', () => {
  it('in the next sentence or by "met by": its other side, a protest with intervention', () => {
    for (const text of ['Hundreds of unemployed people marched in Rabat to demand government jobs. Police intervened to disperse them.', 'Residents protested against the land law in Deder on Monday and were met by police forces.']) {
      const events = analyze(text).events
      assert.deepEqual(events.map((e) => e.subEventType), ['Protest with intervention'], text)
      assert.match(events[0]!.actor2?.name ?? '', /^Police Forces/)
    }
  })
  it('forces only deployed did not intervene', () => {
    const events = analyze('Residents rioted at shops in Lusaka on Monday. Police deployed.').events
    assert.equal(events[0]?.actor2, null)
  })
})

describe('events (en): harm told with a blast', () => {
  it('in light words ("injured… after the detonation of a bomb") or a participle ("wounding several") hit civilians', () => {
    for (const text of ['Two people were badly injured in Gitega after the detonation of a bomb.', 'Men on motorbikes threw two grenades in Gitega on Monday, wounding several.']) {
      assert.match(top(text)?.actor2?.name ?? '', /^Civilians/, text)
    }
  })
})

describe('events (en): arrests told without who made them right after a protest', () => {
  it('are the police\'s intervention in it', () => {
    for (const text of ['Supporters of the party protested in Enugu on Monday. Several arrests were reported.', 'Students protested against fee increases in Eldoret on Monday. Fifteen were arrested.']) {
      const events = analyze(text).events
      assert.deepEqual(events.map((e) => e.subEventType), ['Protest with intervention'], text)
      assert.match(events[0]!.actor2?.name ?? '', /^Police Forces/)
    }
  })
})

describe('events (en): the forces told responding to a crowd', () => {
  it('("Soldiers responded", "a military response") are its other side', () => {
    for (const text of ['Students protested at the university in Awasa on Monday. Soldiers reportedly responded violently.', 'Students protested at the university in Awasa on Monday. A heavy military response was reported.']) {
      assert.match(analyze(text).events[0]?.actor2?.name ?? '', /^Military Forces/, text)
    }
  })
})

describe('events (en): what is feared has not happened', () => {
  it('"for fear of being arrested", "for fear of new shelling" are hypothetical', () => {
    for (const text of [
      'Traders in Gao closed their shops for fear of being arrested by the gendarmes.',
      'Families left the district for fear of new shelling.',
    ]) {
      const events = analyze(text).events.filter((e) => e.eventType !== 'Not an ACLED event')
      assert.ok(events.length > 0, text)
      for (const e of events) assert.equal(e.flags.hypothetical, true, text)
    }
  })
})

describe('events (en): what is demanded has not happened', () => {
  it('"demanded a ceasefire", "demanding air strikes" are hypothetical', () => {
    for (const text of [
      'The rebels demanded an immediate ceasefire in Bunia.',
      'The chiefs are demanding air strikes on the rebel camps near Bunia.',
    ]) {
      const events = analyze(text).events.filter((e) => e.eventType !== 'Not an ACLED event')
      assert.ok(events.length > 0, text)
      for (const e of events) assert.equal(e.flags.hypothetical, true, `${e.subEventType}: ${text}`)
    }
  })
})

describe('events (en): "rebels" are not a jihadist group named once elsewhere', () => {
  it('al-Qaeda named in an accusation is not the doer of the rebels\' attack', () => {
    const events = analyze('Gaddafi blamed al-Qaeda for the unrest in Benghazi. Rebels attacked an army barracks in Brega on Monday.').events
    // The army whose barracks were attacked is the other side, listed first by ACLED's state-first convention.
    const battle = events.find((e) => e.eventType === 'Battles')
    assert.deepEqual([battle?.actor1?.name, battle?.actor2?.name], ['Military Forces of Libya', 'Rebel Forces (Libya)'])
  })
})

describe('events (en): what is signed is an agreement only when it is one', () => {
  for (const text of [
    'The president signed a decree freezing the assets of the family in Tripoli.',
    'The interim government signed two contracts to buy wheat from France in Tripoli.',
  ]) it(text, () => assert.ok(!analyze(text).events.some((e) => e.subEventType === 'Agreement'), text))
  it('a pact or a treaty signed stays an agreement', () => {
    for (const text of ['A non-aggression pact was signed in Bria between the two militias.', 'The two countries signed in August a treaty of friendship in Benghazi.']) {
      assert.ok(analyze(text).events.some((e) => e.subEventType === 'Agreement'), text)
    }
  })
})

describe('events (en): a party told as backed by another', () => {
  it('a party described by its backer makes no act of support; a plan backed by a state does', () => {
    assert.equal(analyze('The Seleka rebels backed by Chad arrived in Bangui on Monday.').events.some((e) => e.subEventType === 'DIPLO'), false)
    assert.ok(analyze('The peace plan was backed by Algeria on Monday.').events.some((e) => e.subEventType === 'DIPLO'))
  })
})

describe('events (en): strikes told as blows of war', () => {
  it('strikes told with the party that flies them or with the harm they did are air strikes', () => {
    for (const text of [
      'Russian strikes killed 34 civilians in Deir Ezzor on Sunday.',
      'The strikes killed five people in Idlib on Sunday.',
      'Twelve people were killed in the strikes on the town of Harem on Sunday.',
    ]) assert.equal(top(text)?.subEventType, 'Air/drone strike', text)
    assert.equal(top('Russian strikes killed 34 civilians in Deir Ezzor on Sunday.')?.actor1?.name, 'Military Forces of Russia')
  })
  it('a strike of workers stays a protest, and people killed in a strike are no air strike', () => {
    assert.equal(top('Teachers went on strike in Harare on Monday over unpaid wages.')?.eventType, 'Protests')
    assert.notEqual(top('Two people were killed in a strike in Tshwane on Monday.')?.subEventType, 'Air/drone strike')
  })
})

describe('events (en): harm named by nouns has no doer among the people before it', () => {
  it('people who carry the injured are no mob', () => {
    for (const text of ['Rescue workers rushed dozens of injured to the nearby hospital on Monday.', 'Villagers rushed the wounded to the clinic in Gulu on Monday.']) {
      assert.equal(analyze(text).events.some((e) => e.eventType === 'Riots'), false, text)
    }
  })
})

describe('events (en): a headline\'s list of harm participles', () => {
  it('"N Fighters Killed, N Injured" in title case names the harmed, not the doer', () => {
    const e = analyze('Mon Jul 11 2016 175 Nusra Terrorists Killed Injured in Castello Road in Aleppo.').events.find((x) => x.eventType !== 'Not an ACLED event')
    assert.notEqual(e?.actor1?.name, 'Jabhat al-Nusra')
    assert.equal(e?.actor2?.name, 'Jabhat al-Nusra')
  })
  it('"ten fighters killed 12 injured" has the fighters as the harmed', () => {
    const e = analyze('Ten Boko Haram fighters killed 12 injured near Maiduguri on Monday.').events.find((x) => x.eventType !== 'Not an ACLED event')
    assert.equal(e?.eventType, 'Battles')
    assert.match(e?.actor2?.name ?? '', /^Boko Haram/)
  })
})

describe('events (en): what a plan or a proposal lists is not done', () => {
  const hyp = (text: string, code: string) => analyze(text).events.filter((e) => e.subEventType === code).every((e) => e.flags.hypothetical)
  it('"a plan providing for the release of detainees and the withdrawal of troops": nothing done', () => {
    const events = analyze('The League presented in Homs a plan providing for an end to violence, the release of detainees and the withdrawal of troops from the cities.').events
    assert.ok(events.length > 0 && events.every((e) => e.flags.hypothetical))
  })
  it('"proposed a ceasefire": an agreement proposed, not concluded', () => {
    assert.ok(hyp('The Arab League on Tuesday proposed a ceasefire to both sides in Homs.', 'Agreement'))
  })
  it('another clause after the list stays told as done', () => {
    const e = analyze('The plan provided for a truce, but troops withdrew from Homs on Tuesday.').events.find((x) => x.subEventType === 'Non-violent transfer of territory')
    assert.equal(e?.flags.hypothetical, false)
  })
})

describe('events (en): the place where people met or spoke is no party', () => {
  const parties = (text: string) => analyze(text).events.flatMap((e) => [e.actor1?.name, e.actor2?.name])
  it('"talks in Moscow", "a news conference in Lima": the place, not a party', () => {
    assert.ok(!parties('The Turkish minister condemned the crackdown during talks in Moscow.').includes('Moscow'))
    assert.ok(!parties('The president condemned the crackdown at a news conference in Lima.').includes('Lima'))
  })
  it('the place of a measure stays its target ("a curfew in Algiers")', () => {
    assert.ok(parties('President Bouteflicka threatened to institute a curfew in Algiers.').includes('Algiers'))
  })
})
