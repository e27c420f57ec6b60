/**
 * The statements of the reference article through the full pipeline (what `sitrep analyze`
 * prints): all of Richard Labévière's statements, with kinds, cues and his description, and no
 * statement for the scare quote or the set phrase. The « D'après M. Labévière… : » sentence and
 * the block quote that follows it are one mixed statement.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Analysis } from '../src/doc/schema.js'
import { REFERENCE_FILE, REFERENCE_PUBLISHED, analyzeCapture, hasReference } from './helpers.js'

describe('reference article statements', { skip: !hasReference && 'no ../shared/seed' }, () => {
  let analysis: Analysis | undefined
  const load = async (): Promise<Analysis> => {
    if (analysis) return analysis
    const { code, out } = await analyzeCapture([REFERENCE_FILE], { published: REFERENCE_PUBLISHED })
    assert.equal(code, 0)
    analysis = Analysis.parse(JSON.parse(out[0]!))
    return analysis
  }

  it('finds his six statements, in order, with their kinds and cue lemmas', async () => {
    const a = await load()
    assert.deepEqual(a.statements.map((s) => [s.kind, s.cue?.lemma]), [
      ['indirect', 'estimer'],
      ['mixed', "être d'avis"],
      ['mixed', "d'après"],
      ['direct', 'expliquer'],
      ['mixed', 'selon'],
      ['indirect', 'conclure'],
    ])
  })

  it('gives every statement to Richard Labévière with his description', async () => {
    const a = await load()
    for (const s of a.statements) {
      assert.equal(s.speaker?.name, 'Richard Labévière')
      assert.equal(s.speaker?.description, 'expert français du Moyen Orient')
    }
  })

  it('resolves pronouns and « l\'expert » from the words that name the speaker in each sentence', async () => {
    const a = await load()
    const said = a.statements.map((s) => (s.speaker ? a.article.text.slice(s.speaker.start, s.speaker.end) : null))
    assert.equal(said[0], 'Richard Labévière')
    assert.equal(said[1], 'il')
    assert.match(said[2] ?? '', /Labévière$/u)
    assert.equal(said[3], "L'expert")
    assert.equal(said[4], 'lui')
  })

  it('runs the « D\'après » statement through the block quote of the next paragraph', async () => {
    const a = await load()
    const s = a.statements[2]!
    const text = a.article.text
    assert.ok(text.slice(s.content.start, s.content.end).includes('\n'), 'content spans two paragraphs')
    assert.equal(text[s.content.end - 1], '»')
    assert.ok(s.sentences.length >= 2)
  })

  it('makes no statement of the scare quote or « comme ils disent »', async () => {
    const a = await load()
    const text = a.article.text
    const scare = text.indexOf('"rébellion"')
    const setPhrase = text.indexOf('comme ils disent')
    assert.ok(scare > 0 && setPhrase > 0)
    for (const s of a.statements) {
      assert.notEqual(s.content.start, scare)
      assert.ok(!s.cue || s.cue.start < setPhrase || s.cue.start > setPhrase + 16, 'no cue in « comme ils disent »')
    }
  })

  it('keeps every statement inside the text, with its content inside its span', async () => {
    const a = await load()
    for (const s of a.statements) {
      assert.ok(s.start <= s.content.start && s.content.end <= s.end)
      assert.ok(s.confidence > 0 && s.confidence <= 1)
    }
  })
})
