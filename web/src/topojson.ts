/**
 * TopoJSON (world-atlas) to GeoJSON polygons: arcs are delta-encoded and quantised, and a polygon
 * ring lists arc indices (a negative index `~i` means arc i reversed). Enough of the format for
 * country shapes; written here to avoid a dependency for forty lines.
 */
export interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] }
  arcs: number[][][]
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>
}

interface TopoGeometry {
  type: 'Polygon' | 'MultiPolygon' | null
  id?: string
  properties?: { name?: string }
  arcs?: number[][] | number[][][]
}

export interface CountryFeature {
  type: 'Feature'
  id: string
  properties: { name: string }
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] }
}

export function decodeArcs(topo: Topology): number[][][] {
  const t = topo.transform
  return topo.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map((p) => {
      if (!t) return [p[0]!, p[1]!]
      x += p[0]!
      y += p[1]!
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]
    })
  })
}

function ring(indices: number[], arcs: number[][][]): number[][] {
  const out: number[][] = []
  for (const i of indices) {
    const arc = i >= 0 ? arcs[i]! : [...arcs[~i]!].reverse()
    // Consecutive arcs share their joining point: keep it once.
    out.push(...(out.length > 0 ? arc.slice(1) : arc))
  }
  return out
}

export function countryFeatures(topo: Topology, object = 'countries'): CountryFeature[] {
  const arcs = decodeArcs(topo)
  const features: CountryFeature[] = []
  for (const g of topo.objects[object]?.geometries ?? []) {
    if (!g.arcs || !g.type) continue
    const polygons = g.type === 'Polygon' ? [g.arcs as number[][]] : (g.arcs as number[][][])
    features.push({
      type: 'Feature',
      id: g.id ?? '',
      properties: { name: g.properties?.name ?? '' },
      geometry: { type: 'MultiPolygon', coordinates: polygons.map((rings) => rings.map((r) => ring(r, arcs))) },
    })
  }
  return features
}

/** Ray casting over every ring (holes cancel out): true when [lon, lat] lies inside the feature. */
export function containsPoint(f: CountryFeature, lon: number, lat: number): boolean {
  let inside = false
  for (const polygon of f.geometry.coordinates) {
    for (const r of polygon) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i] as [number, number]
        const [xj, yj] = r[j] as [number, number]
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
      }
    }
  }
  return inside
}
