// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Role } from '@/contract/people'
import { boardWithMemberships, deactivationBlocker, membershipProblems, ownerChoices, roleChangeBlocker, roleWithBoards, type PersonTies } from './people-rules'

const aPerson = (overrides: { id: string; role?: Role; active?: boolean }) => ({ role: 'director' as Role, active: true, ...overrides })
const none: PersonTies = { chairs: [], officerOf: [], openMilestones: 0, ownedMilestones: 0, openReports: 0, authoredReports: 0, lastActiveAdmin: false }

describe('people rules', () => {
  it('offers the board’s active officers as owners, every active director when it names none, and keeps the current owner', () => {
    const officer = aPerson({ id: 'officer' })
    const director = aPerson({ id: 'director' })
    const gone = aPerson({ id: 'gone', active: false })
    const councillor = aPerson({ id: 'cllr', role: 'member' })
    const people = [officer, director, gone, councillor]
    expect(ownerChoices(people, { officerIds: ['officer', 'gone', 'cllr'] }).map((p) => p.id)).toEqual(['officer'])
    expect(ownerChoices(people, { officerIds: [] }).map((p) => p.id)).toEqual(['officer', 'director'])
    expect(ownerChoices(people, { officerIds: ['officer'] }, 'gone').map((p) => p.id)).toEqual(['officer', 'gone'])
  })

  it('says what to hand over before someone is deactivated, and nothing when they may be', () => {
    expect(deactivationBlocker('Sam', none)).toBeNull()
    expect(deactivationBlocker('Sam', { ...none, chairs: [{ name: 'The Board' }], openMilestones: 1, openReports: 2, lastActiveAdmin: true })).toBe(
      'Sam cannot be deactivated yet: first choose a new chair for The Board, give their 1 open milestone to another officer, give their 2 open reports to another author, make someone else an administrator.',
    )
  })

  it('refuses a role the records would no longer allow', () => {
    expect(roleChangeBlocker('Sam', 'member', { ...none, ownedMilestones: 2 })).toMatch(/^Sam owns 2 milestones/)
    expect(roleChangeBlocker('Sam', 'chair', { ...none, chairs: [{ name: 'B' }] })).toBeNull()
    expect(roleChangeBlocker('Sam', 'director', { ...none, chairs: [{ name: 'B' }] })).toMatch(/chairs B/)
  })

  it('lets only directors be officers, and gives each person one seat per board', () => {
    expect(membershipProblems('member', [{ boardId: 'b', as: 'officer' }])).toHaveLength(1)
    expect(membershipProblems('director', [{ boardId: 'b', as: 'officer' }])).toEqual([])
    const board = { id: 'b', memberIds: ['x'], officerIds: [] as string[] }
    expect(boardWithMemberships(board, 'x', [{ boardId: 'b', as: 'officer' }])).toMatchObject({ memberIds: [], officerIds: ['x'] })
    expect(boardWithMemberships(board, 'x', [])).toMatchObject({ memberIds: [], officerIds: [] })
  })
})

describe('a person’s role in words', () => {
  const boards = [
    { name: 'Cabinet Committee on Performance Improvement', chairId: 'p-cabinet-chair' },
    { name: 'Corporate Parenting Panel', chairId: 'p-cabinet-chair' },
    { name: 'The Northshire Safeguarding Partnership', chairId: 'p-partnership' },
    { name: 'Children’s Services Improvement Board', chairId: 'p-improvement-chair' },
  ]
  it.each([
    ['a chair, naming the board they chair', { id: 'p-improvement-chair', role: 'chair' as const }, 'chair of the Children’s Services Improvement Board'],
    ['a chair of two boards, naming both', { id: 'p-cabinet-chair', role: 'chair' as const }, 'chair of the Cabinet Committee on Performance Improvement and the Corporate Parenting Panel'],
    ['a board whose name begins with “The”', { id: 'p-partnership', role: 'chair' as const }, 'chair of The Northshire Safeguarding Partnership'],
    ['someone with the chair role who chairs no board, not said to chair one', { id: 'p-lead-member', role: 'chair' as const }, 'may chair a board; chairs none at present'],
    ['a director who administers the service', { id: 'p-admin', role: 'director' as const, isAdmin: true }, 'director or head of service, administrator'],
    ['an elected member', { id: 'p-member', role: 'member' as const }, 'elected member, read only'],
  ])('%s', (_case, person, words) => {
    expect(roleWithBoards(person, boards)).toBe(words)
  })

  it('never calls anyone a bare “board chair”', () => {
    for (const role of ['chair', 'director', 'member'] as const) {
      expect(roleWithBoards({ id: 'x', role }, boards)).not.toMatch(/board chair/i)
    }
  })
})
