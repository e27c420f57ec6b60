/** Country names (English or French) to ISO 3166-1 alpha-2 codes and back, from i18n-iso-countries. */
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'

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
  return countries.getAlpha2Code(v, 'en') ?? countries.getAlpha2Code(v, 'fr') ?? countries.toAlpha2(v.toUpperCase()) ?? v.toUpperCase()
}

/** English short name for an ISO code (ACLED's `country` column); the code itself when unknown. */
export function countryName(code: string | null): string {
  if (!code) return ''
  load()
  return countries.getName(code, 'en') ?? code
}
