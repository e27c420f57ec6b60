import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findQuotations } from './quotations.js'

/** Paragraphs split on blank lines, as the segmenter finds them. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const re = /[^\n]+(?:\n[^\n]+)*/gu
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

function quotes(text: string): [string, number][] {
  return findQuotations(text, paragraphsOf(text)).map((q) => [text.slice(q.start, q.end), q.depth])
}

describe('findQuotations', () => {
  const cases: [string, string, [string, number][]][] = [
    ['French guillemets', 'Il a dit « non » hier.', [['« non »', 1]]],
    ['curly English quotes', 'He said “no way” today.', [['“no way”', 1]]],
    ['straight quotes open after a space', 'He said "no way" today.', [['"no way"', 1]]],
    ['a straight quote after a letter is no opener', 'A 5" barrel and "this" one.', [['"this"', 1]]],
    ['German low-high quotes', 'Er sagte „nein“ gestern.', [['„nein“', 1]]],
    ['single guillemets', 'Il a dit ‹ non › hier.', [['‹ non ›', 1]]],
    ['nested quotes', '« Ils appellent cela la "rébellion" », dit-il.', [['« Ils appellent cela la "rébellion" »', 1], ['"rébellion"', 2]]],
    ['curly singles nest inside doubles, apostrophes do not close them', '“They can’t say ‘never’ now,” he said.', [['“They can’t say ‘never’ now,”', 1], ['‘never’', 2]]],
    ['a lone curly single is an apostrophe', 'It’s ‘fine’ here.', []],
    ['two apostrophes as a double quote', "He said ''we won'' and left.", [["''we won''", 1]]],
    ['a quote continues when the next paragraph reopens it', '“First part.\n\n“Second part.”', [['“First part.\n\n“Second part.”', 1]]],
    ['an unclosed quote is dropped at the paragraph end', '“Never closed.\n\nPlain text.', []],
  ]
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(quotes(text), expected))
  }
})

describe('findQuotations reads only quote marks and apostrophes', () => {
  // Invented: apostrophes inside words, doubled apostrophes, a mark right at a paragraph's end.
  it('apostrophes in words neither open nor close', () => {
    assert.deepEqual(quotes("L'armée a dit ''rien'' et l’ONU « aujourd’hui » ‘quoi’ n'a pas ‘répondu’."), [["''rien''", 1], ['« aujourd’hui »', 1]])
  })
  it('a quotation left open at a paragraph end is dropped unless the next paragraph continues it', () => {
    assert.deepEqual(quotes('Il a dit « nous partirons\n\n« demain », a-t-il ajouté. Fin "ici"'), [['« nous partirons\n\n« demain »', 1], ['"ici"', 1]])
    assert.deepEqual(quotes('She said "we stay\n\nNothing more.'), [])
  })
})
