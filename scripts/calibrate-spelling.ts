/**
 * Calibrates `SPELLING_SURE` (src/kb/gazetteer/spelling.ts) on the gazetteer alone: the names are
 * split in five folds by name (a name is in one fold for every country that has it, so a held-out
 * name was never seen in training), a model is trained on four and asked the fifth, and the
 * posteriors of all held-out names are pooled. Prints, per posterior level, the share of names
 * guessed at or above it and how often their country is right, the level from which the guesses
 * are right 90 % of the time, and per country (of those with the most names in ACLED's regions)
 * how many of its held-out names pass it and how many of the passing guesses are right.
 *
 *   npx tsx scripts/calibrate-spelling.ts
 */
import { createHash } from 'node:crypto'
import { gazetteerSamples, guessCountry, SPELLING_SURE, trainSpelling, type NameSample } from '../src/kb/gazetteer/spelling.js'

const FOLDS = 5
const fold = (key: string) => createHash('md5').update(key).digest()[0]! % FOLDS
const { samples, kinds } = gazetteerSamples()
const results: { country: string; guess: string; posterior: number }[] = []
let trainMs = 0
for (let k = 0; k < FOLDS; k++) {
  const train: NameSample[] = []
  const test: NameSample[] = []
  for (const s of samples) (fold(s.key) === k ? test : train).push(s)
  const t0 = performance.now()
  const model = trainSpelling(train, kinds)
  trainMs += performance.now() - t0
  for (const s of test) {
    const g = guessCountry(model, s.key)
    if (g) results.push({ country: s.country, guess: g.country, posterior: g.posterior })
  }
}
console.log(`${samples.length} names, ${results.length} held out and guessed; training ${(trainMs / FOLDS).toFixed(0)} ms per fold`)
const sorted = [...results].sort((a, b) => b.posterior - a.posterior)
const levels = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999]
for (const p of levels) {
  const above = sorted.filter((r) => r.posterior >= p)
  const right = above.filter((r) => r.guess === r.country).length
  console.log(`posterior ≥ ${p}: ${(100 * above.length / results.length).toFixed(1)} % of names, right ${(100 * right / Math.max(1, above.length)).toFixed(1)} %`)
}
// The lowest level from which the guesses at or above it are right 90 % of the time.
let right = 0
let sure = 1
sorted.forEach((r, i) => {
  if (r.guess === r.country) right++
  if (right / (i + 1) >= 0.9) sure = r.posterior
})
console.log(`right 90 % of the time from posterior ${sure.toFixed(4)}`)
// The towns the gazetteer lacks lie mostly in the countries it covers thinly (few names): the same
// figures for the held-out names of those countries alone.
const perCountry = new Map<string, number>()
for (const s of samples) perCountry.set(s.country, (perCountry.get(s.country) ?? 0) + 1)
for (const thin of [500, 1000, 2000]) {
  const some = sorted.filter((r) => perCountry.get(r.country)! < thin)
  let ok = 0
  let level = 1
  some.forEach((r, i) => {
    if (r.guess === r.country) ok++
    if (ok / (i + 1) >= 0.9) level = r.posterior
  })
  const above = (p: number) => some.filter((r) => r.posterior >= p)
  const share = (p: number) => `${(100 * above(p).filter((r) => r.guess === r.country).length / Math.max(1, above(p).length)).toFixed(1)} % right of ${(100 * above(p).length / some.length).toFixed(1)} %`
  console.log(`countries of fewer than ${thin} names (${[...perCountry.values()].filter((n) => n < thin).length}, ${some.length} held-out names): right 90 % of the time from ${level.toFixed(4)}; at 0.79 ${share(0.79)}, at 0.9 ${share(0.9)}, at 0.95 ${share(0.95)}, at 0.99 ${share(0.99)}`)
}
const all = results.filter((r) => r.guess === r.country).length
console.log(`top guess right overall: ${(100 * all / results.length).toFixed(1)} %`)
const countries = (process.argv[2] ?? 'SO,ET,NG,NE,KE,MG,ZA,DZ,MA,TN,LY,EG,SD,SS,CD,BI,UG,ML,BF,CM,TD,ZW,ZM,MW,MZ,SY,IQ,YE').split(',')
const SURE = SPELLING_SURE
for (const cc of countries) {
  const own = results.filter((r) => r.country === cc)
  const passed = own.filter((r) => r.posterior >= SURE && r.guess === cc).length
  const guessed = results.filter((r) => r.guess === cc && r.posterior >= SURE)
  const ok = guessed.filter((r) => r.country === cc).length
  console.log(`${cc}: ${own.length} names, ${(100 * passed / Math.max(1, own.length)).toFixed(1)} % told at ${SURE}; ${guessed.length} guesses, ${(100 * ok / Math.max(1, guessed.length)).toFixed(1)} % right`)
}
