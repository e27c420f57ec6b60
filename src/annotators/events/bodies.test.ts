/**
 * Bodies and peoples of one country (sixteenth session): a note that names no place the gazetteer
 * knows still gives its generic actors their country when it names a body of that country. Sentences
 * written for these tests; the villages are invented.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const first = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)[0]

describe("events: a country named only at the end of a body's name votes for it", () => {
  it('"Air Madagascar", « Air Sénégal » (en, fr)', () => {
    assert.equal(first('Employees of Air Madagascar went on strike over unpaid wages.')?.actor1?.name, 'Protesters (Madagascar)')
    assert.equal(first("Les employés d'Air Madagascar se sont mis en grève pour leurs salaires impayés.", 'fr')?.actor1?.name, 'Protesters (Madagascar)')
    assert.equal(first('Workers of Telkom Kenya protested against job cuts.')?.actor1?.name, 'Protesters (Kenya)')
    assert.equal(first("Les agents d'Air Sénégal ont manifesté contre les suppressions d'emplois.", 'fr')?.actor1?.name, 'Protesters (Senegal)')
  })
  it('is no place, and a place named wins a tie (en, fr)', () => {
    const e = first('Employees of Air Madagascar went on strike over unpaid wages.')
    assert.equal(e?.location ?? null, null)
    assert.equal(first('Employees of Air Madagascar protested in Nairobi over unpaid wages.')?.actor1?.name, 'Protesters (Kenya)')
    assert.equal(first("Les employés d'Air Madagascar ont manifesté à Nairobi pour leurs salaires impayés.", 'fr')?.actor1?.name, 'Protesters (Kenya)')
  })
})

describe('entities: a number inside a body\'s name is one of its words', () => {
  it('"the February 20 Movement", « le Mouvement du 20 février » (en, fr)', () => {
    assert.equal(first('Hundreds of members of the February 20 Movement marched against corruption.')?.actor1?.name, 'Protesters (Morocco)')
    assert.equal(first('Des centaines de militants du Mouvement du 20 février ont manifesté contre la corruption.', 'fr')?.actor1?.name, 'Protesters (Morocco)')
    assert.equal(first('Supporters of the April 6 Youth Movement protested against the new law.')?.actor1?.name, 'Protesters (Egypt)')
  })
})

describe('events: national forces and state companies known by a name of their own (kb/actors/curated.yaml)', () => {
  it('a state company, a national force (en, fr)', () => {
    assert.equal(first('TransNamib workers went on strike over unpaid bonuses.')?.actor1?.name, 'Protesters (Namibia)')
    assert.equal(first('Les employés de TransNamib se sont mis en grève pour des primes impayées.', 'fr')?.actor1?.name, 'Protesters (Namibia)')
    assert.equal(first('GSU officers fired tear gas to disperse students protesting in Kotobeni.')?.actor2?.name, 'Police Forces of Kenya')
    assert.equal(first('Des agents du GSU ont tiré des gaz lacrymogènes pour disperser des étudiants qui manifestaient à Kotobeni.', 'fr')?.actor2?.name, 'Police Forces of Kenya')
  })
})

describe('events: two peoples of several countries named together vote for the one country they share', () => {
  it('Dinka (South Sudan, Sudan) and Nuer (South Sudan, Ethiopia) (en, fr)', () => {
    const e = first('Dinka and Nuer youths clashed in Kotobeni, killing four.')
    assert.equal(e?.actor1?.name, 'Dinka Ethnic Militia (South Sudan)')
    assert.equal(e?.actor2?.name, 'Nuer Ethnic Militia (South Sudan)')
    assert.equal(first('Des affrontements entre miliciens misseriya et salamat ont fait deux morts à Kotobeni.', 'fr')?.actor1?.name, 'Misseriya Ethnic Militia (Sudan)')
  })
  it('no vote where they share several countries, or only one people is named', () => {
    assert.equal(first('Fulani herders and Hausa vigilantes clashed in Kotobeni, killing four.')?.actor1?.name.includes('('), false)
    assert.equal(first('Misseriya gunmen attacked Kotobeni, killing four.')?.actor1?.name, 'Misseriya Ethnic Militia')
  })
})

describe("events: the titles of one country's rulers and officials, and its currency (resources/<lang>/places/country-words.tsv)", () => {
  it('a king, a provincial minister, a currency (en, fr)', () => {
    assert.equal(first("Supporters of the Kabaka protested outside the court in Kotobeni.")?.actor1?.name, 'Protesters (Uganda)')
    assert.equal(first('Des partisans du Mogho Naba ont manifesté à Kotobeni.', 'fr')?.actor1?.name, 'Protesters (Burkina Faso)')
    assert.equal(first('Parents protested after the MEC for Education closed a school in Kotobeni.')?.actor1?.name, 'Protesters (South Africa)')
    assert.equal(first('Traders protested against a fine of 500 pula.')?.actor1?.name, 'Protesters (Botswana)')
    assert.equal(first('Des commerçants ont manifesté contre une amende de 500 emalangeni.', 'fr')?.actor1?.name, 'Protesters (Eswatini)')
  })
})

describe('events: state agencies and utilities of one country (kb/actors/curated.yaml)', () => {
  it('a social security agency, a city authority, an electricity company (en, fr)', () => {
    assert.equal(first('Pensioners protested outside a SASSA office over late grant payments.')?.actor1?.name, 'Protesters (South Africa)')
    assert.equal(first('Des retraités ont manifesté devant un bureau de la SASSA contre le retard des allocations.', 'fr')?.actor1?.name, 'Protesters (South Africa)')
    assert.equal(first('Street vendors protested against KCCA over evictions.')?.actor1?.name, 'Protesters (Uganda)')
    assert.equal(first("Des habitants ont manifesté contre l'IBEDC après des coupures de courant.", 'fr')?.actor1?.name, 'Protesters (Nigeria)')
  })
})

describe('events: a people of one country named as people, not armed men, votes for it once', () => {
  it('"Sidama farmers", « des commerçants mossi » (en, fr)', () => {
    assert.equal(first('Shilluk students protested against the closure of their school.')?.actor1?.name, 'Protesters (South Sudan)')
    assert.equal(first('Des commerçants mossi ont manifesté contre la nouvelle taxe.', 'fr')?.actor1?.name, 'Protesters (Burkina Faso)')
  })
  it('nor after a title (en)', () => {
    assert.equal(first('Lt. Bari led a protest against the new tax.')?.actor1?.name.includes('('), false)
  })
})
