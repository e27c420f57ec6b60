/**
 * Generates kb/actors/state-actors.json: the military, police and government of every country,
 * named in ACLED style ("Military Forces of Syria"), with aliases in every language that has
 * resources/<lang>/entities/{countries,state-actors}.tsv. Country names come from
 * i18n-iso-countries. Run: `npx tsx scripts/build-actor-kb.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import countries from 'i18n-iso-countries'
import { REPO_DIR } from '../eval/paths.js'
import { readResourceLines } from '../src/resources/load.js'
import type { ActorEntry } from '../src/kb/actors/types.js'

// Uninhabited or without a government of their own: no state actors.
const SKIP = new Set(['AQ', 'BV', 'HM', 'GS', 'TF', 'UM', 'IO', 'CX', 'CC', 'NF', 'PN', 'SJ', 'TK', 'MF', 'SX'])
// ACLED's short English names where the ISO list's shortest name is not the usual one.
const DISPLAY: Record<string, string> = {
  SY: 'Syria', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', LA: 'Laos', MD: 'Moldova',
  FM: 'Micronesia', VA: 'Vatican City', BN: 'Brunei', CZ: 'Czech Republic', VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands', FK: 'Falkland Islands', BQ: 'Caribbean Netherlands',
}
const LANGS = ['en', 'fr'] as const
const ROLES = { military: { label: 'Military Forces of', kind: 'state_force' }, police: { label: 'Police Forces of', kind: 'state_force' }, government: { label: 'Government of', kind: 'institution' } } as const

interface CountryWords { names: string[]; adjectives: string[] }

function countryWords(lang: string): Map<string, CountryWords> {
  const out = new Map<string, CountryWords>()
  for (const { cols } of readResourceLines(lang, 'entities/countries.tsv', 3)) {
    const [cc = '', extra = '', adj = ''] = cols
    out.set(cc, { names: extra.split(',').filter(Boolean), adjectives: adj.split('|').filter(Boolean) })
  }
  return out
}

function displayName(cc: string): string {
  if (DISPLAY[cc]) return DISPLAY[cc]
  const names = (countries.getName(cc, 'en', { select: 'all' }) ?? []).filter((n) => !/^[A-Z.]+$/.test(n) && !n.includes(','))
  return names.sort((a, b) => a.length - b.length)[0] ?? cc
}

const words = Object.fromEntries(LANGS.map((l) => [l, countryWords(l)]))
const templates = Object.fromEntries(LANGS.map((l) => [l, readResourceLines(l, 'entities/state-actors.tsv', 2).map((r) => ({ role: r.cols[0]!, template: r.cols[1]! }))]))
const actors: ActorEntry[] = []
for (const cc of Object.keys(countries.getAlpha2Codes()).sort()) {
  if (SKIP.has(cc)) continue
  const display = displayName(cc)
  for (const [role, { label, kind }] of Object.entries(ROLES)) {
    const aliases: ActorEntry['aliases'] = { en: [], fr: [], ar: [] }
    for (const lang of LANGS) {
      const local = words[lang]!.get(cc)
      // A parenthesised qualifier ("Holy See (Vatican City State)") is not part of the name in text.
      const names = [...new Set([...(countries.getName(cc, lang, { select: 'all' }) ?? []).map((n) => n.replace(/\s*\(.*\)$/, '')), ...(local?.names ?? []), ...(lang === 'en' ? [display] : [])])]
      const set = new Set<string>()
      for (const { role: r, template } of templates[lang]!) {
        if (r !== role) continue
        if (template.includes('{name}')) for (const n of names) set.add(template.replace('{name}', n))
        if (template.includes('{adj}')) for (const a of local?.adjectives ?? []) set.add(template.replace('{adj}', a))
      }
      aliases[lang] = [...set]
    }
    actors.push({ id: `${role}-${cc.toLowerCase()}`, name: `${label} ${display}`, qid: null, inter: 1, kind, country: cc, parent: role === 'government' ? null : `government-${cc.toLowerCase()}`, tags: [], countryScoped: false, role, aliases })
  }
}
// One actor a line keeps diffs readable.
writeFileSync(join(REPO_DIR, 'kb', 'actors', 'state-actors.json'), `[\n${actors.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`)
console.log(`wrote ${actors.length} state actors`)
