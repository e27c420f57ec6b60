/**
 * The raw inputs `npm run bench` runs over, read from SITREP_EVAL_DIR at run time: FA-KES (English
 * text), ML-Crisis (French text, scraped pages with site furniture) and the HTML pages of the two
 * extraction benchmarks (decoded as `sitrep analyze` decodes a file).
 */
import { decodeHtml } from '../src/extract/decode.js'
import type { RawArticle } from '../src/pipeline/pipeline.js'
import { loadScrapinghubGold, loadScrapinghubHtml, SCRAPINGHUB_DIR } from '../eval/loaders/extract-scrapinghub.js'
import { loadTrafilaturaGold, loadTrafilaturaHtml, TRAFILATURA_DIR } from '../eval/loaders/extract-trafilatura.js'
import { FAKES_DIR, loadFakes } from '../eval/loaders/news-fakes.js'
import { loadMlCrisis, MLCRISIS_DIR } from '../eval/loaders/news-mlcrisis.js'
import { hasEvalData } from '../eval/paths.js'

export interface BenchInput {
  raw: RawArticle
  /** Size of the input as the user hands it over (UTF-8 text or the page's raw bytes). */
  bytes: number
}

export interface Corpus {
  name: string
  /** Where the data must be under SITREP_EVAL_DIR. */
  requires: string
  load(limit?: number): BenchInput[]
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8')

export const CORPORA: Corpus[] = [
  {
    name: 'FA-KES (en, text)',
    requires: FAKES_DIR,
    load: (limit) => loadFakes(limit).map((a) => ({ raw: { input: `fakes:${a.id}`, text: a.text, title: a.title, published: a.published }, bytes: utf8(a.text) })),
  },
  {
    name: 'ML-Crisis (fr, text)',
    requires: MLCRISIS_DIR,
    load: (limit) => loadMlCrisis(limit).map((a) => ({ raw: { input: `mlcrisis:${a.id}`, text: a.text, published: a.published }, bytes: utf8(a.text) })),
  },
  {
    name: 'ScrapingHub (HTML)',
    requires: SCRAPINGHUB_DIR,
    load: (limit) =>
      loadScrapinghubGold(limit).map((g) => {
        const bytes = loadScrapinghubHtml(g.id)
        return { raw: { input: `scrapinghub:${g.id}`, html: decodeHtml(bytes, g.id).html, url: g.url }, bytes: bytes.length }
      }),
  },
  {
    name: 'trafilatura (HTML)',
    requires: TRAFILATURA_DIR,
    load: (limit) =>
      loadTrafilaturaGold(limit).map((g) => {
        const bytes = loadTrafilaturaHtml(g.file)
        return { raw: { input: `trafilatura:${g.file}`, html: decodeHtml(bytes, g.file).html }, bytes: bytes.length }
      }),
  },
]

export function availableCorpora(): Corpus[] {
  return CORPORA.filter((c) => hasEvalData(c.requires))
}
