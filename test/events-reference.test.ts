/** The reference article (read from ../shared/seed, never copied): the events the product was conceived for. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Analysis, Event } from '../src/doc/schema.js'
import { getDefaultPipeline } from '../src/pipeline/default.js'
import { REFERENCE_PUBLISHED, hasReference, referenceText } from './helpers.js'

describe('events on the reference article', { skip: !hasReference && 'no reference article' }, () => {
  let analysis: Analysis
  const events = (): Event[] => {
    analysis ??= getDefaultPipeline().analyze({ input: 'reference', text: referenceText(), published: REFERENCE_PUBLISHED })
    return analysis.events
  }
  const evidenceText = (e: Event) => e.evidence.map((s) => analysis.article.text.slice(s.start, s.end)).join(' | ')

  it('Palmyra overtaken by a non-state actor in December 2016, against the Syrian army, over 5,000 strong', () => {
    const e = events().find((x) => x.subEventType === 'Non-state actor overtakes territory' && !x.flags.historical)
    assert.ok(e, 'no current overtaking event')
    assert.equal(e.location?.geonameId, 163808)
    assert.match(e.date ?? '', /^2016-12-/)
    assert.ok((e.size ?? 0) > 5000 - 1)
    assert.ok(e.actor1 && e.actor1.inter !== 1, 'actor1 must be the non-state actor')
    assert.match(e.actor2?.name ?? '', /Syria/)
    assert.equal(e.actor2?.inter, 1)
    assert.match(evidenceText(e), /entrés dans/)
    assert.equal(e.flags.reportedBy, null, 'the outlet itself reports the entry')
  })

  it('the March 2016 recapture is its own historical event: government regains territory, 2016-03', () => {
    const e = events().find((x) => x.flags.historical)
    assert.ok(e, 'no historical event')
    assert.equal(e.subEventType, 'Government regains territory')
    assert.match(e.date ?? '', /^2016-03/)
    assert.equal(e.timePrecision, 3)
    assert.equal(e.location?.geonameId, 163808)
  })

  it('the government offensive on Aleppo', () => {
    const e = events().find((x) => x.location?.geonameId === 170063 && x.eventType === 'Battles')
    assert.ok(e, 'no battle event at Aleppo')
    assert.equal(e.actor1?.inter, 1)
  })

  it('coalition strikes on Raqqa are flagged ceased and not coded as an air strike', () => {
    assert.equal(events().filter((x) => x.subEventType === 'Air/drone strike' && !x.flags.ceased).length, 0)
    const e = events().find((x) => x.flags.ceased)
    assert.ok(e, 'no ceased event')
    assert.equal(e.location?.geonameId, 172955)
    assert.match(evidenceText(e), /frappes/)
  })

  it('the logistics flows from Raqqa are reported by Richard Labévière', () => {
    const e = events().find((x) => /flux|logistique/.test(evidenceText(x)) && x.location?.geonameId === 172955)
    assert.ok(e, 'no logistics event at Raqqa')
    assert.notEqual(e.flags.reportedBy, null)
    const st = analysis.statements[e.flags.reportedBy!]
    assert.match(`${st?.speaker?.name ?? ''} ${st?.speaker?.description ?? ''} ${analysis.article.text.slice(st?.speaker?.start ?? 0, st?.speaker?.end ?? 0)}`, /Labévière|expert/)
  })

  it('nothing is coded from the promotional closing paragraph', () => {
    const removed = analysis.article.removed
    for (const e of events()) for (const s of e.evidence) assert.ok(!removed.some((r) => r.start <= s.start && s.end <= r.end))
  })
})
