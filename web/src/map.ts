/**
 * The event map: Leaflet drawing world-atlas country shapes (no tile server: the app works with no
 * network), event markers coloured by type and grouped on a pixel grid when they would overlap,
 * and mentioned places as small hollow dots on a layer of their own.
 */
import L from 'leaflet'
import { h } from './dom.js'
import type { CountryFeature } from './topojson.js'

export interface MapPoint {
  key: string
  lat: number
  lon: number
  color: string
  className: string
  label: string
  data: Record<string, string>
  popup: () => HTMLElement
}

export interface EventMap {
  setPoints(events: MapPoint[], places: MapPoint[]): void
  /** Frames the events (or, without events, the places) shown. */
  fit(): void
  map: L.Map
}

/** Markers closer than this many pixels at the current zoom are drawn as one cluster. */
const CELL_PX = 36
/** Events listed in a cluster's popup; the rest are reached by searching near the cluster. */
const POPUP_EVENTS = 30

/** `onNear` searches near the given points (a cluster's "list them all"). */
export function createMap(el: HTMLElement, countries: CountryFeature[], onNear: (points: MapPoint[]) => void): EventMap {
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: false }).setView([30, 20], 2)
  const shapes = L.geoJSON(countries as unknown as GeoJSON.FeatureCollection['features'], {
    interactive: false,
    style: { color: '#8a949e', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
  }).addTo(map)
  shapes.eachLayer((layer) => {
    const f = (layer as L.Polygon).feature as CountryFeature | undefined
    const path = (layer as L.Path).getElement()
    if (f && path) {
      path.setAttribute('data-country', f.properties.name)
      path.setAttribute('class', `${path.getAttribute('class') ?? ''} country`)
    }
  })
  const placeLayer = L.layerGroup().addTo(map)
  const eventLayer = L.layerGroup().addTo(map)
  L.control.layers(undefined, { Events: eventLayer, 'Places mentioned': placeLayer }, { collapsed: false }).addTo(map)

  let events: MapPoint[] = []
  let places: MapPoint[] = []

  function drawEvents(): void {
    eventLayer.clearLayers()
    const zoom = map.getZoom()
    const cells = new Map<string, MapPoint[]>()
    for (const p of events) {
      const px = map.project([p.lat, p.lon], zoom)
      const key = `${Math.floor(px.x / CELL_PX)}:${Math.floor(px.y / CELL_PX)}`
      const cell = cells.get(key)
      if (cell) cell.push(p)
      else cells.set(key, [p])
    }
    for (const members of cells.values()) {
      if (members.length === 1) addPoint(eventLayer, members[0]!, 7, 0.85, true)
      else addCluster(members)
    }
  }

  function addCluster(members: MapPoint[]): void {
    const bounds = L.latLngBounds(members.map((m) => [m.lat, m.lon] as [number, number]))
    const badge = h('span', { class: 'cluster-badge' }, String(members.length))
    badge.style.background = dominantColor(members)
    badge.setAttribute('data-place', [...new Set(members.map((m) => m.data.place ?? ''))].join('|'))
    const marker = L.marker(bounds.getCenter(), {
      icon: L.divIcon({ html: badge, className: 'cluster', iconSize: [30, 30] }),
      keyboard: true,
      title: `${members.length} events`,
    }).addTo(eventLayer)
    marker.on('click', () => {
      const samePlace = bounds.getNorthEast().equals(bounds.getSouthWest())
      if (samePlace || map.getZoom() >= map.getMaxZoom()) {
        const listAll = h('button', { type: 'button', class: 'near-button' }, `Search the events here (${members.length} loaded)`)
        listAll.addEventListener('click', () => onNear(members))
        const places = [...new Set(members.map((m) => m.data.place).filter(Boolean))].join(', ')
        const shown = Math.min(members.length, POPUP_EVENTS)
        marker.bindPopup(h('div', { class: 'popup' },
          h('p', { class: 'cluster-head' }, `${members.length} events at ${places || 'this place'}${shown < members.length ? `; the first ${shown} below` : ''}.`, h('br'), listAll),
          h('ol', { class: 'cluster-list' }, ...members.slice(0, POPUP_EVENTS).map((m) => h('li', {}, m.popup()))))).openPopup()
      } else {
        map.fitBounds(bounds.pad(0.3), { maxZoom: map.getMaxZoom() })
      }
    })
  }

  map.on('zoomend', drawEvents)

  return {
    map,
    fit() {
      const points = events.length > 0 ? events : places
      if (points.length === 0) return
      const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]))
      map.fitBounds(bounds.pad(0.2), { maxZoom: 6, animate: false })
    },
    setPoints(nextEvents, nextPlaces) {
      events = nextEvents
      places = nextPlaces
      placeLayer.clearLayers()
      // Mentioned places are many and secondary: clickable, but out of the Tab order.
      for (const p of places) addPoint(placeLayer, p, 4, 0.2, false)
      drawEvents()
    },
  }
}

function addPoint(layer: L.LayerGroup, p: MapPoint, radius: number, fillOpacity: number, tabbable: boolean): void {
  const marker = L.circleMarker([p.lat, p.lon], {
    radius,
    color: p.color,
    weight: 1.5,
    fillColor: p.color,
    fillOpacity,
    className: p.className,
  }).addTo(layer)
  marker.bindPopup(() => p.popup())
  // Leaflet parses string content as HTML: pass an element built from text.
  marker.bindTooltip(h('span', {}, p.label))
  const el = marker.getElement()
  if (!el) return
  for (const [k, v] of Object.entries(p.data)) el.setAttribute(`data-${k}`, v)
  // Event markers are reachable from the keyboard: Tab to one, Enter opens its popup.
  el.setAttribute('tabindex', tabbable ? '0' : '-1')
  el.setAttribute('role', 'button')
  el.setAttribute('aria-label', p.label)
  el.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') marker.openPopup()
  })
}

function dominantColor(members: MapPoint[]): string {
  const counts = new Map<string, number>()
  for (const m of members) counts.set(m.color, (counts.get(m.color) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
}
