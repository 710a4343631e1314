// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { backupSchema } from '@/contract/backup'
import { db } from '../db/database'
import { readDataset } from '../db/seed'
import { ADMIN, call, CHAIR, loadDemoData, MEMBER, SCRUTINY_CHAIR } from '../testing/api'
import { checksumOf } from './admin'

beforeEach(async () => {
  await loadDemoData()
})

describe('export and import', () => {
  it('exports everything with a schema version and checksum; export → wipe → import gives back identical data', async () => {
    await call('POST', '/api/milestones/milestone-13/updates', {
      as: 'p-safeguarding',
      ifMatch: (await db.milestones.get('milestone-13'))!.version,
      body: { rag: 'amber', commentary: 'Improving.', recoveryAction: 'Weekly clinics.' },
    })
    const before = await readDataset()
    const exported = await call('GET', '/api/export')
    const backup = backupSchema.parse(exported.json)
    expect(backup.schemaVersion).toBe(2)

    await db.transaction('rw', db.dataTables, () => Promise.all(db.dataTables.map((table) => table.clear())))
    await db.people.add(before.people.find((person) => person.id === ADMIN)!)
    const imported = await call('POST', '/api/import', { as: ADMIN, body: backup })
    expect(imported.status).toBe(200)
    expect(imported.json.imported).toMatchObject({ milestones: 41, people: 13 })
    expect(await readDataset()).toEqual(before)
  })

  it('refuses a damaged file whole, leaving the current data untouched', async () => {
    const backup = (await call('GET', '/api/export')).json
    backup.data.milestones[0].title = 'Changed by hand'
    await db.milestones.update('milestone-01', { title: 'Current title' })
    const response = await call('POST', '/api/import', { as: ADMIN, body: backup })
    expect(response.status).toBe(400)
    expect(response.json.detail).toBe('The backup file is damaged.')
    expect((await db.milestones.get('milestone-01'))!.title).toBe('Current title')
  })

  it('refuses something that is not a backup, or from a newer app', async () => {
    expect((await call('POST', '/api/import', { as: ADMIN, rawBody: 'not json' })).json.detail).toMatch(/not valid JSON/)
    const notBackup = await call('POST', '/api/import', { as: ADMIN, body: { hello: 'world' } })
    expect(notBackup.status).toBe(400)
    const backup = (await call('GET', '/api/export')).json
    const newer = await call('POST', '/api/import', { as: ADMIN, body: { ...backup, schemaVersion: 99 } })
    expect(newer.json.errors[0].message).toBe('This backup was made by a newer version of the app')
  })

  it('lets only an administrator restore or reset: not a member, nor any board’s chair', async () => {
    const backup = (await call('GET', '/api/export')).json
    for (const person of [MEMBER, CHAIR, SCRUTINY_CHAIR]) {
      expect((await call('POST', '/api/import', { as: person, body: backup })).status).toBe(403)
      expect((await call('POST', '/api/reset', { as: person })).status).toBe(403)
    }
  })

  it('restores a version 1 backup, whose chairs become its administrators', async () => {
    const backup = (await call('GET', '/api/export')).json
    const people = backup.data.people.filter((person: { id: string }) => person.id !== ADMIN).map(({ isAdmin: _dropped, ...person }: { isAdmin: boolean }) => person)
    const v1 = { ...backup, schemaVersion: 1, data: { ...backup.data, people } }
    v1.checksum = await checksumOf(v1.data)
    expect((await call('POST', '/api/import', { as: ADMIN, body: v1 })).status).toBe(200)
    const admins = (await db.people.toArray()).filter((person) => person.isAdmin).map((person) => person.id)
    expect(admins.sort()).toEqual(['p-cabinet-chair', 'p-improvement-chair', 'p-scrutiny-chair'])
  })

  it('refuses a backup that names no administrator', async () => {
    const backup = (await call('GET', '/api/export')).json
    backup.data.people = backup.data.people.map((person: object) => ({ ...person, isAdmin: false }))
    backup.checksum = await checksumOf(backup.data)
    const response = await call('POST', '/api/import', { as: ADMIN, body: backup })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toMatch(/no administrator/)
  })

  it('resets to the demo data', async () => {
    await db.boards.delete('board-cabinet')
    expect((await call('POST', '/api/reset', { as: ADMIN })).status).toBe(204)
    expect(await db.boards.count()).toBe(3)
  })
})
