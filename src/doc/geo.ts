/** Geometry shared by every stage that compares points: one great-circle distance for all. */

/** Mean Earth radius in km, as the geoparsing metrics define it (Gritta et al.; eval README). */
export const EARTH_RADIUS_KM = 6371

/** Great-circle (haversine) distance in kilometres between two points given in degrees. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** The point `km` from (lat, lon) along `bearing` degrees, on the sphere. */
export function destination(lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } {
  const rad = Math.PI / 180
  const d = km / EARTH_RADIUS_KM
  const b = bearing * rad
  const φ1 = lat * rad
  const λ1 = lon * rad
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b))
  const λ2 = λ1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2))
  return { lat: Math.round((φ2 / rad) * 1e5) / 1e5, lon: Math.round((((λ2 / rad + 540) % 360) - 180) * 1e5) / 1e5 }
}
