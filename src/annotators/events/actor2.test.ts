/**
 * ACLED's actor 2 (nineteenth session): the other side of a fight told with one side only.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const first = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)[0]

describe('events: a battle has two sides; one not told is an unidentified armed group', () => {
  it('a force told fighting no one named', () => {
    const e = first('Somali troops clashed on Tuesday in a village near Baidoa.')
    assert.equal(e?.subEventType, 'Armed clash')
    assert.equal(e?.actor1?.actorId, 'military-so')
    assert.equal(e?.actor2?.name, 'Unidentified Armed Group (Somalia)')
    const f = first('Des soldats maliens ont livré des combats mardi près de Gao.', 'fr')
    assert.equal(f?.subEventType, 'Armed clash')
    assert.equal(f?.actor1?.actorId, 'military-ml')
    assert.equal(f?.actor2?.name, 'Unidentified Armed Group (Mali)')
  })
  it('fighting between groups no one names: unidentified on both sides', () => {
    const e = first('Heavy fighting between rival armed groups broke out in Benghazi on Monday.')
    assert.equal(e?.actor1?.name, 'Unidentified Armed Group (Libya)')
    assert.equal(e?.actor2?.name, 'Unidentified Armed Group (Libya)')
    const f = first('De violents affrontements entre groupes armés rivaux ont éclaté lundi à Benghazi.', 'fr')
    assert.equal(f?.actor1?.name, 'Unidentified Armed Group (Libya)')
    assert.equal(f?.actor2?.name, 'Unidentified Armed Group (Libya)')
  })
  it('one-sided violence keeps no invented second armed side', () => {
    const e = first('Gunmen shot dead two farmers near Baidoa.')
    assert.equal(e?.actor2?.name, 'Civilians (Somalia)')
  })
})

describe("events: ground a state's force takes or leaves changes hands with the armed group named beside it", () => {
  it('the group named in the next sentence is the other side ("cleared the villages. A Boko Haram camp was destroyed")', () => {
    const e = first('Nigerian troops cleared the villages of Wumbi and Tilem on Monday. A Boko Haram camp was destroyed.')
    assert.equal(e?.subEventType, 'Government regains territory')
    assert.equal(e?.actor1?.actorId, 'military-ng')
    assert.match(e?.actor2?.name ?? '', /^Boko Haram/)
    const f = first('Les soldats nigérians ont repris lundi les villages de Wumbi et Tilem. Un camp de Boko Haram a été détruit.', 'fr')
    assert.equal(f?.subEventType, 'Government regains territory')
    assert.equal(f?.actor1?.actorId, 'military-ng')
    assert.match(f?.actor2?.name ?? '', /^Boko Haram/)
  })
  it('a party told backing the force is no other side', () => {
    assert.equal(first('Syrian troops backed by Hezbollah fighters retook the town of Qusayr on Sunday.')?.actor2, null)
    assert.equal(first('Les troupes syriennes appuyées par des combattants du Hezbollah ont repris dimanche la ville de Qousseir.', 'fr')?.actor2, null)
  })
  it('ground a group takes as the soldiers leave keeps the taker alone', () => {
    const e = first('Mayi Mayi militiamen occupied the village after the withdrawal of FARDC soldiers.')
    assert.equal(e?.actor1?.actorId, 'mai-mai')
    assert.equal(e?.actor2, null)
  })
})

describe('events: a blast or a grenade sent at a target no armed party names hit civilians', () => {
  it('a grenade hurled at a teashop, an IED aimed at an official\'s car, harm or none', () => {
    assert.equal(first('Unidentified attackers hurled a hand grenade at a teashop in Afgooye on Monday.')?.actor2?.name, 'Civilians (Somalia)')
    assert.equal(first('An IED targeted the vehicle of the district commissioner in Afgooye on Monday.')?.actor2?.name, 'Civilians (Somalia)')
    assert.equal(first('Des inconnus ont lancé une grenade contre un salon de thé à Afgooye lundi.', 'fr')?.actor2?.name, 'Civilians (Somalia)')
  })
  it('sent at an armed party, that party is the target, listed first as a state\'s or a foreign force', () => {
    const e = first('A roadside bomb targeted an AMISOM convoy near Marka on Monday.')
    assert.equal(e?.actor1?.actorId, 'amisom')
    assert.equal(e?.actor2?.name, 'Unidentified Armed Group (Somalia)')
    const f = first("Des inconnus ont lancé une grenade contre une patrouille de l'armée somalienne à Afgooye lundi.", 'fr')
    assert.equal(f?.actor1?.actorId, 'military-so')
    assert.equal(f?.actor2?.name, 'Unidentified Armed Group (Somalia)')
  })
  it('a blast told with no target and no harm keeps no other side', () => {
    assert.equal(first('A grenade attack was reported in Bujumbura on Monday; no injuries.')?.actor2, null)
  })
})

describe('events: a blast blamed in the next sentence on a group told believed responsible', () => {
  it('"It is believed al Shabaab are responsible", "suspected al Shabaab as the perpetrator", « on pense que les Shebab sont responsables »', () => {
    const blast = (text: string, language = 'en') => analyze(text, language).events.find((e) => e.subEventType === 'Remote explosive/landmine/IED')
    assert.equal(blast('A roadside bomb hit a military convoy near Baidoa on Monday, killing two soldiers. It is believed al Shabaab are responsible.')?.actor2?.actorId, 'al-shabaab')
    assert.equal(blast('Two soldiers were killed in a market blast in Baidoa on Monday. Authorities suspected al Shabaab as the perpetrator.')?.actor2?.actorId, 'al-shabaab')
    assert.equal(blast('Une bombe a touché un convoi militaire près de Baidoa lundi, tuant deux soldats. On pense que les Shebab sont responsables.', 'fr')?.actor2?.actorId, 'al-shabaab')
  })
  it('a force told responsible for a task blames it for nothing', () => {
    const e = analyze('A roadside bomb hit a military convoy near Baidoa on Monday, killing two soldiers. Police are responsible for security in the town.').events.find((x) => x.subEventType === 'Remote explosive/landmine/IED')
    assert.notEqual(e?.actor2?.name, 'Police Forces of Somalia')
    assert.notEqual(e?.actor1?.name, 'Police Forces of Somalia')
  })
})

describe("events: forces told keeping out of a crowd's event are no side of it", () => {
  it('"Police refrained from intervening", « la police n\'est pas intervenue »', () => {
    const riot = (text: string, language = 'en') => analyze(text, language).events.find((e) => e.subEventType === 'Violent demonstration')
    assert.equal(riot('Protesters set fire to the police station of Kasserine on Monday. Police refrained from intervening.')?.actor2, null)
    assert.equal(riot("Des manifestants ont incendié le poste de police de Kasserine lundi. La police n'est pas intervenue.", 'fr')?.actor2, null)
  })
  it('forces that met the crowd stay its other side', () => {
    const e = analyze('Protesters set fire to the police station of Kasserine on Monday. Police used tear gas to disperse them.').events.find((x) => x.subEventType === 'Violent demonstration')
    assert.match(e?.actor2?.name ?? '', /^Police Forces/)
  })
})

describe("events: a crowd's violence told as a clash with other people has rioters as its other side", () => {
  it('"before clashing with traders", « des heurts ont éclaté avec des commerçants »', () => {
    const riot = (text: string, language = 'en') => analyze(text, language).events.find((e) => e.subEventType === 'Violent demonstration')
    assert.equal(riot('Protesters burned tyres and blocked the road in Kasserine on Monday before clashing with traders.')?.actor2?.name, 'Rioters (Tunisia)')
    assert.equal(riot('Des manifestants ont brûlé des pneus à Kasserine lundi ; des heurts ont éclaté avec des commerçants.', 'fr')?.actor2?.name, 'Rioters (Tunisia)')
  })
  it('a crowd told burning tyres alone has no other side', () => {
    const e = analyze('Protesters burned tyres and blocked the road in Kasserine on Monday.').events.find((x) => x.subEventType === 'Violent demonstration')
    assert.equal(e?.actor2, null)
  })
})

describe('events: ground changing hands at another place is another happening', () => {
  const cases: [string, string][] = [
    ['en', 'The Islamic State retook Palmyra while the Syrian army recaptured Aleppo from the rebels.'],
    ['fr', "La reprise de Palmyre par l'État islamique est intervenue pendant la libération d'Alep par l'armée syrienne."],
  ]
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const places = analyze(text, lang).events.filter((e) => e.eventType === 'Battles').map((e) => e.location?.geonameId)
      assert.ok(places.includes(163808) && places.includes(170063), JSON.stringify(places))
    })
  }
})
