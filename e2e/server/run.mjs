// The shared server's journeys, on each database the server supports: PGlite always (nothing to
// install), then PostgreSQL when TEST_DATABASE_URL names a database this run may empty (.ci/run
// installs and starts one). Expects the built app (dist/) and server (dist-server/).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'

const playwright = ['node_modules/@playwright/test/cli.js', 'test', '-c', 'playwright.server.config.ts', ...process.argv.slice(2)]

function run(label, env) {
  console.log(`\ne2e (shared server on ${label})`)
  const result = spawnSync(process.execPath, playwright, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`e2e (shared server on ${label}) failed`)
    process.exit(result.status ?? 1)
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'tracker-e2e-server-'))
try {
  run('PGlite', { SERVER_E2E_DATA_DIR: join(dataDir, 'data') })
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}

const url = process.env.TEST_DATABASE_URL
if (url) {
  const sql = postgres(url, { max: 1, onnotice: () => undefined })
  await sql.unsafe('drop schema if exists public cascade; create schema public')
  await sql.end()
  run('PostgreSQL', { SERVER_E2E_DATABASE_URL: url })
} else {
  console.log('\ne2e (shared server on PostgreSQL): not run — set TEST_DATABASE_URL to a PostgreSQL database this run may empty (.ci/run does).')
}
