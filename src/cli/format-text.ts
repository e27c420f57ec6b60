/** A readable summary of one analysis, for a person at a terminal. */
import type { Analysis } from '../doc/schema.js'
import { eventDays } from '../doc/event-days.js'
import { eventKind } from '../doc/event-kind.js'

export function formatText(a: Analysis): string {
  const { article } = a
  const quote = (s: { start: number; end: number }) => oneLine(article.text.slice(s.start, s.end), 90)
  const lines: string[] = []
  lines.push(`# ${article.title ?? a.input}`)
  lines.push(
    `id ${article.id} · ${article.language}${article.languageSupported ? '' : ' (no resources)'} · published ${article.published ?? 'unknown'}` +
      ` · ${article.paragraphs.length} paragraphs · ${a.sentences.length} sentences · ${a.tokens.length} tokens`,
  )
  if (article.url) lines.push(article.url)
  for (const r of article.removed) lines.push(`removed (${r.reason}): ${quote(r)}`)
  section(lines, 'Places', a.places, (p) => `${p.text} → ${p.name}, ${p.countryCode ?? '?'} (${p.geonameId ?? p.id}) ${p.lat.toFixed(3)},${p.lon.toFixed(3)} precision ${p.geoPrecision}`)
  section(lines, 'Times', a.timexes, (t) => `${t.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`)
  section(lines, 'Actors', a.actors, (x) => `${x.name}${x.qid ? ` (${x.qid})` : ''}${x.inter != null ? ` inter ${x.inter}` : ''}`)
  section(lines, 'Statements', a.statements, (s) => `${s.speaker?.name ?? '(no speaker)'} [${s.kind}${s.cue ? `, ${s.cue.lemma}` : ''}]: ${quote(s.content)}`)
  section(lines, 'Events', a.events, (e) =>
    `${eventDays(e) ?? '????'} ${eventKind(e)}: ${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '-'} @ ${[e.location?.name ?? '?', ...(e.otherLocations ?? []).map((p) => p.name)].join(', ')}` +
    `${Object.entries(e.flags).filter(([, v]) => v === true).map(([k]) => ` [${k}]`).join('')}`)
  for (const w of a.warnings) lines.push(`warning: ${w.message}`)
  return lines.join('\n') + '\n'
}

function section<T>(lines: string[], title: string, items: T[], fmt: (x: T) => string): void {
  if (items.length === 0) return
  lines.push(`## ${title} (${items.length})`)
  for (const x of items) lines.push(`- ${fmt(x)}`)
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}
