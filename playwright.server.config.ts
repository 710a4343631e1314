import { defineConfig } from '@playwright/test'
import base from './playwright.config'

/**
 * The shared server's journeys (e2e/server/): the built app served by the built server
 * (dist-server/main.js), run by e2e/server/run.mjs once on PGlite and once on PostgreSQL.
 * Every test shares one server and one dataset, so they run one at a time.
 */
export const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? 4380)
const databaseUrl = process.env.SERVER_E2E_DATABASE_URL
const dataDir = process.env.SERVER_E2E_DATA_DIR ?? '.e2e-server-data'
const databaseEnv = (suffix: string): Record<string, string> => (databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: `${dataDir}${suffix}` })

const server = (port: number, flags: string, env: Record<string, string>) => ({
  command: `node dist-server/main.js ${flags}`.trim(),
  url: `http://127.0.0.1:${port}/api/health`,
  env: { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
  reuseExistingServer: false,
  timeout: 120_000,
})

export default defineConfig({
  ...base,
  testDir: 'e2e/server',
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  globalSetup: './e2e/server/global-setup.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${SERVER_PORT}` },
  webServer: [
    // The development identity: X-Acting-As is believed, so two browser contexts are two people.
    server(SERVER_PORT, '--dev-identity', databaseEnv('')),
    // Without the flag the server refuses every write.
    server(SERVER_PORT + 1, '', databaseEnv('-read-only')),
    // A second process on the same PostgreSQL database: changes reach it through LISTEN/NOTIFY.
    ...(databaseUrl ? [server(SERVER_PORT + 2, '--dev-identity', databaseEnv(''))] : []),
  ],
})
