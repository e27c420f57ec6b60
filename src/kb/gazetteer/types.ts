/** The shapes of the compiled gazetteer: columnar arrays (one row per feature) and a name index. */

/** Feature kinds beyond GeoNames' own codes: what the resolver's priors key on. */
export type FeatureKind = 'city' | 'admin1' | 'admin2' | 'country' | 'region'

/** The compiled index as cached on disk (JSON) and held in memory. */
export interface GazetteerData {
  version: number
  /** Fingerprint of the sources; the cache is rebuilt when it changes. */
  stamp: string
  /** GeoNames id, or 0 when the feature is ours (country, admin area, news region). */
  gid: number[]
  /** Stable id of features without a GeoNames id (`country:SY`, `admin1:SY.04`, `region:sahel`); '' otherwise. */
  ref: string[]
  name: string[]
  lat: number[]
  lon: number[]
  cc: string[]
  admin1: string[]
  admin2: string[]
  fcode: string[]
  pop: number[]
  /** `CC.code` → admin1 name. */
  admin1Names: Record<string, string>
  /** Rows whose point is their first-level area's: second-level areas with no town of their own in the sources. */
  coarseRows: number[]
  /** Folded names, and for each the rows it names. */
  keys: string[]
  postings: number[][]
}

/** One feature, as the resolver and the API see it. */
export interface GazetteerEntry {
  row: number
  id: string
  geonameId: number | null
  name: string
  lat: number
  lon: number
  countryCode: string | null
  admin1Code: string | null
  admin1Name: string | null
  featureCode: string
  kind: FeatureKind
  population: number
  /** The point is the feature's first-level area's (no town of this area is known): ACLED geo_precision 3. */
  coarse: boolean
}
