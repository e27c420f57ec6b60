/**
 * The analysis pipeline: extraction, language, paragraphs, boilerplate, segmentation, then the
 * registered annotators in order. Order is checked once when the pipeline is built, and each
 * annotator's output is checked (declared layers only, spans inside the text) when it runs.
 */
import type { Analysis, Article, Layers, Paragraph, Warning } from '../doc/schema.js'
import { EngineError } from '../errors.js'
import { findBoilerplate } from '../annotators/boilerplate/index.js'
import { detectLanguage, detectParagraphLanguage } from '../annotators/language/index.js'
import { findParagraphs, segment } from '../annotators/segment/index.js'
import { extractHtml } from '../extract/html.js'
import { listLanguages } from '../resources/load.js'
import { type Annotator, BASE_LAYERS, type Doc } from './annotator.js'
import { articleId } from './id.js'

/** One article to analyse, as read from any input format. */
export interface RawArticle {
  /** Names the input in messages: a path, `path:line`, or `-`. */
  input: string
  id?: string | null
  text?: string | null
  html?: string | null
  url?: string | null
  title?: string | null
  published?: string | null
  /** The date used when neither the input nor its page states a publication date: a WARC record's capture date, `ingest --published`. */
  publishedFallback?: string | null
  source?: string | null
  language?: string | null
  /** The country the text is about unless it says otherwise (ISO 3166-1 alpha-2, any case): a country feed's. */
  country?: string | null
}

export interface Pipeline {
  annotators: readonly Annotator[]
  analyze(raw: RawArticle): Analysis
}

/** Longest paragraph analysed without a warning; longer ones are analysed but flagged. */
export const LONG_PARAGRAPH = 100_000

export interface PipelineOptions {
  /** Called after each stage (extract, language, paragraphs, boilerplate, segment, each annotator) with its wall time; for bench/. */
  onStage?: (stage: string, ms: number) => void
}

export function createPipeline(annotators: Annotator[], opts: PipelineOptions = {}): Pipeline {
  checkOrder(annotators)
  const supported = new Set(listLanguages())
  return {
    annotators,
    analyze: (raw) => analyzeArticle(raw, annotators, supported, opts.onStage),
  }
}

function checkOrder(annotators: Annotator[]): void {
  const made = new Set(BASE_LAYERS)
  for (const a of annotators) {
    for (const need of a.requires) {
      if (!made.has(need)) {
        throw new EngineError('E_PIPELINE', `annotator "${a.name}" requires layer "${need}", which no earlier stage produces; move it after the stage that makes "${need}"`)
      }
    }
    for (const p of a.produces) made.add(p)
  }
}

function analyzeArticle(raw: RawArticle, annotators: readonly Annotator[], supported: Set<string>, onStage?: PipelineOptions['onStage']): Analysis {
  let mark = onStage ? performance.now() : 0
  const lap = (stage: string) => {
    if (!onStage) return
    const now = performance.now()
    onStage(stage, now - mark)
    mark = now
  }
  const warnings: Warning[] = []
  let text = raw.text ?? ''
  let title = raw.title ?? null
  let published = raw.published ?? null
  let author: string | null = null
  let source = raw.source ?? null
  let htmlLang: string | null = null
  if (raw.html != null && raw.text == null) {
    const page = extractHtml(raw.html, raw.input)
    text = page.text
    title ??= page.title
    published ??= page.published
    author = page.author
    source ??= page.siteName
    htmlLang = page.language
    if (page.method === 'page-blocks') warnings.push({ code: 'W_NO_ARTICLE', message: 'no article body found; using all page text' })
  }
  published ??= raw.publishedFallback ?? null
  if (text.trim() === '') throw new EngineError('E_EMPTY', 'no text to analyse (empty input)', raw.input)
  lap('extract')

  // The stages read `view`, the text with its no-break spaces as plain ones; the article keeps its own.
  const view = analysisText(text)
  const guess = detectLanguage(view)
  const language = raw.language ?? guess.language ?? htmlLang?.slice(0, 2).toLowerCase() ?? 'und'
  if (!raw.language && !guess.reliable) warnings.push({ code: 'W_LANGUAGE', message: `language guess "${language}" is not reliable` })
  const languageSupported = supported.has(language)
  if (!languageSupported) {
    warnings.push({ code: 'W_LANGUAGE_UNSUPPORTED', message: `no resources for language "${language}": only language-neutral stages ran` })
  }

  lap('language')
  const paragraphs: Paragraph[] = findParagraphs(view).map((p) => ({
    ...p,
    language: detectParagraphLanguage(view.slice(p.start, p.end), language),
  }))
  for (const p of paragraphs) {
    if (p.end - p.start > LONG_PARAGRAPH) {
      warnings.push({ code: 'W_LONG_PARAGRAPH', message: `paragraph at ${p.start} has ${p.end - p.start} characters` })
    }
  }
  lap('paragraphs')
  // Extracted HTML was already cleaned by page structure; line-shape rules are for plain text.
  const removed = findBoilerplate(view, paragraphs, language, { lineShapes: raw.html == null || raw.text != null })
  const article: Article = {
    id: articleId(text),
    url: raw.url ?? null,
    source,
    title,
    author,
    published: normalizeDate(published),
    language,
    ...(raw.country ? { country: raw.country.toUpperCase() } : {}),
    languageSupported,
    text,
    paragraphs,
    removed,
  }
  lap('boilerplate')
  const { sentences, tokens } = segment(view, paragraphs, removed, language)
  lap('segment')
  const layers: Layers = { sentences, tokens, mentions: [], actors: [], places: [], timexes: [], statements: [], events: [] }
  if (languageSupported) {
    const read: Article = view === text ? article : { ...article, text: view }
    for (const a of annotators) {
      const out = a.annotate({ article: read, ...layers } satisfies Doc)
      for (const key of Object.keys(out) as (keyof Layers)[]) {
        if (!a.produces.includes(key)) throw new Error(`annotator "${a.name}" returned undeclared layer "${key}"`)
        checkSpans(a.name, key, out[key] as unknown[], text.length)
        ;(layers as Record<string, unknown>)[key] = out[key]
      }
      lap(a.name)
    }
  }
  return { inputId: raw.id ?? null, input: raw.input, article, ...layers, warnings }
}

export { articleId }

const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/
const NO_BREAK_SPACES = new RegExp(NO_BREAK_SPACE.source, 'g')

/**
 * The text the stages read: the article's text with each no-break space (U+00A0, U+2007 figure,
 * U+202F narrow) turned into a plain space, one for one, so every offset and span holds. French
 * typography puts them inside numbers and before « : ; ? ! » (« 5 000 djihadistes », « 12 morts »),
 * web pages between any words ("Jan. 5", "car bomb"), and the resources' patterns write a space.
 * The article keeps its text as given.
 */
export function analysisText(text: string): string {
  return NO_BREAK_SPACE.test(text) ? text.replace(NO_BREAK_SPACES, ' ') : text
}

/** `YYYY-MM-DD` from an ISO date or date-time (or any date `Date` reads); null when unreadable. */
export function normalizeDate(s: string | null): string | null {
  if (!s) return null
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim())
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const t = Date.parse(s)
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10)
}

function checkSpans(name: string, layer: string, items: unknown[], length: number): void {
  for (const item of items) {
    const span = item as { start?: unknown; end?: unknown }
    if (typeof span.start !== 'number' || typeof span.end !== 'number') continue
    if (span.start < 0 || span.end > length || span.start > span.end) {
      throw new Error(`annotator "${name}" produced a ${layer} span [${span.start}, ${span.end}) outside the text (length ${length})`)
    }
  }
}
