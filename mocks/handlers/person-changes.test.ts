// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { personChangeSchema } from '@/contract/person-changes'
import { datasetTables } from '@/contract/stored'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR } from '../testing/api'

beforeEach(async () => {
  await loadDemoData()
})

/** A person's recorded changes as the API answers them, newest first. */
async function changesOf(personId: string) {
  const response = await call('GET', `/api/people/${personId}/changes`)
  expect(response.status).toBe(200)
  return personChangeSchema.array().parse(response.json)
}

describe('changes to people’s roles and boards', () => {
  it('records a person added with their role and seats, by whoever added them', async () => {
    const response = await call('POST', '/api/people', {
      as: ADMIN,
      body: { name: 'Ayesha Khan', jobTitle: 'Head of Early Help', role: 'director', isAdmin: true, memberships: [{ boardId: 'board-improvement', as: 'officer' }] },
    })
    const [entry, ...older] = await changesOf(response.json.id)
    expect(older).toEqual([])
    expect(entry).toMatchObject({
      personId: response.json.id,
      byId: ADMIN,
      changes: [
        { field: 'role', from: null, to: 'director' },
        { field: 'isAdmin', from: null, to: true },
        { field: 'board', boardId: 'board-improvement', from: null, to: 'officer' },
      ],
    })
    expect(Date.now() - Date.parse(entry!.at)).toBeLessThan(60_000)
  })

  it('records a change of role, administrator flag and seats in one entry; a change of name alone records nothing', async () => {
    await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { jobTitle: 'Vice-chair' } })
    expect(await changesOf(MEMBER)).toHaveLength(0)
    const response = await call('PATCH', `/api/people/${MEMBER}`, {
      as: ADMIN,
      ifMatch: 2,
      body: { role: 'director', isAdmin: true, memberships: [{ boardId: 'board-scrutiny', as: 'officer' }] },
    })
    expect(response.status).toBe(200)
    const [entry] = await changesOf(MEMBER)
    expect(entry?.byId).toBe(ADMIN)
    expect(entry?.changes).toEqual([
      { field: 'role', from: 'member', to: 'director' },
      { field: 'isAdmin', from: false, to: true },
      { field: 'board', boardId: 'board-cabinet', from: 'member', to: null },
      { field: 'board', boardId: 'board-scrutiny', from: 'member', to: 'officer' },
    ])
  })

  it('records a deactivation with the seats it took away', async () => {
    await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    expect((await changesOf(MEMBER))[0]?.changes).toEqual([
      { field: 'active', from: true, to: false },
      { field: 'board', boardId: 'board-cabinet', from: 'member', to: null },
      { field: 'board', boardId: 'board-scrutiny', from: 'member', to: null },
    ])
  })

  it('records a new chair and changed members when a chair changes their board, for each person concerned', async () => {
    const board = (await stored.boards.get('board-scrutiny'))!
    const response = await call('PATCH', '/api/boards/board-scrutiny', {
      as: SCRUTINY_CHAIR,
      ifMatch: board.version,
      body: { chairId: CHAIR, memberIds: [...board.memberIds, SCRUTINY_CHAIR].filter((id) => id !== MEMBER) },
    })
    expect(response.status).toBe(200)
    expect((await changesOf(CHAIR))[0]).toMatchObject({ byId: SCRUTINY_CHAIR, changes: [{ field: 'board', boardId: 'board-scrutiny', from: null, to: 'chair' }] })
    expect((await changesOf(SCRUTINY_CHAIR))[0]?.changes).toEqual([{ field: 'board', boardId: 'board-scrutiny', from: 'chair', to: 'member' }])
    expect((await changesOf(MEMBER))[0]?.changes).toEqual([{ field: 'board', boardId: 'board-scrutiny', from: 'member', to: null }])
  })

  it('records everyone seated on a new board', async () => {
    const response = await call('POST', '/api/boards', { as: CHAIR, body: { name: 'Corporate Parenting Panel', kind: 'panel', memberIds: [MEMBER], officerIds: [DIRECTOR] } })
    const boardId = response.json.id
    expect((await changesOf(CHAIR))[0]?.changes).toEqual([{ field: 'board', boardId, from: null, to: 'chair' }])
    expect((await changesOf(DIRECTOR))[0]?.changes).toEqual([{ field: 'board', boardId, from: null, to: 'officer' }])
    expect((await changesOf(MEMBER))[0]?.changes).toEqual([{ field: 'board', boardId, from: null, to: 'member' }])
  })

  it('records nothing when a change is refused', async () => {
    const before = await stored.personChanges.count()
    expect((await call('PATCH', `/api/people/${DIRECTOR}`, { as: ADMIN, ifMatch: 1, body: { active: false } })).status).toBe(409)
    expect((await call('PATCH', `/api/people/${MEMBER}`, { as: CHAIR, ifMatch: 1, body: { role: 'director' } })).status).toBe(403)
    expect(await stored.personChanges.count()).toBe(before)
  })

  it('answers newest first, open to everyone; 404 for an unknown person; the list cannot be written to', async () => {
    const lloyd = 'p-member-lloyd'
    expect((await changesOf(lloyd)).map((entry) => entry.id)).toEqual(['personchange-lloyd-scrutiny'])
    await call('PATCH', `/api/people/${lloyd}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    expect((await changesOf(lloyd)).map((entry) => [entry.byId, entry.changes[0]?.field])).toEqual([
      [ADMIN, 'active'],
      ['p-performance', 'board'],
    ])
    expect((await call('GET', '/api/people/nobody/changes')).status).toBe(404)
    expect((await call('POST', `/api/people/${MEMBER}/changes`, { as: ADMIN, body: {} })).status).toBe(405)
  })

  it('records the first chair of an empty council as added by nobody', async () => {
    for (const table of datasetTables) await stored[table].clear()
    const response = await call('POST', '/api/setup', { body: { start: 'empty', councilName: 'Westshire Council', chairName: 'Ann Lee', chairJobTitle: 'Chair' } })
    expect(response.status).toBe(201)
    expect((await changesOf(response.json.actAs.id))[0]).toMatchObject({ byId: null, changes: [{ field: 'role', from: null, to: 'chair' }, { field: 'isAdmin', from: null, to: true }] })
  })
})
