import { describe, expect, it } from 'vitest'
import { TrackerDatabase } from '../db/database'
import { browserHoldsNoData } from './page'

describe('browserHoldsNoData', () => {
  it('is sure only while the local API’s database does not exist at all', async () => {
    const name = `holds-no-data-${crypto.randomUUID()}`
    expect(await browserHoldsNoData(name)).toBe(true)
    const database = new TrackerDatabase(name)
    await database.open()
    database.close()
    // An empty database is no proof of a council, but no longer proof of none: the root loader decides.
    expect(await browserHoldsNoData(name)).toBe(false)
    await database.delete()
    expect(await browserHoldsNoData(name)).toBe(true)
  })
})
