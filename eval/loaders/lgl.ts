/**
 * LGL (Local–Global Lexicon): 588 US local news articles with toponym spans resolved to GeoNames,
 * read from `SITREP_EVAL_DIR/geo/geoparsing-lgl/lgl.xml`. Spans are 0-based, end exclusive, into
 * the CDATA `<text>`. Toponyms without a `gaztag` (streets, facilities) count for detection only.
 * The shapes here are shared by the three geoparsing loaders.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'

export const LGL_DIR = 'geo/geoparsing-lgl'

export interface GoldToponym {
  start: number
  end: number
  text: string
  /** Gold point, when the toponym is resolved. */
  lat: number | null
  lon: number | null
  geonameId: number | null
}

export interface GeoDoc {
  id: string
  text: string
  /** Publication (or download) date, `YYYY-MM-DD`, when the set has one. */
  published: string | null
  toponyms: GoldToponym[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes XML character and entity references. */
export function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()]!
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  })
}

const field = (xml: string, tag: string): string | null => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml)
  return m ? m[1]! : null
}

/** Parses the LGL file's text; `file` names it in errors. */
export function parseLgl(xml: string, file: string): GeoDoc[] {
  const docs: GeoDoc[] = []
  for (const m of xml.matchAll(/<article docid="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const body = m[2]!
    const raw = field(body, 'text')
    if (raw === null) throw new Error(`${file}: article ${m[1]} has no <text>`)
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw)
    const text = cdata ? cdata[1]! : decodeXml(raw)
    const toponyms: GoldToponym[] = []
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const tb = t[1]!
      const gid = /<gaztag geonameid="(\d+)"/.exec(tb)
      const lat = field(tb, 'lat')
      const lon = field(tb, 'lon')
      toponyms.push({
        start: Number(field(tb, 'start')),
        end: Number(field(tb, 'end')),
        text: decodeXml(field(tb, 'phrase') ?? ''),
        lat: gid && lat !== null ? Number(lat) : null,
        lon: gid && lon !== null ? Number(lon) : null,
        geonameId: gid ? Number(gid[1]) : null,
      })
    }
    const dl = field(body, 'dltime')
    docs.push({ id: m[1]!, text, published: dl ? dl.slice(0, 10) : null, toponyms })
  }
  return docs
}

export function loadLgl(): GeoDoc[] {
  const file = evalPath(LGL_DIR, 'lgl.xml')
  return parseLgl(readFileSync(file, 'utf8'), file)
}
