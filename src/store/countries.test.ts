import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countryCode, countryName } from './countries.js'

describe('countries', () => {
  const codes: [string, string][] = [['sy', 'SY'], ['Syria', 'SY'], ['Syrie', 'SY'], ['Irak', 'IQ'], ['Iraq', 'IQ'], ['Libye', 'LY'], ['Nowhere', 'NOWHERE']]
  for (const [input, expected] of codes) it(`code of ${input}`, () => assert.equal(countryCode(input), expected))
  const names: [string | null, string][] = [['SY', 'Syria'], ['IQ', 'Iraq'], ['RU', 'Russia'], ['FR', 'France'], [null, '']]
  for (const [input, expected] of names) it(`name of ${input}`, () => assert.equal(countryName(input), expected))
})
