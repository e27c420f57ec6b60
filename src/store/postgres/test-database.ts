/**
 * A throwaway database for tests on the server named by `SITREP_TEST_PG_URL`: created empty, and
 * dropped (with any connection left to it) when the test is done. Without the variable the
 * PostgreSQL tests are skipped, except on CI, where a test that cannot run must fail.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const TEST_URL = process.env.SITREP_TEST_PG_URL

/** True when the tests must fail rather than skip: on CI without a server. */
export const REQUIRED = Boolean(process.env.CI) && !TEST_URL

export interface TestDatabase {
  url: string
  drop(): Promise<void>
}

export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `sitrep_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl })
    await c.connect()
    try {
      await c.query(sql)
    } finally {
      await c.end()
    }
  }
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}
