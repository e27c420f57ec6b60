import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findParagraphs, loadSegmentResources, splitSentences, tokenize } from './index.js'

function tokens(lang: string, text: string): string[] {
  return tokenize(text, 0, text.length, loadSegmentResources(lang)).map((t) => text.slice(t.start, t.end))
}

function sentences(lang: string, text: string): string[] {
  const toks = tokenize(text, 0, text.length, loadSegmentResources(lang))
  return splitSentences(text, toks, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))
}

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    ['fr', 'plus de 5 000 djihadistes', ['plus', 'de', '5 000', 'djihadistes']],
    ['fr', 'plus de 5\u00a0000 hommes', ['plus', 'de', '5\u00a0000', 'hommes']],
    ['fr', '12 345 678,5 euros', ['12 345 678,5', 'euros']],
    ['fr', 'en 2016 2 000 personnes', ['en', '2016', '2 000', 'personnes']],
    ['fr', "la libération d'Alep par l'armée", ['la', 'libération', "d'", 'Alep', 'par', "l'", 'armée']],
    ['fr', 'qu’il a dit', ['qu’', 'il', 'a', 'dit']],
    ['fr', "aujourd'hui à Deir ez-Zor", ["aujourd'hui", 'à', 'Deir', 'ez-Zor']],
    ['fr', '« cinglant revers »', ['«', 'cinglant', 'revers', '»']],
    ['fr', 'M. Labévière', ['M.', 'Labévière']],
    ['fr', 'c\'est-à-dire', ["c'", 'est-à-dire']],
    ['en', "Syria's army didn't", ['Syria', "'s", 'army', 'did', "n't"]],
    ['en', 'the U.S. Army said "no".', ['the', 'U.S.', 'Army', 'said', '"', 'no', '"', '.']],
    ['en', 'Mr. Smith, 1,200 troops', ['Mr.', 'Smith', ',', '1,200', 'troops']],
    ['en', 'at 10:30 a.m. on 3/4', ['at', '10:30', 'a.m.', 'on', '3', '/', '4']],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(tokens(lang, text), expected))
  }

  it('is linear on a 200,000-character paragraph', () => {
    const text = 'mot '.repeat(50_000)
    const res = loadSegmentResources('fr')
    const t0 = performance.now()
    const toks = tokenize(text, 0, text.length, res)
    assert.equal(toks.length, 50_000)
    // generous bound: a quadratic tokenizer takes minutes here
    assert.ok(performance.now() - t0 < 5000)
  })
})

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['fr', "D'après M. Labévière, la ville est tombée. Elle avait été reprise.", ["D'après M. Labévière, la ville est tombée.", 'Elle avait été reprise.']],
    ['fr', 'Il a dit « non. » Puis il est parti.', ['Il a dit « non. »', 'Puis il est parti.']],
    ['fr', 'Qui a gagné ? Personne.', ['Qui a gagné ?', 'Personne.']],
    ['fr', 'Le 3 mars. 2016 fut dur.', ['Le 3 mars.', '2016 fut dur.']],
    ['en', 'Mr. Smith met Dr. Jones in the U.S. Army base. They talked.', ['Mr. Smith met Dr. Jones in the U.S. Army base.', 'They talked.']],
    ['en', 'He said "We will win." Then he left.', ['He said "We will win."', 'Then he left.']],
    ['en', 'J. R. R. Tolkien wrote. Yes.', ['J. R. R. Tolkien wrote.', 'Yes.']],
    ['en', 'It cost 3.5 million. no split here', ['It cost 3.5 million. no split here']],
  ]
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(sentences(lang, text), expected))
  }
})

describe('findParagraphs', () => {
  it('takes one paragraph per line in unwrapped text', () => {
    const text = 'Premier paragraphe.\nSecond paragraphe.\n\nTroisième.'
    assert.deepEqual(findParagraphs(text).map((p) => text.slice(p.start, p.end)), ['Premier paragraphe.', 'Second paragraphe.', 'Troisième.'])
  })
  it('joins hard-wrapped lines into blocks', () => {
    const text = 'The army said on\nMonday that it had\nretaken the town.\n\nA second\nparagraph here.\n'
    assert.deepEqual(findParagraphs(text).map((p) => text.slice(p.start, p.end)), [
      'The army said on\nMonday that it had\nretaken the town.',
      'A second\nparagraph here.',
    ])
  })
  it('does not take a final newline for a blank line between blocks', () => {
    const text = 'Accueil\nMonde\nSyrie\nLa ville est tombée lundi.\nLes combats continuent.\n'
    assert.equal(findParagraphs(text).length, 5)
  })
  it('keeps CRLF out of paragraph spans', () => {
    const text = 'Un.\r\nDeux.\r\n'
    assert.deepEqual(findParagraphs(text).map((p) => text.slice(p.start, p.end)), ['Un.', 'Deux.'])
  })
})
