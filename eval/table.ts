/** Markdown tables for eval and bench output. */
import type { TaskResult } from './task.js'

export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v)
  if (Math.abs(v) >= 100) return v.toFixed(1)
  return v.toFixed(3)
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))
  const line = (r: string[]) => `| ${r.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n')
}

/** One row per set, one column per metric (the union over sets, in first-seen order). */
export function resultTable(result: TaskResult): string {
  const metrics: string[] = []
  for (const m of Object.values(result.sets)) for (const k of Object.keys(m)) if (!metrics.includes(k)) metrics.push(k)
  const rows = Object.entries(result.sets).map(([set, m]) => [set, ...metrics.map((k) => (m[k] === undefined ? '' : m[k]!))])
  return `## ${result.task}\n\n${markdownTable(['set', ...metrics], rows)}\n`
}
