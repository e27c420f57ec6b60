import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { StoreStats } from '../store/store.js'
import { formatStats } from './stats.js'

const months = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${2014 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}`, 1]))
const stats: StoreStats = {
  articles: 43, stories: 40, sightings: 45, events: 3, mergedEvents: 2, statements: 1,
  byLanguage: { fr: 30, en: 13 },
  byEventType: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`Type ${i}`, 15 - i])),
  byCountry: { ML: 2, CI: 1, unknown: 1 },
  byMonth: { unknown: 3, ...months },
  bySource: { 'Agence A': 40 },
}

describe('stats tables', () => {
  const text = formatStats(stats, 'x.db').join('\n')
  it('says how many rows a cut table leaves out', () => assert.match(text, / {7}4 {2}Type 11\n {13}… 3 more \(sitrep stats --json lists them\)/))
  it('names the countries beside their codes', () => assert.match(text, / {10}2 {2}ML {2}Mali\n {10}1 {2}CI {2}Ivory Coast\n {10}1 {2}unknown\n/))
  it('shows the latest months, then the articles without a date', () => {
    assert.match(text, /articles by month \(latest 36 of 40\)\n {10}1 {2}2014-05\n/)
    assert.match(text, / {10}1 {2}2017-04\n {10}3 {2}no date\n/)
  })
})
