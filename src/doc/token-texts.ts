/** Every token's text, sliced once per document and shared by the stages that read them all. */
import type { Token } from './schema.js'

interface Texts {
  text: string
  texts: string[]
}

// Keyed by the token layer: a document's shallow copies (each stage's `{ ...doc }`) share it.
const byTokens = new WeakMap<readonly Token[], Texts>()

/** `tokens.map((t) => text.slice(t.start, t.end))`, made once per token layer and text. */
export function tokenTexts(text: string, tokens: readonly Token[]): readonly string[] {
  const known = byTokens.get(tokens)
  if (known !== undefined && known.text === text) return known.texts
  const texts = new Array<string>(tokens.length)
  for (let i = 0; i < tokens.length; i++) texts[i] = text.slice(tokens[i]!.start, tokens[i]!.end)
  byTokens.set(tokens, { text, texts })
  return texts
}
