/**
 * CoNLL-2003 English dev (eng.testa, IOBES, one `token TAG` per line, blank line between
 * sentences, `-DOCSTART-` between documents; the first document has none), read from
 * SITREP_EVAL_DIR at run time. Sentences become lines of a document, tokens joined by spaces.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import { buildText, spansFromTags, type NerDoc, type NerLabel } from './ner-doc.js'

export const CONLL_DIR = 'ner/ner-en-conll2003'
export const CONLL_FILE = 'eng.testa.iobes'

const TYPES: Record<string, NerLabel> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' }

export function parseConll(content: string): NerDoc[] {
  const docs: NerDoc[] = []
  let tokens: string[] = []
  let tags: string[] = []
  let sentenceEnds = new Set<number>()
  const flush = (): void => {
    if (tokens.length === 0) return
    const ends = sentenceEnds
    const { text, spans } = buildText(tokens, (i) => (ends.has(i) ? '\n' : ' '))
    docs.push({ id: `testa-${docs.length + 1}`, language: 'en', text, tokens: spans, entities: spansFromTags(tags, (t) => TYPES[t] ?? null) })
    tokens = []
    tags = []
    sentenceEnds = new Set()
  }
  for (const raw of content.split('\n')) {
    const line = raw.trimEnd()
    if (line === '') {
      if (tokens.length) sentenceEnds.add(tokens.length - 1)
      continue
    }
    const [token, tag] = line.split(/\s+/)
    if (token === '-DOCSTART-') {
      flush()
      continue
    }
    if (!token || !tag) throw new Error(`${CONLL_FILE}: expected "token TAG", got "${line}"`)
    tokens.push(token)
    tags.push(tag)
  }
  flush()
  return docs
}

export function loadConll(): NerDoc[] {
  return parseConll(readFileSync(evalPath(CONLL_DIR, CONLL_FILE), 'utf8'))
}
