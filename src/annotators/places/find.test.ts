/**
 * Longest names over several tokens: a longer name is tried only when some gazetteer key starts
 * with its first word's key, which must find every name the full search finds. Sentences written
 * for these tests.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { foldName, loadGazetteer } from '../../kb/gazetteer/index.js'
import type { Doc } from '../../pipeline/annotator.js'
import { getDefaultPipeline } from '../../pipeline/default.js'
import { candidateAt, countryWordMatches, nationalityCountries, SpanAnswers, tokenKeys } from './find.js'
import { keyStartOf } from '../../kb/gazetteer/index.js'
import { loadPlaceResources } from './resources.js'

const surfaces = (text: string, language: string): string[] => getDefaultPipeline().analyze({ input: 'find', text, language, published: '2016-05-28' }).places.map((p) => p.text)

describe('places: names of several words', () => {
  const cases: [string, string, string][] = [
    ['en', 'Aid convoys left Port Sudan for New York on Monday.', 'Port Sudan|New York'],
    ['en', 'Shelling hit As Suwayda and Deir ez-Zor overnight.', 'As Suwayda|Deir ez-Zor'],
    ['en', 'Delegates from Bosnia and Herzegovina met in Sri Lanka.', 'Bosnia and Herzegovina|Sri Lanka'],
    ['fr', 'Des renforts sont arrivés dans la bande de Gaza et à Saint-Jean-de-Luz.', 'bande de Gaza|Saint-Jean-de-Luz'],
    ['fr', 'Le cortège est parti de Port-au-Prince vers Le Cap-Haïtien.', 'Port-au-Prince|Cap-Haïtien'],
  ]
  for (const [lang, text, expected] of cases) it(`${expected} in "${text}"`, () => assert.deepEqual(surfaces(text, lang), expected.split('|')))
})

describe('places: the words around a name', () => {
  const gaz = loadGazetteer()
  /** The context flags of the candidate at the first `surface` of `text` that are set. */
  const flags = (lang: string, text: string, surface: string): string => {
    const doc = getDefaultPipeline().analyze({ input: 'cues', text, language: lang, published: '2016-05-28' }) as unknown as Doc
    const start = text.indexOf(surface)
    const c = candidateAt(doc, start, start + surface.length, gaz, loadPlaceResources(lang))!
    return (['near', 'cueBefore', 'adminWord', 'settlementWord', 'metonymic', 'seat', 'street'] as const).filter((f) => c[f]).join(' ')
  }
  const cases: [string, string, string, string][] = [
    ['en', 'Gunmen were seen near Maiduguri on Monday.', 'Maiduguri', 'near cueBefore'],
    ['en', 'They drove from Kano to the outskirts of Maiduguri.', 'Maiduguri', 'near cueBefore'],
    ['en', 'A linear Maiduguri plan was drafted.', 'Maiduguri', ''],
    ['en', 'Fighting spread to Borno State and the town of Bama.', 'Bama', 'settlementWord'],
    ['en', 'Clashes in Mafa LGA left two dead.', 'Mafa', 'cueBefore adminWord'],
    ['en', 'Troops entered the district of Konduga at dawn.', 'Konduga', 'adminWord'],
    ['en', 'Kabul said the talks would resume.', 'Kabul', 'metonymic'],
    ['en', 'Cars were parked on Maiduguri Road overnight.', 'Maiduguri', 'street'],
    ['en', 'Five died, the Britain-based monitor said.', 'Britain', 'seat'],
    ['en', 'A Nairobi based charity counted the dead.', 'Nairobi', 'seat'],
    ['fr', "Des tirs ont été entendus près d'Alep et dans la province d'Idleb.", 'Alep', 'near cueBefore'],
    ['fr', "Des tirs ont été entendus près d'Alep et dans la province d'Idleb.", 'Idleb', 'cueBefore adminWord'],
    ['fr', 'Damas a déclaré que les combats avaient cessé.', 'Damas', 'metonymic'],
    ['fr', 'Une voiture a explosé rue de Damas, au centre.', 'Damas', 'cueBefore street'],
    ['fr', "Cinq morts, selon l'ONG basée à Londres.", 'Londres', 'cueBefore seat'],
    ['fr', 'Une association basée au Kenya a compté les morts.', 'Kenya', 'cueBefore seat'],
    // « au nord d’ » is no cue of its own; the elided « d’ » is one, typographic apostrophe and all.
    ['fr', "Les combats ont repris au nord d’Alep.", 'Alep', 'cueBefore'],
  ]
  for (const [lang, text, surface, expected] of cases) it(`${surface} in "${text}": ${expected || 'no cue'}`, () => assert.equal(flags(lang, text, surface), expected))
})

