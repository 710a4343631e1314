import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config'

const signInEnv = { OIDC_ISSUER: 'https://login.example/tenant/v2.0', OIDC_CLIENT_ID: 'tracker', OIDC_CLIENT_SECRET: 's3cret', PUBLIC_URL: 'https://tracker.example' }

describe('readConfig', () => {
  it('signs people in when OIDC_ISSUER and the rest are set, with 30-minute idle and 12-hour sessions by default', () => {
    const { signIn } = readConfig(signInEnv, [])
    expect(signIn).toMatchObject({ clientId: 'tracker', clientSecret: 's3cret', idleMs: 30 * 60_000, lifetimeMs: 12 * 3_600_000, trustEmail: false })
    expect(signIn?.issuer.href).toBe('https://login.example/tenant/v2.0')
    expect(signIn?.publicUrl.origin).toBe('https://tracker.example')
    expect(readConfig({ ...signInEnv, SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8', OIDC_TRUST_EMAIL: 'true' }, []).signIn).toMatchObject({ idleMs: 15 * 60_000, lifetimeMs: 8 * 3_600_000, trustEmail: true })
    // A provider on this machine (the tests') may use http.
    expect(readConfig({ ...signInEnv, OIDC_ISSUER: 'http://127.0.0.1:4390', PUBLIC_URL: 'http://127.0.0.1:4380' }, []).signIn?.publicUrl.protocol).toBe('http:')
  })

  it('starts read-only on this machine only, port 8080, PGlite in ./data, when nothing is said', () => {
    expect(readConfig({}, [])).toEqual({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, dataDir: './data', devIdentity: false, signIn: undefined, logLevel: 'info' })
  })

  it('takes the environment and --dev-identity', () => {
    const env = { PORT: '8171', HOST: '0.0.0.0', DATABASE_URL: 'postgres://app:app@localhost:5432/app', DATA_DIR: '/srv/tracker', LOG_LEVEL: 'warn' }
    expect(readConfig(env, ['--dev-identity'])).toEqual({
      port: 8171,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app:app@localhost:5432/app',
      dataDir: '/srv/tracker',
      devIdentity: true,
      signIn: undefined,
      logLevel: 'warn',
    })
  })

  it.each([
    [{ PORT: 'eighty' }, [], 'PORT must be a whole number'],
    [{ PORT: '70000' }, [], 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://x' }, [], 'DATABASE_URL must start with postgres://'],
    [{}, ['--dev-identify'], 'Unknown argument: --dev-identify'],
    [{ LOG_LEVEL: 'debug' }, [], 'LOG_LEVEL must be one of info, warn, error'],
    [{ OIDC_ISSUER: 'https://login.example' }, [], 'Sign-in needs OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PUBLIC_URL as well as OIDC_ISSUER'],
    [{ ...signInEnv, OIDC_ISSUER: 'http://login.example' }, [], 'OIDC_ISSUER must start with https://'],
    [{ ...signInEnv, PUBLIC_URL: 'https://tracker.example/app' }, [], 'PUBLIC_URL must be an origin only'],
    [{ ...signInEnv, SESSION_IDLE_MINUTES: '0' }, [], 'SESSION_IDLE_MINUTES must be a whole number from 1'],
    [signInEnv, ['--dev-identity'], '--dev-identity cannot be used with sign-in'],
  ])('refuses %j %j', (env, args, message) => {
    expect(() => readConfig(env, args)).toThrow(ConfigError)
    expect(() => readConfig(env, args)).toThrow(message)
  })
})
