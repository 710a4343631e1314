import { tableIndexes, type IndexOf, type MetaEntry, type Row, type Store, type TableAccess, type TableName, type Tx } from '~mocks/db/store'
import { sqlState, type Driver, type SqlSession } from './driver'

/** How many times a write runs before a lost race is answered as an error. */
const MAX_ATTEMPTS = 8

/** SQLSTATEs of a transaction that lost a race: serialization failure and deadlock. Run it again. */
const RACE_LOST = new Set(['40001', '40P01'])

/**
 * Every write first takes this transaction-scoped advisory lock, so the council's writes run one
 * after another across every server process on the database, each (READ COMMITTED) seeing every
 * write committed before it. Measured with 20 clients on 10 milestones (npm run bench),
 * SERIALIZABLE without the lock let about one write in 40 lose eight races in a row to false
 * conflicts (index pages shared by different milestones' history) and fail; the queue costs
 * nothing a council would notice (a write holds it for a few milliseconds).
 */
const WRITE_LOCK = `select pg_advisory_xact_lock(hashtext('improvement_tracker:writes'))`

/**
 * The shared server's store: each table of mocks/db/store.ts is a PostgreSQL table of
 * `(id, data jsonb)`, made by migrations/0001_tables.sql. Reads see one snapshot; writes take
 * their turn on WRITE_LOCK, so one that follows another sees the first's version of the record
 * (and a handler answers 412) instead of overwriting it. A deadlock or serialization failure,
 * should one still happen, runs the write again from the top.
 */
export function postgresStore(driver: Driver): Store {
  return {
    kind: 'postgresql',
    read: (work) => driver.transaction('read', (session) => work(postgresTx(session))),
    write: async (work) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await driver.transaction('write', async (session) => {
            await session.query(WRITE_LOCK)
            return work(postgresTx(session))
          })
        } catch (error) {
          if (attempt >= MAX_ATTEMPTS || !RACE_LOST.has(sqlState(error) ?? '')) throw error
          // A short random pause, longer each time, so the racers do not collide again in step.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)))
        }
      }
    },
  }
}

/** The PostgreSQL table holding a store table: its name in snake_case (milestoneUpdates → milestone_updates). */
export function sqlTableName(table: TableName): string {
  return table.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

const tableNames = Object.keys(tableIndexes) as TableName[]

function postgresTx(session: SqlSession): Tx {
  return Object.fromEntries(tableNames.map((table) => [table, tableAccess(session, table)])) as unknown as Tx
}

interface DataRow {
  data: string
}

function tableAccess<T extends TableName>(session: SqlSession, table: T): TableAccess<T> {
  const name = sqlTableName(table)
  const keyOf = (row: Row<T>): string => (table === 'meta' ? (row as MetaEntry).key : (row as Row<Exclude<TableName, 'meta'>>).id)
  // JSON goes in and comes out as text, so no driver's own JSON handling touches a value.
  const json = (row: Row<T>): string => JSON.stringify(row)
  const parse = (rows: DataRow[]): Array<Row<T>> => rows.map((row) => JSON.parse(row.data) as Row<T>)
  const select = `select data::text as data from ${name}`
  const upsert = 'on conflict (id) do update set data = excluded.data'
  const insertMany = `insert into ${name} (id, data) select id, data::jsonb from unnest($1::text[], $2::text[]) as rows (id, data)`

  return {
    // PostgreSQL text cannot hold U+0000, so no key or value holds it (the API refuses it): looking one up finds nothing, unasked.
    get: async (key) => (key.includes('\0') ? undefined : parse(await session.query<DataRow>(`${select} where id = $1`, [key]))[0]),
    getMany: async (keys) => {
      const askable = keys.filter((key) => !key.includes('\0'))
      if (askable.length === 0) return keys.map(() => undefined)
      const rows = await session.query<DataRow & { id: string }>(`select id, data::text as data from ${name} where id = any($1::text[])`, [askable])
      const byKey = new Map(rows.map((row) => [row.id, row.data]))
      return keys.map((key) => {
        const data = byKey.get(key)
        return data === undefined ? undefined : (JSON.parse(data) as Row<T>)
      })
    },
    // In key order: the id column sorts as "C", by code point, as IndexedDB sorts keys.
    all: async () => parse(await session.query<DataRow>(`${select} order by id`)),
    where: async (field: IndexOf<T>, value) => {
      // The field is spelt out (not a parameter) so the planner can use its expression index.
      if (!(tableIndexes[table] as readonly string[]).includes(field)) throw new Error(`${table} has no index on ${field}.`)
      const indexed = `(data->>'${field}')`
      const asked = typeof value === 'string' ? value : value.filter((each) => !each.includes('\0'))
      if (typeof asked === 'string' ? asked.includes('\0') : asked.length === 0) return []
      const test = typeof asked === 'string' ? `${indexed} = $1::text` : `${indexed} = any($1::text[])`
      // By value, then by key: the order an IndexedDB index answers in.
      return parse(await session.query<DataRow>(`${select} where ${test} order by ${indexed} collate "C", id`, [asked]))
    },
    count: async () => (await session.query<{ count: number }>(`select count(*)::int as count from ${name}`))[0]?.count ?? 0,
    add: async (row) => void (await session.query(`insert into ${name} (id, data) values ($1, $2::text::jsonb)`, [keyOf(row), json(row)])),
    addMany: async (rows) => {
      if (rows.length > 0) await session.query(insertMany, [rows.map(keyOf), rows.map(json)])
    },
    put: async (row) => void (await session.query(`insert into ${name} (id, data) values ($1, $2::text::jsonb) ${upsert}`, [keyOf(row), json(row)])),
    putMany: async (rows) => {
      // The last row given for a key wins, as in IndexedDB (one INSERT may not touch a row twice).
      const last = [...new Map(rows.map((row) => [keyOf(row), row])).values()]
      if (last.length > 0) await session.query(`${insertMany} ${upsert}`, [last.map(keyOf), last.map(json)])
    },
    delete: async (keys) => {
      const askable = (typeof keys === 'string' ? [keys] : keys).filter((key) => !key.includes('\0'))
      if (askable.length > 0) await session.query(`delete from ${name} where id = any($1::text[])`, [askable])
    },
    clear: async () => void (await session.query(`delete from ${name}`)),
  }
}
