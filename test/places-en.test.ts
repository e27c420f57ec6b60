/** English sentences (written for this suite): containment, focus, persons, common words, streets. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPlacesAnnotator } from '../src/annotators/places/index.js'
import type { Place } from '../src/doc/schema.js'
import { createPipeline } from '../src/pipeline/pipeline.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'

const pipeline = createPipeline([createPlacesAnnotator()])
const places = (text: string): Place[] => pipeline.analyze({ input: 'en-suite', text, language: 'en' }).places

/** [text, surface, expected country code or id, expected admin1 code?] */
const FOUND: [string, string, string, string?][] = [
  ['Islamic State fighters retook Palmyra, Syria, on Sunday.', 'Palmyra', 'geonames:163808'],
  ['The festival in Palmyra, New York, drew a small crowd.', 'Palmyra', 'US', 'NY'],
  ['Damascus said the strikes violated its sovereignty.', 'Damascus', 'SY'],
  ['Flooding closed roads across Georgia, and Atlanta schools shut on Monday.', 'Georgia', 'admin1:US.GA'],
  ['Russian troops moved into Georgia and South Ossetia in August.', 'Georgia', 'country:GE'],
  ['Officials in Paris, Texas, said the storm damaged a church.', 'Paris', 'US', 'TX'],
  ['A man was arrested in Reading after the robbery.', 'Reading', 'GB'],
  ['Protesters gathered outside the embassy in Baghdad.', 'Baghdad', 'IQ'],
  ['The convoy was ambushed near Kandahar.', 'Kandahar', 'AF'],
  ['Egyptian-US relations have cooled.', 'US', 'country:US'],
  ['The Georgia Bureau of Investigation opened a case in Athens, Ga., on Monday.', 'Athens', 'US', 'GA'],
  ['Police in Alexandria, La., arrested two men.', 'Alexandria', 'US', 'LA'],
  ['Fighting raged in Idlib province overnight.', 'Idlib', 'admin1:SY.12'],
  // An Arabic article glued to its word ("Ezzor" for "ez-Zor").
  ['Government forces shelled Deir Ezzor on Monday.', 'Deir Ezzor', 'geonames:170794'],
  // A possessive that lost its apostrophe before the name: no part of it, and the cue before it is the name's.
  ['Government forces shelled Syrias Deir Ezzor on Monday.', 'Deir Ezzor', 'geonames:170794'],
  ['Air strikes hit Syrias Aleppo on Monday.', 'Aleppo', 'SY'],
  // Such a possessive names its place as "Russia's" does; a place named after it is the possessor's
  // (a town's part the gazetteer lacks is placed at the town).
  ['Russias envoy met the minister on Monday.', 'Russia', 'country:RU'],
  ['Refugees crossed into Turkeys Hatay province on Monday.', 'Turkey', 'country:TR'],
  ['Fighting reached Aleppos Old City and the Bab al-Hadid district.', 'Old City', 'SY'],
  ['He swam at Cambridge\'s Chesterton sports centre.', 'Chesterton', 'GB'],
  ['Aid reached the Gaza Strip on Tuesday.', 'Gaza Strip', 'region:gaza-strip'],
  // Not a country, an area or a capital before a weapon's noun: the weapons come from it or its forces
  // own them.
  ['Israel said Aleppo tanks moved south on Monday.', 'Aleppo', 'SY'],
  ['The envoy said US drones struck the convoy.', 'US', 'country:US'],
  // After a verb of meeting or telling, a capital stands for its government; a place word or the
  // people's noun after a name makes it a place.
  ['The envoy told Damascus to stop the strikes.', 'Damascus', 'SY'],
  ['The sheriff met Jackson County officials on Monday.', 'Jackson County', 'US'],
  ['The mayor told Springfield residents that the plan was sound.', 'Springfield', 'US'],
  // A first-level area's bare name after a locative cue is the city of its name that dwarfs its
  // seat (New York City beside Albany); the area's word makes it the area.
  ['Protesters gathered in New York on Sunday.', 'New York', 'geonames:5128581'],
  ['Protests spread across New York State on Sunday.', 'New York', 'admin1:US.NY'],
  // A noun of places and a colon: what follows is one of them, however small.
  ['Protests over housing flared again across the country: Estcourt.', 'Estcourt', 'ZA'],
  // The noun of those who live in a place after a small town's name says "place" as a cue does.
  ['Lukulu residents blocked the bridge to protest against the new levy.', 'Lukulu', 'ZM'],
  ['On Tuesday, hundreds of Lusikisiki villagers marched against the water cuts.', 'Lusikisiki', 'ZA'],
  // The names of a list share the cue of its first name, however small.
  ['A bus was attacked on the road between Inhaminga and Caia on Friday.', 'Caia', 'MZ'],
  ['Soldiers clashed with rebels in Dungu, Ngilima and Faradje last week.', 'Faradje', 'CD'],
  // The object of a verb of going to or away from a place, or of laying siege to it, is a place.
  ['A patrol approaching Tessalit came under fire on Sunday.', 'Tessalit', 'ML'],
  ['Hundreds of families fled Caia after the attack.', 'Caia', 'MZ'],
  // A town followed by the name of its own province with no comma is that town.
  ['Residents burned tyres in Vuwani Limpopo on Tuesday.', 'Vuwani', 'ZA'],
]

