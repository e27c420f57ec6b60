/** One colour per ACLED event type, shared by the map, the timeline, the lists and the legend. */
const COLORS: Record<string, string> = {
  Battles: '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#8c2d04',
  Protests: '#1f77b4',
  Riots: '#9467bd',
  'Strategic developments': '#2ca02c',
}
const OTHER = '#7f7f7f'

export const EVENT_TYPES = Object.keys(COLORS)

export function typeColor(type: string): string {
  return COLORS[type] ?? OTHER
}

/** A CSS-safe class suffix for a type name. */
export function typeClass(type: string): string {
  return type.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other'
}
