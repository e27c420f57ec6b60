/**
 * Hand-made analyses for store and dedup tests: the base pipeline (no annotators) on a sentence
 * written for the test, plus places, statements and events built here, so the store is tested
 * without depending on the annotators being written in parallel.
 */
import type { Analysis, Event, Place, Statement } from '../doc/schema.js'
import { articleSignature } from '../dedup/minhash.js'
import { createPipeline } from '../pipeline/pipeline.js'
import type { StoredAnalysis } from './store.js'

const base = createPipeline([])

export function analyse(text: string, meta: { published?: string; source?: string; url?: string; title?: string } = {}): Analysis {
  return base.analyze({ input: meta.url ?? 'test', text, ...meta })
}

export function stored(a: Analysis): StoredAnalysis {
  return { analysis: a, signature: articleSignature(a.article) }
}

/** A place on the first occurrence of `word` in the text. */
export function placeAt(a: Analysis, word: string, geo: { lat: number; lon: number; country: string; admin1?: string; geonameId?: number }): Place {
  const start = a.article.text.indexOf(word)
  if (start < 0) throw new Error(`fixture: "${word}" is not in the text`)
  return {
    start, end: start + word.length, text: word, id: `gn:${geo.geonameId ?? 0}`, geonameId: geo.geonameId ?? null, name: word,
    lat: geo.lat, lon: geo.lon, countryCode: geo.country, admin1Code: null, admin1Name: geo.admin1 ?? null, featureCode: 'PPL',
    geoPrecision: 1, confidence: 0.9, metonymic: false, alternatives: [],
  }
}

export function eventAt(a: Analysis, evidence: string, e: { sub: string; type: string; date: string; place: Place | null; actor1?: string; actor2?: string; fatalities?: number }): Event {
  const start = a.article.text.indexOf(evidence)
  if (start < 0) throw new Error(`fixture: "${evidence}" is not in the text`)
  const actor = (name?: string) => (name ? { name, actorId: null, inter: null } : null)
  return {
    id: `e${start}`, eventType: e.type, subEventType: e.sub, plover: { type: 'ASSAULT', mode: null, context: null },
    actor1: actor(e.actor1), assocActor1: [], actor2: actor(e.actor2), assocActor2: [],
    date: e.date, timePrecision: 1, location: e.place, geoPrecision: e.place ? 1 : null, fatalities: e.fatalities ?? null, size: null,
    flags: { negated: false, ceased: false, hypothetical: false, historical: false, reportedBy: null },
    evidence: [{ start, end: start + evidence.length }], confidence: 0.8,
  }
}

export function statementAt(a: Analysis, content: string, speaker: string): Statement {
  const start = a.article.text.indexOf(content)
  const s = a.article.text.indexOf(speaker)
  if (start < 0 || s < 0) throw new Error('fixture: statement content or speaker not in the text')
  return {
    start, end: start + content.length, kind: 'indirect', content: { start, end: start + content.length },
    cue: null, speaker: { start: s, end: s + speaker.length, name: speaker, description: null, actorId: null },
    sentences: [0], confidence: 0.8,
  }
}
