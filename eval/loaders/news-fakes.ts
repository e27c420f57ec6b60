/**
 * FA-KES (Syrian war news, English): 804 articles in one CSV (`fakes.utf8.csv`, CRLF, quoted
 * fields), read from SITREP_EVAL_DIR at run time. There are no spans; the crowd fields are silver:
 * one governorate, one perpetrator class, one cause of death and the counts of the dead per article
 * (`FakesSilver`).
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'

export const FAKES_DIR = 'news/news-en-syria-fakes'

export interface NewsArticle {
  id: string
  title: string | null
  text: string
  /** Publication date as `YYYY-MM-DD`, or null when absent or unreadable. */
  published: string | null
  source: string | null
}

/** RFC 4180 rows: commas, double-quoted fields with `""` escapes and line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** FA-KES dates are m/d/yy (`4/5/17` is 5 April 2017); all fall in 2011–2018. */
export function fakesDate(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(s.trim())
  if (!m) return null
  return `20${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
}

/** The Syrian governorates the silver names, in lower case as the crowd wrote them. */
export const FAKES_GOVERNORATES = ['aleppo', 'damascus', 'idlib', 'deir ezzor', 'raqqa', 'homs', 'hasakeh', 'hama', 'daraa', 'lattakia', 'quneitra', 'tartous'] as const

/** The seven perpetrator classes of the silver `actor` column. */
export const FAKES_ACTORS = [
  'syrian government or russian troops',
  'unknown',
  'the organization of the islamic state in iraq and the levant - isis',
  'international coalition forces',
  'armed opposition groups',
  'self administration forces',
  'al-nusra front',
] as const
export type FakesActor = (typeof FAKES_ACTORS)[number]

/** The six causes of death of the silver `cause_of_death` column. */
export const FAKES_CAUSES = ['shelling', 'explosion', 'chemical and toxic gases', 'shooting', 'execution', 'unknown'] as const
export type FakesCause = (typeof FAKES_CAUSES)[number]

/**
 * The crowd-extracted facts of one article. Children and women are counted among the civilians
 * ("six civilians including a child": children 1, civilians 6); the non-civilians are the others. In
 * 5 of 804 rows the children outnumber the civilians: there the crowd counted them apart ("22
 * children and six teachers": children 22, civilians 6), so `killed` adds them.
 */
export interface FakesSilver {
  /** A Syrian governorate in lower case ("deir ezzor", "hasakeh"), as written. */
  location: string
  actor: FakesActor
  cause: FakesCause
  children: number
  civilians: number
  noncivilians: number
  women: number
  /** The dead the article tells: civilians + non-civilians (+ children counted apart, see above). */
  killed: number
  /** 1 = credible, 0 = fake: about credibility, not extraction. */
  label: number
}

export interface FakesArticle extends NewsArticle {
  silver: FakesSilver
}

/** The silver total of the dead: children and women are among the civilians unless they outnumber them. */
export function fakesKilled(s: Pick<FakesSilver, 'children' | 'civilians' | 'noncivilians'>): number {
  return s.civilians + s.noncivilians + (s.children > s.civilians ? s.children : 0)
}

function oneOf<T extends string>(values: readonly T[], v: string, what: string): T {
  const x = v.trim().toLowerCase()
  if (!(values as readonly string[]).includes(x)) throw new Error(`FA-KES: unknown ${what} "${v}"`)
  return x as T
}

function count(v: string, what: string): number {
  if (!/^\s*\d+\s*$/.test(v)) throw new Error(`FA-KES: ${what} "${v}" is not a whole number`)
  return Number(v)
}

/** The articles with their silver, from a CSV text (the file's header, any column order). */
export function parseFakes(csv: string, file = 'fakes.utf8.csv'): FakesArticle[] {
  const [header, ...rows] = parseCsv(csv)
  if (!header) throw new Error(`${file}: empty CSV`)
  const col = (name: string) => {
    const i = header.indexOf(name)
    if (i < 0) throw new Error(`${file}: no column "${name}" in the header`)
    return i
  }
  const [id, title, content, source, date] = [col('unit_id'), col('article_title'), col('article_content'), col('source'), col('date')]
  const [location, actor, cause, children, civilians, noncivilians, women, label] = [
    col('location'), col('actor'), col('cause_of_death'), col('nb_children'), col('nb_civilians'), col('nb_noncivilians'), col('nb_women'), col('label'),
  ]
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => {
      const n = { children: count(r[children]!, 'nb_children'), civilians: count(r[civilians]!, 'nb_civilians'), noncivilians: count(r[noncivilians]!, 'nb_noncivilians'), women: count(r[women]!, 'nb_women') }
      const silver: FakesSilver = {
        location: r[location]!.trim().toLowerCase(),
        actor: oneOf(FAKES_ACTORS, r[actor]!, 'actor'),
        cause: oneOf(FAKES_CAUSES, r[cause]!, 'cause_of_death'),
        ...n,
        killed: fakesKilled(n),
        label: Number(r[label]),
      }
      return { id: r[id]!, title: r[title] || null, text: r[content]!, published: fakesDate(r[date]!), source: r[source] || null, silver }
    })
}

export function loadFakes(limit?: number): FakesArticle[] {
  const file = evalPath(FAKES_DIR, 'fakes.utf8.csv')
  const articles = parseFakes(readFileSync(file, 'utf8'), file)
  return limit === undefined ? articles : articles.slice(0, limit)
}
