import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { firstStart, gatedSentences, mayMatch, relax, requiredWords, safeChar, stripLeadingRepeats } from './gate.js'
import { compileStems, compileWords, loadEventResources } from './resources.js'

describe('mayMatch agrees with a scan of the sentence', () => {
  const text = 'Rebels shelled the town. Nobody was hurt. Troops shelled it again.Then calm.'
  const sentences: [number, number][] = [[0, 24], [25, 41], [42, 66], [66, 76]]
  const cases: [string, boolean[]][] = [
    ['shell(?:ed|ing)', [true, false, true, false]],
    ['hurt', [false, true, false, false]],
    ['again', [false, false, true, false]],
    ['airstrike', [false, false, false, false]],
    // Assertions are dropped from the probe, never trusted at a sentence's ends.
    ['calm(?=\\.)', [false, false, false, true]],
    ['again(?![\\d])', [false, false, true, false]],
    ['(?<=the )town', [true, false, false, false]],
  ]
  for (const [source, expected] of cases) {
    it(source, () => {
      const re = compileWords(source, 'test')
      const scan = sentences.map(([s, e]) => [...text.slice(s, e).matchAll(re)].length > 0)
      const gate = sentences.map(([s, e]) => mayMatch(re, text, s, e))
      assert.deepEqual(gate, expected)
      scan.forEach((found, i) => assert.ok(!found || gate[i], `sentence ${i} has a match but was skipped`))
    })
  }
  it('firstStart gives where a sentence scan may begin', () => {
    const re = compileWords('shelled', 'test')
    assert.deepEqual(sentences.map(([s, e]) => firstStart(re, text, s, e)), [7, null, text.indexOf('shelled', 42), null])
  })
  it('stems (no end boundary) are gated too', () => {
    const re = compileStems('hur', 'test')
    assert.deepEqual(sentences.map(([s, e]) => mayMatch(re, text, s, e)), [false, true, false, false])
  })
  it('sentences asked out of order', () => {
    const re = compileWords('shelled', 'test')
    assert.deepEqual([3, 2, 1, 0].map((i) => mayMatch(re, text, ...sentences[i]!)), [false, true, false, true])
  })
})

describe('relax', () => {
  const cases: [string, string | null][] = [
    ['a(?=b)c', 'ac'],
    ['(?<!x)y(?![\\d)])', 'y'],
    ['[^$]\\bz$', '[^$]z'],
    ['(?<n>\\d+)(?!\\d)', '(?<n>\\d+)'],
    ['(a)\\1', null],
  ]
  for (const [input, expected] of cases) it(input, () => assert.equal(relax(input), expected))
})

describe('stripLeadingRepeats', () => {
  const cases: [string, string, boolean][] = [
    ['a|[^\\n]*(?:b|c)', 'a|(?:b|c)', true],
    ['(?:x|.+?y)z', '(?:x|y)z', true],
    ['\\s{2,}\\p{L}*q', 'q', true],
    // Not at the start of a match: kept.
    ['x[^\\n]*y', 'x[^\\n]*y', false],
    ['(?:a|b*)?c', '(?:a|b*)?c', false],
    ['[*]+|b', '|b', true],
  ]
  for (const [input, source, stripped] of cases) it(input, () => assert.deepEqual(stripLeadingRepeats(input), { source, stripped }))
})

describe('a pattern led by an unbounded repetition', () => {
  // Invented: the stem opens on a line-wide look-ahead and repetition, as a "rubber bullets, but nobody died" context.
  const text = 'Police used tear gas in the square. Two people died of tear gas. The crowd left.\ntear gas again.'
  const sentences = ['Police used tear gas in the square.', 'Two people died of tear gas.', 'The crowd left.', 'tear gas again.'].map((x): [number, number] => [text.indexOf(x), text.indexOf(x) + x.length])
  const re = compileStems('^(?![^\\n]*died)[^\\n]*tear gas', 'test')
  it('gates sentences as a scan of each finds them, and a scan begins at the sentence start', () => {
    const scan = sentences.map(([s, e]) => [...text.slice(s, e).matchAll(re)].length > 0)
    assert.deepEqual(scan, [true, false, false, true])
    assert.deepEqual(sentences.map(([s, e]) => mayMatch(re, text, s, e)), [true, true, false, true])
    assert.deepEqual(sentences.map(([s, e]) => firstStart(re, text, s, e)), [0, 36, null, 81])
  })
  it('stays fast on a long line without the words', () => {
    const long = 'word '.repeat(40_000)
    const t0 = performance.now()
    for (let s = 0; s < long.length; s += 500) firstStart(re, long, s, s + 500)
    assert.ok(performance.now() - t0 < 2_000)
  })
})

