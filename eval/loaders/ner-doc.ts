/**
 * The shape every NER loader yields: a document rebuilt from gold tokens (text plus each token's
 * character span) and its gold entities as token ranges. Shared by the CoNLL, HIPE and Europeana
 * loaders and the `ner` task.
 */
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC'

export interface NerEntity {
  /** First token index and one past the last. */
  from: number
  to: number
  type: NerLabel
  /** HIPE only: the Wikidata QID, or 'NIL'. */
  qid?: string
}

export interface NerDoc {
  id: string
  language: 'en' | 'fr'
  text: string
  tokens: { start: number; end: number; text: string }[]
  entities: NerEntity[]
}

/** Builds text from tokens; `gapAfter(i)` is what follows token i (a space, a newline or nothing). */
export function buildText(tokens: readonly string[], gapAfter: (i: number) => string): { text: string; spans: NerDoc['tokens'] } {
  let text = ''
  const spans: NerDoc['tokens'] = []
  tokens.forEach((t, i) => {
    spans.push({ start: text.length, end: text.length + t.length, text: t })
    text += t
    if (i < tokens.length - 1) text += gapAfter(i)
  })
  return { text, spans }
}

/** Entities from BIO/IOB1/IOBES tags over token indices; `I-` after another type starts a new one. */
export function spansFromTags(tags: readonly (string | null)[], mapType: (t: string) => NerLabel | null): NerEntity[] {
  const out: NerEntity[] = []
  let cur: NerEntity | null = null
  tags.forEach((tag, i) => {
    const m = tag ? /^([BIES])-(.+)$/.exec(tag) : null
    const type = m ? mapType(m[2]!) : null
    const prefix = m?.[1]
    if (!type) {
      cur = null
      return
    }
    if (cur && cur.type === type && (prefix === 'I' || prefix === 'E')) {
      cur.to = i + 1
    } else {
      cur = { from: i, to: i + 1, type }
      out.push(cur)
    }
    if (prefix === 'E' || prefix === 'S') cur = null
  })
  return out
}

/** Counts gold entities whose text (tokens joined as in the document) differs from the text at their offsets. */
export function countSpanMismatches(doc: NerDoc): number {
  let bad = 0
  for (const e of doc.entities) {
    const first = doc.tokens[e.from]
    const last = doc.tokens[e.to - 1]
    if (!first || !last) {
      bad++
      continue
    }
    const surface = doc.text.slice(first.start, last.end)
    if (!surface.startsWith(first.text) || !surface.endsWith(last.text)) bad++
  }
  return bad
}
