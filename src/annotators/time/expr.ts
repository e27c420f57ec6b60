/**
 * The value column of a time rule is a small expression: `fn(arg, …)`, `$group`, `-$group` or a
 * literal (`P1D`, `-SU`, `PRESENT_REF`). Parsed once when the rules load, evaluated per match.
 */
import { EngineError } from '../../errors.js'

export type Expr =
  | { kind: 'call'; fn: string; args: Expr[] }
  | { kind: 'ref'; group: string; negate: boolean }
  | { kind: 'lit'; text: string }

export function parseExpr(source: string, where: string): Expr {
  let i = 0
  const fail = (why: string): never => {
    throw new EngineError('E_RESOURCE', `bad value expression "${source}" at ${i}: ${why}`, where)
  }
  const skip = () => { while (source[i] === ' ') i++ }
  const atom = (): Expr => {
    skip()
    const start = i
    while (i < source.length && !'(),'.includes(source[i]!)) i++
    const word = source.slice(start, i).trim()
    skip()
    if (source[i] === '(') {
      if (!/^[a-z][a-zA-Z0-9]*$/.test(word)) fail(`"${word}" is not a function name`)
      i++
      const args: Expr[] = []
      skip()
      if (source[i] === ')') { i++; return { kind: 'call', fn: word, args } }
      for (;;) {
        args.push(atom())
        if (source[i] === ',') { i++; continue }
        if (source[i] === ')') { i++; break }
        fail('expected "," or ")"')
      }
      skip()
      return { kind: 'call', fn: word, args }
    }
    const ref = /^(-?)\$([a-zA-Z][a-zA-Z0-9]*)$/.exec(word)
    if (ref) return { kind: 'ref', group: ref[2]!, negate: ref[1] === '-' }
    if (word === '') fail('empty argument')
    return { kind: 'lit', text: word }
  }
  const expr = atom()
  if (i < source.length) fail('trailing text')
  return expr
}
