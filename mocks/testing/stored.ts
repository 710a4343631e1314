import { chooseStore, read, store, write, type Row, type TableAccess, type TableName, type Tx } from '../db/store'

/**
 * What tests read and arrange in the store, whichever store answers (Dexie or PostgreSQL):
 * each call is its own transaction through the storage interface, never a database's own API.
 */
function table<T extends TableName>(name: T) {
  const on = (tx: Tx) => tx[name] as unknown as Tx[T]
  const matching = (keep: (row: Row<T>) => boolean) => ({
    toArray: () => read(async (tx) => (await on(tx).all()).filter(keep)),
    count: () => read(async (tx) => (await on(tx).all()).filter(keep).length),
    delete: () => write(async (tx) => on(tx).delete((await on(tx).all()).filter(keep).map(keyOf))),
  })
  return {
    get: (key: string) => read((tx) => on(tx).get(key)),
    toArray: () => read((tx) => on(tx).all()),
    count: () => read((tx) => on(tx).count()),
    where: (field: Parameters<Tx[T]['where']>[0]) => ({
      equals: (value: string) => ({
        toArray: () => read((tx) => on(tx).where(field, value)),
        count: () => read(async (tx) => (await on(tx).where(field, value)).length),
      }),
    }),
    filter: matching,
    add: (row: Row<T>) => write((tx) => on(tx).add(row)),
    bulkAdd: (rows: Array<Row<T>>) => write((tx) => on(tx).addMany(rows)),
    put: (row: Row<T>) => write((tx) => on(tx).put(row)),
    delete: (key: string) => write((tx) => on(tx).delete(key)),
    clear: () => write((tx) => on(tx).clear()),
    /** Changes some fields of one row, as a script or an older version might have left it. */
    update: (key: string, changes: Partial<Row<T>>) =>
      write(async (tx) => {
        const row = await on(tx).get(key)
        if (row) await on(tx).put({ ...row, ...changes })
      }),
  }
}

const keyOf = (row: { id: string } | { key: string }) => ('id' in row ? row.id : row.key)

export const stored = {
  council: table('council'),
  people: table('people'),
  inspections: table('inspections'),
  boards: table('boards'),
  meetings: table('meetings'),
  plans: table('plans'),
  milestones: table('milestones'),
  milestoneUpdates: table('milestoneUpdates'),
  dateChanges: table('dateChanges'),
  measures: table('measures'),
  measureActuals: table('measureActuals'),
  reports: table('reports'),
  planImports: table('planImports'),
  personChanges: table('personChanges'),
  actions: table('actions'),
  packs: table('packs'),
  meta: table('meta'),
}

/**
 * Makes the next call of `operation` on `name` inside a write fail with `error`, as a full disk
 * or a lost connection would, in whichever store answers. Answers a function that puts the store back.
 */
export function failNextWrite<T extends TableName>(name: T, operation: keyof TableAccess<T>, error: unknown): () => void {
  const real = store()
  let armed = true
  const failing = (access: TableAccess<T>) =>
    new Proxy(access, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver)
        if (property !== operation || typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (armed) {
            armed = false
            return Promise.reject(error)
          }
          return (value as (...args: unknown[]) => unknown).apply(target, args)
        }
      },
    })
  const wrap = (tx: Tx): Tx => new Proxy(tx, { get: (target, property) => (property === name ? failing(target[name] as unknown as TableAccess<T>) : Reflect.get(target, property)) })
  chooseStore({ kind: real.kind, read: (work) => real.read(work), write: (work) => real.write((tx) => work(wrap(tx))) })
  return () => chooseStore(real)
}
