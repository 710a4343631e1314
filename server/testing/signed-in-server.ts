import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Dataset } from '@/contract/stored'
import { chooseStore } from '~mocks/db/store'
import { demoData, markSetUp, readDataset, writeDataset } from '~mocks/db/seed'
import { handlers } from '~mocks/handlers/index'
import { answerWith } from '~mocks/handlers/answer-with'
import { openIdProvider, type SignInSettings } from '../auth/oidc'
import { createSignIn } from '../auth/sign-in'
import { openDatabase } from '../db/connect'
import type { Database } from '../db/database'
import { startServer, type RunningServer } from '../serve'
import { collectingLogger, tempDist } from './fixtures'
import { startTestProvider, type TestProvider } from './oidc-provider'
import { CookieJar, signInThroughProvider, type ProviderJourney, type SignInOptions } from './sign-in-through-provider'

/** The session cookie's name on http. */
export const SESSION_COOKIE = 'tracker-session'

/** The real shared server over HTTP with sign-in through a local OpenID provider, on the Northshire demo. */
export interface SignedInServer {
  /** Where it listens, and its PUBLIC_URL: http://127.0.0.1:PORT. */
  url: string
  provider: TestProvider
  settings: SignInSettings
  db: Database
  /** The demo as loaded; `restoreDemo` puts it back. */
  demo: Dataset
  /** Moves the server's clock on (never back: a session once ended stays ended). */
  advanceClock(ms: number): void
  /** Every table of the council's data as stored now, each in the order of its ids (so two reads compare equal). */
  dataset(): Promise<Dataset>
  restoreDemo(): Promise<void>
  /** Signs in through the provider as `email`; `cookie` is `tracker-session=…`, undefined when no session was given. */
  signIn(email: string, options?: Partial<SignInOptions>): Promise<ProviderJourney & { cookie: string | undefined }>
  /** A request to the server, as a script sends it (no Origin, no Sec-Fetch-Site unless given). */
  request(method: string, path: string, options?: { cookie?: string | undefined; body?: unknown; headers?: Record<string, string> }): Promise<Response>
  stop(): Promise<void>
}

function byId(data: Dataset): Dataset {
  const sorted = Object.entries(data).map(([table, rows]: [string, Array<{ id: string }>]) => [table, [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))])
  return Object.fromEntries(sorted) as Dataset
}

const clientId = 'improvement-tracker'
const clientSecret = 'test-secret'

/** A port the system says is free now: the server's URL must be known before its sign-in is made. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Starts the provider and the server, with nothing from the network; idle end 30 minutes, absolute end 12 hours. */
export async function startSignedInServer(): Promise<SignedInServer> {
  const db = await openDatabase({ dataDir: 'memory://' })
  chooseStore(db.store)
  const demo = await demoData()
  const restoreDemo = () =>
    db.store.write(async (tx) => {
      await writeDataset(tx, demo)
      await markSetUp(tx)
    })
  await restoreDemo()
  const dist = await tempDist()
  const url = `http://127.0.0.1:${await freePort()}`
  const provider = await startTestProvider({
    clients: [{ clientId, clientSecret, redirectUris: [`${url}/auth/callback`], postLogoutRedirectUris: [`${url}/auth/signed-out?provider=done`] }],
  })
  const settings: SignInSettings = {
    issuer: new URL(provider.issuer),
    clientId,
    clientSecret,
    publicUrl: new URL(url),
    idleMs: 30 * 60_000,
    lifetimeMs: 12 * 3_600_000,
    trustEmail: false,
  }
  let clockOffset = 0
  const logger = collectingLogger()
  const signIn = createSignIn({ settings, provider: openIdProvider(settings), db, logger, distDir: dist.dir, now: () => Date.now() + clockOffset })
  let running: RunningServer
  try {
    running = await startServer({ db, devIdentity: false, signIn, distDir: dist.dir, logger, handleApi: answerWith(handlers), port: Number(new URL(url).port), host: '127.0.0.1' })
  } catch (error) {
    await Promise.all([provider.stop(), db.close(), dist.remove()])
    throw error
  }

  return {
    url,
    provider,
    settings,
    db,
    demo,
    advanceClock: (ms) => void (clockOffset += ms),
    dataset: async () => byId(await db.store.read(readDataset)),
    restoreDemo,
    async signIn(email, options = {}) {
      const journey = await signInThroughProvider({ startUrl: `${url}/auth/sign-in`, cookieJar: new CookieJar(), ...options, email })
      const value = journey.appCookies[SESSION_COOKIE]
      const fresh = value !== undefined && value !== options.appCookies?.[SESSION_COOKIE]
      return { ...journey, cookie: fresh ? `${SESSION_COOKIE}=${value}` : undefined }
    },
    request(method, path, { cookie, body, headers = {} } = {}) {
      const sent = new Headers(headers)
      if (cookie) sent.set('Cookie', cookie)
      if (body !== undefined) sent.set('Content-Type', 'application/json')
      return fetch(`${url}${path}`, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' })
    },
    async stop() {
      // Stopping the server closes the database.
      await Promise.all([running.stop(), provider.stop()])
      await dist.remove()
    },
  }
}
