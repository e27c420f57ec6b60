/**
 * GeoVirus: WikiNews texts on disease outbreaks with location spans and coordinates (no GeoNames
 * ids), read from `SITREP_EVAL_DIR/geo/geoparsing-geovirus/GeoVirus.xml`. Its offsets are 1-based:
 * the span is `[start-1, end-1)`. One article nests locations inside another, so every
 * `<location>` with a `<name>` is collected at any depth; template entries after `</articles>`
 * are comments and are ignored.
 */
import { readFileSync } from 'node:fs'
import { evalPath } from '../paths.js'
import { decodeXml, type GeoDoc, type GoldToponym } from './lgl.js'

export const GEOVIRUS_DIR = 'geo/geoparsing-geovirus'

export function parseGeoVirus(xml: string, file: string): GeoDoc[] {
  const end = xml.indexOf('</articles>')
  const body = (end >= 0 ? xml.slice(0, end) : xml).replace(/<!--[\s\S]*?-->/g, '')
  const docs: GeoDoc[] = []
  let n = 0
  for (const m of body.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const a = m[1]!
    const text = /<text>([\s\S]*?)<\/text>/.exec(a)
    if (!text) throw new Error(`${file}: article ${n} has no <text>`)
    const toponyms: GoldToponym[] = []
    for (const l of a.matchAll(/<name>([\s\S]*?)<\/name>(?:\s*<altName>[\s\S]*?<\/altName>)?\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>\s*<lat>([^<]*)<\/lat>\s*<lon>([^<]*)<\/lon>/g)) {
      toponyms.push({ start: Number(l[2]) - 1, end: Number(l[3]) - 1, text: decodeXml(l[1]!), lat: Number(l[4]), lon: Number(l[5]), geonameId: null })
    }
    toponyms.sort((x, y) => x.start - y.start)
    docs.push({ id: `geovirus-${n++}`, text: decodeXml(text[1]!), published: null, toponyms })
  }
  return docs
}

export function loadGeoVirus(): GeoDoc[] {
  const file = evalPath(GEOVIRUS_DIR, 'GeoVirus.xml')
  return parseGeoVirus(readFileSync(file, 'utf8'), file)
}
