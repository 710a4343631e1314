import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { tableIndexes, type TableName } from '~mocks/db/store'
import { freshSchema, memoryPglite, testDatabaseUrl } from '~server/testing/databases'
import type { Driver } from './driver'
import { migrate, migrations, parseMigrations } from './migrate'
import { sqlTableName } from './postgres-store'

/** Every shipped migration's version, 1, 2, 3…: the tests below hold for however many there are. */
const shipped = migrations.map((migration) => migration.version)
const newest = shipped.length

describe('the migrations', () => {
  it('are read from migrations/ in order, starting with the tables', () => {
    expect(shipped).toEqual(shipped.map((_version, index) => index + 1))
    expect(migrations[0]).toMatchObject({ version: 1, name: 'tables' })
    expect(migrations[0]?.sql).toContain('create table milestones')
    expect(migrations.find((migration) => migration.name === 'person_changes')?.sql).toContain('create table person_changes')
  })

  it('must be numbered from 1 with no gap or repeat, and named NNNN_name.sql', () => {
    expect(parseMigrations({ './migrations/0002_b.sql': 'b', './migrations/0001_a.sql': 'a' }).map((each) => each.name)).toEqual(['a', 'b'])
    expect(() => parseMigrations({ './migrations/0001_a.sql': '', './migrations/0003_c.sql': '' })).toThrow('Migration 2 is missing')
    expect(() => parseMigrations({ './migrations/0001_a.sql': '', './x/0001_b.sql': '' })).toThrow('Migration 2 is missing or named twice')
    expect(() => parseMigrations({ './migrations/1_a.sql': '' })).toThrow('is not named NNNN_name.sql')
  })
})

describe('migrating a PGlite database', () => {
  let driver: Driver
  beforeAll(async () => {
    driver = await memoryPglite()
  })
  afterAll(() => driver.close())
  beforeEach(async () => {
    await driver.query('drop schema public cascade')
    await driver.query('create schema public')
  })

  const recorded = () => driver.query<{ version: number; name: string; applied_at: unknown }>('select version, name, applied_at from schema_migrations order by version')

  it('applies every migration once and records it', async () => {
    expect(await migrate(driver)).toEqual(shipped)

    expect(await recorded()).toEqual(migrations.map(({ version, name }) => ({ version, name, applied_at: expect.any(Date) })))
  })

  it('does nothing the second time', async () => {
    await migrate(driver)
    const before = await recorded()

    expect(await migrate(driver)).toEqual([])
    expect(await recorded()).toEqual(before)
  })

  it('makes a table for every store table and an index for every field in tableIndexes', async () => {
    await migrate(driver)

    const tables = await driver.query<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public'`)
    const indexes = await driver.query<{ indexdef: string }>(`select indexdef from pg_indexes where schemaname = 'public'`)
    const storeTables = Object.keys(tableIndexes) as TableName[]
    expect(tables.map((row) => row.tablename).sort()).toEqual([...storeTables.map(sqlTableName), 'schema_migrations', 'sessions', 'sign_ins'].sort())
    for (const table of storeTables) {
      for (const field of tableIndexes[table]) {
        expect(indexes.map((row) => row.indexdef)).toContainEqual(expect.stringContaining(`ON public.${sqlTableName(table)} USING btree (((data ->> '${field}'::text)))`))
      }
    }
  })

  it('applies only the migrations a database lacks, in order', async () => {
    await migrate(driver)
    const later = [
      ...migrations,
      { version: newest + 1, name: 'notes', sql: 'create table notes (id text primary key)' },
      { version: newest + 2, name: 'more_notes', sql: 'alter table notes add column body text' },
    ]

    expect(await migrate(driver, later)).toEqual([newest + 1, newest + 2])
    expect((await recorded()).map((row) => row.version)).toEqual([...shipped, newest + 1, newest + 2])
    expect(await driver.query(`select column_name from information_schema.columns where table_name = 'notes' order by column_name`)).toEqual([{ column_name: 'body' }, { column_name: 'id' }])
  })

  it('records nothing of a migration that fails, and keeps those before it', async () => {
    const broken = [...migrations, { version: newest + 1, name: 'broken', sql: 'create table half (id text); select no_such_function()' }]

    await expect(migrate(driver, broken)).rejects.toThrow('no_such_function')
    expect((await recorded()).map((row) => row.version)).toEqual(shipped)
    expect(await driver.query(`select 1 from pg_tables where tablename = 'half'`)).toEqual([])
  })

  it('refuses a database migrated by a newer release', async () => {
    await migrate(driver)
    await driver.query(`insert into schema_migrations (version, name, applied_at) values ($1::int, 'from_the_future', now())`, [newest + 1])

    await expect(migrate(driver)).rejects.toThrow(`The database has schema version ${newest + 1}, newer than this server knows (${newest})`)
  })
})

describe.runIf(testDatabaseUrl)('migrating a PostgreSQL server (TEST_DATABASE_URL)', () => {
  it('applies each migration once when two server processes start at once', async () => {
    const schema = await freshSchema(testDatabaseUrl ?? '')
    try {
      const [first, second] = await Promise.all([migrate(schema.connect()), migrate(schema.connect())])

      expect([...first, ...second]).toEqual(shipped)
      const rows = await schema.connect().query<{ version: number }>('select version from schema_migrations order by version')
      expect(rows).toEqual(shipped.map((version) => ({ version })))
    } finally {
      await schema.drop()
    }
  })
})
