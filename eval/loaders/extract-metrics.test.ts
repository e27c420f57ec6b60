import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hasEvalData } from '../paths.js'
import { loadScrapinghubGold, loadScrapinghubPredictions, SCRAPINGHUB_DIR } from './extract-scrapinghub.js'
import { scorePage, scoreSnippets, snippetMetrics, sumShingleScores, wordTokens } from './extract-metrics.js'

describe('wordTokens', () => {
  const cases: [string, string[]][] = [
    ['Hello, world!', ['Hello', 'world']],
    ['l’armée syrienne, 5 000 djihadistes', ['l', 'armée', 'syrienne', '5', '000', 'djihadistes']],
    ['snake_case — Größe', ['snake_case', 'Größe']],
    ['', []],
  ]
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.deepEqual(wordTokens(text), expected))
})

describe('scorePage', () => {
  const gold = 'one two three four five six'
  const cases: [string, string, number | undefined, number | undefined, boolean][] = [
    ['identical', gold, 1, 1, true],
    ['empty output is left out of precision', '', undefined, 0, false],
    ['extra headline costs precision', `Headline here ${gold}`, 3 / 5, 1, false],
    ['half missing costs recall', 'one two three four', 1, 1 / 3, false],
    ['punctuation does not count', 'one, two. three: four! five six', 1, 1, true],
  ]
  for (const [name, predicted, p, r, exact] of cases) {
    it(name, () => {
      const s = scorePage(predicted, gold)
      assert.equal(s.precision, p)
      assert.equal(s.recall, r)
      assert.equal(s.exact, exact)
    })
  }
  it('takes F1 as the harmonic mean of the mean P and mean R', () => {
    const t = sumShingleScores([scorePage(gold, gold), scorePage('', gold)])
    assert.equal(t.precision, 1)
    assert.equal(t.recall, 0.5)
    assert.equal(t.f1, 2 / 3)
    assert.equal(t.empty, 1)
  })
})

describe('scoreSnippets', () => {
  it('normalises white space and is case-sensitive', () => {
    const c = scoreSnippets('The  minister\nsaid so.\n\nShare on X', [' minister said ', 'The Minister'], ['Share on X', 'Cookies'])
    assert.deepEqual(c, { tp: 1, fn: 1, fp: 1, tn: 1 })
    assert.equal(snippetMetrics(c).f1, 0.5)
  })
  it('counts an empty output as all FN and TN', () => {
    assert.deepEqual(scoreSnippets('', ['a'], ['b']), { tp: 0, fn: 1, fp: 0, tn: 1 })
  })
})

describe('scorer reproduces the published ScrapingHub table', { skip: !hasEvalData(SCRAPINGHUB_DIR) && `no gold at ${SCRAPINGHUB_DIR}` }, () => {
  const gold = loadScrapinghubGold()
  const cases: [string, number, number, number, number][] = [
    ['trafilatura', 0.958, 0.938, 0.978, 0.293],
    ['AutoExtract', 0.97, 0.984, 0.956, 0.47],
    ['html-text', 0.665, 0.5, 0.994, 0],
  ]
  for (const [tool, f1, p, r, acc] of cases) {
    it(tool, () => {
      const pred = loadScrapinghubPredictions(tool)
      const t = sumShingleScores(gold.map((g) => scorePage(pred.get(g.id) ?? '', g.body)))
      assert.equal(t.pages, 181)
      assert.deepEqual([t.f1, t.precision, t.recall, t.accuracy].map((x) => Number(x.toFixed(3))), [f1, p, r, acc])
    })
  }
})
