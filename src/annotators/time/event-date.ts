/**
 * The date of what a clause reports, with ACLED's time_precision: 1 = a day, 2 = a week or a few
 * days, 3 = a month or more. The nearest DATE/TIME timex inside the clause wins, then the nearest in
 * its sentence; a relative date with a written date in apposition ("yesterday [9 February]",
 * "Wednesday (13/04)") gives way to the written one, and so does one in a sentence that a written
 * day opens ("On 1 April, militants executed two prisoners after Friday prayers"). A sentence without a date continues the
 * narrative time: the last date earlier in its paragraph; a paragraph that opens undated is dated
 * by the first day it names later ("An attack… The attack happened on 18 May."). Without one the report is dated by the
 * document creation time (precision 2, as a news report's event is usually within days of
 * publication).
 */
import { dayIndex } from '../../doc/days.js'
import { MAX_SPAN_DAYS, type Span, type Timex } from '../../doc/schema.js'
import type { Doc } from '../../pipeline/annotator.js'
import { type Ymd, addDays, addUnits, daysInMonth, formatAt, parseValue } from './calendar.js'
import { parseDct, statesSourceDate } from './find.js'
import { loadTimeResources } from './resources.js'

// Built once: a \p{…} literal inside a function is rebuilt by `new RegExp` at every call once esbuild has compiled it.
const NUMBER_END = /\p{N}\p{L}{0,2}$/u

export interface EventDate {
  /** `YYYY-MM-DD`; mid-week (Wednesday, the middle of a Sunday-to-Saturday week as ACLED dates weeks) or mid-month (the 15th) when the timex is coarser than a day. */
  date: string | null
  timePrecision: 1 | 2 | 3 | null
  timex: Timex | null
  /**
   * The last day when the date opens a span of days ("3-5 November", "Dec 7-10", "Tuesday and
   * Wednesday", « du 3 au 5 mars »): its `YYYY-MM-DD` and the offset where its words end. Null for
   * one day. A span is at most `MAX_SPAN_DAYS` long.
   */
  through: { date: string; end: number } | null
  /**
   * Where the words of a window of days or of a night end, when the date is one day inside it ("at
   * some point between 18/01 and 22/01": the middle day, precision 2 for under a week, else 3; "the
   * night of 11 to 12 May": the first day).
   */
  window?: number
}

/** A calendar day and precision for a timex value, or null when it names no usable period. */
export function datePrecision(value: string, dct: Ymd | null): { date: string; timePrecision: 1 | 2 | 3 } | null {
  if (value === 'PRESENT_REF') return dct ? { date: formatAt(dct, 'D'), timePrecision: 2 } : null
  const parsed = parseValue(value)
  if (!parsed) return null
  const { p } = parsed
  switch (parsed.gran) {
    case 'D': return { date: formatAt(p, 'D'), timePrecision: 1 }
    case 'W': case 'WE': return { date: formatAt(addDays(p, parsed.gran === 'WE' ? 5 : 2), 'D'), timePrecision: 2 }
    case 'M': return { date: formatAt({ ...p, d: 15 }, 'D'), timePrecision: 3 }
    case 'SEASON': case 'Q': return { date: formatAt({ ...addUnits(p, 'M', 1), d: 15 }, 'D'), timePrecision: 3 }
    default: return null
  }
}

/**
 * The year a background clause is dated by: a year other than the article's (`2011`), or the
 * middle year of a decade (`198` → 1985) or a century (`15` → 1550) over before it; else null.
 */
export function pastPeriodYear(value: string, articleYear: number): string | null {
  if (/^\d{4}$/.test(value)) return Number(value) !== articleYear ? value : null
  const m = /^(\d{2,3})$/.exec(value)
  if (!m) return null
  const span = value.length === 3 ? 10 : 100
  const first = Number(value) * span
  return first + span - 1 < articleYear ? String(first + span / 2).padStart(4, '0') : null
}

/** More than one word: a date after it does not open the sentence. */
const TWO_WORDS = /\p{L}+[^\p{L}]+\p{L}/u

