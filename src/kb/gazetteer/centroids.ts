/**
 * Country points from world-atlas shapes: the area centroid of each country's largest polygon,
 * so that a country lands on its mainland (France, not between Paris and Réunion).
 */
import { createRequire } from 'node:module'

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] }
  arcs: [number, number][][]
  objects: { countries: { geometries: { type: string; id?: string; arcs: number[][] | number[][][] }[] } }
}

const require = createRequire(import.meta.url)

/** ISO 3166 numeric code → [lat, lon] of the largest polygon's centroid. */
export function countryCentroids(): Map<string, [number, number]> {
  const topo = require('world-atlas/countries-50m.json') as Topology
  const [sx, sy] = topo.transform.scale
  const [tx, ty] = topo.transform.translate
  const arcs = topo.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map(([dx, dy]) => {
      x += dx
      y += dy
      return [x * sx + tx, y * sy + ty] as [number, number]
    })
  })
  const ring = (ids: number[]): [number, number][] => {
    const pts: [number, number][] = []
    for (const id of ids) {
      const a = id >= 0 ? arcs[id]! : [...arcs[~id]!].reverse()
      pts.push(...(pts.length ? a.slice(1) : a))
    }
    return pts
  }
  const out = new Map<string, [number, number]>()
  for (const g of topo.objects.countries.geometries) {
    if (!g.id) continue
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][]
    let best: { area: number; lat: number; lon: number } | null = null
    for (const poly of polygons) {
      const c = ringCentroid(ring(poly[0]!))
      if (c && (!best || c.area > best.area)) best = c
    }
    if (best) out.set(g.id, [best.lat, best.lon])
  }
  return out
}

function ringCentroid(raw: [number, number][]): { area: number; lat: number; lon: number } | null {
  // Unwrap longitudes across the antimeridian (Russia's Chukotka, Fiji) so the ring stays whole.
  const pts: [number, number][] = []
  for (const [x, y] of raw) {
    const prev = pts[pts.length - 1]
    let ux = x
    if (prev) while (ux - prev[0] > 180) ux -= 360
    if (prev) while (prev[0] - ux > 180) ux += 360
    pts.push([ux, y])
  }
  let a = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i]!
    const [x1, y1] = pts[i + 1]!
    const f = x0 * y1 - x1 * y0
    a += f
    cx += (x0 + x1) * f
    cy += (y0 + y1) * f
  }
  if (a === 0) return null
  const lon = cx / (3 * a)
  return { area: Math.abs(a / 2), lon: lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon, lat: cy / (3 * a) }
}
