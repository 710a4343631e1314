import { isLoopback, type SignInSettings } from './auth/oidc'
import { logLevels, type Level } from './logger'

/** How `npm run serve` is set up: from the environment and the command line. */
export interface ServerConfig {
  port: number
  host: string
  /** postgres://… : a PostgreSQL server; absent: PGlite in `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  devIdentity: boolean
  /** Sign-in with the council's OpenID Connect provider (OIDC_ISSUER and the rest), or undefined. */
  signIn: SignInSettings | undefined
  /** The least important log lines written: info (one a request), warn or error. */
  logLevel: Level
}

export const USAGE = `Usage: npm run serve [-- --dev-identity]

  People sign in with the council's OpenID Connect provider (Microsoft Entra ID, Google or
  any other) when OIDC_ISSUER is set. Without it the server is read only, unless:

  --dev-identity   take X-Acting-As as who the person is: anyone may act as anyone.
                   For trials only; not allowed together with sign-in.

Environment:
  PORT           port to listen on (default 8080)
  HOST           address to listen on (default 127.0.0.1, this machine only;
                 0.0.0.0 for every network interface, as in a container)
  DATABASE_URL   postgres://user:password@host:port/database for a PostgreSQL server;
                 without it the data is kept by PGlite (embedded PostgreSQL) in DATA_DIR
  DATA_DIR       PGlite's data directory (default ./data)
  LOG_LEVEL      info (default: a line per request), warn or error

Sign-in (all four needed together):
  OIDC_ISSUER         the provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0
  OIDC_CLIENT_ID      this service's client (application) id at the provider
  OIDC_CLIENT_SECRET  its client secret
  PUBLIC_URL          the address people use, e.g. https://tracker.council.gov.uk; register
                      PUBLIC_URL/auth/callback as the redirect URI and PUBLIC_URL/auth/signed-out
                      as the post-logout redirect URI
  SESSION_IDLE_MINUTES  a session unused this long ends (default 30)
  SESSION_MAX_HOURS     a session ends this long after sign-in, however busy (default 12)
  OIDC_TRUST_EMAIL      true: take the email claim as verified without email_verified (only for a
                        provider that issues addresses solely from the council's own directory)`

/** A setting the server cannot start with; main.ts prints it with the usage. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function readConfig(env: Record<string, string | undefined>, args: readonly string[]): ServerConfig {
  const unknown = args.filter((arg) => arg !== '--dev-identity')
  if (unknown.length > 0) throw new ConfigError(`Unknown argument: ${unknown.join(' ')}`)
  const port = env.PORT?.trim() ? Number(env.PORT) : 8080
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${env.PORT}".`)
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.')
  const logLevel = logLevels.find((level) => level === (env.LOG_LEVEL?.trim() || 'info'))
  if (!logLevel) throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${env.LOG_LEVEL}".`)
  const devIdentity = args.includes('--dev-identity')
  const signIn = readSignIn(env)
  if (signIn && devIdentity) throw new ConfigError('--dev-identity cannot be used with sign-in (OIDC_ISSUER): choose one.')
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    dataDir: env.DATA_DIR?.trim() || './data',
    devIdentity,
    signIn,
    logLevel,
  }
}

const signInVariables = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const

function readSignIn(env: Record<string, string | undefined>): SignInSettings | undefined {
  const given = signInVariables.filter((name) => env[name]?.trim())
  if (given.length === 0) return undefined
  const missing = signInVariables.filter((name) => !env[name]?.trim())
  if (missing.length > 0) throw new ConfigError(`Sign-in needs ${missing.join(', ')} as well as ${given.join(', ')}.`)
  const issuer = httpsUrl(env, 'OIDC_ISSUER')
  const publicUrl = httpsUrl(env, 'PUBLIC_URL')
  if (publicUrl.pathname !== '/' || publicUrl.search || publicUrl.hash) throw new ConfigError('PUBLIC_URL must be an origin only, like https://tracker.council.gov.uk (no path).')
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID!.trim(),
    clientSecret: env.OIDC_CLIENT_SECRET!.trim(),
    publicUrl,
    idleMs: minutes(env, 'SESSION_IDLE_MINUTES', 30, 24 * 60) * 60_000,
    lifetimeMs: minutes(env, 'SESSION_MAX_HOURS', 12, 24 * 30) * 3_600_000,
    trustEmail: env.OIDC_TRUST_EMAIL?.trim() === 'true',
  }
}

/** An https URL (http only on this machine's loopback address, for a provider run beside it in tests). */
function httpsUrl(env: Record<string, string | undefined>, name: string): URL {
  const value = env[name]!.trim()
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`${name} must be a URL, not "${value}".`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) throw new ConfigError(`${name} must start with https:// (http:// only for localhost).`)
  return url
}

function minutes(env: Record<string, string | undefined>, name: string, fallback: number, most: number): number {
  const value = env[name]?.trim()
  if (!value) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > most) throw new ConfigError(`${name} must be a whole number from 1 to ${most}, not "${value}".`)
  return number
}
