import type { PGlite } from '@electric-sql/pglite'
import { beginClauses, sqlState, type Driver, type SqlSession, type SqlValue } from './driver'

const IN_FAILED_TRANSACTION = '25P02'

/**
 * The driver over PGlite: PostgreSQL in this process, on one connection. Every transaction,
 * statement and LISTEN waits its turn in one queue, so concurrent requests never interleave
 * their statements on that connection (and a LISTEN never lands inside someone's transaction).
 */
export function pgliteDriver(pg: PGlite): Driver {
  const exclusive = serialQueue()
  const run = async <R extends object>(text: string, params?: readonly SqlValue[]): Promise<R[]> =>
    (await pg.query<R>(text, params ? [...params] : undefined)).rows

  return {
    transaction: (mode, work) =>
      exclusive(async () => {
        // The first statement that failed: PostgreSQL refuses every statement after it, and the COMMIT.
        let failure: { error: unknown } | undefined
        const noteFailure = (error: unknown): never => {
          failure ??= { error }
          throw error
        }
        const session: SqlSession = {
          query: <R extends object>(text: string, params?: readonly SqlValue[]) => run<R>(text, params).catch(noteFailure),
          exec: (script) => pg.exec(script).then(() => undefined, noteFailure),
        }
        await pg.query(`begin ${beginClauses[mode]}`)
        const result = await work(session).catch(async (error: unknown) => {
          await pg.query('rollback')
          // "Current transaction is aborted" says less than the statement that aborted it.
          throw failure && sqlState(error) === IN_FAILED_TRANSACTION ? failure.error : error
        })
        const done = await pg.query('commit')
        // A failed statement that `work` caught makes COMMIT roll back: answer that statement's error.
        if (failure) throw failure.error
        if (done.command !== 'COMMIT') throw new Error('PGlite rolled the transaction back instead of committing it.')
        return result
      }),
    query: (text, params) => exclusive(() => run(text, params)),
    listen: async (channel, onPayload) => {
      const unlisten = await exclusive(() => pg.listen(channel, onPayload))
      return () => exclusive(() => unlisten())
    },
    close: () => exclusive(() => pg.close()),
  }
}

/** Runs the tasks given to it one at a time, in the order given, whether each succeeds or fails. */
function serialQueue(): <R>(task: () => Promise<R>) => Promise<R> {
  let tail: Promise<unknown> = Promise.resolve()
  return (task) => {
    const result = tail.then(task, task)
    tail = result.catch(() => undefined)
    return result
  }
}
