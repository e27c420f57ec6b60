/**
 * Folding for name matching: one key for every spelling a reader takes as the same name. Case,
 * diacritics, hyphens and spaces, periods ("U.S."), typographic apostrophes and the Arabic
 * article transliterations (al-, ar-, as-, ad-, el-, ez- …, listed in
 * `resources/common/places/arabic-articles.txt`) all fold away.
 */
import { readResourceLines } from '../../resources/load.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const MARK_RUNS = /\p{M}+/gu

let articles: Set<string> | null = null

function arabicArticles(): Set<string> {
  articles ??= new Set(readResourceLines('common', 'places/arabic-articles.txt').map((r) => r.cols[0]!.toLowerCase()))
  return articles
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ħ: 'h', þ: 'th' }

/** Folded keys of recent inputs: the same words and names recur within and across articles. */
const memo = new Map<string, string>()
const MEMO_MAX = 100_000

/** The matching key of a name: lower case ASCII-ish words separated by single spaces. */
export function foldName(name: string): string {
  let key = memo.get(name)
  if (key === undefined) {
    key = computeKey(name)
    if (memo.size >= MEMO_MAX) memo.clear()
    memo.set(name, key)
  }
  return key
}

/** Plain ASCII letters, digits, spaces, periods, hyphens and apostrophes: nothing to decompose or map. */
const PLAIN = /^[A-Za-z0-9 .'-]*$/

/** ASCII letters and digits in words one space apart: the base is the name in lower case. */
const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/

function computeKey(name: string): string {
  if (SIMPLE.test(name)) {
    const lower = name.toLowerCase()
    return lower.includes(' ') ? finishKey(lower) : lower
  }
  return finishKey(PLAIN.test(name) ? plainBase(name) : fullBase(name))
}

/** `fullBase` less the steps that cannot change a plain name (most names in news). */
function plainBase(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/-+/g, ' ').replace(/ +/g, ' ').trim()
}

