/**
 * Item shapes of the aggregate routes (/api/places, /api/actors), as types only: the web app
 * imports them, so this file imports nothing (the route modules pull in Node-only code).
 */

export interface PlaceCount {
  name: string
  geonameId: number | null
  lat: number
  lon: number
  countryCode: string | null
  admin1Name: string | null
  mentions: number
  articles: number
}

export interface ActorCount {
  id: string | null
  name: string
  kind: string
  mentions: number
  articles: number
}
