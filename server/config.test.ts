import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config'

describe('readConfig', () => {
  it('starts read-only on this machine only, port 8080, PGlite in ./data, when nothing is said', () => {
    expect(readConfig({}, [])).toEqual({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, dataDir: './data', devIdentity: false, logLevel: 'info' })
  })

  it('takes the environment and --dev-identity', () => {
    const env = { PORT: '8171', HOST: '0.0.0.0', DATABASE_URL: 'postgres://app:app@localhost:5432/app', DATA_DIR: '/srv/tracker', LOG_LEVEL: 'warn' }
    expect(readConfig(env, ['--dev-identity'])).toEqual({
      port: 8171,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app:app@localhost:5432/app',
      dataDir: '/srv/tracker',
      devIdentity: true,
      logLevel: 'warn',
    })
  })

  it.each([
    [{ PORT: 'eighty' }, [], 'PORT must be a whole number'],
    [{ PORT: '70000' }, [], 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://x' }, [], 'DATABASE_URL must start with postgres://'],
    [{}, ['--dev-identify'], 'Unknown argument: --dev-identify'],
    [{ LOG_LEVEL: 'debug' }, [], 'LOG_LEVEL must be one of info, warn, error'],
  ])('refuses %j %j', (env, args, message) => {
    expect(() => readConfig(env, args)).toThrow(ConfigError)
    expect(() => readConfig(env, args)).toThrow(message)
  })
})