/** True when at most one word stands between `from` (a sentence's start) and `at`: what stands at `at` opens the sentence ("On 6 March, …"). */
export function opensFrom(text: string, from: number, at: number): boolean {
  return !TWO_WORDS.test(text.slice(from, at))
}
/** Only spaces, commas and opening brackets between two timexes: one date said twice. */
const APPOSITION = /^[\s,([]{1,3}$/u
/**
 * The same with one short preposition ("today on January 19", « hier, le 9 février »): one date
 * said twice when both name a day ("October to December" names two).
 */
const LINKED = /^[\s,([]{1,3}\p{Ll}{1,2}\s{1,2}$/u
const written = (t: Timex) => /\d/.test(t.text)

const sourceDateCache = new WeakMap<readonly Timex[], Set<Timex>>()

/** The timexes that state the date of the text's source, found once per document. */
function sourceDates(doc: Doc): Set<Timex> {
  let found = sourceDateCache.get(doc.timexes)
  if (!found) sourceDateCache.set(doc.timexes, (found = new Set(doc.timexes.filter((t) => statesSourceDate(doc, t)))))
  return found
}

/** A DATE or TIME timex with the date and precision it gives an event. */
interface Dated {
  t: Timex
  dp: NonNullable<ReturnType<typeof datePrecision>>
}

export function eventDate(doc: Doc, span: Span): EventDate {
  const dct = parseDct(doc.article.published)
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.start < s.end)
  const scope = sentence ? { start: Math.min(sentence.start, span.start), end: Math.max(sentence.end, span.end) } : span
  const distance = (t: Timex) => (t.end <= span.start ? span.start - t.end : t.start >= span.end ? t.start - span.end : 0)
  const inside = (t: Timex) => t.start >= span.start && t.end <= span.end
  // The date of the text's source ("source dated 15/02") dates the text, no happening in it.
  const source = sourceDates(doc)
  // Pushed into one list rather than mapped: `map` over no timexes gives another kind of array
  // than over some, and the first such list after optimisation throws this function's code away.
  const dated: Dated[] = []
  for (const t of doc.timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || source.has(t)) continue
    const dp = datePrecision(t.value, dct)
    if (dp !== null) dated.push({ t, dp })
  }
  const usable = dated
    .filter((x) => x.t.start >= scope.start && x.t.end <= scope.end)
    .sort((a, b) => Number(inside(b.t)) - Number(inside(a.t)) || distance(a.t) - distance(b.t))
  const text = doc.article.text
  let best = usable[0]
  // A written day that opens the sentence ("On 1 April in Sirte, militants executed two prisoners
  // after Friday prayers") dates all of it: a relative word later on does not move it.
  const opening = usable.find((x) => written(x.t) && x.dp.timePrecision === 1 && x.t.end <= span.start && opensFrom(text, scope.start, x.t.start))
  if (best && !written(best.t) && opening) best = opening
  // A clause dated only by another year than the article's ("the crackdown on protesters in 2011",
  // "a commander who defected in 2015") is background of that year: mid-year, a month's precision
  // at best, and never the publication day.
  // A decade or a century over before the article's year ("in the 1980s", "a 16th-century battle",
  // « au XVIe siècle ») dates it the same way, at its middle year.
  if (!best && dct) {
    const year = doc.timexes
      .filter((t) => t.type === 'DATE' && t.start >= scope.start && t.end <= scope.end && pastPeriodYear(t.value, dct.y) !== null)
      .sort((a, b) => distance(a) - distance(b))[0]
    if (year) return { date: `${pastPeriodYear(year.value, dct.y)}-07-01`, timePrecision: 3, timex: year, through: null }
  }
  if (!best && sentence) {
    const paragraph = doc.sentences.filter((s) => s.paragraph === sentence.paragraph)
    const from = paragraph[0]?.start ?? sentence.start
    const to = paragraph.at(-1)?.end ?? sentence.end
    const inParagraph = dated.filter((x) => x.t.start >= from && x.t.end <= to)
    best = inParagraph.filter((x) => x.t.end <= sentence.start).at(-1) ?? inParagraph.find((x) => x.t.start >= sentence.end && x.dp.timePrecision === 1)
  }
  if (best && !written(best.t)) {
    const b = best.t
    const day = best.dp.timePrecision === 1
    const gap = (x: Timex) => (x.start >= b.end ? [b.end, x.start] : [x.end, b.start]) as [number, number]
    const twin = dated.find((x) => {
      const [from, to] = gap(x.t)
      if (x.t === b || !written(x.t) || from > to || to - from > 7) return false
      const gapText = text.slice(from, to)
      return APPOSITION.test(gapText) || (day && LINKED.test(gapText) && x.dp.timePrecision === 1)
    })
    if (twin) best = twin
  }
  if (best) {
    const span = best.dp.timePrecision === 1 ? daySpan(doc, best, dated) : null
    if (span?.night) return { date: span.first.dp.date, timePrecision: 1, timex: span.first.t, through: null, window: span.end }
    if (span?.window) {
      // One happening at an unknown day of the window: its middle day, with the precision of its length.
      const mid = addDays(parseValue(span.first.dp.date)!.p, Math.floor((dayIndex(span.last) - dayIndex(span.first.dp.date)) / 2))
      return { date: formatAt(mid, 'D'), timePrecision: dayIndex(span.last) - dayIndex(span.first.dp.date) < 7 ? 2 : 3, timex: span.first.t, through: null, window: span.end }
    }
    if (span) return { date: span.first.dp.date, timePrecision: 1, timex: span.first.t, through: { date: span.last, end: span.end } }
    return { date: best.dp.date, timePrecision: best.dp.timePrecision, timex: best.t, through: null }
  }
  // Told with no date of its own, a happening is dated by the text: the date its source states
  // ("Date not known, source dated 04/04"), else the publication's; the happening's own day is not known.
  const stated = [...source].find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value))
  if (stated) return { date: stated.value, timePrecision: 2, timex: stated, through: null }
  return dct ? { date: formatAt(dct, 'D'), timePrecision: 2, timex: null, through: null } : { date: null, timePrecision: null, timex: null, through: null }
}


