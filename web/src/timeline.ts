/**
 * The timeline: stacked bars of events per day, week, month or year by type, as SVG. Dragging across it (or
 * Left/Right with Shift on the focused timeline, Escape to clear) selects a range of buckets, and
 * the app filters the map and lists to it.
 */
import { axisTicks, bucketize, DAILY_MAX_DAYS, type Bucket } from './buckets.js'
import { typeClass, typeColor } from './colors.js'
import { plural } from './lists.js'

const SVG = 'http://www.w3.org/2000/svg'
const HEIGHT = 110
const AXIS = 18
/** Narrowest bar drawn: more buckets than fit at this width are merged into a coarser unit. */
const MIN_BAR_PX = 5

export interface Range {
  from: string
  to: string
}

export interface Timeline {
  render(items: { date: string | null; type: string }[]): void
  clear(): void
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  return el
}

export function createTimeline(el: HTMLElement, onBrush: (range: Range | null) => void): Timeline {
  let buckets: Bucket[] = []
  let selection: [number, number] | null = null
  let root: SVGSVGElement | null = null
  let brush: SVGRectElement | null = null
  let width = 0

  const barWidth = () => (buckets.length > 0 ? width / buckets.length : width)
  const indexAt = (clientX: number) => {
    const box = root!.getBoundingClientRect()
    return Math.max(0, Math.min(buckets.length - 1, Math.floor((clientX - box.left) / barWidth())))
  }

  function drawSelection(emit: boolean): void {
    if (!brush) return
    if (!selection) {
      brush.setAttribute('width', '0')
      brush.setAttribute('visibility', 'hidden')
    } else {
      const [a, b] = selection[0] <= selection[1] ? selection : [selection[1], selection[0]]
      brush.setAttribute('visibility', 'visible')
      brush.setAttribute('x', String(a * barWidth()))
      brush.setAttribute('width', String((b - a + 1) * barWidth()))
    }
    if (emit) onBrush(currentRange())
  }

  function currentRange(): Range | null {
    if (!selection) return null
    const [a, b] = selection[0] <= selection[1] ? selection : [selection[1], selection[0]]
    return { from: buckets[a]!.start, to: buckets[b]!.end }
  }

  let drawn: { date: string | null; type: string }[] = []

  function render(items: { date: string | null; type: string }[]): void {
    drawn = items
    selection = null
    el.replaceChildren()
    width = Math.max(200, el.clientWidth || 600)
    const result = bucketize(items, Math.min(DAILY_MAX_DAYS, Math.floor(width / MIN_BAR_PX)))
    buckets = result.buckets
    if (buckets.length === 0) {
      el.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No dated events.' }))
      root = null
      brush = null
      return
    }
    const max = Math.max(...buckets.map((b) => b.total))
    const plot = HEIGHT - AXIS
    root = svg('svg', { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, tabindex: 0, role: 'slider', class: 'timeline-svg' })
    root.setAttribute('aria-label', `Events per ${result.unit}; drag or use Shift+arrows to select a range, Escape to clear`)
    root.setAttribute('aria-valuetext', 'no range selected')
    const bw = barWidth()
    buckets.forEach((b, i) => {
      let y = plot
      const title = svg('title', {})
      title.textContent = `${b.start}${b.end !== b.start ? ` to ${b.end}` : ''}: ${plural(b.total, 'event')}`
      const g = svg('g', { class: 'bucket', 'data-start': b.start, 'data-end': b.end })
      g.append(title)
      for (const [type, n] of [...b.counts.entries()].sort()) {
        const h = (n / max) * (plot - 4)
        y -= h
        g.append(svg('rect', { x: i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: typeColor(type), class: `bar type-${typeClass(type)}` }))
      }
      root!.append(g)
    })
    const first = svg('text', { x: 2, y: HEIGHT - 4, class: 'axis' })
    first.textContent = buckets[0]!.start
    const last = svg('text', { x: width - 2, y: HEIGHT - 4, class: 'axis', 'text-anchor': 'end' })
    last.textContent = buckets[buckets.length - 1]!.end
    // A label about every 110 px between the ends, at the start of its bucket.
    const ticks = axisTicks(buckets, result.unit, Math.floor(width / 110) - 1).map((t) => {
      const text = svg('text', { x: t.index * bw, y: HEIGHT - 4, class: 'axis', 'text-anchor': 'middle' })
      text.textContent = t.label
      return text
    })
    brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: plot, visibility: 'hidden' })
    root.append(first, ...ticks, last, brush)
    el.append(root)

    let dragging = false
    root.addEventListener('pointerdown', (e) => {
      dragging = true
      root!.setPointerCapture(e.pointerId)
      const i = indexAt(e.clientX)
      selection = [i, i]
      drawSelection(false)
    })
    root.addEventListener('pointermove', (e) => {
      if (!dragging || !selection) return
      selection = [selection[0], indexAt(e.clientX)]
      drawSelection(false)
    })
    root.addEventListener('pointerup', () => {
      if (!dragging) return
      dragging = false
      drawSelection(true)
      announce()
    })
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        selection = null
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const d = e.key === 'ArrowRight' ? 1 : -1
        const clamp = (n: number) => Math.max(0, Math.min(buckets.length - 1, n))
        if (!selection) selection = [0, 0]
        else if (e.shiftKey) selection = [selection[0], clamp(selection[1] + d)]
        else selection = [clamp(selection[1] + d), clamp(selection[1] + d)]
      } else {
        return
      }
      e.preventDefault()
      drawSelection(true)
      announce()
    })
  }

  function announce(): void {
    const r = currentRange()
    root?.setAttribute('aria-valuetext', r ? `${r.from} to ${r.to}` : 'no range selected')
  }

  // Bars are laid out for a width: when the window changes it, draw them again (a brushed range
  // would no longer fall on whole bars, so it is cleared).
  new ResizeObserver(() => {
    if (!root || Math.abs(el.clientWidth - width) < 2) return
    const had = selection !== null
    render(drawn)
    if (had) onBrush(null)
  }).observe(el)

  return {
    render,
    clear() {
      selection = null
      drawSelection(true)
      announce()
    },
  }
}
