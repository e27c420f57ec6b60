/**
 * Page metadata: title, publication date, author, site name and language, from (in order of
 * trust) schema.org JSON-LD, Open Graph / article meta tags, other common meta names, then the
 * page itself (`<time datetime>`, `<h1>`, `<title>`). Read before any clean-up mutates the DOM.
 */

export interface PageMeta {
  /** The title as the page gives it (used to recognise the headline block in the text). */
  title: string | null
  /** The headline alone, without the site name (what `article.title` reports). */
  headline: string | null
  published: string | null
  author: string | null
  siteName: string | null
  language: string | null
}

interface MetaElement {
  getAttribute(name: string): string | null
  textContent: string | null
}
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null
  querySelectorAll(selector: string): ArrayLike<MetaElement>
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage|NewsArticle/

/** The first schema.org object in the page's JSON-LD that looks like an article. */
function jsonLdArticle(document: MetaDocument): Record<string, Json> | null {
  const found: Record<string, Json>[] = []
  const visit = (v: Json, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1))
    const type = v['@type']
    const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')]
    if (types.some((t) => ARTICLE_TYPE.test(t))) found.push(v)
    if (v['@graph']) visit(v['@graph'], depth + 1)
  }
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? '') as Json, 0)
    } catch {
      // Broken JSON-LD is common; the meta tags are the fallback.
    }
  }
  // Prefer a real article type over a generic WebPage.
  return found.find((o) => /Article|BlogPosting|Report/.test(JSON.stringify(o['@type']))) ?? found[0] ?? null
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x)
    return names.length ? names.join('; ') : null
  }
  if (v && typeof v === 'object' && typeof v.name === 'string') return v.name
  return null
}

export function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}

/** An author value that is a profile URL says nothing readable. */
const notUrl = (s: string | null) => (s && !/^https?:\/\//i.test(s) ? s : null)

/** Separators between a headline and the site name in page titles ("Headline | Site", "Site › Headline"). */
const TITLE_SEPARATOR = /\s+(?:[|›·»]|::|-|–|—)\s+/u

/**
 * The headline from a page title: the part that is the page's `<h1>` when one is, else the longest
 * part, so "Headline | Site" and "Site - Section - Headline" both give the headline.
 */
export function headlineOf(title: string | null, h1: string | null): string | null {
  if (!title) return null
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')
  if (parts.length < 2) return title
  const h = h1?.toLowerCase()
  return parts.find((p) => p.toLowerCase() === h) ?? parts.reduce((a, b) => (b.length > a.length ? b : a))
}

export function readMeta(document: MetaDocument): PageMeta {
  const attr = (sel: string, name = 'content') => clean(document.querySelector(sel)?.getAttribute(name))
  const text = (sel: string) => clean(document.querySelector(sel)?.textContent)
  const ld = jsonLdArticle(document)
  const ldString = (k: string) => (ld && typeof ld[k] === 'string' ? clean(ld[k]) : null)
  return {
    title: ldString('headline') ?? attr('meta[property="og:title"]') ?? attr('meta[name="twitter:title"]') ?? text('h1') ?? text('title'),
    headline: headlineOf(ldString('headline') ?? attr('meta[property="og:title"]') ?? attr('meta[name="twitter:title"]') ?? text('title'), text('h1')),
    published:
      ldString('datePublished') ??
      attr('meta[property="article:published_time"]') ??
      attr('meta[itemprop="datePublished"]') ??
      attr('meta[name="date"]') ??
      attr('meta[name="pubdate"]') ??
      attr('meta[name="publishdate"]') ??
      attr('meta[name="dc.date"]') ??
      attr('meta[name="DC.date.issued"]') ??
      attr('meta[property="og:published_time"]') ??
      attr('[itemprop="datePublished"]', 'datetime') ??
      attr('time[datetime]', 'datetime'),
    author:
      clean(nameOf(ld?.author)) ??
      attr('meta[name="author"]') ??
      notUrl(attr('meta[property="article:author"]')) ??
      attr('meta[name="byl"]') ??
      text('[rel="author"]') ??
      text('[itemprop="author"] [itemprop="name"]'),
    siteName: attr('meta[property="og:site_name"]') ?? clean(nameOf(ld?.publisher)) ?? attr('meta[name="application-name"]'),
    language: attr('html', 'lang') ?? attr('meta[http-equiv="content-language"]'),
  }
}
