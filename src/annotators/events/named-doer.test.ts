/**
 * The doer a sentence names: groups the actor KB knows by their own names, and the words that tell
 * them as the doer. Sentences written for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const first = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)[0]

describe('events: the Nyatura militia and its coalition with the FDLR are named groups', () => {
  it('Nyatura militiamen are the Mayi Mayi faction ACLED names, not an unidentified group', () => {
    assert.equal(first('Nyatura militiamen abducted three farmers near the camp in Masisi.')?.actor1?.actorId, 'nyatura')
    assert.equal(first('Des miliciens Nyatura ont enlevé trois agriculteurs près du camp de Masisi.', 'fr')?.actor1?.actorId, 'nyatura')
  })
  it('the coalition told by both names, in either order, is the coalition', () => {
    assert.equal(first('Fighters of the Nyatura-FDLR coalition killed a village chief near Masisi.')?.actor1?.actorId, 'nyatura-fdlr')
    assert.equal(first('Des combattants de la coalition FDLR-Nyatura ont tué un chef de village près de Masisi.', 'fr')?.actor1?.actorId, 'nyatura-fdlr')
  })
})

describe('events: the doer named as the agent of another word of the happening', () => {
  it('"killed by X … who attacked": the agent of the passive is the doer when the relative clause names none', () => {
    assert.equal(first('Six villagers were killed by ADF rebels armed with machetes and guns who raided the village near Beni.')?.actor1?.actorId, 'adf')
    assert.equal(first('Four farmers were wounded by LRA fighters carrying heavy loads who attacked the market near Dungu.')?.actor1?.actorId, 'lra')
    assert.equal(first('Six villageois ont été tués par des rebelles ADF armés de machettes et de fusils qui ont attaqué le village près de Beni.', 'fr')?.actor1?.actorId, 'adf')
  })
})

describe('events: the agent of another word is told right after it', () => {
  it('a party after a preposition of place past the agent is no agent ("by air strikes in the rebel-held district")', () => {
    const e = first('Nine civilians were killed by air strikes in the rebel-held district of Ansari in Aleppo on Monday, bringing the number killed in two days of shelling on the city to 30.')
    assert.equal(e?.actor1?.actorId, 'military-sy')
  })
})

describe('events: an attack told without its doer, then attributed as carried out by a group or to its perpetrators', () => {
  it('"believed to have been carried out by", « aurait été perpétrée par »', () => {
    assert.equal(first('A teacher was seriously wounded by unidentified gunmen near Rutshuru. The attack is believed to have been carried out by FDLR rebels.')?.actor1?.actorId, 'fdlr')
    assert.equal(first('Un enseignant a été grièvement blessé par des hommes armés non identifiés près de Rutshuru. L\'attaque aurait été perpétrée par les FDLR.', 'fr')?.actor1?.actorId, 'fdlr')
  })
  it('"were the suspected perpetrators", « sont les auteurs présumés »', () => {
    assert.equal(first('Two traders were shot dead by unknown gunmen near Dungu. LRA rebels were the suspected perpetrators.')?.actor1?.actorId, 'lra')
    assert.equal(first('Deux commerçants ont été abattus par des inconnus armés près de Dungu. Les rebelles de la LRA sont les auteurs présumés.', 'fr')?.actor1?.actorId, 'lra')
  })
})

describe('events: the subject of a charge is the alleged doer of the deed charged', () => {
  it('"have been accused of", « ont été accusés de »: the subject did it, it was not harmed', () => {
    const e = first('MONUSCO peacekeepers have been accused of sexual abuse near Beni.')
    assert.equal(e?.actor1?.actorId, 'monusco')
    assert.notEqual(e?.actor2?.actorId, 'monusco')
    const f = first('Des miliciens Maï-Maï ont été accusés d\'avoir torturé des villageois près de Walikale.', 'fr')
    assert.equal(f?.actor1?.actorId, 'mai-mai')
    assert.equal(f?.actor2?.name, 'Civilians (Democratic Republic of Congo)')
  })
})

describe('events: a unit of a state force named by its own name is that unit', () => {
  it('Libya\'s Saiqa special forces are the unit ACLED names, a unit of the military', () => {
    const e = first('Saiqa Special Forces clashed with Islamic State militants in Benghazi on Tuesday.')
    assert.equal(e?.actor1?.actorId, 'saiqa-ly')
    assert.equal(e?.actor1?.name, 'Military Forces of Libya (2014-) Special Forces')
    assert.equal(first('Les forces spéciales Saïqa ont affronté des combattants de l\'État islamique à Benghazi mardi.', 'fr')?.actor1?.actorId, 'saiqa-ly')
  })
})

describe('events: the Darfur mission by its own name', () => {
  it('UNAMID, « la Minuad », is the mission ACLED names', () => {
    const ids = (e: ReturnType<typeof first>) => [e?.actor1?.actorId, e?.actor2?.actorId]
    assert.ok(ids(first('Gunmen attacked a UNAMID patrol near Kutum, wounding two soldiers.')).includes('unamid'))
    assert.ok(ids(first('Des hommes armés ont attaqué une patrouille de la Minuad près de Kutum, blessant deux soldats.', 'fr')).includes('unamid'))
  })
})

describe('events: peacekeepers told by their nationality or their role are the mission serving in the country', () => {
  it('"a Burundian peacekeeping unit" in the Central African Republic, « des casques bleus » in Mali', () => {
    assert.equal(first('Members of a Burundian peacekeeping unit in Bambari have been accused of beating a trader.')?.actor1?.actorId, 'minusca')
    assert.equal(first('Des casques bleus ont abattu deux civils près de Gao.', 'fr')?.actor1?.actorId, 'minusma')
  })
  it('in Lebanon, UNIFIL', () => {
    assert.equal(first('Peacekeepers opened fire on smugglers near Tyre in Lebanon, wounding two.')?.actor1?.actorId, 'unifil')
  })
})

describe('events: aircraft that kill are the weapon of an air strike, the state\'s when told without owner', () => {
  it('"an Apache helicopter killed", « un hélicoptère Apache a tué »', () => {
    const e = first('An Apache helicopter killed 30 militants near Sheikh Zuweid in North Sinai.')
    assert.equal(e?.subEventType, 'Air/drone strike')
    assert.equal(e?.actor1?.actorId, 'military-eg')
    const f = first('Un hélicoptère Apache a tué 30 combattants près de Cheikh Zoueid, dans le nord du Sinaï égyptien.', 'fr')
    assert.equal(f?.subEventType, 'Air/drone strike')
    assert.equal(f?.actor1?.actorId, 'military-eg')
  })
  it('not a crash: "a helicopter crash killed"', () => {
    assert.notEqual(first('A helicopter crash killed ten soldiers near Sheikh Zuweid in North Sinai.')?.subEventType, 'Air/drone strike')
  })
})
