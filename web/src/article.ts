/**
 * The article view: the text with every annotation layer highlighted, a legend that toggles each
 * layer, the article's events and statements (selecting one highlights its spans and scrolls them
 * into view), and the removed boilerplate shown apart with the reason it was removed.
 */
import { eventDays } from '../../src/doc/event-days.js'
import { keptParts } from '../../src/doc/spans.js'
import { h, safeUrl } from './dom.js'
import { typeColor } from './colors.js'
import { segmentRange, type Layer, type Mark } from './highlight.js'
import type { Analysis } from './types.js'

interface Span {
  start: number
  end: number
}

const LAYERS: { layer: Layer; name: string }[] = [
  { layer: 'event', name: 'Event evidence' },
  { layer: 'statement', name: 'Statement' },
  { layer: 'speaker', name: 'Speaker' },
  { layer: 'cue', name: 'Cue' },
  { layer: 'mention', name: 'Actor / mention' },
  { layer: 'place', name: 'Place' },
  { layer: 'time', name: 'Time' },
]

export function collectMarks(a: Analysis): Mark[] {
  const marks: Mark[] = []
  for (const p of a.places) marks.push({ start: p.start, end: p.end, layer: 'place', group: null, label: `place: ${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}` })
  for (const m of a.mentions) marks.push({ start: m.start, end: m.end, layer: 'mention', group: null, label: `${m.kind}: ${m.text}` })
  for (const t of a.timexes) marks.push({ start: t.start, end: t.end, layer: 'time', group: null, label: `time: ${t.value}` })
  a.statements.forEach((s, i) => {
    const who = s.speaker?.name ?? s.speaker?.description ?? 'unknown speaker'
    marks.push({ start: s.content.start, end: s.content.end, layer: 'statement', group: `st-${i}`, label: `${s.kind} statement by ${who}` })
    if (s.cue) marks.push({ start: s.cue.start, end: s.cue.end, layer: 'cue', group: `st-${i}`, label: `cue: ${s.cue.lemma}` })
    if (s.speaker) marks.push({ start: s.speaker.start, end: s.speaker.end, layer: 'speaker', group: `st-${i}`, label: `speaker: ${who}` })
  })
  a.events.forEach((e, i) => {
    for (const ev of e.evidence) marks.push({ start: ev.start, end: ev.end, layer: 'event', group: `ev-${i}`, label: `event: ${e.eventType} / ${e.subEventType}` })
    // The words each field was read from: hovering them tells which field of which event.
    const fields: [string, Span | null | undefined][] = [
      [`actor 1: ${e.actor1?.name}`, e.actor1?.span],
      [`actor 2: ${e.actor2?.name}`, e.actor2?.span],
      ...e.assocActor1.map((x): [string, Span | null | undefined] => [`associated actor: ${x.name}`, x.span]),
      [`date: ${eventDays(e)}`, e.dateSpan],
    ]
    for (const [label, span] of fields) if (span) marks.push({ start: span.start, end: span.end, layer: 'event', group: `ev-${i}`, label: `event ${i + 1} ${label}` })
  })
  return marks
}