describe('requiredWords', () => {
  const cases: [string, string[] | null][] = [
    ['frappes?(?: aériennes?)?|raids? aériens?', ['frappe', 'raid aérien', 'raids aérien']],
    ['tu(?:é|ée|er)|morts?', ['mort', 'tue', 'tué', 'tuer'].filter((w) => w !== 'tue')],
    ['tu[ée]s?', ['tue', 'tué']],
    // Look-arounds are outside the match: their words are not required.
    ['(?<=the )town(?= hall)', ['town']],
    ['(?:fired|shot) (?:\\S+ ){0,3}at', ['fired ', 'shot ']],
    // A class of plain letters is a short list of strings.
    ['(?c)[Ee]ntr(?:é|ée) dans', ['entré dans', 'entrée dans']],
    // Too short, or nothing literal.
    ['a|bombs?', null],
    ['\\d+ dead', [' dead']],
    ['\\p{Lu}\\p{L}+', null],
    ['(a)\\1x', null],
  ]
  for (const [source, expected] of cases) {
    it(source, () => {
      const got = requiredWords(source.replace('(?c)', ''))
      assert.deepEqual(got && [...got].sort(), expected && [...expected].sort())
    })
  }
})

describe('word gates', () => {
  it('case-insensitive matching and toLowerCase agree on every character a word may hold', () => {
    const chars: string[] = []
    for (let c = 0; c < 0x250; c++) if (safeChar(c)) chars.push(String.fromCharCode(c))
    for (const a of chars) {
      const re = new RegExp(`^${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu')
      for (const b of chars) assert.equal(re.test(b), a.toLowerCase() === b.toLowerCase(), `${a} ${b}`)
    }
  })

  // Invented sentences, English and French.
  const samples: Record<string, string> = {
    en: 'Gunmen attacked a police post in the north on Monday, killing three officers. Protesters marched against the killing of a student. Troops shelled rebel positions overnight.\nTwo soldiers were wounded by a roadside bomb. The army said it had recaptured the town without resistance. Talks on a ceasefire resumed in the capital.',
    fr: "Des hommes armés ont attaqué un poste de police lundi, tuant trois agents. Des manifestants ont défilé contre l'assassinat d'un étudiant. L'armée a bombardé les positions rebelles dans la nuit.\nDeux soldats ont été blessés par un engin explosif. Les forces gouvernementales ont repris la ville sans rencontrer de résistance. Les pourparlers sur un cessez-le-feu ont repris.",
  }
  for (const [lang, text] of Object.entries(samples)) {
    it(`${lang}: never skips a sentence a pattern matches in`, () => {
      const res = loadEventResources(lang)
      const sentences = text.split(/(?<=\.)\s+/).map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }))
      const patterns = [...res.triggers.flatMap((t) => [t.pattern, t.context, t.unless]), ...res.groups.map((g) => g.pattern), ...res.counts.map((c) => c.pattern)].filter((p) => p !== null)
      let skipped = 0
      for (const re of patterns) {
        const passed = new Set(gatedSentences(re, text, sentences))
        sentences.forEach((s, i) => {
          re.lastIndex = 0
          const found = [...text.slice(s.start, s.end).matchAll(re)].length > 0
          assert.ok(!found || passed.has(i), `${re.source.slice(0, 60)} matches sentence ${i} but was skipped`)
          assert.equal(passed.has(i), mayMatch(re, text, s.start, s.end))
          if (!passed.has(i)) skipped++
        })
      }
      assert.ok(skipped > patterns.length * 3, 'the gates skip most sentences')
    })
  }

  it('a text whose letters fold otherwise than toLowerCase (long s) gets no word gate, never a wrong one', () => {
    const res = loadEventResources('en')
    const rule = res.triggers.find((t) => t.id === 'shell-1')!
    const text = 'Quiet day. Troops ſhelled the town.'
    rule.pattern.lastIndex = 0
    assert.ok(rule.pattern.test('Troops ſhelled the town.'))
    assert.deepEqual(gatedSentences(rule.pattern, text, [{ start: 0, end: 10 }, { start: 11, end: text.length }]), [1])
  })
})
