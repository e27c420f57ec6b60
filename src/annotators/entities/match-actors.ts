/**
 * Knowledge-base aliases in running text: longest match over the alias trie, word by word, where
 * function words ("of", « de la ») are skipped as in alias keys and punctuation breaks a match.
 * Short acronyms (EI, ISIL, UN) match their exact capitals only, never inside a capitals headline.
 */
import { getActorIndex, type AliasHit, type TrieNode } from '../../kb/actors/index-build.js'
import { foldWord, splitWords } from '../../kb/actors/normalize.js'
import type { Word } from './words.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const STARTS_UPPER = /^\p{Lu}/u

export interface ActorMatch {
  start: number
  end: number
  /** Indices of the first and last word of the match. */
  from: number
  to: number
  hits: AliasHit[]
  /** True when the text is capitalised (a name), false for a noun phrase ("les djihadistes"). */
  named: boolean
}

interface Sub { word: number; start: number; fold: string; cap: boolean; skip: boolean }

const HYPHEN = /^[-‐‑]$/u
/** A slash glued to words on both sides ("SPLA/M-IO", "MODEN/FA"): joins them, as a hyphen does. */
const SLASH = /^\/$/u
const APOSTROPHE = /^['’]$/u

/** A number token of digits only, a word of an alias key as `splitWords` keeps it. */
const DIGITS = /^\p{N}+$/u

/** A word `splitWords` keeps whole (its pieces are runs of letters and digits). */
const ONE_PIECE = /^[\p{L}\p{N}]+$/u

/**
 * "Iraqi troops", "U.S. military": a country word before a lower-case head is a noun phrase, not
 * a name ("Syrian Arab Army" is one: its head is capitalised).
 */
export function findActorMatches(words: readonly Word[], capsSentence: boolean, isCountryWord: (fold: string) => boolean = () => false): ActorMatch[] {
  const index = getActorIndex()
  const subs: (Sub | null)[] = []
  words.forEach((w, i) => {
    // A number inside a name is one of its words, as in the alias key ("the February 20
    // Movement", « le Mouvement du 23 mars »): never a capital.
    if (!w.isWord && DIGITS.test(w.text)) {
      subs.push({ word: i, start: w.start, fold: w.text, cap: false, skip: false })
      return
    }
    if (!w.isWord) {
      // A hyphen glued to the words on both sides joins them as it does inside one word: the
      // tokenizer splits "U.S.-led" after the abbreviation's period, "US-led" it keeps whole. So
      // does a slash, as in the alias key ("SPLA/M-IO"); two names so joined ("AMISOM/KDF") are
      // still each matched, as no alias holds both.
      if ((HYPHEN.test(w.text) || SLASH.test(w.text)) && words[i - 1]?.end === w.start && words[i + 1]?.start === w.end && words[i + 1]!.isWord) return
      // A possessive apostrophe glued to the plural before it, a space after ("Workers' Party",
      // "Revolutionaries’ Shura Council"), is part of that word, as in the alias key, which drops it;
      // an elision (« l’armée ») is no such apostrophe.
      if (APOSTROPHE.test(w.text) && words[i - 1]?.isWord && words[i - 1]!.end === w.start && words[i + 1]?.isWord && words[i + 1]!.start > w.end) return
      subs.push(null)
      return
    }
    // Most words are one piece (no hyphen, apostrophe or mark): their fold and capital are the word's.
    if (ONE_PIECE.test(w.text)) {
      subs.push({ word: i, start: w.start, fold: w.fold, cap: w.cap, skip: index.skip.has(w.fold) })
      return
    }
    for (const s of splitWords(w.text, w.start)) {
      const fold = foldWord(s.word)
      subs.push({ word: i, start: s.start, fold, cap: STARTS_UPPER.test(s.word), skip: index.skip.has(fold) })
    }
  })
  const out: ActorMatch[] = []
  let i = 0
  while (i < subs.length) {
    const first = subs[i]
    if (!first || first.skip) {
      i++
      continue
    }
    const w = words[first.word]!
    const acro = !capsSentence && w.allCaps ? index.acronyms.get(w.text.replace(/\./g, '')) : undefined
    let best: { to: number; hits: AliasHit[] } | null = acro ? { to: i, hits: acro.map((id) => ({ id, mode: 'cap' as const })) } : null
    let node: TrieNode | undefined = index.trie
    for (let j = i; j < subs.length; j++) {
      const s = subs[j]
      if (!s) break
      if (s.skip && j > i) continue
      node = node.next.get(s.fold)
      if (!node) break
      // Most nodes on the way to an alias hold none: no empty copy for them.
      if (node.hits.length === 0) continue
      const hits = node.hits.filter((h) => h.mode === 'any' || first.cap)
      if (hits.length && (!best || j > best.to)) best = { to: j, hits }
    }
    if (!best) {
      i++
      continue
    }
    const last = subs[best.to]!
    const from = first.word
    const to = last.word
    // A country's name or nationality word before a lower-case head ("Uganda forces", "U.S. troops",
    // "South Sudan army") describes that country's forces: no name of its own.
    const named = first.cap && (last.cap || !(isCountryWord(words[from]!.fold) || (to > from && isCountryWord(words.slice(from, to).map((w) => w.fold).join(' ')))))
    out.push({ start: words[from]!.start, end: words[to]!.end, from, to, hits: best.hits, named })
    i = best.to + 1
    while (i < subs.length && subs[i]?.word === to) i++
  }
  return out
}