/**
 * The span of days a day opens or closes: another day joined to it by one of the language's range
 * joints ("3 to 5 November", « du 3 au 5 mars ») or, when they follow each other or a `between`
 * word precedes, its list joints ("Tuesday and Wednesday", "between 3 and 5 March"; "on 3 and 5
 * March" are two days, no span); or, after a day written with digits, a bare last day of the same
 * month ("Dec 7-10", "April 5 and 6."). The last day comes 1 to `MAX_SPAN_DAYS` days after the
 * first. `window` when the language's words before it make it the window of one happening's unknown
 * day, `night` when they make two days one night. Null when the day stands alone.
 */
function daySpan(doc: Doc, day: Dated, dated: readonly Dated[]): { first: Dated; last: string; end: number; window: boolean; night: boolean } | null {
  const res = loadTimeResources(doc.article.language)?.daySpan
  if (!res) return null
  const text = doc.article.text
  const before = (t: Timex) => text.slice(Math.max(0, t.start - 40), t.start).toLowerCase()
  const span = (first: Dated, last: string, end: number) => ({
    first, last, end,
    window: res.window !== null && res.window.test(before(first.t)),
    night: res.night !== null && res.night.test(before(first.t)) && dayIndex(last) - dayIndex(first.dp.date) === 1,
  })
  const apart = (a: string, b: string) => dayIndex(b) - dayIndex(a)
  // Whether days `n` apart, the first being `first`, make a span when `joints` join them.
  const spans = (joints: 'range' | 'list', first: Timex, n: number) =>
    n >= 1 && n <= MAX_SPAN_DAYS && (joints === 'range' || n === 1 || (res.between !== null && res.between.test(before(first))) || (res.window !== null && res.window.test(before(first))))
  const joint = (a: Dated, b: Dated): 'range' | 'list' | null => {
    if (b.t.start < a.t.end || b.t.start - a.t.end > 16) return null
    const gap = text.slice(a.t.end, b.t.start)
    return res.range?.gap.test(gap) ? 'range' : res.list?.gap.test(gap) ? 'list' : null
  }
  // Days only: a clock time after a day ("jeudi à 8 h") is no last day.
  if (day.t.type !== 'DATE') return null
  // A later day the happening went on to ("began the evening of 07/03 and continued overnight into
  // the morning of 08/03"), or that a range word closes after a day an opening word gave
  // ("Beginning 04/01, riders protested … until 07/01"): farther apart than a joint, in one sentence.
  const wentOn = (a: Dated, b: Dated): boolean => {
    if (b.t.start < a.t.end || b.t.start - a.t.end > 90) return false
    const gap = text.slice(a.t.end, b.t.start)
    return (res.continued !== null && res.continued.test(gap)) || (res.opens !== null && res.openGap !== null && res.opens.test(before(a.t)) && res.openGap.test(gap))
  }
  for (const x of dated) {
    if (x === day || x.dp.timePrecision !== 1 || x.t.type !== 'DATE') continue
    const after = joint(day, x)
    if (after && spans(after, day.t, apart(day.dp.date, x.dp.date))) return span(day, x.dp.date, x.t.end)
    const opens = joint(x, day)
    if (opens && spans(opens, x.t, apart(x.dp.date, day.dp.date))) return span(x, day.dp.date, day.t.end)
    if (wentOn(day, x) && spans('range', day.t, apart(day.dp.date, x.dp.date))) return span(day, x.dp.date, x.t.end)
    if (wentOn(x, day) && spans('range', x.t, apart(x.dp.date, day.dp.date))) return span(x, day.dp.date, day.t.end)
  }
  // Carried into the next day by the words right after it ("on the evening of 19/04 and into the
  // following morning", « dans la soirée du 19 avril et jusqu'au lendemain »).
  const next = res.next?.exec(text.slice(day.t.end, day.t.end + 60))
  if (next) return span(day, formatAt(addDays(parseValue(day.dp.date)!.p, 1), 'D'), day.t.end + next[0].length)
  // A bare last day: only after a day whose words end with its number ("Dec 7", "7th"), so that
  // "on 3 March and 4 others" or « le 3 mars à 10 heures » are no spans.
  if (!NUMBER_END.test(day.t.text)) return null
  const tail = text.slice(day.t.end, day.t.end + 24)
  const [y, mo, from] = day.dp.date.split('-').map(Number) as [number, number, number]
  for (const kind of ['range', 'list'] as const) {
    const m = res[kind]?.bare.exec(tail)
    if (!m) continue
    const n = Number(m.slice(1).find((g) => g !== undefined))
    if (!(n > from) || n > daysInMonth(y, mo) || !spans(kind, day.t, n - from)) continue
    const end = day.t.end + m[0].length
    // A number another time expression reads ("to 10 am") is not a day.
    if (doc.timexes.some((t) => t.start < end && t.end > day.t.end)) continue
    return span(day, formatAt({ y, m: mo, d: n }, 'D'), end)
  }
  return null
}
