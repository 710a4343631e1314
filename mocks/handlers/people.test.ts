// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { stored } from '../testing/stored'
import { ADMIN, call, CHAIR, DIRECTOR, loadDemoData, MEMBER } from '../testing/api'

beforeEach(async () => {
  await loadDemoData()
})

const newOfficer = {
  name: 'Ayesha Khan',
  jobTitle: 'Head of Early Help',
  role: 'director',
  email: 'Ayesha.Khan@Northshire.gov.uk',
  memberships: [{ boardId: 'board-improvement', as: 'officer' }, { boardId: 'board-scrutiny', as: 'member' }],
}

describe('people', () => {
  it('an administrator adds a person, with their memberships written to the boards in the same change', async () => {
    const response = await call('POST', '/api/people', { as: ADMIN, body: newOfficer })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ name: 'Ayesha Khan', email: 'ayesha.khan@northshire.gov.uk', active: true, isAdmin: false })
    const id = response.json.id
    expect((await stored.boards.get('board-improvement'))!.officerIds).toContain(id)
    expect((await stored.boards.get('board-scrutiny'))!.memberIds).toContain(id)
  })

  it('only an administrator adds or changes people', async () => {
    for (const as of [CHAIR, DIRECTOR, MEMBER]) {
      expect((await call('POST', '/api/people', { as, body: newOfficer })).status).toBe(403)
      expect((await call('PATCH', `/api/people/${MEMBER}`, { as, ifMatch: 1, body: { jobTitle: 'Changed' } })).status).toBe(403)
    }
    expect(await stored.people.count()).toBe(13)
  })

  it('refuses an email another person has, and an officer who is not a director, beside the field', async () => {
    const taken = await call('POST', '/api/people', { as: ADMIN, body: { ...newOfficer, email: 'MARK.ELLISON@northshire.gov.uk' } })
    expect(taken.status).toBe(400)
    expect(taken.json.errors).toEqual([{ path: 'email', message: 'Mark Ellison already has this email address' }])
    const councillor = await call('POST', '/api/people', { as: ADMIN, body: { ...newOfficer, email: null, role: 'member' } })
    expect(councillor.json.errors).toEqual([{ path: 'memberships.0.as', message: 'Only a director or head of service can be a board’s officer' }])
    expect(await stored.people.count()).toBe(13)
  })

  it('edits a person with If-Match; people are never deleted', async () => {
    const changed = await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { jobTitle: 'Vice-chair, Scrutiny Board' } })
    expect(changed.status).toBe(200)
    expect(changed.json.version).toBe(2)
    expect((await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { jobTitle: 'Again' } })).status).toBe(412)
    expect((await call('DELETE', `/api/people/${MEMBER}`, { as: ADMIN })).status).toBe(405)
  })

  it('deactivates a member: they leave their boards, keep their name in the history, and may no longer act', async () => {
    const response = await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    expect(response.status).toBe(200)
    expect((await stored.boards.toArray()).some((board) => board.memberIds.includes(MEMBER))).toBe(false)
    expect((await stored.people.get(MEMBER))!.active).toBe(false)
    const acting = await call('POST', '/api/people', { as: MEMBER, body: newOfficer })
    expect(acting.status).toBe(403)
    expect(acting.json.detail).toMatch(/deactivated/)
  })

  it('a deactivated person is not newly chosen for a board or as a report’s author', async () => {
    await call('PATCH', `/api/people/${MEMBER}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    const board = (await stored.boards.get('board-cabinet'))!
    const response = await call('PATCH', '/api/boards/board-cabinet', { as: 'p-cabinet-chair', ifMatch: board.version, body: { memberIds: [...board.memberIds, MEMBER] } })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ path: `memberIds.${board.memberIds.length}`, message: 'Cllr David Ashworth has been deactivated: choose someone active' }])
  })

  it('will not deactivate someone the service still depends on, and says what to do first', async () => {
    const owner = await call('PATCH', `/api/people/${DIRECTOR}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    expect(owner.status).toBe(409)
    expect(owner.json.detail).toMatch(/^Mark Ellison cannot be deactivated yet: first give their \d+ open milestones to another officer, give their \d+ open reports? to another author\.$/)
    const chair = await call('PATCH', `/api/people/${CHAIR}`, { as: ADMIN, ifMatch: 1, body: { active: false } })
    expect(chair.json.detail).toMatch(/choose a new chair for Children’s Services Improvement Board/)
    const admin = await call('PATCH', `/api/people/${ADMIN}`, { as: ADMIN, ifMatch: 1, body: { isAdmin: false } })
    expect(admin.status).toBe(409)
    expect(admin.json.detail).toMatch(/only administrator/)
    expect(await stored.people.filter((person) => !person.active).count()).toBe(0)
  })

  it('will not change a role the records hold a person to', async () => {
    const response = await call('PATCH', `/api/people/${DIRECTOR}`, { as: ADMIN, ifMatch: 1, body: { role: 'member' } })
    expect(response.status).toBe(409)
    expect(response.json.detail).toMatch(/^Mark Ellison owns \d+ milestones, writes \d+ reports, is an officer of/)
    expect((await stored.people.get(DIRECTOR))!.role).toBe('director')
  })
})
