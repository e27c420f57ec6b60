/**
 * The article view: the text with every annotation layer highlighted, a legend that toggles each
 * layer, the article's events and statements (selecting one highlights its spans and scrolls them
 * into view), and the removed boilerplate shown apart with the reason it was removed.
 */
import { eventDays } from '../../src/doc/event-days.js'
import { eventKind } from '../../src/doc/event-kind.js'
import { keptParts } from '../../src/doc/spans.js'
import { h, safeUrl } from './dom.js'
import { typeColor } from './colors.js'
import { segmentRanges, type Layer, type Mark, type Segment } from './highlight.js'
import type { Analysis, Event } from './types.js'

type EventActor = NonNullable<Event['actor1']>

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
      [`place: ${e.location?.name}`, e.location],
      ...(e.otherLocations ?? []).map((p): [string, Span | null | undefined] => [`also at: ${p.name}`, p]),
    ]
    for (const [label, span] of fields) if (span) marks.push({ start: span.start, end: span.end, layer: 'event', group: `ev-${i}`, label: `event ${i + 1} ${label}` })
  })
  return marks
}

/**
 * Renders the article into `root`; `selected` spans (from a link) are highlighted and scrolled to,
 * and when they are an event's evidence or a statement's content, that item is opened beside the
 * text. `back` is the overview to return to (with its filters).
 */
