/**
 * Words that tell one country without being places (`resources/<lang>/places/country-words.tsv`):
 * a note that names only a village the gazetteer lacks still gives its generic actors their
 * country. Sentences written for these tests; the villages are invented.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { countryWordCountries } from '../places/find.js'
import { loadPlaceResources } from '../places/resources.js'
import { NOT_ACLED } from './index.js'

const analyze = (text: string, language = 'en') => getDefaultPipeline().analyze({ input: 'test', text, language, published: '2016-05-28' })
const first = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)[0]

describe('events: a word only one country uses gives a note with no known place its country', () => {
  it('an administrative unit (en, fr)', () => {
    assert.equal(first('Unknown gunmen shot dead a trader in Kotpiel payam.')?.actor1?.name, 'Unidentified Armed Group (South Sudan)')
    assert.equal(first('Des hommes armés ont tué un commerçant dans le payam de Kotpiel.', 'fr')?.actor1?.name, 'Unidentified Armed Group (South Sudan)')
    assert.equal(first('Farmers protested in Gudetu woreda against the seizure of their land.')?.actor1?.name, 'Protesters (Ethiopia)')
    assert.equal(first('Des paysans ont manifesté dans la woreda de Gudetu contre la saisie de leurs terres.', 'fr')?.actor1?.name, 'Protesters (Ethiopia)')
  })
  it('a currency (en, fr)', () => {
    assert.equal(first('Traders protested after the price of a bag of maize rose to 9,000 naira.')?.actor1?.name, 'Protesters (Nigeria)')
    assert.equal(first('Des commerçants ont manifesté contre le prix du riz, passé à 2 000 ariary le kilo.', 'fr')?.actor1?.name, 'Protesters (Madagascar)')
  })
  it('a place named wins a tie', () => {
    assert.equal(first('Traders protested in Nairobi after the price of a bag of maize rose to 9,000 naira.')?.actor1?.name, 'Protesters (Kenya)')
    assert.equal(first('Des commerçants ont manifesté à Nairobi contre le prix du riz, passé à 2 000 ariary le kilo.', 'fr')?.actor1?.name, 'Protesters (Kenya)')
  })
})

describe('places: country words', () => {
  const words = (text: string, language = 'en') => {
    const a = analyze(text, language)
    return countryWordCountries({ article: a.article, tokens: a.tokens, sentences: a.sentences } as never, loadPlaceResources(language))
  }
  it('each form votes once; a currency counts only in lower case', () => {
    assert.deepEqual(words('Local Government Area officials met. The LGA chairman and two more LGA councillors paid 500 naira.'), ['NG', 'NG', 'NG'])
    assert.deepEqual(words('Senator Rand Paul spoke about the rand.'), ['ZA'])
    assert.deepEqual(words('Senator Rand Paul spoke.'), [])
    assert.deepEqual(words('Le chef du fokontany et deux chefs de fokontany ont été arrêtés.', 'fr'), ['MG'])
  })
})

describe("events: a sub-clan's militia takes its clan's country in a note that names no place", () => {
  it('is named with the country, as ACLED names it (en, fr)', () => {
    assert.equal(first('Gunmen from Habar Gidir/Saleebaan sub-clan shot and killed a herder near the village.')?.actor1?.name, 'Habar Gedir-Saleebaan Sub-Clan Militia (Somalia)')
    assert.equal(first('Des hommes armés Habar Gidir/Saleebaan ont tué un berger près du village.', 'fr')?.actor1?.name, 'Habar Gedir-Saleebaan Sub-Clan Militia (Somalia)')
  })
})

describe("events: a national body's name tells its country (kb/actors/curated.yaml)", () => {
  it('a state company (en, fr)', () => {
    assert.equal(first('Residents protested outside the Sonelgaz offices over repeated power cuts.')?.actor1?.name, 'Protesters (Algeria)')
    assert.equal(first("Des habitants ont manifesté devant les bureaux de la Sonelgaz contre les coupures d'électricité.", 'fr')?.actor1?.name, 'Protesters (Algeria)')
    assert.equal(first('Workers of Eskom went on strike over wages.')?.actor1?.name, 'Protesters (South Africa)')
  })
  it('a legislature with a name of its own (en, fr)', () => {
    assert.equal(first('Hundreds of people protested outside the Knesset against the bill.')?.actor1?.name, 'Protesters (Israel)')
    assert.equal(first('Des centaines de personnes ont manifesté devant la Knesset contre le projet de loi.', 'fr')?.actor1?.name, 'Protesters (Israel)')
  })
})

describe('events: the nationality words of the smaller African states', () => {
  it('vote for their country (en, fr)', () => {
    assert.equal(first('Mauritian workers protested over unpaid wages.')?.actor1?.name, 'Protesters (Mauritius)')
    assert.equal(first('Des travailleurs mauriciens ont manifesté pour leurs salaires impayés.', 'fr')?.actor1?.name, 'Protesters (Mauritius)')
    assert.equal(first('Basotho miners protested over unpaid wages.')?.actor1?.name, 'Protesters (Lesotho)')
    assert.equal(first('Des mineurs lésothiens ont manifesté pour leurs salaires impayés.', 'fr')?.actor1?.name, 'Protesters (Lesotho)')
  })
})

describe("events: a leader named in a stance for or against him votes for his country", () => {
  it('"anti-Zuma", « pro-Gbagbo » (en, fr)', () => {
    assert.equal(first('Hundreds of people joined an anti-Zuma march outside parliament.')?.actor1?.name, 'Protesters (South Africa)')
    assert.equal(first('Pro-Gbagbo youths beat two men in the market.')?.actor1?.name, 'Rioters (Ivory Coast)')
    assert.equal(first('Des jeunes pro-Gbagbo ont manifesté devant le tribunal.', 'fr')?.actor1?.name, 'Protesters (Ivory Coast)')
    assert.equal(first('La police a dispersé une manifestation anti-Kabila.', 'fr')?.actor1?.name, 'Protesters (Democratic Republic of Congo)')
  })
})

describe("events: a city's district placed by kb/places/regions.tsv has its first-level area", () => {
  it('Kamenge is in Bujumbura Mairie (en, fr)', () => {
    assert.equal(first('Police fired tear gas at protesters in Kamenge.')?.location?.admin1Name, 'Bujumbura Mairie')
    assert.equal(first('La police a tiré des gaz lacrymogènes sur des manifestants à Kamenge.', 'fr')?.location?.admin1Name, 'Bujumbura Mairie')
  })
})

describe("events: South Africa's large townships, which the town lists lack (kb/places/regions.tsv)", () => {
  it('place the note and give its crowd its country (en, fr)', () => {
    const en = first('Residents of Umlazi blocked roads with burning tyres over housing.')
    assert.equal(en?.actor1?.name, 'Rioters (South Africa)')
    assert.equal(en?.location?.name, 'Umlazi')
    assert.equal(en?.location?.admin1Name, 'KwaZulu-Natal')
    const fr = first('Des habitants de Khayelitsha ont manifesté contre le manque de logements.', 'fr')
    assert.equal(fr?.actor1?.name, 'Protesters (South Africa)')
    assert.equal(fr?.location?.name, 'Khayelitsha')
  })
})

describe("events: the communes and estates of other African capitals, likewise", () => {
  it("place the note in its city's first-level area (en, fr)", () => {
    const en = first('Youths threw stones at police in Glen View after the rally.')
    assert.equal(en?.location?.name, 'Glen View')
    assert.equal(en?.location?.admin1Name, 'Harare')
    const fr = first('Des jeunes ont lancé des pierres sur la police à Kimbanseke.', 'fr')
    assert.equal(fr?.location?.name, 'Kimbanseke')
    assert.equal(fr?.location?.countryCode, 'CD')
  })
})

describe('events: the sections of the large cities of Africa and the Middle East, likewise', () => {
  it("place the note and give its crowd its country (en, fr)", () => {
    const en = first('Residents of Imbaba protested against the demolition of their homes.')
    assert.equal(en?.location?.name, 'Imbaba')
    assert.equal(en?.actor1?.name, 'Protesters (Egypt)')
    const fr = first('Des habitants de Kalakla ont manifesté contre les coupures d’eau.', 'fr')
    assert.equal(fr?.location?.name, 'Kalakla')
    assert.equal(fr?.actor1?.name, 'Protesters (Sudan)')
  })
  it("in its city's first-level area (en, fr)", () => {
    const en = first('Unknown gunmen shot dead a trader in Gargaresh.')
    assert.equal(en?.location?.countryCode, 'LY')
    assert.equal(en?.actor1?.name, 'Unidentified Armed Group (Libya)')
    const fr = first('Des commerçants ont manifesté à Magnambougou contre la hausse des taxes.', 'fr')
    assert.equal(fr?.location?.name, 'Magnambougou')
    assert.equal(fr?.location?.admin1Name, 'Bamako')
  })
})

describe("events: the sections of Nigeria's other large cities, Juba's, Mosul's", () => {
  it('place the note and give its crowd its country (en, fr)', () => {
    const en = first('Traders in Rumuokoro protested against the demolition of their market stalls.')
    assert.equal(en?.location?.name, 'Rumuokoro')
    assert.equal(en?.actor1?.name, 'Protesters (Nigeria)')
    const fr = first('Des hommes armés ont tué deux commerçants à Gudele dimanche soir.', 'fr')
    assert.equal(fr?.location?.name, 'Gudele')
    assert.equal(fr?.actor1?.name, 'Unidentified Armed Group (South Sudan)')
  })
})

describe('events: a section of a town and the town it lies in tell one happening', () => {
  const shelling = (text: string, language = 'en') => analyze(text, language).events.filter((e) => e.subEventType === 'Shelling/artillery/missile attack')
  it("the police the city's sentence tells are the riot's other side (en, fr)", () => {
    for (const [text, language] of [
      ['Youths blocked roads and burnt tyres in Shubra on Monday. Police in Cairo fired tear gas and arrested ten of them.', 'en'],
      ['Des jeunes ont bloqué des routes et brûlé des pneus à Shubra lundi. La police du Caire a tiré des gaz lacrymogènes et arrêté dix d’entre eux.', 'fr'],
    ] as const) {
      const events = analyze(text, language).events.filter((e) => e.eventType !== NOT_ACLED)
      const riot = events.find((e) => e.subEventType === 'Violent demonstration')
      assert.equal(riot?.location?.name, 'Shubra', language)
      assert.equal(riot?.actor2?.name, 'Police Forces of Egypt', language)
      assert.ok(!events.some((e) => e.subEventType === 'Protest with intervention'), language)
    }
  })
  it('a shelling told at the district, then at the city, is one event (en, fr)', () => {
    assert.equal(shelling('A mortar shell hit Bab Touma on Monday, wounding two civilians. The shelling of Damascus was blamed on rebels.').length, 1)
    assert.equal(shelling('Un obus de mortier est tombé lundi sur Bab Touma, blessant deux civils. Le bombardement de Damas a été attribué aux rebelles.', 'fr').length, 1)
  })
})
