/**
 * Tag lists glued into a paragraph: scraped pages put the site's tags in the same paragraph as the
 * lead ("… Tags Syria Hassakeh Kurds Suicide Attack SDF Islamic State A suicide bomber struck …")
 * or after the last sentence ("… Tags Daesh Syria Raqqa Community standards"). Only part of the
 * paragraph is furniture, so the list becomes a removed span inside it; the segmenter skips it.
 *
 * A list opens at a label ("Tags", « Mots-clés ») and holds words of names and nouns. It ends:
 * - at the paragraph's end, a sentence's final period or a bracket that closes what the label
 *   was inside of: all of it was the list;
 * - before a quotation mark: the lead opens with a quotation;
 * - before the sentence of the first word no tag holds (a lower-case function word or verb outside
 *   a name, `stop` and `ending` of the resource). That sentence started at a capital in the list:
 *   at its first opener (a determiner, a quantifier, a number: "A suicide bomber", "At least 16")
 *   if there is one, else at the last capitalised word before that word ("… UK Russia | Russian
 *   forces returned"), the subject's head being the nearest capital before its verb.
 * In a list whose tags are separated (commas, bars, bullets), a tag runs to its separator whatever
 * its words (« Observatoire syrien des droits de l'homme, Alep »); only the last one is read so.
 * Language-neutral: the words come from `resources/<lang>/boilerplate/tags.tsv`.
 */
import type { Paragraph, RemovedSpan } from '../../doc/schema.js'
import { loadTagResources, type TagResources } from './rules.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Most words a tag list holds; a longer run is running text with a capitalised word in it. */
const MAX_TAG_WORDS = 40
/** How far (in words) a separator may follow a stop word for the stop word to sit inside a tag. */
const SEPARATED_TAG_WORDS = 8

type Kind = 'word' | 'separator' | 'open' | 'close' | 'terminal' | 'quote' | 'other'

interface Item {
  start: number
  end: number
  kind: Kind
  text: string
}

