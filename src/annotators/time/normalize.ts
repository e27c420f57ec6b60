/**
 * Evaluates a rule's value expression into a TIMEX3 value. Relative values resolve against the
 * document creation time (DCT); names without a year (a weekday, a month, a season) take the year
 * the sentence's tense points to; `arel`/`anchor` resolve against the last date mentioned before.
 * A function returning null drops the match: a rule never emits a value it could not compute.
 */
import {
  type Granularity, type Unit, type Ymd, addDays, addUnits, daysInMonth, formatAt, parseValue, shiftValue, weekday,
} from './calendar.js'
import type { Expr } from './expr.js'
import type { Tense } from './resources.js'

export interface EvalContext {
  dct: Ymd | null
  tense: Tense
  /** True when the rule itself imposes the tense ("last March"): the other side is never chosen. */
  strict?: boolean
  /** The last DATE value mentioned before this expression, for narrative anchoring. */
  anchor: string | null
  group(name: string): string | undefined
}

type Value = string | null
type Fn = (args: Value[], ctx: EvalContext) => Value

const UNITS = new Set(['CE', 'DE', 'Y', 'H', 'Q', 'M', 'W', 'WE', 'D'])
const UNDERSPECIFIED: Record<string, string> = {
  D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', H: 'XXXX-HX', Y: 'XXXX', DE: 'XXX', CE: 'XX',
}

function int(v: Value): number | null {
  if (v === null) return null
  const n = Number(v.replace(/[\s\u00a0\u202f,]/g, ''))
  return Number.isFinite(n) ? n : null
}

