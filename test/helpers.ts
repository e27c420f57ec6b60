/** Shared test helpers: the reference article (read from ../shared/seed, never copied) and CLI capture. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_DIR } from '../eval/paths.js'
import { runAnalyze, type AnalyzeOptions } from '../src/cli/analyze.js'

export const SEED_DIR = process.env.SITREP_SEED_DIR ?? join(REPO_DIR, '..', 'shared', 'seed')
export const REFERENCE_FILE = join(SEED_DIR, '000_7e124b92c4e9139c.txt')
export const REFERENCE_PUBLISHED = '2016-12-12'
export const hasReference = existsSync(REFERENCE_FILE)

export function referenceText(): string {
  return readFileSync(REFERENCE_FILE, 'utf8')
}

export async function analyzeCapture(inputs: string[], opts: Partial<AnalyzeOptions> = {}): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runAnalyze(inputs, { format: 'json', ...opts }, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out, err }
}
