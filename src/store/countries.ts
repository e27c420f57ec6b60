/** Country names (English or French) to ISO 3166-1 alpha-2 codes and back, from i18n-iso-countries. */
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import { z } from 'zod'
import { readResourceLines } from '../resources/load.js'

let loaded = false
function load(): void {
  if (loaded) return
  const require = createRequire(import.meta.url)
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'))
  countries.registerLocale(require('i18n-iso-countries/langs/fr.json'))
  loaded = true
}

/** ISO code for a code or a country name; the input upper-cased when it names no country. */
export function countryCode(value: string): string {
  const v = value.trim()
  if (/^[a-z]{2}$/i.test(v)) return v.toUpperCase()
  load()
  const byAcled = [...names()].find(([, name]) => name.toLowerCase() === v.toLowerCase())?.[0]
  return byAcled ?? countries.getAlpha2Code(v, 'en') ?? countries.getAlpha2Code(v, 'fr') ?? countries.toAlpha2(v.toUpperCase()) ?? v.toUpperCase()
}

/** Whether a code or name (as `countryCode` reads it) names a country: a mistyped one must not silently match nothing. */
export function isCountry(value: string): boolean {
  const code = countryCode(value)
  return names().has(code) || countries.isValid(code)
}

/** A country hint in an article's input (the JSON field, the API's `country`): a two-letter code of a country, any case. */
export const countryHintCode = z.string().regex(/^[a-z]{2}$/i, 'expected an ISO 3166-1 alpha-2 code such as ET').refine(isCountry, 'not a country code')

/** The ISO code of a country hint given as a code or a name (as `countryCode` reads it); null when it names no country. */
export function hintCountry(value: string): string | null {
  return isCountry(value) ? countryCode(value) : null
}

let acledNames: Map<string, string> | null = null
function names(): Map<string, string> {
  acledNames ??= new Map(readResourceLines('common', 'export/acled-country-names.tsv', 2).map((l) => [l.cols[0]!, l.cols[1]!]))
  return acledNames
}

/** ACLED's name for a country (its `country` column): ACLED's short form, else the ISO English name, else the code. */
export function countryName(code: string | null): string {
  if (!code) return ''
  load()
  return names().get(code.toUpperCase()) ?? countries.getName(code, 'en') ?? code
}