describe('places: token keys shared by the stages of one document', () => {
  it('gives the folded key of each word, once per token array, whatever Doc view asks', () => {
    for (const [lang, text] of [['en', 'Ḥamāh and São Paulo were quiet.'], ['fr', 'Les Éthiopiens sont arrivés à Bujumbura.']] as const) {
      const doc = getDefaultPipeline().analyze({ input: 'keys', text, language: lang, published: '2016-05-28' }) as unknown as Doc
      const keyOf = tokenKeys(doc)
      // Another view of the same document (each stage gets its own object) shares the keys.
      assert.equal(tokenKeys({ ...doc }), keyOf)
      doc.tokens.forEach((t, i) => assert.equal(keyOf(i), foldName(text.slice(t.start, t.end))))
      // A different document has its own keys.
      const other = getDefaultPipeline().analyze({ input: 'keys2', text, language: lang, published: '2016-05-28' }) as unknown as Doc
      assert.notEqual(tokenKeys(other), keyOf)
    }
    assert.equal(foldName('Ḥamāh'), 'hamah')
  })
})

describe('places: nationality words, found once per document and read with spans left out', () => {
  it('gives a two-word form before its words alone, and leaves out the words of the spans given', () => {
    const text = 'South Sudanese soldiers and Kenyan police met Saudi Arabia officials and Sudanese traders.'
    const doc = getDefaultPipeline().analyze({ input: 'nationalities', text, language: 'en', published: '2016-05-28' }) as unknown as Doc
    const demonyms = loadPlaceResources('en').demonyms
    const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })
    assert.deepEqual(nationalityCountries(doc, demonyms), ['SS', 'KE', 'SA', 'SD'])
    // "South" left out: "Sudanese" is a word of its own; "Saudi" of a place counted already is none.
    assert.deepEqual(nationalityCountries(doc, demonyms, [span('South'), span('Kenyan')]), ['SD', 'SA', 'SD'])
    assert.deepEqual(nationalityCountries({ ...doc }, demonyms, [span('Saudi Arabia')]), ['SS', 'KE', 'SD'])
    // A span that starts inside the two-word form does not break it.
    assert.deepEqual(nationalityCountries(doc, demonyms, [span('Sudanese soldiers')]), ['SS', 'KE', 'SA', 'SD'])
    assert.deepEqual(nationalityCountries(doc, demonyms), ['SS', 'KE', 'SA', 'SD'])
  })

  it('finds, without folding most words, the words a fold of every word finds', () => {
    const texts = {
      en: 'KENYAN and kenyan police, South African and SOUTH AFRICAN traders, Congolese-born Sudanese2 and Ḥamāh’s Syrian, Saudi-led U.S. Tunisian students.',
      fr: 'Des étudiants tunisiens, des Éthiopiens, des soldats sud-africains, SUD-AFRICAINS et Sud Africains, l’armée congolaise et des Congolais.',
    }
    for (const [lang, text] of Object.entries(texts)) {
      const doc = getDefaultPipeline().analyze({ input: `nationalities-${lang}`, text, language: lang, published: '2016-05-28' }) as unknown as Doc
      const demonyms = loadPlaceResources(lang).demonyms
      // Every word folded and asked, as before the words were filtered by hash.
      const expected: string[] = []
      const key = (i: number) => foldName(text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end))
      for (let i = 0; i < doc.tokens.length; i++) {
        const tok = doc.tokens[i]!
        const next = doc.tokens[i + 1]
        if (tok.kind !== 'word') continue
        const pair = next?.kind === 'word' && next.start === tok.end + 1 && text[tok.end] === ' ' ? demonyms.get(`${key(i)} ${key(i + 1)}`) : undefined
        if (pair !== undefined) {
          expected.push(pair)
          i++
        } else if (demonyms.has(key(i))) expected.push(demonyms.get(key(i))!)
      }
      assert.ok(expected.length >= 6, `${lang}: ${JSON.stringify(expected)}`)
      assert.deepEqual(nationalityCountries(doc, demonyms), expected)
    }
  })
})

