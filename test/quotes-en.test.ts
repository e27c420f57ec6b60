/** English statements suite: wire-style sentences written for this repository, with the statements each must yield. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createQuotesAnnotator } from '../src/annotators/quotes/index.js'
import { createPipeline } from '../src/pipeline/pipeline.js'

type Expected = [kind: string, lemma: string | null, speaker: string | null, content: string]

const pipeline = createPipeline([createQuotesAnnotator()])

function statementsOf(text: string): Expected[] {
  const a = pipeline.analyze({ input: 'test', text, language: 'en' })
  return a.statements.map((s) => [s.kind, s.cue?.lemma ?? null, s.speaker?.name ?? null, text.slice(s.content.start, s.content.end)])
}

const CASES: [string, Expected[]][] = [
  ['The minister said that talks had failed.', [['indirect', 'say', null, 'that talks had failed']]],
  ['John Carter said the ceasefire would hold.', [['indirect', 'say', 'John Carter', 'the ceasefire would hold']]],
  ['The ceasefire will hold, John Carter said.', [['indirect', 'say', 'John Carter', 'The ceasefire will hold']]],
  ['The ceasefire will hold, said John Carter.', [['indirect', 'say', 'John Carter', 'The ceasefire will hold']]],
  ['“We will not retreat,” the general said.', [['direct', 'say', null, '“We will not retreat,”']]],
  ['“We will not retreat,” said Anna Berg, a local commander.', [['direct', 'say', 'Anna Berg', '“We will not retreat,”']]],
  ['Anna Berg told reporters on Monday that the road was closed.', [['indirect', 'tell', 'Anna Berg', 'that the road was closed']]],
  ['According to the ministry, ten people were killed.', [['indirect', 'according to', 'ministry', 'ten people were killed']]],
  ['Ten people were killed, according to the ministry.', [['indirect', 'according to', 'ministry', 'Ten people were killed']]],
  ['Moscow said it would send more troops.', [['indirect', 'say', 'Moscow', 'it would send more troops']]],
  ['The ministry denied the report.', [['indirect', 'deny', 'ministry', 'the report']]],
  ['Mark Hill, a spokesman for the army, said the base was secure. He added that no one was hurt.', [
    ['indirect', 'say', 'Mark Hill', 'the base was secure'],
    ['indirect', 'add', 'Mark Hill', 'that no one was hurt'],
  ]],
  ['Sara Lind smiled and said the vote was fair.', [['indirect', 'say', 'Sara Lind', 'the vote was fair']]],
  ['Sara Lind praised the deal, saying it would save lives.', [
    ['indirect', 'praise', 'Sara Lind', 'the deal'],
    ['indirect', 'say', 'Sara Lind', 'it would save lives'],
  ]],
  ['Overall, she said, most voters are undecided.', [['indirect', 'say', null, 'most voters are undecided']]],
  ['The plan, he said, is dead.', [['indirect', 'say', null, 'The plan, he said, is dead']]],
  ['“We won,” he said, adding that it was close.', [['direct', 'say', null, '“We won,”'], ['indirect', 'add', null, 'that it was close']]],
  ['Sen. Jane Roe (D-Ore.), said the bill would pass.', [['indirect', 'say', 'Sen. Jane Roe', 'the bill would pass']]],
  ["He said ''we will win'' in November.", [['mixed', 'say', null, "''we will win'' in November"]]],
  ['Mark Hill said the base was secure. The spokesman added that no one was hurt.', [
    ['indirect', 'say', 'Mark Hill', 'the base was secure'],
    ['indirect', 'add', 'Mark Hill', 'that no one was hurt'],
  ]],
  ['Anna Berg, a senator, said the vote was fair. The spokesman added that it was late.', [
    ['indirect', 'say', 'Anna Berg', 'the vote was fair'],
    ['indirect', 'add', null, 'that it was late'],
  ]],
  ['Kelly Ray told POLITICO she was leaning toward Cruz.', [['indirect', 'tell', 'Kelly Ray', 'she was leaning toward Cruz']]],
  ['The ceasefire will hold, said John Carter, a commander.', [['indirect', 'say', 'John Carter', 'The ceasefire will hold']]],
  ['He did not say whether the talks would resume.', []],
  ['The rebels, as they say, have lost the war.', []],
  ['The so-called “peace plan” was signed on Monday.', []],
  ['She wants to leave the country.', [['indirect', 'want', null, 'to leave the country']]],
  ['The famine wants no explanation.', []],
  ['Troops entered the city on Tuesday.', []],
]

describe('English statements', () => {
  for (const [text, expected] of CASES) {
    it(text.slice(0, 90), () => assert.deepEqual(statementsOf(text), expected))
  }
})
