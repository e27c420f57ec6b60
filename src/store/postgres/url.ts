/** `--db` values that name a PostgreSQL server rather than a SQLite file, and how they are shown. */

/** True for a `postgres://` or `postgresql://` connection URL (any case, as libpq accepts). */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db.trim())
}

/**
 * The URL as it may be printed: without its password (in the user part, or a `password=`
 * parameter). A value that does not parse as a URL loses everything between `//` and `@`.
 */
export function redactUrl(db: string): string {
  let url: URL
  try {
    url = new URL(db.trim())
  } catch {
    return db.replace(/\/\/[^/@]*@/, '//…@')
  }
  if (url.password) url.password = ''
  for (const key of [...url.searchParams.keys()]) {
    if (key.toLowerCase() === 'password') url.searchParams.set(key, '…')
  }
  return url.toString()
}