const ITEM = /([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)|([,;|•·/]|\s[-–—]\s)|([([])|([)\]])|([.!?…])|(["“”«»„])|(\S)/guy
const DASH = /\s[-–—]\s/uy
const SPACE = /\s/u
const CAPITAL = /^[\p{Lu}]/u
const LOWER = /^\p{Ll}/u
const NUMBER = /^\p{N}/u

/** The items after a label, up to the paragraph's end or as many words as a list and its lookahead can hold (`complete` false then). */
function itemsFrom(text: string, from: number, to: number): { items: Item[]; complete: boolean } {
  const items: Item[] = []
  let words = 0
  let i = from
  while (i < to) {
    DASH.lastIndex = i
    if (SPACE.test(text[i]!) && !DASH.test(text)) {
      i++
      continue
    }
    ITEM.lastIndex = i
    const m = ITEM.exec(text)!
    const kind: Kind = m[1] ? 'word' : m[2] ? 'separator' : m[3] ? 'open' : m[4] ? 'close' : m[5] ? 'terminal' : m[6] ? 'quote' : 'other'
    items.push({ start: m.index, end: Math.min(to, m.index + m[0].length), kind, text: m[0].trim() })
    i = m.index + m[0].length
    if (kind === 'word' && ++words > MAX_TAG_WORDS + SEPARATED_TAG_WORDS + 1) return { items, complete: false }
  }
  return { items, complete: true }
}

const isCapital = (it: Item | undefined): boolean => it !== undefined && it.kind === 'word' && CAPITAL.test(it.text)

/** A lower-case word that belongs to a sentence, not to a tag. */
function sentenceWord(it: Item, res: TagResources): boolean {
  if (!LOWER.test(it.text)) return false
  const w = it.text.toLowerCase()
  const head = w.split(/['’]/u)[0]!
  if (res.stops.has(w) || (head !== w && res.stops.has(head))) return true
  // A doubled first letter is no inflection ("speed", "need" for the ending "ed").
  return res.endings.some((e) => w.length >= e.length + 3 && w.endsWith(e) && !w.endsWith(e[0]! + e))
}

/** Item `k` opens a sentence: a number, or an opener written with a capital. */
function opensSentence(text: string, items: readonly Item[], k: number, res: TagResources): boolean {
  const it = items[k]!
  if (it.kind !== 'word') return false
  if (NUMBER.test(it.text)) return true
  if (!CAPITAL.test(it.text)) return false
  return openerAt(text, it.start, res) !== undefined
}

/**
 * The opener of a sentence written at `start` (tags.tsv, lower case, longest first: "at least",
 * "the"), a whole word or one ending in an apostrophe (« l' »), else undefined.
 */
export function openerAt(text: string, start: number, res: Pick<TagResources, 'openers' | 'longestOpener'>): string | undefined {
  const rest = text.slice(start, start + res.longestOpener + 1).toLowerCase()
  return res.openers.find((o) => rest.startsWith(o) && (/['’]$/u.test(o) || !HAS_LETTER_OR_DIGIT.test(rest[o.length] ?? ' ')))
}

/** `end` moved back over white space, not before `from`. */
export function trimEnd(text: string, from: number, end: number): number {
  let e = end
  while (e > from && SPACE.test(text[e - 1]!)) e--
  return e
}

/** Where the tag list that starts after a label at `from` ends (exclusive), or -1 when there is none. */
function listEnd(text: string, from: number, to: number, res: TagResources, labelInside: boolean): number {
  const { items, complete } = itemsFrom(text, from, to)
  const words: number[] = []
  let depth = 0
  const separated = items.some((it) => it.kind === 'separator')
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!
    if (it.kind === 'word') {
      if (sentenceWord(it, res) && !(isCapital(items[i - 1]) && isCapital(items[i + 1])) && !(separated && separatorAhead(items, i))) {
        return leadStart(text, items, words, i, res, separated)
      }
      words.push(i)
      if (words.length > MAX_TAG_WORDS) return -1
      continue
    }
    if (it.kind === 'separator' || it.kind === 'other') continue
    if (it.kind === 'open') depth++
    else if (it.kind === 'close') {
      if (depth > 0) depth--
      else return words.length > 0 && labelInside ? it.start : -1
    } else if (it.kind === 'terminal') {
      const prev = items[i - 1]
      // "U.S." keeps its periods: only a period after a word of two letters or more ends the list.
      if (it.text === '.' && (!prev || prev.kind !== 'word' || prev.text.length < 2)) continue
      return words.length > 0 ? it.end : -1
    } else if (it.kind === 'quote') {
      return words.length > 0 ? it.start : -1
    }
  }
  return words.length > 0 && complete ? to : -1
}

/** A separator comes before the next terminal within a tag's length: the stop word is inside a separated tag. */
function separatorAhead(items: readonly Item[], i: number): boolean {
  let n = 0
  for (let j = i + 1; j < items.length; j++) {
    const it = items[j]!
    if (it.kind === 'separator') return true
    if (it.kind === 'terminal' || it.kind === 'quote') return false
    if (it.kind === 'word' && ++n > SEPARATED_TAG_WORDS) return false
  }
  return false
}

/** The lead's start among the list's words, before the first sentence word at `stop`; -1 when none is left as tags. */
function leadStart(text: string, items: readonly Item[], words: readonly number[], stop: number, res: TagResources, separated: boolean): number {
  // The first word is a tag: a list needs one.
  for (let w = 1; w < words.length; w++) if (opensSentence(text, items, words[w]!, res)) return items[words[w]!]!.start
  // The last of separated tags may hold function words (« Observatoire syrien des droits de
  // l'homme »): the lead is at an opener a tag's length further on.
  for (let j = stop + 1, n = 0; separated && j < items.length && n < SEPARATED_TAG_WORDS; j++) {
    const it = items[j]!
    if (it.kind === 'terminal' || it.kind === 'quote') break
    if (it.kind !== 'word') continue
    n++
    if (opensSentence(text, items, j, res)) return it.start
  }
  for (let w = words.length - 1; w >= 1; w--) {
    const it = items[words[w]!]!
    if (words[w]! < stop && isCapital(it)) return it.start
  }
  return -1
}

/** The tag lists of the paragraphs not yet removed, as removed spans with the reason `tags`. */
export function findTagLists(text: string, paragraphs: readonly Paragraph[], articleLang: string, removed: ReadonlySet<number>): RemovedSpan[] {
  const out: RemovedSpan[] = []
  paragraphs.forEach((p, i) => {
    if (removed.has(i)) return
    const langs = p.language && p.language !== articleLang ? [articleLang, p.language] : [articleLang]
    const para = text.slice(p.start, p.end)
    let done = 0
    for (const res of langs.map(loadTagResources)) {
      if (!res.label) continue
      res.label.lastIndex = done
      for (let m = res.label.exec(para); m !== null; m = res.label.exec(para)) {
        const at = p.start + m.index
        const from = at + m[0].length
        const before = para.slice(0, m.index)
        const end = listEnd(text, from, p.end, res, before.lastIndexOf('(') > before.lastIndexOf(')'))
        if (end <= from) continue
        const e = trimEnd(text, from, end)
        out.push({ start: at, end: e, reason: 'tags', rule: `tags ${res.where}` })
        res.label.lastIndex = done = e - p.start
      }
    }
  })
  return out.sort((a, b) => a.start - b.start)
}
