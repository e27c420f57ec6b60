/**
 * Europeana Newspapers French NER (BnF): one `token TAG` a line, IOB1 with `I-` only, no sentence
 * or document boundaries, read from SITREP_EVAL_DIR at run time. The stream is cut into pseudo
 * documents of about `CHUNK` tokens at a sentence-final period; entities are maximal same-type runs.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import { buildText, spansFromTags, type NerDoc, type NerLabel } from './ner-doc.js'

export const EUROPEANA_DIR = 'ner/ner-fr-europeana-bnf'
export const EUROPEANA_FILE = 'enp_FR.bnf.bio'
const CHUNK = 400
const TYPES: Record<string, NerLabel> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' }

export function parseEuropeana(content: string): NerDoc[] {
  const docs: NerDoc[] = []
  let tokens: string[] = []
  let tags: string[] = []
  const flush = (): void => {
    if (tokens.length === 0) return
    const { text, spans } = buildText(tokens, () => ' ')
    docs.push({ id: `bnf-${docs.length + 1}`, language: 'fr', text, tokens: spans, entities: spansFromTags(tags, (t) => TYPES[t] ?? null) })
    tokens = []
    tags = []
  }
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') return
    const cut = line.lastIndexOf(' ')
    if (cut <= 0) throw new Error(`${EUROPEANA_FILE}:${i + 1}: expected "token TAG", got "${line}"`)
    const tag = line.slice(cut + 1)
    tokens.push(line.slice(0, cut))
    tags.push(tag)
    if (tokens.length >= CHUNK && line.startsWith('. ') && tag === 'O') flush()
  })
  flush()
  return docs
}

export function loadEuropeana(): NerDoc[] {
  return parseEuropeana(readFileSync(evalPath(EUROPEANA_DIR, EUROPEANA_FILE), 'utf8'))
}
