import type { Dataset, DatasetTable } from '@/contract/stored'

/**
 * The storage interface the API core is written against: the handlers in mocks/handlers/ never
 * name a database. Two stores implement it — Dexie over IndexedDB in the browser
 * (dexie-store.ts) and PostgreSQL on the shared server (server/db/postgres-store.ts) — and the
 * API contract tests run against both.
 *
 * Every request is one transaction: `read` for a GET, `write` for anything that changes data.
 * A write either commits whole or changes nothing, and two writes never both succeed on one
 * version of a record: IndexedDB serialises read-write transactions; on PostgreSQL each write
 * first takes one advisory lock, so writes run one after another across every server process
 * (the second of two racing writes sees the first's version and answers 412).
 */

export interface MetaEntry {
  key: string
  value: unknown
}

export type TableName = DatasetTable | 'meta'

/** A stored row of `table`. */
export type Row<T extends TableName> = T extends DatasetTable ? Dataset[T][number] : MetaEntry

/**
 * The fields each table can be looked up by with `where` (besides its key, `id`, or `key` for
 * meta). The Dexie store declares these as indexes (migrations.ts), the PostgreSQL store as
 * expression indexes (server/db/migrations/).
 */
export const tableIndexes = {
  council: [],
  people: [],
  inspections: [],
  boards: [],
  meetings: ['boardId', 'date'],
  plans: ['boardId'],
  milestones: ['planId', 'ownerId', 'dueDate'],
  milestoneUpdates: ['milestoneId', 'at'],
  dateChanges: ['milestoneId', 'planId', 'status'],
  measures: ['planId'],
  measureActuals: ['measureId'],
  reports: ['requestedByBoardId', 'dueMeetingId', 'authorId', 'status'],
  planImports: ['planId', 'fileHash'],
  personChanges: ['personId', 'at'],
  actions: ['boardId', 'meetingId', 'ownerId', 'status'],
  packs: ['meetingId'],
  meta: [],
} as const satisfies { [T in TableName]: ReadonlyArray<keyof Row<T> & string> }

export type IndexOf<T extends TableName> = (typeof tableIndexes)[T][number]

/** One table, inside a transaction. Rows are plain data: what a read answers may be changed freely. */
export interface TableAccess<T extends TableName> {
  get(key: string): Promise<Row<T> | undefined>
  /** The rows with these keys, in the order asked, `undefined` where there is none. */
  getMany(keys: readonly string[]): Promise<Array<Row<T> | undefined>>
  all(): Promise<Array<Row<T>>>
  /** The rows whose `field` equals `value`, or any of `value` when it is a list. */
  where(field: IndexOf<T>, value: string | readonly string[]): Promise<Array<Row<T>>>
  count(): Promise<number>
  /** Adds a new row: fails (and so aborts the transaction) when its key is taken. */
  add(row: Row<T>): Promise<void>
  addMany(rows: ReadonlyArray<Row<T>>): Promise<void>
  /** Adds or replaces a row by its key. */
  put(row: Row<T>): Promise<void>
  putMany(rows: ReadonlyArray<Row<T>>): Promise<void>
  delete(keys: string | readonly string[]): Promise<void>
  clear(): Promise<void>
}

/** Every table, inside one transaction. */
export type Tx = { readonly [T in TableName]: TableAccess<T> }

export interface Store {
  /** Which kind of store answers: the page says whether its data is on this device or shared. */
  readonly kind: 'browser' | 'postgresql'
  /** Runs `work` in a read-only transaction: one consistent view of the data. */
  read<R>(work: (tx: Tx) => Promise<R>): Promise<R>
  /**
   * Runs `work` in a read-write transaction: it commits when `work` resolves and changes nothing
   * when it throws. `work` may run more than once (after losing a race), so it does no I/O but
   * the transaction's own.
   */
  write<R>(work: (tx: Tx) => Promise<R>): Promise<R>
}

let current: Store | undefined

/** Chooses the store the API answers from: the browser's at start-up, PostgreSQL on the server. */
export function chooseStore(store: Store): void {
  current = store
}

/** The store in use; the API cannot answer before one is chosen. */
export function store(): Store {
  if (!current) throw new Error('No store chosen: call chooseStore() before the API answers.')
  return current
}

export const read = <R>(work: (tx: Tx) => Promise<R>): Promise<R> => store().read(work)
export const write = <R>(work: (tx: Tx) => Promise<R>): Promise<R> => store().write(work)
