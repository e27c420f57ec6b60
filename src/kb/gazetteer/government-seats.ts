/**
 * The seat of a country's government at a date (`kb/places/government-seats.tsv`), where it is not
 * the gazetteer's capital: GeoNames' PPLC is today's official capital (Gitega for Burundi since
 * 2019, Yamoussoukro for Côte d'Ivoire), while "the capital" of the news of a day, and the point
 * ACLED codes a country-wide event at, is where the government sat that day (Bujumbura in 2016,
 * Abidjan). Read once per process.
 */
import { foldName } from './fold.js'
import { loadGazetteer, type GazetteerEntry } from './index.js'
import { readKbTable } from './sources.js'

interface SeatRow { cc: string; town: string; from: string; until: string }

let rows: Map<string, SeatRow[]> | null = null
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u

function seatRows(): Map<string, SeatRow[]> {
  if (rows) return rows
  const out = new Map<string, SeatRow[]>()
  for (const { cols } of readKbTable('government-seats.tsv', 2)) {
    const [cc, town, from = '', until = ''] = cols
    const row = { cc: cc!.toUpperCase(), town: town!, from, until }
    const list = out.get(row.cc) ?? []
    list.push(row)
    out.set(row.cc, list)
  }
  rows = out
  return out
}

const seatCache = new Map<string, GazetteerEntry | null>()

/**
 * The seat of `cc`'s government on `date` (an ISO date or date-time; today when null): the town of
 * the row whose period holds the day, else the gazetteer's capital (`Gazetteer.seat`).
 */
export function governmentSeat(cc: string, date: string | null | undefined): GazetteerEntry | null {
  const gaz = loadGazetteer()
  const day = date && ISO_DAY.test(date.slice(0, 10)) ? date.slice(0, 10) : new Date().toISOString().slice(0, 10)
  const row = seatRows().get(cc.toUpperCase())?.find((r) => (r.from === '' || r.from <= day) && (r.until === '' || day < r.until))
  if (!row) return gaz.seat(cc)
  const key = `${row.cc}:${row.town}`
  if (!seatCache.has(key)) {
    const towns = gaz.lookup(foldName(row.town)).filter((e) => e.countryCode === row.cc && (e.featureCode ?? '').startsWith('PPL'))
    seatCache.set(key, towns.sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0] ?? null)
  }
  return seatCache.get(key) ?? gaz.seat(cc)
}
