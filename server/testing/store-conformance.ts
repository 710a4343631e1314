import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { datasetTables, type Dataset, type DatasetTable, type StoredMeeting, type StoredPerson } from '@/contract/stored'
import { buildDemoData } from '~mocks/db/demo-data'
import { tableIndexes, type IndexOf, type Row, type Store, type TableName, type Tx } from '~mocks/db/store'

/**
 * What every implementation of mocks/db/store.ts must do, written once: the Dexie store and the
 * PostgreSQL store each run it. `freshStore` answers a store with every table empty, before each test.
 */
export function describeStoreConformance(name: string, freshStore: () => Promise<Store>): void {
  describe(`${name}: the storage interface`, () => {
    let store: Store
    beforeEach(async () => {
      store = await freshStore()
    })

    describe('one row at a time', () => {
      it('gets a row by its key, and nothing for a key not taken', async () => {
        await store.write((tx) => tx.people.add(person('p-1')))

        expect(await store.read((tx) => tx.people.get('p-1'))).toEqual(person('p-1'))
        expect(await store.read((tx) => tx.people.get('p-2'))).toBeUndefined()
      })

      it('refuses to add a row whose key is taken, and keeps the row there', async () => {
        await store.write((tx) => tx.people.add(person('p-1', { name: 'First' })))

        await expect(store.write((tx) => tx.people.add(person('p-1', { name: 'Second' })))).rejects.toThrow()
        expect(await store.read((tx) => tx.people.get('p-1'))).toMatchObject({ name: 'First' })
      })

      it('puts a row in place of the one with its key, or as a new one', async () => {
        await store.write((tx) => tx.people.add(person('p-1', { name: 'First' })))

        await store.write(async (tx) => {
          await tx.people.put(person('p-1', { name: 'Replaced', version: 2 }))
          await tx.people.put(person('p-2'))
        })

        expect(await store.read((tx) => tx.people.all())).toEqual([person('p-1', { name: 'Replaced', version: 2 }), person('p-2')])
      })

      it('keys meta entries by their key', async () => {
        await store.write((tx) => tx.meta.add({ key: 'seededAt', value: '2026-12-03T09:00:00.000Z' }))
        await store.write((tx) => tx.meta.put({ key: 'seededAt', value: '2026-12-04T09:00:00.000Z' }))

        expect(await store.read((tx) => tx.meta.all())).toEqual([{ key: 'seededAt', value: '2026-12-04T09:00:00.000Z' }])
        await expect(store.write((tx) => tx.meta.add({ key: 'seededAt', value: null }))).rejects.toThrow()
      })

      it('answers rows that may be changed without changing what is stored', async () => {
        await store.write((tx) => tx.people.add(person('p-1', { name: 'Stored' })))

        const row = await store.read((tx) => tx.people.get('p-1'))
        if (row) row.name = 'Changed in hand'

        expect(await store.read((tx) => tx.people.get('p-1'))).toMatchObject({ name: 'Stored' })
      })
    })

    describe('many rows', () => {
      it('gets rows in the order asked, with undefined where there is none', async () => {
        await store.write((tx) => tx.people.addMany([person('p-1'), person('p-2'), person('p-3')]))

        const rows = await store.read((tx) => tx.people.getMany(['p-3', 'p-9', 'p-1', 'p-3']))

        expect(rows).toEqual([person('p-3'), undefined, person('p-1'), person('p-3')])
        expect(await store.read((tx) => tx.people.getMany([]))).toEqual([])
      })

      it('answers every row in key order, as IndexedDB sorts keys (by code unit, capitals first)', async () => {
        const keys = ['b9', 'a', 'B', 'b10', 'é', 'A-1']
        await store.write((tx) => tx.people.addMany(keys.map((key) => person(key))))

        const rows = await store.read((tx) => tx.people.all())

        expect(rows.map((row) => row.id)).toEqual(['A-1', 'B', 'a', 'b10', 'b9', 'é'])
        expect(await store.read((tx) => tx.people.count())).toBe(6)
      })

      it('adds many rows, or none when one key is taken (in the table or twice in the list)', async () => {
        await store.write((tx) => tx.people.add(person('p-2')))

        await expect(store.write((tx) => tx.people.addMany([person('p-1'), person('p-2')]))).rejects.toThrow()
        await expect(store.write((tx) => tx.people.addMany([person('p-3'), person('p-3')]))).rejects.toThrow()
        await store.write((tx) => tx.people.addMany([]))

        expect(await store.read((tx) => tx.people.all())).toEqual([person('p-2')])
      })

      it('puts many rows, the last one given for a key winning', async () => {
        await store.write((tx) => tx.people.add(person('p-1')))

        await store.write((tx) => tx.people.putMany([person('p-1', { version: 2 }), person('p-2'), person('p-2', { version: 3 })]))
        await store.write((tx) => tx.people.putMany([]))

        expect(await store.read((tx) => tx.people.all())).toEqual([person('p-1', { version: 2 }), person('p-2', { version: 3 })])
      })

      it('deletes one row, several, or none, and a key not taken is no error', async () => {
        await store.write((tx) => tx.people.addMany(['p-1', 'p-2', 'p-3', 'p-4'].map((key) => person(key))))

        await store.write((tx) => tx.people.delete('p-1'))
        await store.write((tx) => tx.people.delete(['p-2', 'p-4', 'p-9']))
        await store.write((tx) => tx.people.delete([]))
        await store.write((tx) => tx.people.delete('p-9'))

        expect(await store.read((tx) => tx.people.all())).toEqual([person('p-3')])
      })

      it('clears one table and leaves the others', async () => {
        await store.write(async (tx) => {
          await tx.people.addMany([person('p-1'), person('p-2')])
          await tx.meta.put({ key: 'seededAt', value: 'today' })
        })

        await store.write((tx) => tx.people.clear())

        expect(await store.read((tx) => tx.people.count())).toBe(0)
        expect(await store.read((tx) => tx.meta.count())).toBe(1)
      })
    })

    describe('looking rows up by an indexed field', () => {
      const meetings = [meeting('m-3', 'board-a', '2027-01-10'), meeting('m-1', 'board-b', '2027-01-10'), meeting('m-2', 'board-a', '2026-12-10'), meeting('m-4', 'board-c', '2026-11-01')]
      beforeEach(async () => {
        await store.write((tx) => tx.meetings.addMany(meetings))
      })

      it('finds the rows with one value, in key order', async () => {
        const rows = await store.read((tx) => tx.meetings.where('boardId', 'board-a'))
        expect(rows.map((row) => row.id)).toEqual(['m-2', 'm-3'])
        expect(await store.read((tx) => tx.meetings.where('boardId', 'board-z'))).toEqual([])
      })

      it('finds nothing, and fails not, for a key or value holding U+0000 (which no row can hold)', async () => {
        expect(await store.read((tx) => tx.meetings.get('m-1\0'))).toBeUndefined()
        expect(await store.read((tx) => tx.meetings.getMany(['m-1', '\0']))).toEqual([expect.objectContaining({ id: 'm-1' }), undefined])
        expect(await store.read((tx) => tx.meetings.where('boardId', 'board-a\0'))).toEqual([])
        expect((await store.read((tx) => tx.meetings.where('boardId', ['board-b', '\0']))).map((row) => row.id)).toEqual(['m-1'])
        await store.write((tx) => tx.meetings.delete(['\0', 'm-4']))
        expect(await store.read((tx) => tx.meetings.count())).toBe(3)
      })

      it('finds the rows with any of several values, by value and then by key', async () => {
        const rows = await store.read((tx) => tx.meetings.where('date', ['2027-01-10', '2026-11-01', '2025-01-01']))
        expect(rows.map((row) => row.id)).toEqual(['m-4', 'm-1', 'm-3'])
        expect(await store.read((tx) => tx.meetings.where('date', []))).toEqual([])
      })
    })

    describe('the demo data, every table', () => {
      let demo: Dataset
      beforeAll(() => {
        demo = buildDemoData(new Date('2026-12-03T12:00:00Z'))
      })
      beforeEach(async () => {
        await store.write(async (tx) => {
          for (const table of datasetTables) await addAll(tx, table, demo[table])
        })
      })

      it('answers each table as it was written, in key order', async () => {
        for (const table of datasetTables) await expectTableHolds(store, table, demo[table])
      })

      it('finds by every indexed field what a scan would find', async () => {
        for (const table of datasetTables) await expectIndexesFind(store, table, demo[table])
      })
    })

    describe('values', () => {
      it('keeps awkward JSON exactly: date-like strings, nulls, nesting, numbers, text', async () => {
        const awkward = {
          day: '2026-12-10',
          instant: '2026-12-10T09:30:00.000Z',
          nothing: null,
          empty: { list: [], object: {}, text: '' },
          nested: [[1, [2, { deep: [null, 'x', { deeper: true }] }]], { a: { b: { c: [] } } }],
          numbers: [0, -1.5, 0.1 + 0.2, 1e21, 2 ** 53 - 1, -0.000001],
          flags: [true, false],
          text: 'Café – “quoted” \'single\' \\ back\\slash\nnew line\ttab 😀 {"not": "json"}',
          'odd key.with "quotes"': 'yes',
          '': 'empty key',
          dropped: undefined,
        }
        const entries = [
          { key: 'object', value: awkward },
          { key: 'string', value: '2026-12-10' },
          { key: 'null', value: null },
          { key: 'list', value: [null, '2026-12-10', [], {}] },
          { key: 'number', value: 42 },
        ]
        await store.write((tx) => tx.meta.putMany(entries))

        const read = await store.read((tx) => tx.meta.getMany(entries.map((entry) => entry.key)))

        expect(read).toEqual(entries)
        const object = read[0]?.value as typeof awkward
        expect(typeof object.day).toBe('string')
        expect(object.nothing).toBeNull()
        expect(object.dropped).toBeUndefined()
      })
    })

    describe('transactions', () => {
      it('changes nothing when the work throws, after writing', async () => {
        await store.write((tx) => tx.people.add(person('p-1', { name: 'Before' })))
        const refusal = new Error('Refused by a rule')

        const attempt = store.write(async (tx) => {
          await tx.people.put(person('p-1', { name: 'During' }))
          await tx.people.add(person('p-2'))
          await tx.meta.put({ key: 'seededAt', value: 'now' })
          throw refusal
        })

        await expect(attempt).rejects.toBe(refusal)
        expect(await store.read((tx) => tx.people.all())).toEqual([person('p-1', { name: 'Before' })])
        expect(await store.read((tx) => tx.meta.count())).toBe(0)
      })

      it('changes nothing when a later statement fails', async () => {
        await store.write((tx) => tx.people.add(person('p-1')))

        const attempt = store.write(async (tx) => {
          await tx.meta.put({ key: 'seededAt', value: 'now' })
          await tx.people.add(person('p-1'))
        })

        await expect(attempt).rejects.toThrow()
        expect(await store.read((tx) => tx.meta.count())).toBe(0)
      })

      it("answers the work's result", async () => {
        expect(await store.write(async (tx) => (await tx.people.count()) + 1)).toBe(1)
        expect(await store.read(async () => 'read')).toBe('read')
      })

      it('lets a read see one consistent view while writes commit', async () => {
        // Each write adds a person and records how many there are: a read must never see the two disagree.
        const writes = (async () => {
          for (let index = 0; index < 10; index++) {
            await store.write(async (tx) => {
              await tx.people.add(person(`p-${index}`))
              await tx.meta.put({ key: 'people', value: await tx.people.count() })
            })
          }
        })()
        const reads = Array.from({ length: 10 }, () =>
          store.read(async (tx) => {
            const people = await tx.people.count()
            const recorded = await tx.meta.get('people')
            const again = await tx.people.all()
            return { people, recorded: recorded?.value ?? 0, again: again.length }
          }),
        )

        await writes
        for (const view of await Promise.all(reads)) {
          expect(view.recorded).toBe(view.people)
          expect(view.again).toBe(view.people)
        }
        expect(await store.read((tx) => tx.meta.get('people'))).toEqual({ key: 'people', value: 10 })
      })
    })
  })
}

