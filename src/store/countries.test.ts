import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countryCode, countryName, isCountry } from './countries.js'

describe('countries', () => {
  const codes: [string, string][] = [['sy', 'SY'], ['Syria', 'SY'], ['Syrie', 'SY'], ['Irak', 'IQ'], ['Iraq', 'IQ'], ['Libye', 'LY'], ['Nowhere', 'NOWHERE']]
  for (const [input, expected] of codes) it(`code of ${input}`, () => assert.equal(countryCode(input), expected))
  const names: [string | null, string][] = [['SY', 'Syria'], ['IQ', 'Iraq'], ['RU', 'Russia'], ['FR', 'France'], [null, '']]
  for (const [input, expected] of names) it(`name of ${input}`, () => assert.equal(countryName(input), expected))
  const known: [string, boolean][] = [['Mali', true], ['ml', true], ['Côte d\'Ivoire', true], ['Cote d\'Ivoire', true], ['Liban', true], ['Kosovo', true], ['Narnia', false], ['ZZ', false]]
  for (const [input, expected] of known) it(`${input} is ${expected ? '' : 'not '}a country`, () => assert.equal(isCountry(input), expected))
})
