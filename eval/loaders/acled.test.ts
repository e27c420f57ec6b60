import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { ACLED_DIR, acledDate, loadAcled, parseAcled } from './acled.js'

describe('acledDate', () => {
  const cases: [string, string | null][] = [['29/12/2015', '2015-12-29'], ['01/02/2016', '2016-02-01'], ['2016-02-01', null], ['', null]]
  for (const [s, expected] of cases) it(s || '(empty)', () => assert.equal(acledDate(s), expected))
})

describe('parseAcled', () => {
  const header = 'GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES,,,'
  it('reads a row by column position, with a quoted note', () => {
    const row = '1,9XYZ,,03/04/2016,2016,1,Riots/Protests,Protesters (Testland),,6,,,0,60,Testland,North,A,,Town,1.5,2.5,1,Wire,"Workers protested, loudly.",0,,,'
    const [n] = parseAcled(`${header}\r\n${row}\r\n`)
    assert.equal(n?.date, '2016-04-03')
    assert.equal(n?.notes, 'Workers protested, loudly.')
    assert.equal(n?.inter1, 6)
    assert.equal(n?.inter2, 0)
    assert.equal(n?.lat, 1.5)
  })
  it('names the row with a bad date', () => assert.throws(() => parseAcled(`${header}\n1,X,,2016-04-03,2016,1,T,A,,1,,,,,C,R,,,L,0,0,1,S,N,0\n`), /row 2/))
})

describe('ACLED 2016 loader', { skip: !hasEvalData(ACLED_DIR) && `no data at ${ACLED_DIR}` }, () => {
  it('reads 6,831 events, all with notes and coordinates', () => {
    const all = loadAcled()
    assert.equal(all.length, 6831)
    assert.equal(all.filter((n) => n.notes.trim() === '').length, 0)
    assert.equal(all.filter((n) => Number.isNaN(n.lat) || Number.isNaN(n.lon)).length, 0)
    assert.equal(all.filter((n) => n.eventType === 'Riots/Protests').length, 2783)
  })
  it('a limit samples across the file', () => {
    const some = loadAcled(50)
    assert.equal(some.length, 50)
    assert.ok(new Set(some.map((n) => n.country)).size > 10)
  })
})