/** A year as written: `2016`, `'98`, `98` (two digits take the century that keeps it near the DCT). */
function year(v: Value, ctx: EvalContext): number | null {
  if (v === null) return null
  const digits = v.replace(/^['’]/, '')
  const n = int(digits)
  if (n === null) return null
  if (digits.length > 2) return n
  const now = ctx.dct?.y ?? 2000
  const century = Math.floor(now / 100) * 100
  return century + n > now + 10 ? century - 100 + n : century + n
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** Days from the DCT to `p` (negative before it). */
function daysFrom(dct: Ymd, p: Ymd): number {
  return Math.round((Date.UTC(p.y, p.m - 1, p.d) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86_400_000)
}

/**
 * Among candidate days, the one the tense points to: the nearest to the DCT, where a day on the
 * wrong side of the tense costs `penalty` more days (news mostly mentions days near its date, so a
 * past-tense "Jan. 14" written on Jan. 10 is the coming one) and is excluded when a rule imposes
 * the tense ("last March").
 */
function pickByTense(days: Ymd[], ctx: EvalContext, penalty: number): Ymd {
  const cost = (p: Ymd) => {
    const diff = daysFrom(ctx.dct!, p)
    const wrong = (ctx.tense === 'past' && diff > 0) || (ctx.tense === 'future' && diff < 0)
    return Math.abs(diff) + (wrong ? (ctx.strict ? 1e9 : penalty) : 0)
  }
  return days.reduce((best, p) => (cost(p) < cost(best) ? p : best))
}

/** How many days nearer a candidate on the other side of the tense must be to win (about eight months). */
const YEAR_PENALTY = 250
const WEEK_PENALTY = 3

/** The year in which month `m`, day `d` is where the tense points from the DCT. */
function yearFor(m: number, d: number, ctx: EvalContext): number | null {
  if (!ctx.dct) return null
  const { y } = ctx.dct
  const days = [y - 1, y, y + 1].map((yy) => ({ y: yy, m, d: Math.min(d, daysInMonth(yy, m)) }))
  return pickByTense(days, ctx, YEAR_PENALTY).y
}

/** The context with the tense a rule imposes (`last April` is past whatever the verb says). */
function withTense(ctx: EvalContext, t: Value | undefined): EvalContext {
  return t === 'past' || t === 'future' || t === 'present' ? { ...ctx, tense: t, strict: true } : ctx
}

function unit(v: Value): Unit | null {
  return v !== null && UNITS.has(v) ? (v as Unit) : null
}

/** Each function names what it builds; arguments are strings, null when a group did not match. */
const FUNCTIONS: Record<string, Fn> = {
  ymd: ([y, m, d], ctx) => {
    const yy = year(y ?? null, ctx); const mm = int(m ?? null); const dd = int(d ?? null)
    return yy === null || mm === null || dd === null || mm < 1 || mm > 12 || dd < 1 || dd > 31 ? null : `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}`
  },
  ym: ([y, m], ctx) => {
    const yy = year(y ?? null, ctx); const mm = int(m ?? null)
    return yy === null || mm === null || mm < 1 || mm > 12 ? null : `${pad(yy, 4)}-${pad(mm)}`
  },
  year: ([y], ctx) => {
    const yy = year(y ?? null, ctx)
    return yy === null ? null : pad(yy, 4)
  },
  /** A holiday written `MM-DD`, in the year the tense points to. */
  holiday: ([md], ctx) => {
    const parts = md?.split('-')
    return parts?.length === 2 ? FUNCTIONS.md!([parts[0]!, parts[1]!], ctx) : null
  },
  md: ([m, d], ctx) => {
    const mm = int(m ?? null); const dd = int(d ?? null)
    if (mm === null || dd === null || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null
    const yy = yearFor(mm, dd, ctx)
    return `${yy === null ? 'XXXX' : pad(yy, 4)}-${pad(mm)}-${pad(dd)}`
  },
  month: ([m, t], ctx) => {
    ctx = withTense(ctx, t)
    const mm = int(m ?? null)
    if (mm === null || mm < 1 || mm > 12) return null
    const yy = yearFor(mm, 15, ctx)
    return `${yy === null ? 'XXXX' : pad(yy, 4)}-${pad(mm)}`
  },
  /** A season code (`SU`) or quarter (`Q3`) without a year: the year the tense points to. */
  part: ([p, t], ctx) => {
    ctx = withTense(ctx, t)
    if (!p) return null
    const start = /^Q[1-4]$/.test(p) ? 3 * (Number(p[1]) - 1) + 1 : /^H[12]$/.test(p) ? 6 * (Number(p[1]) - 1) + 1
      : ({ SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>)[p]
    if (start === undefined) return null
    // `started`: the latest such period begun by the DCT (a quarter is named once it has begun).
    if (t === 'started') return ctx.dct ? `${pad(start <= ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1, 4)}-${p}` : `XXXX-${p}`
    // Judge by the middle of the period; winter's middle (January) lies in the next year.
    const mid = start + 1
    const midYear = yearFor(mid > 12 ? mid - 12 : mid, 15, ctx)
    const yy = midYear === null ? null : mid > 12 ? midYear - 1 : midYear
    return `${yy === null ? 'XXXX' : pad(yy, 4)}-${p}`
  },
  weekday: ([w, t], ctx) => {
    ctx = withTense(ctx, t)
    const want = int(w ?? null)
    if (want === null || want < 1 || want > 7) return null
    if (!ctx.dct) return `XXXX-WXX-${want}`
    const back = (weekday(ctx.dct) - want + 7) % 7
    const days = [-7, 0, 7].map((shift) => addDays(ctx.dct!, shift - back))
    // An imposed tense means another day than today ("next Monday" said on a Monday).
    const strictDays = ctx.strict && ctx.tense !== 'present' ? days.filter((p) => daysFrom(ctx.dct!, p) !== 0) : days
    return formatAt(pickByTense(strictDays, ctx, WEEK_PENALTY), 'D')
  },
  /**
   * "The weekend": told in the past on a weekday, the one just gone ("over the weekend", said on a
   * Monday); otherwise the weekend of the DCT's week.
   */
  weekend: (_args, ctx) => {
    if (!ctx.dct) return UNDERSPECIFIED.WE!
    const back = ctx.tense === 'past' && weekday(ctx.dct) <= 5 ? -1 : 0
    return formatAt(addUnits(ctx.dct, 'WE', back), 'WE')
  },
  /** The DCT moved by n units, written at the unit's granularity: `rel(W, -1)` is last week. */
  rel: ([u, n], ctx) => {
    const uu = unit(u ?? null); const nn = int(n ?? null)
    if (uu === null || nn === null) return null
    if (!ctx.dct) return UNDERSPECIFIED[uu]!
    return formatAt(addUnits(ctx.dct, uu, nn), uu as Granularity)
  },
  /**
   * n units before or after the DCT ("a year ago"); when the text is about a quarter, half or month
   * of the DCT's year ("third-quarter profit … a year ago"), that period moved by whole years.
   */
  ago: ([u, n], ctx) => {
    const uu = unit(u ?? null); const nn = int(n ?? null)
    if (uu === null || nn === null) return null
    if (!ctx.dct) return UNDERSPECIFIED[uu]!
    const anchor = ctx.anchor ? parseValue(ctx.anchor) : null
    if (uu === 'Y' && anchor && ['Q', 'H', 'M', 'SEASON'].includes(anchor.gran) && Math.abs(anchor.p.y - ctx.dct.y) <= 1) {
      return shiftValue(ctx.anchor!, uu, nn)
    }
    return formatAt(addUnits(ctx.dct, uu, nn), uu === 'WE' ? 'W' : uu as Granularity)
  },
  /** The last mentioned date moved by n units ("a year earlier"); the DCT when none was mentioned. */
  arel: ([u, n], ctx) => {
    const uu = unit(u ?? null); const nn = int(n ?? null)
    if (uu === null || nn === null) return null
    const base = ctx.anchor ?? (ctx.dct ? formatAt(ctx.dct, 'D') : null)
    return base === null ? UNDERSPECIFIED[uu]! : shiftValue(base, uu, nn)
  },
  /** The last mentioned date written at a granularity ("the quarter"), else the DCT's. */
  anchorAt: ([g, fallback], ctx) => {
    const gran = unit(g ?? null)
    if (gran === null) return null
    const parsed = ctx.anchor ? parseValue(ctx.anchor) : null
    const order = ['D', 'W', 'WE', 'M', 'SEASON', 'Q', 'H', 'Y', 'DE', 'CE']
    if (parsed && order.indexOf(parsed.gran) <= order.indexOf(gran)) return formatAt(parsed.p, gran as Granularity)
    // Without an anchor: the DCT's period moved by `fallback` ("the quarter" reported is the last one).
    return ctx.dct ? formatAt(addUnits(ctx.dct, gran, int(fallback ?? '0') ?? 0), gran as Granularity) : UNDERSPECIFIED[gran]!
  },
  dct: (_a, ctx) => (ctx.dct ? formatAt(ctx.dct, 'D') : 'XXXX-XX-XX'),
  /** A duration: `dur(3, H)` is PT3H, `dur(X, Y)` is PXY. */
  dur: ([n, u]) => {
    if (!n || !u) return null
    const amount = n === 'X' ? 'X' : String(int(n) ?? 'X')
    if (u === 'H' || u === 'MIN' || u === 'S') return `PT${amount}${u === 'MIN' ? 'M' : u}`
    if (u === 'HOUR') return `PT${amount}H`
    return UNITS.has(u) ? `P${amount}${u}` : null
  },
  /** A clock time on a day: `at(dct(), 14, 30, PM)`. */
  at: ([day, h, m, half]) => {
    let hh = int(h ?? null); const mm = int(m ?? '0') ?? 0
    if (!day || hh === null || hh > 24 || mm > 59) return null
    if (half === 'PM' && hh < 12) hh += 12
    if (half === 'AM' && hh === 12) hh = 0
    return `${day}T${pad(hh)}:${pad(mm)}`
  },
  /** A decade from a year or a two-digit decade: `1990`, `90` → 199. */
  decade: ([y], ctx) => {
    const yy = year(y ?? null, ctx)
    return yy === null ? null : pad(Math.floor(yy / 10), 3)
  },
  /** The n-th century → its TIMEX3 value (`20` → 19). */
  century: ([n]) => {
    const nn = int(n ?? null)
    return nn === null || nn < 1 ? null : pad(nn - 1)
  },
  lit: ([x]) => x ?? null,
  cat: (args) => (args.some((a) => a === null) ? null : args.join('')),
}

export function evaluate(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'lit': return expr.text
    case 'ref': {
      const v = ctx.group(expr.group)
      if (v === undefined) return null
      if (!expr.negate) return v
      const n = int(v)
      return n === null ? null : String(-n)
    }
    case 'call': {
      const fn = FUNCTIONS[expr.fn]
      if (!fn) throw new Error(`unknown time function ${expr.fn}`)
      return fn(expr.args.map((a) => evaluate(a, ctx)), ctx)
    }
  }
}

/** Function names the rules may call, for checking rule files when they load. */
export const FUNCTION_NAMES = new Set(Object.keys(FUNCTIONS))
