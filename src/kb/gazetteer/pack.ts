/**
 * The on-disk form of the compiled gazetteer: typed arrays and two newline-joined string blobs, so
 * a process maps it into memory in tens of milliseconds with no per-name objects (a JSON index of
 * 700k names took 1.8 s and 290 MB to load).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { asideName } from '../cache-file.js'
import { join } from 'node:path'
import { looseKey, vowelKey, vowelKeyAsked } from './fold.js'
import type { GazetteerData } from './types.js'

export interface PackedGazetteer {
  stamp: string
  rows: number
  gid: Int32Array
  lat: Float32Array
  lon: Float32Array
  pop: Float64Array
  /** Indexes into `strings` for the small-vocabulary columns. */
  cc: Int32Array
  admin1: Int32Array
  admin2: Int32Array
  fcode: Int32Array
  ref: Int32Array
  strings: string[]
  /** Row names, newline-joined; `nameStart[r]` .. `nameStart[r+1]-1`. */
  names: string
  nameStart: Int32Array
  admin1Names: Record<string, string>
  coarseRows: number[]
  /** Sorted folded keys, newline-joined, with their postings (rows) in `postRows[postStart[k]..postStart[k+1])`. */
  keys: string
  keyStart: Int32Array
  postStart: Int32Array
  postRows: Int32Array
  /**
   * The loose keys (`looseKey`) of the keys, distinct and sorted, newline-joined (those shorter
   * than `LOOSE_MIN`, never asked, left out), with the keys that have each in
   * `looseRows[looseStart[l]..looseStart[l+1])`, ascending.
   */
  looseKeys: string
  looseKeyStart: Int32Array
  looseStart: Int32Array
  looseRows: Int32Array
  /**
   * The vowel keys (`vowelKey`) of the loose keys, distinct and sorted, newline-joined (those with too
   * few consonants, never asked, left out), with the loose keys (by index) that have each in
   * `vowelRows[vowelStart[v]..vowelStart[v+1])`, ascending.
   */
  vowelKeys: string
  vowelKeyStart: Int32Array
  vowelStart: Int32Array
  vowelRows: Int32Array
}

/** The shortest loose key looked up: shorter ones match too much. */
export const LOOSE_MIN = 4

const ARRAYS = ['gid', 'lat', 'lon', 'pop', 'cc', 'admin1', 'admin2', 'fcode', 'ref', 'nameStart', 'keyStart', 'postStart', 'postRows', 'looseKeyStart', 'looseStart', 'looseRows', 'vowelKeyStart', 'vowelStart', 'vowelRows'] as const

export function packGazetteer(d: GazetteerData): PackedGazetteer {
  const strings: string[] = ['']
  const ids = new Map<string, number>([['', 0]])
  const intern = (xs: string[]) => Int32Array.from(xs, (s) => {
    let i = ids.get(s)
    if (i === undefined) {
      i = strings.length
      strings.push(s)
      ids.set(s, i)
    }
    return i
  })
  const joined = (xs: string[]) => {
    const start = new Int32Array(xs.length + 1)
    let off = 0
    xs.forEach((s, i) => {
      start[i] = off
      off += s.length + 1
    })
    start[xs.length] = off
    return { text: xs.join('\n') + '\n', start }
  }
  const order = d.keys.map((_, i) => i).sort((a, b) => (d.keys[a]! < d.keys[b]! ? -1 : 1))
  const keys = joined(order.map((i) => d.keys[i]!))
  const postStart = new Int32Array(order.length + 1)
  const rows: number[] = []
  order.forEach((i, k) => {
    postStart[k] = rows.length
    rows.push(...d.postings[i]!)
  })
  postStart[order.length] = rows.length
  const names = joined(d.name)
  const loose = packLoose(order.map((i) => d.keys[i]!), joined)
  const vowels = packGrouped(loose.distinct, (lk) => {
    const vk = vowelKey(lk)
    return vowelKeyAsked(vk) ? vk : null
  }, joined)
  return {
    stamp: d.stamp,
    rows: d.gid.length,
    gid: Int32Array.from(d.gid),
    lat: Float32Array.from(d.lat),
    lon: Float32Array.from(d.lon),
    pop: Float64Array.from(d.pop),
    cc: intern(d.cc),
    admin1: intern(d.admin1),
    admin2: intern(d.admin2),
    fcode: intern(d.fcode),
    ref: intern(d.ref),
    strings,
    names: names.text,
    nameStart: names.start,
    admin1Names: d.admin1Names,
    coarseRows: d.coarseRows,
    keys: keys.text,
    keyStart: keys.start,
    postStart,
    postRows: Int32Array.from(rows),
    looseKeys: loose.keys.text,
    looseKeyStart: loose.keys.start,
    looseStart: loose.start,
    looseRows: loose.rows,
    vowelKeys: vowels.keys.text,
    vowelKeyStart: vowels.keys.start,
    vowelStart: vowels.start,
    vowelRows: vowels.rows,
  }
}

