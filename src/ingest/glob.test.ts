import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { globToRegExp } from './glob.js'

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['news/*.html', 'news/a.html', true],
    ['news/*.html', 'news/sub/a.html', false],
    ['news/**/*.html', 'news/sub/deep/a.html', true],
    ['news/**/*.html', 'news/a.html', true],
    ['2016-1?/*.txt', '2016-12/x.txt', true],
    ['2016-1?/*.txt', '2016-123/x.txt', false],
    ['[ab].json', 'b.json', true],
    ['[!ab].json', 'b.json', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
  ]
  for (const [glob, path, expected] of cases) it(`${glob} ~ ${path}`, () => assert.equal(globToRegExp(glob).test(path), expected))
})
