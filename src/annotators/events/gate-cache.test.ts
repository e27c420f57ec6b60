import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openWordsCache } from './gate-cache.js'
import { requiredWords } from './gate.js'
import { loadEventResources } from './resources.js'

const withDir = (run: (dir: string) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gates-'))
  try {
    run(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the required-words cache', () => {
  test('a saved file gives the next reader the same words, without a parse', () => {
    withDir((dir) => {
      const file = join(dir, 'event-gates', 'abc.json')
      const sources = ['(?:killed|shot dead) (?:\\d+|two)', '(?:tués|blessés)', '(?:\\S+)']
      const first = openWordsCache(file)
      for (const s of sources) {
        assert.equal(first.get(s), undefined)
        first.set(s, requiredWords(s))
      }
      first.save()
      const second = openWordsCache(file)
      for (const s of sources) assert.deepEqual(second.get(s), requiredWords(s))
      assert.equal(second.get('(?:\\S+)'), null)
    })
  })

  test('an edited source is not found under its old text; a damaged file counts as empty', () => {
    withDir((dir) => {
      const file = join(dir, 'g.json')
      const cache = openWordsCache(file)
      cache.set('(?:riots?|looting)', requiredWords('(?:riots?|looting)'))
      cache.save()
      assert.equal(openWordsCache(file).get('(?:riots?|looted)'), undefined)
      writeFileSync(file, '[["(?:riots?|loo')
      assert.equal(openWordsCache(file).get('(?:riots?|looting)'), undefined)
    })
  })

  test('nothing is written when nothing was added', () => {
    withDir((dir) => {
      const file = join(dir, 'g.json')
      const cache = openWordsCache(file)
      cache.set('(?:clashes)', ['clashes'])
      cache.save()
      writeFileSync(file, JSON.stringify([['(?:clashes)', ['clash']]]))
      const reread = openWordsCache(file)
      reread.save()
      assert.equal(readFileSync(file, 'utf8'), JSON.stringify([['(?:clashes)', ['clash']]]))
      // What the file says is what is used: the cache trusts its own file (its name is the code's hash).
      assert.deepEqual(reread.get('(?:clashes)'), ['clash'])
    })
  })

  test('every English and French events pattern: the cached words are the parsed ones', () => {
    for (const lang of ['en', 'fr']) {
      const res = loadEventResources(lang)
      const patterns = [...res.triggers.flatMap((t) => [t.pattern, t.context, t.unless]), ...res.groups.map((g) => g.pattern), ...res.counts.map((c) => c.pattern)]
      withDir((dir) => {
        const file = join(dir, 'g.json')
        const cache = openWordsCache(file)
        for (const p of patterns) if (p) cache.set(p.source, requiredWords(p.source))
        cache.save()
        const reread = openWordsCache(file)
        for (const p of patterns) if (p) assert.deepEqual(reread.get(p.source), requiredWords(p.source), p.source.slice(0, 80))
      })
    }
  })
})