export function renderArticle(root: HTMLElement, a: Analysis, selected: Span[], back = '#/'): void {
  const text = a.article.text
  const marks = collectMarks(a)
  const body = h('div', { class: 'article-text', lang: a.article.language })
  // The parts of each paragraph outside removed spans (a tag list removed inside one splits it).
  // Each part's segments come from one sweep over the marks (a long article has tens of thousands).
  const kept = keptParts(a.article.paragraphs, a.article.removed)
  const segmentsOf = segmentRanges(kept, marks)
  const partsOf = new Map<number, Segment[][]>()
  kept.forEach((part, i) => partsOf.set(part.paragraph, [...(partsOf.get(part.paragraph) ?? []), segmentsOf[i]!]))
  for (const [index, p] of a.article.paragraphs.entries()) {
    const parts = partsOf.get(index)
    if (!parts) continue
    const para = h('p', { 'data-start': p.start, 'data-end': p.end })
    for (const seg of parts.flat()) {
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

  /** Highlights the words of `spans`, or of every mark of `group` (an event's evidence, actors and date). */
  const select = (spans: Span[], group: string | null = null) => {
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected')
    // The view goes to the evidence, not to a field's words elsewhere (a place in the headline).
    let firstSpan: Element | null = null
    let firstOfGroup: Element | null = null
    for (const el of body.querySelectorAll<HTMLElement>('.hl[data-start]')) {
      const s = Number(el.dataset.start)
      const e = Number(el.dataset.end)
      const inSpans = spans.some((sp) => s >= sp.start && e <= sp.end)
      if (inSpans || (group !== null && (el.dataset.groups ?? '').split(' ').includes(group))) {
        el.classList.add('selected')
        if (inSpans) firstSpan ??= el
        firstOfGroup ??= el
      }
    }
    ;(firstSpan ?? firstOfGroup)?.scrollIntoView({ block: 'center' })
  }

  const items = itemsSection(a, select)
  const url = safeUrl(a.article.url)
  const meta = [a.article.source, a.article.published, a.article.language].filter(Boolean).join(' · ')
  root.replaceChildren(
    h('p', {}, h('a', { href: back, class: 'back' }, '← Back to map')),
    h('h2', { id: 'article-title', tabindex: -1 }, a.article.title ?? '(untitled article)'),
    h('p', { class: 'meta' }, meta, url ? ' · ' : '', url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
    h('div', { class: 'article-layout' },
      h('div', {}, legend, body, removedSection(a)),
      h('aside', { class: 'article-side', 'aria-label': 'Events and statements of the article' }, items.section),
    ),
  )
  if (selected.length > 0 && !items.open(selected)) select(selected)
}

/** Why an event was coded: each field and the words it was read from (highlighted on selection). */
export function eventDetails(e: Event): [string, string][] {
  const actor = (x: EventActor | null) => (x ? `${x.name}${x.span ? '' : ' (by convention, not named in the text)'}` : '—')
  const place = e.location ? `${e.location.name}${e.location.countryCode ? `, ${e.location.countryCode}` : ''}` : '—'
  const flags = Object.entries(e.flags).filter(([k, v]) => v !== null && v !== false && k !== 'reportedBy').map(([k]) => k)
  if (e.flags.reportedBy !== null) flags.push('reported in a statement')
  const rows: [string, string][] = [
    ['Type', `${e.eventType} / ${e.subEventType}`],
    ['PLOVER', `${e.plover.type}${e.plover.mode ? ` (${e.plover.mode})` : ''}`],
    ['Actor 1', actor(e.actor1)],
    ...e.assocActor1.map((x): [string, string] => ['With actor 1', actor(x)]),
    ['Actor 2', actor(e.actor2)],
    ...e.assocActor2.map((x): [string, string] => ['With actor 2', actor(x)]),
    ['Date', `${eventDays(e) ?? 'undated'}${e.timePrecision ? ` (${TIME_PRECISION[e.timePrecision]})` : ''}${e.dateSpan ? '' : ', from the publication date'}`],
    ['Place', `${place}${e.geoPrecision ? ` (${GEO_PRECISION[e.geoPrecision]})` : ''}`],
  ]
  if (e.otherLocations?.length) rows.push(['Also at', e.otherLocations.map((p) => p.name).join(', ')])
  if (e.fatalities !== null) rows.push(['Fatalities', String(e.fatalities)])
  if (e.size !== null) rows.push(['Size', String(e.size)])
  if (flags.length) rows.push(['Told as', flags.join(', ')])
  rows.push(['Confidence', e.confidence.toFixed(2)])
  return rows
}

// ACLED's precision codes, in words.
const TIME_PRECISION = { 1: 'the day', 2: 'within a week', 3: 'within a month' } as const
const GEO_PRECISION = { 1: 'the town itself', 2: 'near or part of the town', 3: 'the region' } as const

/** The article's events and statements; `open` selects the item whose spans a link gave, if any. */
function itemsSection(a: Analysis, select: (spans: Span[], group?: string | null) => void): { section: HTMLElement; open: (spans: Span[]) => boolean } {
  const buttons: HTMLButtonElement[] = []
  const choose = (button: HTMLButtonElement, spans: Span[], group: string | null) => {
    for (const b of buttons) {
      // An event's button opens its fields; a statement's only selects its words.
      b.setAttribute(b.hasAttribute('aria-controls') ? 'aria-expanded' : 'aria-pressed', String(b === button))
      b.parentElement?.classList.toggle('open', b === button)
    }
    select(spans, group)
  }
  const events = h('ol', { class: 'side-list', id: 'article-events' })
  a.events.forEach((e, i) => {
    const label = `${eventDays(e) ?? 'undated'} · ${eventKind(e)}${e.location ? ` · ${e.location.name}` : ''}`
    const button = h('button', { type: 'button', 'data-event': i, 'aria-expanded': 'false', 'aria-controls': `event-details-${i}` }, h('span', { class: 'chip' }), label)
    ;(button.firstChild as HTMLElement).style.background = typeColor(e.eventType)
    // Filled when first opened: a long article has hundreds of events.
    const details = h('dl', { class: 'event-details', id: `event-details-${i}` })
    button.addEventListener('click', () => {
      if (!details.firstChild) details.append(...eventDetails(e).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))
      choose(button, e.evidence, `ev-${i}`)
    })
    buttons.push(button)
    events.append(h('li', {}, button, details))
  })
  const statements = h('ol', { class: 'side-list', id: 'article-statements' })
  a.statements.forEach((s, i) => {
    const who = s.speaker?.name ?? s.speaker?.description ?? 'unknown speaker'
    const button = h('button', { type: 'button', 'data-statement': i, 'aria-pressed': 'false' }, `${who} (${s.kind})`)
    button.addEventListener('click', () => choose(button, [s.content], `st-${i}`))
    buttons.push(button)
    statements.append(h('li', {}, button))
  })
  const same = (x: Span[], y: Span[]) => x.length === y.length && x.every((s, i) => s.start === y[i]!.start && s.end === y[i]!.end)
  const open = (spans: Span[]): boolean => {
    const ev = a.events.findIndex((e) => same(e.evidence, spans))
    const st = ev < 0 ? a.statements.findIndex((s) => same([s.content], spans)) : -1
    const button = ev >= 0 ? buttons[ev] : st >= 0 ? buttons[a.events.length + st] : undefined
    if (!button) return false
    button.click()
    return true
  }
  const section = h('div', {},
    h('h3', {}, `Events (${a.events.length})`), a.events.length ? events : h('p', { class: 'empty' }, 'No events found.'),
    h('h3', {}, `Statements (${a.statements.length})`), a.statements.length ? statements : h('p', { class: 'empty' }, 'No statements found.'),
  )
  return { section, open }
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