describe('places: country words, asked only where a word opens one', () => {
  it('finds what a search of every form through the whole text finds', () => {
    const texts = {
      en: 'The Woreda council of two WOREDAS met; a kebele-level vote, xworeda and woreda_2 are no units. Rand Paul paid 50 rand; 3 birrs, ſpaza shops, a kebeles\nleader in Ḥamāh.',
      fr: "Un chef de kébélé, des KÉBÉLÉS ; la zone de  gouvernement\nlocal et les zones de gouvernement local, l'Ooni d'Ife et l'ooni d'ifeX ; Ḥamāh, 20 nairas.",
    }
    for (const [lang, text] of Object.entries(texts)) {
      const words = loadPlaceResources(lang).countryWords!
      const search = new RegExp(words.at.source, 'giu')
      const expected = [...text.matchAll(search)].map((m) => [m.index, m[0]])
      assert.ok(expected.length >= 5, `${lang}: ${JSON.stringify(expected)}`)
      assert.deepEqual(countryWordMatches(words, text).map((m) => [m.index, m[0]]), expected)
    }
  })
})

describe('places: a frequent word opening only an alternate name yields to a longer name after it', () => {
  const analyze = (text: string, language: string) => getDefaultPipeline().analyze({ input: 'find', text, language, published: '2016-05-28' }).places
  it('en: "The Cape Town council" is no Buxton ("The Cape")', () => {
    assert.ok(!analyze('The Cape Town council met on Monday.', 'en').some((p) => p.text === 'The Cape'))
  })
  it('fr: « Le Cap Vert » is Cape Verde, not « Le Cap »', () => {
    assert.equal(analyze('Le Cap Vert a voté dimanche.', 'fr').find((p) => p.text === 'Cap Vert')?.countryCode, 'CV')
  })
  it('en: a feature\'s own name stays ("New Brighton")', () => {
    assert.equal(analyze('The New Brighton Beach residents marched on Monday.', 'en')[0]?.text, 'New Brighton')
  })
})

describe('places: the gazetteer\'s answers for spans read in place', () => {
  const gaz = loadGazetteer()
  // Words and spans in several cases, an Arabic article, punctuation inside names, a span that is no
  // key, one beyond ASCII (not read in place) and repeats; a table of 16 slots empties itself often.
  const text =
    'PORT SUDAN port sudan Port Sudan as As Suwayda AS SUWAYDA New York new york NEW Deir ez-Zor St. Louis N\'Djamena Zzqx Qwv Le Cap-Haïtien Kano KANO kano Bosnia and Herzegovina'
  const spans: [number, number][] = []
  const words = [...text.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length] as [number, number])
  for (let i = 0; i < words.length; i++) for (let j = i; j < Math.min(words.length, i + 4); j++) spans.push([words[i]![0], words[j]![1]])
  for (const bits of [4, 17]) {
    it(`answers as foldName with has and continues would (${1 << bits} slots)`, () => {
      const answers = new SpanAnswers(gaz, bits)
      for (let round = 0; round < 3; round++) {
        for (const [start, end] of spans) {
          const s = answers.slot(text, start, end)
          const raw = text.slice(start, end)
          if (!/^[ -~]*$/.test(raw)) {
            assert.equal(s, -1, raw)
            continue
          }
          const key = foldName(raw)
          const ks = keyStartOf(key)
          // Asked in either order.
          const stops = round % 2 === 0 ? answers.stops(s) : undefined
          assert.equal(answers.isKey(s), key.length >= 2 && gaz.has(key), raw)
          assert.equal(answers.key(s), key, raw)
          assert.equal(stops ?? answers.stops(s), ks !== null && !gaz.continues(ks), raw)
        }
      }
    })
  }
})