const NOT_FOUND: [string, string][] = [
  // A plural is no possessive that lost its apostrophe: "and" follows it, or nothing does; nor is a
  // name another place's own name only as an alternate ("America" is the United States' such).
  ['Turkeys and chickens were sold at the market.', 'Turkey'],
  ['Farmers sold their Turkeys.', 'Turkey'],
  ['All countries in the Americas eliminated measles.', 'America'],
  // A people's name told with the word for its kind is no place, whatever town bears it.
  ['A taxi driver of the Kaba ethnic group was killed near the town.', 'Kaba'],
  ['Elders of the Kaba tribe met the governor on Monday.', 'Kaba'],
  ['George Washington crossed the river at night.', 'Washington'],
  ['Reading is fun, the teacher said.', 'Reading'],
  ['The weather was nice in March.', 'March'],
  ['Sen. Jackson voted against the bill.', 'Jackson'],
  ['Michael Hughes said the plan was sound. Hughes added that costs would fall.', 'Hughes'],
  ['The crash happened on Washington Drive near the school.', 'Washington'],
  ['FEMA and NATO officials met on Friday.', 'NATO'],
  // A name right after a weapon's noun is its model, as before it ("Grad rockets").
  ['Rebels fired the rocket launcher Grad at the town.', 'Grad'],
  ['Rebels fired Grad rockets at the town.', 'Grad'],
  // So is a large town's name right before a weapon's or an armoured vehicle's noun (Nyala, Sudan).
  ['Police deployed a Nyala armoured vehicle in the township.', 'Nyala'],
  ['Protesters threw stones at Nyala vehicles on Monday.', 'Nyala'],
  // "Arab" is a people's word before it is Arab, Alabama (needs a locative cue, as "in Arab, Alabama").
  ['Arab states condemned the air strike on the town.', 'Arab'],
  ['The protests began in the context of the Arab Spring.', 'Arab'],
  // A weekday's abbreviation opening a dated headline (Mon State, Myanmar; Wedi, Indonesia).
  ['Mon Aug 15 2016 Ten rebels killed in a suicide bombing.', 'Mon'],
  ['Wed May 18 2016 Ten fighters killed in clashes.', 'Wed'],
  // A name glued to a domain ending is a website, not the town.
  ['The minister told Tripoli.ly that talks would resume.', 'Tripoli'],
  // A frequent word is no town that bears it only as another name (Hall: Las Lomas, California).
  ['He took early retirement from Hall after 25 years of service.', 'Hall'],
  // Towns do not meet or tell: a small town's name before such a verb is a person (Obama, Japan).
  ['Obama met the prime minister in London on Monday.', 'Obama'],
  // Nor are they met, told or thanked: a name right after such a verb is its object, a person or a
  // body (Jackson, Mississippi; Harrison, Arkansas; Sherman, Texas).
  ['The governor met Jackson in Atlanta on Tuesday.', 'Jackson'],
  ['Ministers told Harrison the plan was dead.', 'Harrison'],
  ['The mayor thanked Sherman for the donation.', 'Sherman'],
  // A noun of people of any kind is no such cue (Toll, Queensland).
  ['Toll workers held a sit-in at the ministry on Monday.', 'Toll'],
  // Not a name that goes on after the list's joint, the subject of a new clause, nor the streets the
  // list qualifies (Terry, Montana; Jackson, Mississippi; Harris, Texas).
  ['Staff writers in Boston and Terry Hughes in Denver contributed to this report.', 'Terry'],
  ['Protests were held in Paris and Jackson said nothing.', 'Jackson'],
  ['The crash happened near Maple, Owens and Harris roads on Monday.', 'Harris'],
  // One approaches a person with a request (Roberts, Idaho).
  ['He approached Roberts with an offer last year.', 'Roberts'],
]

describe('English: a town inside an organisation\'s name that is no compound word stays', () => {
  const places = (text: string): Place[] => getDefaultPipeline().analyze({ input: 'en-suite', text, language: 'en' }).places
  it('"the Damascus government", "Jimma university"', () => {
    assert.ok(places('The Damascus government rejected the plan.').some((p) => p.text === 'Damascus'))
    assert.ok(places('Students from Jimma university protested on Monday.').some((p) => p.text === 'Jimma'))
  })
  it('a public figure named by the surname alone after a cue is that person', () => {
    assert.deepEqual(places('Thousands marched against Morsi in Cairo.').map((p) => p.text), ['Cairo'])
    // "from", "to" come from or go to a person; "in" still makes a place.
    assert.deepEqual(places('The plan had support from Obama and the leaders of many countries.').map((p) => p.text), [])
    assert.deepEqual(places('Heavy rain fell in Kerry on Monday.').map((p) => p.text), ['Kerry'])
  })
})