function person(id: string, change: Partial<StoredPerson> = {}): StoredPerson {
  return { id, name: `Person ${id}`, jobTitle: 'Head of service', role: 'director', email: null, isAdmin: false, active: true, version: 1, ...change }
}

function meeting(id: string, boardId: string, date: string): StoredMeeting {
  return { id, boardId, date, status: 'scheduled', version: 1 }
}

function byKey<R extends Row<TableName>>(rows: readonly R[]): R[] {
  const key = (row: R) => ('id' in row ? row.id : row.key)
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

function addAll<T extends DatasetTable>(tx: Tx, table: T, rows: ReadonlyArray<Row<T>>): Promise<void> {
  return tx[table].addMany(rows)
}

async function expectTableHolds<T extends DatasetTable>(store: Store, table: T, rows: ReadonlyArray<Row<T>>): Promise<void> {
  expect(await store.read((tx) => tx[table].all()), table).toEqual(byKey(rows))
  expect(await store.read((tx) => tx[table].count()), table).toBe(rows.length)
}

/** For each indexed field of `table`, `where` one value and `where` two (given out of order) answer what filtering `rows` does. */
async function expectIndexesFind<T extends DatasetTable>(store: Store, table: T, rows: ReadonlyArray<Row<T>>): Promise<void> {
  const fields: ReadonlyArray<IndexOf<T>> = tableIndexes[table]
  for (const field of fields) {
    const valueOf = (row: Row<T>): unknown => (row as Record<string, unknown>)[field]
    const values = [...new Set(rows.map(valueOf).filter((value) => typeof value === 'string'))].sort()
    const first = values[0]
    if (first === undefined) continue
    const second = values[1] ?? first
    const having = (value: string) => byKey(rows.filter((row) => valueOf(row) === value))

    expect(await store.read((tx) => tx[table].where(field, first)), `${table}.${field}`).toEqual(having(first))
    const both = [...new Set([first, second])].flatMap(having)
    expect(await store.read((tx) => tx[table].where(field, [second, first])), `${table}.${field} in a list`).toEqual(both)
  }
}
