/**
 * TimeML 1.2.1 (`.tml`) documents from TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned), read from
 * `SITREP_EVAL_DIR/time/timeml-en-tempeval3`. The text is the content of `<TEXT>` with every tag
 * removed, entities decoded and CRLF read as LF (as an XML parser does); gold spans are the extents
 * of the body `<TIMEX3>` elements in that text. The DCT is an input, not gold.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evalPath } from '../paths.js'

export const TIMEML_DIR = 'time/timeml-en-tempeval3'
export const TIMEML_CORPORA = ['TimeBank', 'AQUAINT'] as const
export type TimemlCorpus = (typeof TIMEML_CORPORA)[number]

export interface GoldTimex { start: number; end: number; text: string; type: string; value: string; mod: string | null }

export interface TimemlDoc {
  file: string
  /** The document creation time as given (`1998-08-07` or with a time). */
  dct: string | null
  text: string
  timexes: GoldTimex[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()]!
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  })
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decode(m[2]!)
  return out
}

/** Parses one `.tml` file; `file` names it in errors. */
export function parseTimeml(xml: string, file: string): TimemlDoc {
  const source = xml.replace(/\r\n?/g, '\n')
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(source)
  const dct = dctTag ? attributes(dctTag[1]!).value ?? null : null
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(source)
  if (!body) throw new Error(`${file}: no <TEXT> element`)
  let text = ''
  const timexes: GoldTimex[] = []
  let open: { start: number; attrs: Record<string, string> } | null = null
  for (const part of body[1]!.split(/(<[^>]*>)/)) {
    if (!part.startsWith('<')) {
      text += decode(part)
      continue
    }
    if (/^<TIMEX3\b/.test(part)) {
      if (open) throw new Error(`${file}: nested TIMEX3 at text offset ${text.length}`)
      open = { start: text.length, attrs: attributes(part) }
      if (part.endsWith('/>')) open = null
    } else if (part === '</TIMEX3>' && open) {
      const a = open.attrs
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: a.type ?? '', value: a.value ?? '', mod: a.mod ?? null })
      open = null
    }
  }
  return { file, dct, text, timexes }
}

/** The documents of one corpus, in file-name order. */
export function loadTimeml(corpus: TimemlCorpus): TimemlDoc[] {
  const dir = evalPath(TIMEML_DIR, 'Training', 'TBAQ-cleaned', corpus)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeml(readFileSync(join(dir, f), 'utf8'), `${corpus}/${f}`))
}