/** The loose index of the sorted keys: each distinct loose key once, with the keys (by index) that have it. */
function packLoose(sortedKeys: string[], joined: (xs: string[]) => { text: string; start: Int32Array }): Grouped {
  return packGrouped(sortedKeys, (key) => {
    const lk = looseKey(key)
    return lk.length < LOOSE_MIN ? null : lk
  }, joined)
}

interface Grouped { keys: { text: string; start: Int32Array }; distinct: string[]; start: Int32Array; rows: Int32Array }

/** Each distinct derived key of `items` once (sorted), with the items (by index, ascending) that have it; a null key leaves the item out. */
function packGrouped(items: readonly string[], derive: (item: string) => string | null, joined: (xs: string[]) => { text: string; start: Int32Array }): Grouped {
  const byKey = new Map<string, number[]>()
  items.forEach((item, k) => {
    const dk = derive(item)
    if (dk === null) return
    const ks = byKey.get(dk)
    if (ks) ks.push(k)
    else byKey.set(dk, [k])
  })
  const distinct = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const start = new Int32Array(distinct.length + 1)
  const rows: number[] = []
  distinct.forEach((dk, l) => {
    start[l] = rows.length
    for (const k of byKey.get(dk)!) rows.push(k)
  })
  start[distinct.length] = rows.length
  return { keys: joined(distinct), distinct, start, rows: Int32Array.from(rows) }
}

/** Writes into `dir` (created), each file through a temporary name so readers never see half a file. */
export function writePacked(dir: string, p: PackedGazetteer): void {
  mkdirSync(dir, { recursive: true })
  const put = (file: string, data: string | NodeJS.ArrayBufferView) => {
    const tmp = asideName(join(dir, file))
    writeFileSync(tmp, data)
    renameSync(tmp, join(dir, file))
  }
  for (const a of ARRAYS) put(`${a}.bin`, p[a])
  put('names.txt', p.names)
  put('keys.txt', p.keys)
  put('looseKeys.txt', p.looseKeys)
  put('vowelKeys.txt', p.vowelKeys)
  // The meta file goes last: its presence says the rest is complete.
  put('meta.json', JSON.stringify({ stamp: p.stamp, rows: p.rows, strings: p.strings, admin1Names: p.admin1Names, coarseRows: p.coarseRows }))
}

export function readPacked(dir: string): PackedGazetteer {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Pick<PackedGazetteer, 'stamp' | 'rows' | 'strings' | 'admin1Names' | 'coarseRows'>
  const buf = (file: string) => {
    const b = readFileSync(join(dir, `${file}.bin`))
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
  }
  return {
    ...meta,
    gid: new Int32Array(buf('gid')),
    lat: new Float32Array(buf('lat')),
    lon: new Float32Array(buf('lon')),
    pop: new Float64Array(buf('pop')),
    cc: new Int32Array(buf('cc')),
    admin1: new Int32Array(buf('admin1')),
    admin2: new Int32Array(buf('admin2')),
    fcode: new Int32Array(buf('fcode')),
    ref: new Int32Array(buf('ref')),
    names: readFileSync(join(dir, 'names.txt'), 'utf8'),
    nameStart: new Int32Array(buf('nameStart')),
    keys: readFileSync(join(dir, 'keys.txt'), 'utf8'),
    keyStart: new Int32Array(buf('keyStart')),
    postStart: new Int32Array(buf('postStart')),
    postRows: new Int32Array(buf('postRows')),
    looseKeys: readFileSync(join(dir, 'looseKeys.txt'), 'utf8'),
    looseKeyStart: new Int32Array(buf('looseKeyStart')),
    looseStart: new Int32Array(buf('looseStart')),
    looseRows: new Int32Array(buf('looseRows')),
    vowelKeys: readFileSync(join(dir, 'vowelKeys.txt'), 'utf8'),
    vowelKeyStart: new Int32Array(buf('vowelKeyStart')),
    vowelStart: new Int32Array(buf('vowelStart')),
    vowelRows: new Int32Array(buf('vowelRows')),
  }
}
