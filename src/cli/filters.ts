/** The filter options `search` and `export` share, parsed and checked at the edge. */
import { Command, InvalidArgumentError } from 'commander'
import { EngineError } from '../errors.js'
import { isCalendarDate, periodEnd } from '../store/calendar.js'
import { hintCountry, isCountry } from '../store/countries.js'
import { isEventType } from '../store/event-types.js'
import { MAX_LIMIT } from '../store/results.js'
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

/** A year, a month or a day that exists on the calendar (2021-13 and 2021-02-30 would silently match nothing). */
export function dateOption(v: string): string {
  if (!/^\d{4}(-\d{2}){0,2}$/.test(v)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD')
  if (!isCalendarDate(v)) throw new InvalidArgumentError(`${v} is not a calendar date`)
  return v
}

function countryOption(v: string): string {
  if (!isCountry(v)) throw new InvalidArgumentError('not a country: expected an ISO code (ML) or a name in English or French (Mali)')
  return v
}

/** `analyze --country`, `ingest --country`: the country of the inputs that give none, as its ISO code. */
export function countryHintOption(v: string): string {
  const code = hintCountry(v)
  if (!code) throw new InvalidArgumentError('not a country: expected an ISO code (ET) or a name in English or French (Ethiopia)')
  return code
}

function eventTypeOption(v: string): string {
  if (!isEventType(v)) throw new InvalidArgumentError('not an event type: expected an ACLED event type or sub-event type, such as Battles or "Armed clash" (sitrep stats lists those stored)')
  return v
}

export function languageOption(v: string): string {
  if (!/^[a-z]{2,3}$/i.test(v)) throw new InvalidArgumentError('expected a language code (ISO 639-1) such as fr or en')
  return v.toLowerCase()
}

export function nearOption(v: string): { lat: number; lon: number; km: number } {
  const parts = v.split(',').map((x) => Number(x.trim()))
  const [lat, lon, km] = parts
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x)) || Math.abs(lat!) > 90 || Math.abs(lon!) > 180 || km! <= 0) {
    throw new InvalidArgumentError('expected LAT,LON,KM, e.g. 34.55,38.27,50')
  }
  return { lat: lat!, lon: lon!, km: km! }
}

function limitOption(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number')
  // The store returns no more than this a search; a larger limit would be cut without a word.
  if (n > MAX_LIMIT) throw new InvalidArgumentError(`at most ${MAX_LIMIT}`)
  return n
}

export function addFilterOptions(cmd: Command, defaultLimit: number): Command {
  return cmd
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', dateOption)
    .option('--to <date>', 'on or before this date', dateOption)
    .option('--country <name|code>', 'country (ISO code, or name in English or French)', countryOption)
    .option('--admin1 <name>', 'first-level region (governorate, province, state)')
    .option('--type <type>', 'ACLED event type or sub-event type', eventTypeOption)
    .option('--actor <name>', 'an actor taking part (name or id)')
    .option('--near <lat,lon,km>', 'within KM kilometres of a point', nearOption)
    .option('--lang <code>', 'article language (ISO 639-1)', languageOption)
    .option('--source <name>', 'outlet name or URL part')
    .option('--limit <n>', `at most N results (default ${defaultLimit})`, limitOption)
}

/** Filters from options; a `--to` month or year means its end. */
export function toFilters(text: string | undefined, o: FilterOptions, defaultLimit: number): SearchFilters {
  const to = o.to ? periodEnd(o.to) : undefined
  if (o.from && to && o.from > to) throw new EngineError('E_OPTION', `--from ${o.from} is after --to ${o.to}: no date can match; swap them`)
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