/** Renders the article into `root`; `selected` spans (from a link) are highlighted and scrolled to. */
export function renderArticle(root: HTMLElement, a: Analysis, selected: Span[]): void {
  const text = a.article.text
  const marks = collectMarks(a)
  const body = h('div', { class: 'article-text', lang: a.article.language })
  // The parts of each paragraph outside removed spans (a tag list removed inside one splits it).
  const partsOf = new Map<number, Span[]>()
  for (const part of keptParts(a.article.paragraphs, a.article.removed)) partsOf.set(part.paragraph, [...(partsOf.get(part.paragraph) ?? []), part])
  for (const [index, p] of a.article.paragraphs.entries()) {
    const parts = partsOf.get(index)
    if (!parts) continue
    const para = h('p', { 'data-start': p.start, 'data-end': p.end })
    for (const seg of parts.flatMap((part) => segmentRange(part.start, part.end, marks))) {
      const piece = text.slice(seg.start, seg.end)
      if (seg.marks.length === 0) {
        para.append(piece)
        continue
      }
      const layers = [...new Set(seg.marks.map((m) => m.layer))]
      const groups = [...new Set(seg.marks.map((m) => m.group).filter((g): g is string => g !== null))]
      para.append(h('span', {
        class: ['hl', ...layers.map((l) => `hl-${l}`)].join(' '),
        'data-start': seg.start,
        'data-end': seg.end,
        'data-groups': groups.join(' ') || null,
        title: seg.marks.map((m) => m.label).join('\n'),
      }, piece))
    }
    body.append(para)
  }

  const legend = h('fieldset', { class: 'layer-legend' }, h('legend', {}, 'Layers'))
  for (const { layer, name } of LAYERS) {
    const count = marks.filter((m) => m.layer === layer).length
    const box = h('input', { type: 'checkbox', checked: true, 'data-layer': layer })
    box.addEventListener('change', () => body.classList.toggle(`hide-${layer}`, !box.checked))
    legend.append(h('label', { class: `legend-item` }, box, h('span', { class: `swatch hl hl-${layer}` }, name), ` ${count}`))
  }

  const select = (spans: Span[]) => {
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected')
    let first: Element | null = null
    for (const el of body.querySelectorAll<HTMLElement>('[data-start]')) {
      if (el.tagName === 'P') continue
      const s = Number(el.dataset.start)
      const e = Number(el.dataset.end)
      if (spans.some((sp) => s >= sp.start && e <= sp.end)) {
        el.classList.add('selected')
        first ??= el
      }
    }
    first?.scrollIntoView({ block: 'center' })
  }

  const url = safeUrl(a.article.url)
  const meta = [a.article.source, a.article.published, a.article.language].filter(Boolean).join(' · ')
  root.replaceChildren(
    h('p', {}, h('a', { href: '#/', class: 'back' }, '← Back to map')),
    h('h2', { id: 'article-title', tabindex: -1 }, a.article.title ?? '(untitled article)'),
    h('p', { class: 'meta' }, meta, url ? ' · ' : '', url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
    h('div', { class: 'article-layout' },
      h('div', {}, legend, body, removedSection(a)),
      h('aside', { class: 'article-side' }, itemsSection(a, select)),
    ),
  )
  if (selected.length > 0) select(selected)
}

function itemsSection(a: Analysis, select: (spans: Span[]) => void): HTMLElement {
  const events = h('ol', { class: 'side-list', id: 'article-events' })
  a.events.forEach((e, i) => {
    const label = `${eventDays(e) ?? 'undated'} · ${e.eventType}${e.location ? ` · ${e.location.name}` : ''}`
    const button = h('button', { type: 'button', 'data-event': i }, h('span', { class: 'chip' }), label)
    ;(button.firstChild as HTMLElement).style.background = typeColor(e.eventType)
    button.addEventListener('click', () => select(e.evidence))
    events.append(h('li', {}, button))
  })
  const statements = h('ol', { class: 'side-list', id: 'article-statements' })
  a.statements.forEach((s, i) => {
    const who = s.speaker?.name ?? s.speaker?.description ?? 'unknown speaker'
    const button = h('button', { type: 'button', 'data-statement': i }, `${who} (${s.kind})`)
    button.addEventListener('click', () => select([s.content]))
    statements.append(h('li', {}, button))
  })
  return h('div', {},
    h('h3', {}, `Events (${a.events.length})`), a.events.length ? events : h('p', { class: 'empty' }, 'No events found.'),
    h('h3', {}, `Statements (${a.statements.length})`), a.statements.length ? statements : h('p', { class: 'empty' }, 'No statements found.'),
  )
}

function removedSection(a: Analysis): HTMLElement | null {
  if (a.article.removed.length === 0) return null
  return h('section', { class: 'removed', 'aria-label': 'Removed boilerplate' },
    h('h3', {}, `Removed boilerplate (${a.article.removed.length})`),
    ...a.article.removed.map((r) => h('div', { class: 'removed-item' },
      h('p', { class: 'removed-reason' }, `${r.reason}${r.rule ? ` (${r.rule})` : ''}`),
      h('p', { class: 'removed-text' }, a.article.text.slice(r.start, r.end)),
    )),
  )
}
