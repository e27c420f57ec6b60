/** The filter options `search` and `export` share, parsed and checked at the edge. */
import { Command, InvalidArgumentError } from 'commander'
import type { SearchFilters } from '../store/store.js'

export interface FilterOptions {
  from?: string
  to?: string
  country?: string
  admin1?: string
  type?: string
  actor?: string
  near?: { lat: number; lon: number; km: number }
  lang?: string
  source?: string
  limit?: number
}

function date(v: string): string {
  if (!/^\d{4}(-\d{2}){0,2}$/.test(v)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD')
  return v
}

export function nearOption(v: string): { lat: number; lon: number; km: number } {
  const parts = v.split(',').map((x) => Number(x.trim()))
  const [lat, lon, km] = parts
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x)) || Math.abs(lat!) > 90 || Math.abs(lon!) > 180 || km! <= 0) {
    throw new InvalidArgumentError('expected LAT,LON,KM, e.g. 34.55,38.27,50')
  }
  return { lat: lat!, lon: lon!, km: km! }
}

function positive(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number')
  return n
}

export function addFilterOptions(cmd: Command, defaultLimit: number): Command {
  return cmd
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', date)
    .option('--to <date>', 'on or before this date', date)
    .option('--country <name|code>', 'country (ISO code, or name in English or French)')
    .option('--admin1 <name>', 'first-level region (governorate, province, state)')
    .option('--type <type>', 'ACLED event type or sub-event type')
    .option('--actor <name>', 'an actor taking part (name or id)')
    .option('--near <lat,lon,km>', 'within KM kilometres of a point', nearOption)
    .option('--lang <code>', 'article language (ISO 639-1)')
    .option('--source <name>', 'outlet name or URL part')
    .option('--limit <n>', `at most N results (default ${defaultLimit})`, positive)
}

/** Filters from options; a `--to` month or year means its end. */
export function toFilters(text: string | undefined, o: FilterOptions, defaultLimit: number): SearchFilters {
  const to = o.to ? (o.to.length === 4 ? `${o.to}-12-31` : o.to.length === 7 ? `${o.to}-31` : o.to) : undefined
  return {
    ...(text ? { text } : {}),
    ...(o.from ? { from: o.from } : {}),
    ...(to ? { to } : {}),
    ...(o.country ? { country: o.country } : {}),
    ...(o.admin1 ? { admin1: o.admin1 } : {}),
    ...(o.type ? { eventType: o.type } : {}),
    ...(o.actor ? { actor: o.actor } : {}),
    ...(o.near ? { near: o.near } : {}),
    ...(o.lang ? { language: o.lang } : {}),
    ...(o.source ? { source: o.source } : {}),
    limit: o.limit ?? defaultLimit,
  }
}
