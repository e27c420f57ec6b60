/** Where the store lives by default: the user's data directory (XDG on Unix, LOCALAPPDATA on Windows). */
import { homedir } from 'node:os'
import { join } from 'node:path'

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITREP_DB) return env.SITREP_DB
  const base = env.XDG_DATA_HOME || (process.platform === 'win32' && env.LOCALAPPDATA) || join(homedir(), '.local', 'share')
  return join(base, 'sitrep', 'sitrep.db')
}
