/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds to items. The parser never resolves external entities;
 * a feed that declares one (`SYSTEM` / `PUBLIC`, the XXE attack) is refused outright, and internal
 * entity expansion is bounded (count, total expansions, expanded length), so a billion-laughs feed
 * fails with a clear error instead of eating memory.
 */
import { XMLParser } from 'fast-xml-parser'
import { EngineError } from '../errors.js'

export interface FeedItem {
  title: string | null
  link: string | null
  published: string | null
  /** The item's own HTML content (content:encoded, Atom content, or description), if any. */
  html: string | null
  /** The feed's title, which names the outlet ("Sahel Wire", « Le Monde.fr - International »). */
  source: string | null
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: { enabled: true, maxEntityCount: 20, maxEntitySize: 2000, maxTotalExpansions: 1000, maxExpandedLength: 200_000 },
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
})

/** True when the bytes start like an RSS, RDF or Atom document. */
export function looksLikeFeed(head: string): boolean {
  const h = head.slice(0, 2048)
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(h)
}

export function parseFeed(xml: string, input: string): FeedItem[] {
  if (/<!ENTITY\s+%?\s*[\w.-]+\s+(SYSTEM|PUBLIC)\b/i.test(xml)) {
    throw new EngineError('E_FEED_XXE', 'feed declares an external entity (SYSTEM/PUBLIC); refused, external entities are never resolved', input)
  }
  if (/<!ENTITY\s+%?\s*[\w.-]+\s+["'][^"']*&/i.test(xml)) {
    throw new EngineError('E_FEED_ENTITIES', 'feed declares entities that expand other entities (the billion-laughs pattern); refused', input)
  }
  let doc: Record<string, unknown>
  try {
    doc = parser.parse(xml) as Record<string, unknown>
  } catch (e) {
    throw new EngineError('E_FEED', `unreadable feed XML: ${(e as Error).message.split('\n')[0]}`, input)
  }
  const rss = get(doc, 'rss', 'channel', 'item') ?? get(doc, 'rdf:RDF', 'item')
  const channel = text(get(doc, 'rss', 'channel', 'title')) ?? text(get(doc, 'rdf:RDF', 'channel', 'title'))
  if (Array.isArray(rss)) return rss.map((i) => ({ ...rssItem(i as Record<string, unknown>), source: channel }))
  const atom = get(doc, 'feed', 'entry')
  const feed = text(get(doc, 'feed', 'title'))
  if (Array.isArray(atom)) return atom.map((e) => ({ ...atomEntry(e as Record<string, unknown>), source: feed }))
  if (get(doc, 'rss') !== undefined || get(doc, 'feed') !== undefined || get(doc, 'rdf:RDF') !== undefined) return []
  throw new EngineError('E_FEED', 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)', input)
}

function rssItem(i: Record<string, unknown>): Omit<FeedItem, 'source'> {
  const links = i.link as unknown[] | undefined
  return {
    title: text(i.title),
    link: text(links?.[0]) ?? text(i.guid),
    published: text(i.pubDate) ?? text(i['dc:date']),
    html: text(i['content:encoded']) ?? text(i.description),
  }
}

function atomEntry(e: Record<string, unknown>): Omit<FeedItem, 'source'> {
  const links = (e.link as Record<string, unknown>[] | undefined) ?? []
  const alt = links.find((l) => l['@rel'] === undefined || l['@rel'] === 'alternate') ?? links[0]
  return {
    title: text(e.title),
    link: alt ? text(alt['@href']) : null,
    published: text(e.published) ?? text(e.updated),
    html: text(e.content) ?? text(e.summary),
  }
}

function get(o: unknown, ...path: string[]): unknown {
  let cur = o
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[p]
  }
  return cur
}

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') return v.trim() || null
  if (typeof v === 'number') return String(v)
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text'])
  return null
}
