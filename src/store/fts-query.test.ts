import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toFtsQuery, toTsQueryText } from './fts-query.js'

describe('toFtsQuery', () => {
  const cases: [string, string | null][] = [
    ['Palmyre', '"Palmyre"'],
    ['frappes  aériennes', '"frappes" "aériennes"'],
    ['a" OR 1=1; DROP TABLE articles; --', '"a" "OR" "1" "1" "DROP" "TABLE" "articles"'],
    ['title:Alep NEAR(x y) abc*', '"title" "Alep" "NEAR" "x" "y" "abc"'],
    ['  ;;; ', null],
    ['', null],
  ]
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(toFtsQuery(input), expected))
})

describe('toTsQueryText', () => {
  const cases: [string, string | null][] = [
    ['frappes  aériennes', 'frappes aériennes'],
    ["a' & !b | c:* <-> (d)", 'a b c d'],
    ['Deir ez-Zor', 'Deir ez Zor'],
    ['  ;;; ', null],
  ]
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(toTsQueryText(input), expected))
})
