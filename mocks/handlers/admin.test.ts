// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, backupSchema, DATA_SCHEMA_VERSION } from '@/contract/backup'
import { datasetTables } from '@/contract/stored'
import { write } from '../db/store'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, loadDemoData, MEMBER, SCRUTINY_CHAIR, storedData } from '../testing/api'
import { checksumOf } from './admin'
import { AGREED_BEFORE_RECORDING } from '@/domain/data-upgrades'
import v1Data from '../db/fixtures/schema-v1-data.json'
import v2Backup from '../db/fixtures/schema-v2-backup.json'

beforeEach(async () => {
  await loadDemoData()
})

describe('export and import', () => {
  it('exports everything with a schema version and checksum; export → wipe → import gives back identical data', async () => {
    await call('POST', '/api/milestones/milestone-13/updates', {
      as: 'p-safeguarding',
      ifMatch: (await stored.milestones.get('milestone-13'))!.version,
      body: { rag: 'amber', commentary: 'Improving.', recoveryAction: 'Weekly clinics.' },
    })
    const before = await storedData()
    const exported = await call('GET', '/api/export')
    const backup = backupSchema.parse(exported.json)
    expect(backup.schemaVersion).toBe(DATA_SCHEMA_VERSION)

    await write(async (tx) => {
      for (const name of datasetTables) await tx[name].clear()
    })
    await stored.people.add(before.people.find((person) => person.id === ADMIN)!)
    const imported = await call('POST', '/api/import', { as: ADMIN, body: backup })
    expect(imported.status).toBe(200)
    expect(imported.json.imported).toMatchObject({ milestones: 41, people: 13 })
    expect(await storedData()).toEqual(before)
  })

  it('refuses a damaged file whole, leaving the current data untouched', async () => {
    const backup = (await call('GET', '/api/export')).json
    backup.data.milestones[0].title = 'Changed by hand'
    await stored.milestones.update('milestone-01', { title: 'Current title' })
    const response = await call('POST', '/api/import', { as: ADMIN, body: backup })
    expect(response.status).toBe(400)
    expect(response.json.detail).toBe('The backup file is damaged.')
    expect((await stored.milestones.get('milestone-01'))!.title).toBe('Current title')
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

  it('restores a version 1 backup (a fixture release 1 wrote), whose chairs become its administrators', async () => {
    const v1 = { format: BACKUP_FORMAT, schemaVersion: 1, exportedAt: '2026-11-23T09:00:00.000Z', checksum: await checksumOf(v1Data), data: v1Data }
    expect((await call('POST', '/api/import', { as: ADMIN, body: v1 })).status).toBe(200)
    const admins = (await stored.people.toArray()).filter((person) => person.isAdmin).map((person) => person.id)
    expect(admins.sort()).toEqual(['p-cabinet-chair', 'p-improvement-chair', 'p-scrutiny-chair'])
  })

  it('restores a version 2 backup (a fixture the previous release wrote): plans agreed, baselines from the history, date changes kept', async () => {
    const response = await call('POST', '/api/import', { as: ADMIN, body: v2Backup })
    expect(response.status).toBe(200)
    expect(response.json.imported).toMatchObject({ council: 1, people: 13, milestones: 41, dateChanges: 1, measures: 0, personChanges: 0 })
    expect((await stored.council.toArray()).map((council) => council.name)).toEqual(['Northshire County Council'])
    expect(await stored.people.filter((person) => !person.active || person.email !== null).count()).toBe(0)
    const plan = (await stored.plans.get('plan-northshire'))!
    expect(plan).toMatchObject({ status: 'agreed', agreedBy: AGREED_BEFORE_RECORDING })
    expect(plan.agreedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // The previous release let a director move milestone 13 from 3 December 2026 to 1 June 2027 by a status update.
    const milestone = (await call('GET', '/api/milestones/milestone-13')).json
    expect(milestone).toMatchObject({ dueDate: '2027-06-01', baselineDueDate: '2026-12-03', slipped: true, slippedDays: 180 })
    const [change] = await stored.dateChanges.toArray()
    expect(change).toMatchObject({ milestoneId: 'milestone-13', fromDate: '2026-12-03', toDate: '2027-06-01', status: 'agreed', reason: 'Still at risk' })
    const unmoved = (await stored.milestones.toArray()).filter((each) => each.id !== 'milestone-13')
    expect(unmoved.every((each) => each.baselineDueDate === each.dueDate)).toBe(true)
    const officers = (await stored.boards.get('board-improvement'))!.officerIds
    expect(officers).toEqual(expect.arrayContaining(['p-dcs', 'p-safeguarding']))
    expect((await stored.milestones.toArray()).filter((each) => each.rag === 'blue').every((each) => each.signOff === 'signed-off')).toBe(true)
  })

  it('restores a version 3 backup, written before changes to people were recorded, with none recorded', async () => {
    const { personChanges, ...data } = (await call('GET', '/api/export')).json.data
    expect(personChanges.length).toBeGreaterThan(0)
    const v3 = { format: BACKUP_FORMAT, schemaVersion: 3, exportedAt: '2026-11-23T09:00:00.000Z', checksum: await checksumOf(data), data }
    const response = await call('POST', '/api/import', { as: ADMIN, body: v3 })
    expect(response.status).toBe(200)
    expect(response.json.imported).toMatchObject({ people: 13, personChanges: 0 })
    expect(await stored.personChanges.count()).toBe(0)
  })

  it('refuses a recorded change to a person, or by a person, the backup does not hold', async () => {
    const backup = (await call('GET', '/api/export')).json
    backup.data.personChanges[0].byId = 'p-nobody'
    backup.data.personChanges[1].changes = [{ field: 'board', boardId: 'board-gone', from: null, to: 'member' }]
    backup.checksum = await checksumOf(backup.data)
    const response = await call('POST', '/api/import', { as: ADMIN, body: backup })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([
      { path: 'data.personChanges.0.byId', message: 'The person who made this change is not known' },
      { path: 'data.personChanges.1.changes.0.boardId', message: 'The board of this change is not known' },
    ])
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
    await stored.boards.delete('board-cabinet')
    expect((await call('POST', '/api/reset', { as: ADMIN })).status).toBe(204)
    expect(await stored.boards.count()).toBe(3)
  })
})