function fullBase(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARK_RUNS, '')
    .toLowerCase()
    .replace(/[œæßøđłıħþ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’‘ʼʻ`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑‒–—_/,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function finishKey(base: string): string {
  // One word: no article to fold (an article folds only when a name follows it).
  if (!base.includes(' ')) return base
  const arts = arabicArticles()
  const words = base.split(' ')
  // An article only folds when a name follows it: "As" alone stays a word.
  for (let i = 0; i < words.length - 1; i++) if (arts.has(words[i]!)) words[i] = 'al'
  return words.join(' ')
}

/**
 * The key with an assimilated article glued to its word set apart: news writes "Deir Ezzor" for
 * "Deir ez-Zor". A word after a name's first that opens with an article of `arabic-articles.txt`
 * ending in a sun letter's consonant(s), that consonant again, and two more letters, reads as that
 * article and the word ("ezzor" → "al zor", as `foldName` keys
 * "ez-Zor"). The l of al-, el-, ul- is no assimilation ("Allen", "Ellis"). The key unchanged when no
 * word is so made. Asked only for names nothing reads exactly.
 */
export function ungluedKey(key: string): string {
  const glued = gluedArticles()
  if (glued.length === 0) return key
  let changed = false
  // Not a name's first word: a name of one word so made is most often a person's ("Assad", "Annan").
  const words = key.split(' ').map((w, i) => {
    if (i === 0) return w
    for (const { art, sun } of glued) {
      if (w.length >= art.length + sun.length + 2 && w.startsWith(art) && w.startsWith(sun, art.length)) {
        changed = true
        return `al ${w.slice(art.length)}`
      }
    }
    return w
  })
  return changed ? words.join(' ') : key
}

let gluedList: { art: string; sun: string }[] | null = null

/** The articles that end in a sun letter's consonant(s) (ez, ash, adh…), longest first: "ash" before "as". */
function gluedArticles(): { art: string; sun: string }[] {
  gluedList ??= [...arabicArticles()]
    .map((art) => ({ art, sun: art.slice(1) }))
    .filter(({ art, sun }) => art.length >= 2 && sun !== 'l')
    .sort((a, b) => b.art.length - a.art.length)
  return gluedList
}

/** An apostrophe that opens or closes a word of a folded key. */
const EDGE_APOSTROPHE = /(^| )'+|'+(?= |$)/g

/**
 * A folded own name without the apostrophes at its words' edges: GeoNames writes a final hamza or
 * an initial ʿayn ("Al Bayḑā’", "Tājūrā’", "’Aïn Benian") that readers of English and French do not
 * ("Al-Bayda", "Tajura", "Ain Benian"). Between letters it stays ("N'Djamena"). The gazetteer keys
 * a town's own names both ways, not its alternate names (their edges are often fragments: "Al Qa‘").
 */
export function bareKey(key: string): string {
  return key.includes("'") ? key.replace(EDGE_APOSTROPHE, '$1') : key
}

/**
 * The key of one word (`foldName(word)`) as the start of longer names: every name made of the
 * word, then a space or a hyphen, then more words (with a letter in them) folds to a key that
 * starts with this key and a space, since folding is local to the word up to the separator. Null
 * when it is not: an empty key, or a key whose last word is an Arabic article, which folds to "al"
 * once a name follows it ("As" alone, "As Suwayda").
 */
export function keyStartOf(key: string): string | null {
  if (key === '') return null
  const space = key.lastIndexOf(' ')
  return arabicArticles().has(space < 0 ? key : key.slice(space + 1)) ? null : key
}

/** True when the folded key has only Latin letters, digits, spaces and apostrophes: a script our readers type. */
export function isLatinKey(key: string): boolean {
  return /^[a-z0-9' ]+$/.test(key) && /[a-z]/.test(key)
}

/**
 * Loose keys of recent keys: the places stage asks for the same ones again and again (a candidate's
 * key and its entries' names, per candidate and per reading compared), eleven replacements each.
 */
const looseMemo = new Map<string, string>()

/**
 * A looser key for names written in another transliteration ("Garbaharey" / "Garbahaarey",
 * "Sheikh Zuweid" / "Sheikh Zuweiyid", "Kobbo" / "Kobo", "Faqous" / "Fakous"), asked only when
 * nothing matches exactly: no spaces or apostrophes, digraphs of one sound (kh, gh, dh, th, ph; sh
 * kept) and q to their plain letter, ou/oo to u, y and ee to i, doubled letters once. Vowels keep
 * their quality: "Kalembe" is not "Colombo".
 */
export function looseKey(key: string): string {
  let loose = looseMemo.get(key)
  if (loose === undefined) {
    loose = computeLooseKey(key)
    if (looseMemo.size >= MEMO_MAX) looseMemo.clear()
    looseMemo.set(key, loose)
  }
  return loose
}

function computeLooseKey(key: string): string {
  return key
    .replace(/[\s']/g, '')
    .replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/dh/g, 'd').replace(/th/g, 't').replace(/ph/g, 'f')
    .replace(/q/g, 'k').replace(/ou|oo/g, 'u').replace(/ee|y/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

/**
 * The key of an area's core name by its consonants: `looseKey`, then no vowel after the first
 * letter, doubled letters once ("Hararge", "Harerghe", "Hararghe" → "hrg"; "Welega", "Wollega",
 * "Walaga" → "wlg"). Area names from Amharic, Oromo or Arabic are written with their vowels many
 * ways; the consonants stay. Asked only for names a compass word opens (`areaKey`).
 */
export function consonantKey(key: string): string {
  const loose = looseKey(key)
  return (loose.slice(0, 1) + loose.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1')
}

/**
 * A key more tolerant than `looseKey` for the vowels of names written down from speech ("Nekemt" /
 * "Nek'emte" / "Naqamte", "Badelle" / "Bedele", "Gerida" / "Gereida", "Mitooma" / "Mitoma"): the
 * loose key with each run of vowels as one "a", doubled letters once and a last vowel dropped, with
 * the "h" Arabic names end in after it ("Kerdasa" / "Kirdāsah", the tāʾ marbūṭa written or not). The
 * consonants stay in their order. Asked only when neither the exact nor the loose key finds a name,
 * for a capitalised name the context says is a place, and kept only where the text agrees
 * (`looseCandidates` in the places stage); a key of fewer than `VOWEL_MIN_CONSONANTS` consonants
 * matches too much and is never asked.
 */
export function vowelKey(loose: string): string {
  return loose.replace(/[aeiou]+/g, 'a').replace(/(.)\1+/g, '$1').replace(/(?<=..)ah?$/, '')
}

/** The fewest consonants a `vowelKey` asked or indexed has ("Obari" → "abar" has two: too many towns). */
export const VOWEL_MIN_CONSONANTS = 3

/** True when `vowelKey` `vk` has enough consonants to be asked. */
export function vowelKeyAsked(vk: string): boolean {
  let n = 0
  for (const c of vk) if (c !== 'a' && ++n >= VOWEL_MIN_CONSONANTS) return true
  return false
}
