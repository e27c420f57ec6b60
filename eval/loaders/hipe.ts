/**
 * HIPE-2022 v2.1 French dev files (TSV: comment lines `# hipe2022:key = value` before each
 * document, one token a line, NE-COARSE-LIT in IOB, NEL-LIT a QID or NIL, MISC flags such as
 * NoSpaceAfter), read from SITREP_EVAL_DIR at run time. Coarse types are mapped to PER/ORG/LOC;
 * prod, time and HumanProd become MISC, which the NER task does not score.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import { buildText, spansFromTags, type NerDoc, type NerLabel } from './ner-doc.js'

export const HIPE_DIR = 'ner/ner-fr-hipe2022'
/** The French dev files scored: hipe2020 (pers/org/loc…) and newseye (PER/ORG/LOC…). */
export const HIPE_FR_DEV = ['HIPE-2022-v2.1-hipe2020-dev-fr.tsv', 'HIPE-2022-v2.1-newseye-dev-fr.tsv']

const WORDLIKE = /^[\p{L}\p{N}]+$/u
const TYPES: Record<string, NerLabel> = { pers: 'PER', per: 'PER', org: 'ORG', loc: 'LOC', prod: 'MISC', time: 'MISC', humanprod: 'MISC' }

export function parseHipe(content: string, file: string): NerDoc[] {
  const docs: NerDoc[] = []
  let id = ''
  let rows: string[][] = []
  const flush = (): void => {
    if (rows.length === 0) return
    const tokens = rows.map((r) => r[0]!)
    // newseye sets NoSpaceAfter between plain words at many line ends; two tokens that are both
    // words are two words, so they keep a space between them.
    const glued = (i: number): boolean => rows[i]![9]!.includes('NoSpaceAfter') && !(WORDLIKE.test(tokens[i]!) && WORDLIKE.test(tokens[i + 1] ?? ''))
    const { text, spans } = buildText(tokens, (i) => (glued(i) ? '' : ' '))
    const entities = spansFromTags(rows.map((r) => r[1] ?? null), (t) => TYPES[t.toLowerCase()] ?? null)
    for (const e of entities) e.qid = rows[e.from]![7] === '_' ? 'NIL' : rows[e.from]![7]
    docs.push({ id: id || `${file}#${docs.length + 1}`, language: 'fr', text, tokens: spans, entities })
    rows = []
  }
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line === '' || line.startsWith('TOKEN\t')) return
    if (line.startsWith('#')) {
      const m = /^# hipe2022:document_id = (.+)$/.exec(line)
      if (m) {
        flush()
        id = m[1]!
      }
      return
    }
    const cols = line.split('\t')
    if (cols.length < 10) throw new Error(`${file}:${i + 1}: expected 10 tab-separated columns, got ${cols.length}`)
    rows.push(cols)
  })
  flush()
  return docs
}

export function loadHipe(files: readonly string[] = HIPE_FR_DEV): NerDoc[] {
  return files.flatMap((f) => parseHipe(readFileSync(evalPath(HIPE_DIR, f), 'utf8'), f))
}