describe('English: a road named after the towns it links', () => {
  it('names its known town even where the gazetteer lacks the other ("the Arua-Nimule highway")', () => {
    assert.deepEqual(places('Gunmen killed seven passengers on the Arua-Nimule highway.').map((p) => p.text), ['Arua'])
    // A brand is no road: "Wal-Mart store" names no town.
    assert.deepEqual(places('Shoppers crowded the Wal-Mart store.').map((p) => p.text), [])
  })
})

describe('places in English sentences', () => {
  for (const [text, surface, where, admin1] of FOUND) {
    it(`${surface} in: ${text}`, () => {
      const p = places(text).find((x) => x.text === surface)
      assert.ok(p, `${surface} not found in ${places(text).map((x) => x.text).join(', ')}`)
      if (where.includes(':')) assert.equal(p.id, where, `${p.name} ${p.id}`)
      else assert.equal(p.countryCode, where, `${p.name} ${p.countryCode}`)
      if (admin1) assert.equal(p.admin1Code, admin1, `${p.name} ${p.admin1Code}`)
    })
  }
  for (const [text, surface] of NOT_FOUND) {
    it(`no place "${surface}" in: ${text}`, () => {
      const hit = places(text).find((x) => x.text === surface)
      assert.equal(hit, undefined, `${surface} tagged as ${hit?.name}`)
    })
  }
  it('marks metonymy and keeps the place', () => {
    const p = places('Damascus said the strikes violated its sovereignty.')[0]
    assert.equal(p?.metonymic, true)
  })
  it('an admin word makes a seat\'s name its area where the gazetteer knows the spelling for the town only', () => {
    const p = places('Warplanes struck villages across Idleb province on Monday.').find((x) => x.text === 'Idleb')
    assert.equal(p?.featureCode, 'ADM1')
    assert.equal(p?.admin1Code, '12')
  })
  it('reads no name through a romanization from another script ("Koma" is no Qom, "Machara" no Machala)', () => {
    const got = places('Farmers marched in Koma town and blocked the road to Machara on Monday.')
    assert.ok(!got.some((p) => p.countryCode === 'IR' || p.countryCode === 'EC'), got.map((p) => `${p.text}: ${p.name} ${p.countryCode}`).join(', '))
  })
  it('a people named, armed or not, places the text among its homes: a lesser town far from them is a namesake', () => {
    // The persons' names come from the entities stage: the whole pipeline.
    const places = (text: string): Place[] => getDefaultPipeline().analyze({ input: 'en-suite', text, language: 'en' }).places
    assert.equal(places('Afar students marched to Buri village on Monday.').find((p) => p.text === 'Buri'), undefined)
    assert.equal(places('Students marched to Buri village on Monday.').find((p) => p.text === 'Buri')?.countryCode, 'BR')
    // A man's name is no people: Issa is a given name before it is a clan of Djibouti.
    assert.equal(places('Mohamed Issa said students marched to Buri village on Monday.').find((p) => p.text === 'Buri')?.countryCode, 'BR')
    // Nor is a name after a title: Lt. Bari is an officer, not one of the Bari of South Sudan.
    assert.equal(places('Gunmen killed Lt. Bari in Buri village.').find((p) => p.text === 'Buri')?.countryCode, 'BR')
  })
  it('gives "near" places precision 2 and countries 3', () => {
    const got = places('The convoy was ambushed near Kandahar in Afghanistan.')
    assert.deepEqual(got.map((p) => [p.text, p.geoPrecision]), [['Kandahar', 2], ['Afghanistan', 3]])
  })
})

describe('English: a second-level area known by no town of its own (coarse)', () => {
  it('is a place after a locative cue or with the word for its kind, with geo_precision 3', () => {
    for (const text of ['Fighting was reported in Kalehe on Monday.', 'Kalehe territory saw heavy fighting on Monday.']) {
      const p = places(text).find((x) => x.text === 'Kalehe')
      assert.equal(p?.countryCode, 'CD', text)
      assert.equal(p?.geoPrecision, 3, text)
    }
  })
  it('is no place alone, nor inside a facility\'s name', () => {
    for (const text of ['Kalehe said the talks had failed.', 'Students of Kalehe University marched on Monday.']) {
      assert.equal(places(text).find((x) => x.text === 'Kalehe'), undefined, text)
    }
    const text = 'Security agents arrested three West Harerghe University students.'
    assert.equal(places(text).find((x) => x.text === 'West Harerghe'), undefined, text)
  })
  it('is not read in a text whose places are mostly in another country; one other place does not say so', () => {
    const syria = 'Regime troops battled for control of Al-Maleh on Monday, while shelling hit Aleppo and Homs.'
    assert.equal(places(syria).find((x) => x.text === 'Al-Maleh'), undefined, syria)
    assert.equal(places('Regime troops battled for control of Al-Maleh on Monday.').find((x) => x.text === 'Al-Maleh')?.countryCode, 'DZ')
    const hodan = 'Gunmen attacked a police post in the vicinity of Black Sea (Hodan District) on Monday.'
    assert.equal(places(hodan).find((x) => x.text === 'Hodan')?.countryCode, 'SO', hodan)
  })
})
