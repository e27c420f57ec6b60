/**
 * The state's forces a text names but the happening's clause misses (seventeenth session): a force
 * told running an operation. Sentences written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const acled = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)
const sides = (text: string, language = 'en') => acled(text, language).map((e) => [e.actor1?.name, e.actor2?.name])

describe('events: a force told running an operation fought the fight its sentence or the next tells with no doer', () => {
  it('the operation in the sentence before: "SNG forces conducted a security operation… Two militants were killed"', () => {
    assert.deepEqual(sides('Somali government forces conducted a security operation near Jowhar on Monday. Two al Shabaab fighters were killed.'), [['Military Forces of Somalia', 'Al Shabaab']])
    assert.deepEqual(sides('Kenyan police carried out a security operation in Mandera on Friday. They clashed with al Shabaab militants for an hour.'), [['Police Forces of Kenya', 'Al Shabaab']])
  })
  it('the operation in the same sentence: "fighting was reported as the army launched a push into X"', () => {
    assert.equal(sides('Heavy fighting was reported in Sirte on Monday as the Libyan army launched a push into the city centre.')[0]?.[0], 'Military Forces of Libya')
  })
  it('« l\'armée a mené une opération de ratissage… deux terroristes ont été tués »', () => {
    const got = sides('L\'armée malienne a mené une opération de ratissage près de Gao lundi. Deux terroristes ont été tués.', 'fr')
    assert.ok(got.length > 0 && got.every(([a1]) => a1 === 'Military Forces of Mali'), JSON.stringify(got))
  })
  it('a fight told with no doer, a state\'s force named striking an armed group in the next sentence', () => {
    assert.equal(sides('Fighting was reported near Sirte on Monday. The Libyan army shelled Islamic State positions in the south of the city.')[0]?.[0], 'Military Forces of Libya')
    assert.equal(sides('Des combats ont été signalés lundi près de Syrte. L\'armée libyenne a bombardé des positions de l\'Etat islamique au sud de la ville.', 'fr')[0]?.[0], 'Military Forces of Libya')
  })
  it('not a force named with no armed enemy, nor where other armed parties are named', () => {
    assert.notEqual(sides('Fighting was reported near Sirte on Monday. Parts of the city were also shelled by the Libyan army.')[0]?.[0], 'Military Forces of Libya')
    assert.notEqual(sides('Heavy fighting was reported near Azaz on Monday. The fighting was between Islamic State militants and rebels. The Syrian army shelled Islamic State positions nearby.')[0]?.[0], 'Military Forces of Syria (2000-)')
  })
  it('not civilians killed, nor a fight with a doer of its own', () => {
    assert.notEqual(sides('Somali government forces conducted a patrol near Jowhar. Two civilians were killed by gunmen.')[0]?.[0], 'Military Forces of Somalia')
    assert.deepEqual(sides('Somali government forces conducted a security operation near Jowhar. Al Shabaab fighters attacked a police station in Balcad, killing two policemen.')[0]?.[0], 'Police Forces of Somalia')
  })
})

describe('events: forces told loyal to a state\'s government are that state\'s military', () => {
  it('"forces loyal to the internationally-recognised government", « les forces loyales au gouvernement »', () => {
    assert.equal(sides('A warplane operated by forces loyal to Libya\'s recognised government attacked Islamic State positions in Derna.')[0]?.[0], 'Military Forces of Libya')
    assert.equal(sides('Les forces loyales au gouvernement libyen ont attaqué les positions de l\'Etat islamique près de Syrte.', 'fr')[0]?.[0], 'Military Forces of Libya')
  })
})

describe('events: a state\'s government told as a side of violence is its military', () => {
  it('"a government warplane bombed a school", « le gouvernement a bombardé »: Military Forces, not the government', () => {
    assert.equal(sides('A government warplane bombed a primary school near Kauda in South Kordofan, Sudan, wounding a teacher.')[0]?.[0], 'Military Forces of Sudan')
    assert.equal(sides('Le gouvernement soudanais a bombardé une école près de Kauda, au Soudan, blessant un enseignant.', 'fr')[0]?.[0], 'Military Forces of Sudan')
  })
  it('a government that speaks or negotiates stays the government', () => {
    const e = analyze('The Sudanese government said on Monday it would hold talks with the rebels in Addis Ababa.').events[0]
    assert.equal(e?.actor1?.name, 'Government of Sudan')
  })
})

describe('events: an aircraft that drops bombs is an air strike, the state\'s when no doer is told', () => {
  it('"An Antonov dropped 12 bombs", « un Antonov a largué douze bombes »', () => {
    const en = acled('An Antonov dropped 12 bombs on villages near Kauda in South Kordofan, Sudan.')[0]
    assert.equal(en?.subEventType, 'Air/drone strike')
    assert.equal(en?.actor1?.name, 'Military Forces of Sudan')
    const fr = acled('Un Antonov a largué douze bombes sur des villages près de Kauda, au Soudan.', 'fr')[0]
    assert.equal(fr?.subEventType, 'Air/drone strike')
    assert.equal(fr?.actor1?.name, 'Military Forces of Sudan')
  })
  it('an aircraft type told with its nationality is that country\'s force: "Russian Sukhoi jets", « des Soukhoï russes »', () => {
    assert.equal(acled('Russian Sukhoi jets dropped bombs on Islamic State positions near Deir ez-Zor in Syria.')[0]?.actor1?.name, 'Military Forces of Russia')
    assert.equal(acled('Des Soukhoïs russes ont largué des bombes sur des positions de l\'Etat islamique près de Deir ez-Zor, en Syrie.', 'fr')[0]?.actor1?.name, 'Military Forces of Russia')
  })
  it('not aid or leaflets dropped, nor a bomb a man dropped', () => {
    assert.notEqual(acled('A man dropped a bomb at the gate of the police station in Mogadishu.')[0]?.subEventType, 'Air/drone strike')
  })
})

describe('entities: a force word shared by two coordinated names', () => {
  it('"Puntland and Galmudug forces", « les forces du Galmudug et du Puntland »: Puntland\'s forces on one side', () => {
    assert.deepEqual(sides('A brief shoot-out broke out between Puntland and Galmudug forces near Galkacyo on Monday.')[0], ['Military Forces of Puntland', 'Galmudug Administration Militia'])
    assert.ok(sides('Un échange de tirs a opposé lundi les forces du Galmudug et du Puntland près de Galkacyo.', 'fr')[0]?.includes('Military Forces of Puntland'))
  })
  it('a name that makes no state force with the word stays as it was', () => {
    assert.notEqual(sides('Health and security forces were deployed to Galkacyo after the clash with al Shabaab.')[0]?.[0], 'Health')
  })
})

describe('events: a participle after a clause whose verb is no trigger shares that clause\'s subject', () => {
  it('"army and police teams stormed a number of militant hotbeds in X, killing ten militants", « tuant dix islamistes »', () => {
    assert.equal(sides('Egyptian army and police teams stormed a number of militant hideouts in Arish, killing ten Islamist militants.')[0]?.[0], 'Military Forces of Egypt')
    assert.equal(sides('Des soldats égyptiens ont investi plusieurs repaires de militants à El-Arich, tuant dix islamistes.', 'fr')[0]?.[0], 'Military Forces of Egypt')
  })
})
