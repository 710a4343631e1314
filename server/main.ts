import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chooseStore } from '~mocks/db/store'
import { onUnexpectedFailure } from '~mocks/handlers/http'
import { handlers } from '~mocks/handlers/index'
import { answerWith } from '~mocks/handlers/answer-with'
import { openIdProvider } from './auth/oidc'
import { createSignIn } from './auth/sign-in'
import { ConfigError, readConfig, USAGE, type ServerConfig } from './config'
import { openDatabase } from './db/connect'
import { jsonLogger } from './logger'
import { startServer } from './serve'

/** `npm run serve`: the built app and its API from one origin, over PGlite or PostgreSQL. */
let logger = jsonLogger()

function configOrExit(): ServerConfig {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  try {
    return readConfig(process.env, process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n\n${USAGE}\n`)
    process.exit(2)
  }
}

async function main(): Promise<void> {
  const config = configOrExit()
  logger = jsonLogger(config.logLevel)
  // Bundled to dist-server/main.js: the built app is next door.
  const distDir = fileURLToPath(new URL('../dist/', import.meta.url))
  if (!existsSync(join(distDir, 'index.html'))) {
    logger.error('the built app is missing: run npm run build first', { distDir })
    process.exit(1)
  }
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir })
  chooseStore(db.store)
  onUnexpectedFailure((error) => logger.error('request failed: the change was not saved', { error }))
  const signIn = config.signIn ? createSignIn({ settings: config.signIn, provider: openIdProvider(config.signIn), db, logger, distDir }) : undefined
  const running = await startServer({
    db,
    devIdentity: config.devIdentity,
    signIn,
    distDir,
    logger,
    handleApi: answerWith(handlers),
    port: config.port,
    host: config.host,
  }).catch(async (error: unknown) => {
    await db.close()
    throw error
  })
  const identity = config.signIn ? 'sign-in' : config.devIdentity ? 'development' : 'none'
  logger.info('listening', { url: running.url, database: db.description, identity, ...(config.signIn ? { publicUrl: config.signIn.publicUrl.origin, issuer: config.signIn.issuer.href } : {}) })
  if (config.signIn) logger.info('sign-in: people sign in with the identity provider', { idleMinutes: config.signIn.idleMs / 60_000, maxHours: config.signIn.lifetimeMs / 3_600_000 })
  else if (config.devIdentity) logger.warn('development identity: anyone may act as anyone (X-Acting-As); not for real use')
  else logger.info('no identity: read only, every change is refused (start with --dev-identity to try changes out)')

  const shutDown = (signal: string) => {
    logger.info('shutting down', { signal })
    running.stop().then(
      () => {
        logger.info('stopped')
        process.exit(0)
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error })
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutDown('SIGTERM'))
  process.once('SIGINT', () => shutDown('SIGINT'))
}

process.on('unhandledRejection', (error) => {
  logger.error('unhandled rejection', { error })
  process.exit(1)
})

main().catch((error: unknown) => {
  logger.error('the server could not start', { error })
  process.exit(1)
})
