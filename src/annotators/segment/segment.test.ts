import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findParagraphs, loadSegmentResources, segment, splitSentences, tokenize } from './index.js'

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
    // A space lost between sentences; names, acronyms and addresses keep their period.
    ['en', 'Rebels seized the town.The army withdrew.', ['Rebels seized the town.', 'The army withdrew.']],
    ['fr', "Les rebelles ont pris la ville.Les soldats se sont retirés.", ['Les rebelles ont pris la ville.', 'Les soldats se sont retirés.']],
    ['en', 'He met Dr.Smith at www.example.com today.', ['He met Dr.Smith at www.example.com today.']],
    ['en', 'The U.S.Army and node.js users met.', ['The U.S.Army and node.js users met.']],
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

describe('tokenize: fast paths for spaces and plain words read as the full token pattern does', () => {
  // Invented sentences with the cases the fast paths must leave to the full pattern: dotted
  // acronyms and abbreviations, grouped numbers, digit-led words, elisions, clitics, combining
  // marks, no-break spaces, an astral letter.
  const cases: [string, string, string[]][] = [
    ['fr', "Selon l'AFP, M. Dupont a dit aujourd'hui à Alep : « Les É.-U. ont 5 000 soldats, 1er bataillon. »\tFin…",
      ['Selon|w', "l'|w", 'AFP|w', ',|p', 'M.|w', 'Dupont|w', 'a|w', 'dit|w', "aujourd'hui|w", 'à|w', 'Alep|w', ':|p', '«|p', 'Les|w', 'É.|w', '-|p', 'U.|w', 'ont|w', '5 000|n', 'soldats|w', ',|p', '1er|w', 'bataillon|w', '.|p', '»|p', 'Fin|w', '…|p']],
    ['en', "The U.N. envoy said at 9 a.m. that don't-care talks with the U.S. and Dr. Smith's team were e\u0301tat-run; rebels' 3D maps… P.S. ok",
      ['The|w', 'U.N.|w', 'envoy|w', 'said|w', 'at|w', '9|n', 'a.m.|w', 'that|w', 'do|w', "n't|w", '-|p', 'care|w', 'talks|w', 'with|w', 'the|w', 'U.S.|w', 'and|w', 'Dr.|w', 'Smith|w', "'s|w", 'team|w', 'were|w', 'e\u0301tat-run|w', ';|p', 'rebels|w', "'|p", '3D|w', 'maps|w', '…|p', 'P.S.|w', 'ok|w']],
    ['fr', 'L\u2019arm\u00e9e syrienne,\u00a0l\u2019ONU et Ba\u0308th ont d\u00e9clar\u00e9 \u00ab\u202fnon\u202f\u00bb \u2014 a-t-il ajout\u00e9 ; 𝐀lpha x.y z.',
      ['L\u2019|w', 'arm\u00e9e|w', 'syrienne|w', ',|p', 'l\u2019|w', 'ONU|w', 'et|w', 'Ba\u0308th|w', 'ont|w', 'd\u00e9clar\u00e9|w', '\u00ab|p', 'non|w', '\u00bb|p', '\u2014|p', 'a-t-il|w', 'ajout\u00e9|w', ';|p', '𝐀lpha|w', 'x|w', '.|p', 'y|w', 'z|w', '.|p']],
    // Plain words read by their codes up to a hyphen or a character beyond ASCII, then by the pattern.
    ['en', 'State‐run COVID19-era x2_y Cafés and A4 (b) end',
      ['State‐run|w', 'COVID19-era|w', 'x2|w', '_|p', 'y|w', 'Cafés|w', 'and|w', 'A4|w', '(|p', 'b|w', ')|p', 'end|w']],
  ]
  for (const [lang, text, expected] of cases) {
    it(text.slice(0, 40), () => {
      const toks = tokenize(text, 0, text.length, loadSegmentResources(lang))
      assert.deepEqual(toks.map((t) => `${text.slice(t.start, t.end)}|${t.kind[0]}`), expected)
    })
  }
})

describe('segment: spans removed inside a paragraph', () => {
  // A tag list removed between an invented standfirst and its lead, in one paragraph.
  const cases: [string, string, string, string[]][] = [
    ['en', 'The port was shelled again. Tags Ruritania Northport A car bomb exploded there on Monday.', 'Tags Ruritania Northport', ['The port was shelled again.', 'A car bomb exploded there on Monday.']],
    ['en', 'Two boys were hurt Tags Ruritania Northport Border Guards', 'Tags Ruritania Northport Border Guards', ['Two boys were hurt']],
    ['fr', 'Le port a de nouveau été bombardé Mots-clés Ruritanie Port-Nord Une voiture piégée a explosé lundi.', 'Mots-clés Ruritanie Port-Nord', ['Le port a de nouveau été bombardé', 'Une voiture piégée a explosé lundi.']],
  ]
  for (const [lang, text, cut, expected] of cases) {
    it(`${lang}: no token or sentence covers or crosses "${cut}"`, () => {
      const start = text.indexOf(cut)
      const removed = [{ start, end: start + cut.length, reason: 'tags', rule: null }]
      const paragraphs = findParagraphs(text).map((p) => ({ ...p, language: lang }))
      const { sentences, tokens } = segment(text, paragraphs, removed, lang)
      assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), expected)
      assert.ok(sentences.every((s) => s.paragraph === 0))
      assert.ok(tokens.every((t) => t.end <= start || t.start >= start + cut.length))
    })
  }
})
