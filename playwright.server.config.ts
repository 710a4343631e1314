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

/** The sign-in server's port and its test OpenID provider's (e2e/server/sign-in.spec.ts). */
export const SIGN_IN_PORT = SERVER_PORT + 3
export const PROVIDER_PORT = SERVER_PORT + 10
const signInUrl = `http://127.0.0.1:${SIGN_IN_PORT}`
const client = { id: 'improvement-tracker', secret: 'e2e-only-secret' }

const server = (port: number, flags: string, env: Record<string, string>) => ({
  command: `node dist-server/main.js ${flags}`.trim(),
  url: `http://127.0.0.1:${port}/healthz`,
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
    // Sign-in, against a local OpenID provider: on PGlite only (its sessions are tested on both databases in vitest).
    ...(databaseUrl
      ? []
      : [
          {
            command: `node e2e/server/oidc-provider.mjs --port ${PROVIDER_PORT} --client-id ${client.id} --client-secret ${client.secret} --app-url ${signInUrl} --post-logout-redirect-uri ${signInUrl}/auth/signed-out?provider=done`,
            url: `http://127.0.0.1:${PROVIDER_PORT}/.well-known/openid-configuration`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
          server(SIGN_IN_PORT, '', {
            DATA_DIR: `${dataDir}-sign-in`,
            OIDC_ISSUER: `http://127.0.0.1:${PROVIDER_PORT}`,
            OIDC_CLIENT_ID: client.id,
            OIDC_CLIENT_SECRET: client.secret,
            PUBLIC_URL: signInUrl,
          }),
        ]),
  ],
})
