import { logLevels, type Level } from './logger'

/** How `npm run serve` is set up: from the environment and the command line. */
export interface ServerConfig {
  port: number
  host: string
  /** postgres://… : a PostgreSQL server; absent: PGlite in `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  devIdentity: boolean
  /** The least important log lines written: info (one a request), warn or error. */
  logLevel: Level
}

export const USAGE = `Usage: npm run serve [-- --dev-identity]

  --dev-identity   take X-Acting-As as who the person is: anyone may act as anyone.
                   For trials only. Without it the server refuses every change.

Environment:
  PORT           port to listen on (default 8080)
  HOST           address to listen on (default 127.0.0.1, this machine only;
                 0.0.0.0 for every network interface, as in a container)
  DATABASE_URL   postgres://user:password@host:port/database for a PostgreSQL server;
                 without it the data is kept by PGlite (embedded PostgreSQL) in DATA_DIR
  DATA_DIR       PGlite's data directory (default ./data)
  LOG_LEVEL      info (default: a line per request), warn or error`

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
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    dataDir: env.DATA_DIR?.trim() || './data',
    devIdentity: args.includes('--dev-identity'),
    logLevel,
  }
}
