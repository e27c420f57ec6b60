import { test } from 'node:test'
import assert from 'node:assert/strict'
import { articleId, collapseSpace } from './id.js'

const regexCollapse = (s: string) => s.replace(/\s+/gu, ' ').trim()

test('collapseSpace is the white-space regex replace and trim, on every code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    for (const s of [`a${ch}b`, `a${ch}${ch} b`, `${ch}a`, `a${ch}`, ch, `a ${ch}\n b`]) assert.equal(collapseSpace(s), regexCollapse(s), `U+${c.toString(16)}`)
  }
})

test('collapseSpace keeps single spaces and folds runs, tabs, line breaks and no-break spaces', () => {
  const cases = ['', ' ', 'plain words one space apart', '  lead and trail  ', 'a\nb', 'a \n\t b', 'Gao\u00a0; Kidal\u202fet\u2003Tombouctou', 'x\r\ny', '😀 😀\u3000😀']
  for (const s of cases) assert.equal(collapseSpace(s), regexCollapse(s), JSON.stringify(s))
})

test('articleId: the same id for the same text whatever its white space and Unicode form', () => {
  assert.equal(articleId('Clashes in  Gao.\n\nTwo dead.'), articleId('Clashes in Gao. Two dead.'))
  assert.equal(articleId('Les affrontements à Gao'), articleId('Les affrontements a\u0300 Gao'))
  assert.notEqual(articleId('Clashes in Gao.'), articleId('Clashes in Kidal.'))
  // Pinned: stored articles are found again by these ids.
  assert.equal(articleId(' Clashes\tin\u00a0Gao.\n'), '77dc5eabf87f91fd')
  assert.equal(articleId('Les affrontements à Gao ont fait deux morts.'), '6b5681e8f0a55779')
})
