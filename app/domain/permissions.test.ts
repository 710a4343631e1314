// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Role } from '@/contract/people'
import {
  mayCompleteAction,
  mayRecordActions,
  mayAddBoard,
  mayBringInMinutes,
  mayAddPeople,
  mayChangeInspection,
  mayAuthorReports,
  mayChangePlan,
  mayManageMilestones,
  mayMoveReport,
  mayOwnMilestones,
  mayResetData,
  mayRestoreBackup,
  mayUpdateMilestone,
  reportMovesFor,
} from './permissions'
import { mayManageMeasures, mayRecordActuals, mayViewAudit, mayViewBoardAudit } from './permissions'

const person = (id: string, role: Role) => ({ id, name: id, role })
const chair = person('chair', 'chair')
const otherChair = person('other-chair', 'chair')
const director = person('director', 'director')
const otherDirector = person('other-director', 'director')
const member = person('member', 'member')
const board = { name: 'Improvement Board', chairId: chair.id }

describe('milestones', () => {
  it('the board’s chair and the owning officer may update a status; nobody else', () => {
    const milestone = { ownerId: director.id }
    expect(mayUpdateMilestone(chair, milestone, board).allowed).toBe(true)
    expect(mayUpdateMilestone(director, milestone, board).allowed).toBe(true)
    expect(mayUpdateMilestone(otherDirector, milestone, board)).toEqual({
      allowed: false,
      reason: 'Directors may update the status of the milestones they own only.',
    })
    expect(mayUpdateMilestone(otherChair, milestone, board).allowed).toBe(false)
    expect(mayUpdateMilestone(member, milestone, board).allowed).toBe(false)
    expect(mayUpdateMilestone(null, milestone, board).allowed).toBe(false)
  })

  it('only officers own milestones, so every owner offered can update what they own', () => {
    const people = [chair, otherChair, director, member]
    const owners = people.filter(mayOwnMilestones)
    expect(owners).toEqual([director])
    for (const owner of owners) expect(mayUpdateMilestone(owner, { ownerId: owner.id }, board).allowed).toBe(true)
  })

  it('only the board’s chair manages milestones and changes the plan', () => {
    for (const rule of [mayManageMilestones, mayChangePlan]) {
      expect(rule(chair, board).allowed).toBe(true)
      expect(rule(otherChair, board)).toEqual({ allowed: false, reason: expect.stringContaining('Only the chair of Improvement Board') })
      expect(rule(director, board).allowed).toBe(false)
    }
  })
})

describe('reports', () => {
  const report = { status: 'requested' as const, authorId: director.id }

  it('the chair may make any legal move; the author only in preparation and submitted', () => {
    expect(reportMovesFor(chair, report, board)).toEqual(['in-preparation', 'submitted', 'deferred', 'withdrawn'])
    expect(reportMovesFor(director, report, board)).toEqual(['in-preparation', 'submitted'])
    expect(reportMovesFor(otherDirector, report, board)).toEqual([])
    expect(reportMovesFor(member, report, board)).toEqual([])
    expect(reportMovesFor(director, { ...report, status: 'considered' }, board)).toEqual([])
  })

  it('agrees with reportMovesFor for every status and move', () => {
    const statuses = ['requested', 'in-preparation', 'submitted', 'considered', 'deferred', 'withdrawn'] as const
    for (const actor of [chair, otherChair, director, otherDirector, member]) {
      for (const status of statuses) {
        const moves = reportMovesFor(actor, { status, authorId: director.id }, board)
        for (const to of moves) expect(mayMoveReport(actor, { status, authorId: director.id }, board, to).allowed).toBe(true)
      }
    }
    expect(mayMoveReport(director, report, board, 'withdrawn')).toEqual({
      allowed: false,
      reason: 'Authors may only mark their own reports as in preparation or submitted.',
    })
  })

  it('only officers author reports', () => {
    expect([chair, director, member].filter(mayAuthorReports)).toEqual([director])
  })

  it('only the board’s chair brings its minutes in, as only they ask for its reports', () => {
    expect([chair, otherChair, director, member].filter((actor) => mayBringInMinutes(actor, board).allowed)).toEqual([chair])
    expect(mayBringInMinutes(director, board)).toEqual({ allowed: false, reason: 'Only the chair of Improvement Board may bring its minutes in.' })
  })
})

describe('roles', () => {
  const admin = { ...person('admin', 'director'), isAdmin: true }

  it('chairs add boards; only an administrator restores, resets or adds people', () => {
    expect(mayAddBoard(chair).allowed).toBe(true)
    expect(mayAddBoard(director)).toEqual({ allowed: false, reason: 'director may not add boards.' })
    for (const rule of [mayRestoreBackup, mayResetData, mayAddPeople]) {
      expect(rule(admin).allowed).toBe(true)
      for (const someone of [chair, otherChair, director, member]) expect(rule(someone).allowed).toBe(false)
    }
    expect(mayRestoreBackup(chair)).toEqual({ allowed: false, reason: 'Only an administrator may restore a backup. chair is not one.' })
    expect(mayRestoreBackup(undefined)).toEqual({ allowed: false, reason: 'Choose who you are acting as before making changes.' })
  })

  it('an inspection a plan answers is changed only by that plan’s board chair (or an administrator)', () => {
    expect(mayChangeInspection(chair, [board]).allowed).toBe(true)
    expect(mayChangeInspection(otherChair, [board])).toEqual({ allowed: false, reason: 'Only the chair of Improvement Board may change this inspection.' })
    expect(mayChangeInspection(admin, [board]).allowed).toBe(true)
    expect(mayChangeInspection(otherChair, []).allowed).toBe(true)
    expect(mayChangeInspection(director, []).allowed).toBe(false)
  })
})

describe('performance measures', () => {
  it('only the board’s chair adds or changes measures', () => {
    expect(mayManageMeasures(chair, board).allowed).toBe(true)
    expect(mayManageMeasures(otherChair, board)).toEqual({ allowed: false, reason: 'Only the chair of Improvement Board may add or change its performance measures.' })
    expect(mayManageMeasures(director, board).allowed).toBe(false)
    expect(mayManageMeasures(member, board).allowed).toBe(false)
    expect(mayManageMeasures(null, board).allowed).toBe(false)
  })

  it('the board’s chair and the measure’s owner record actuals; nobody else', () => {
    const measure = { ownerId: director.id }
    expect(mayRecordActuals(chair, measure, board).allowed).toBe(true)
    expect(mayRecordActuals(director, measure, board).allowed).toBe(true)
    expect(mayRecordActuals(otherDirector, measure, board)).toEqual({
      allowed: false,
      reason: 'Only the measure’s owner or the chair of Improvement Board may record or correct its actuals.',
    })
    expect(mayRecordActuals(otherChair, measure, board).allowed).toBe(false)
    expect(mayRecordActuals(member, measure, board).allowed).toBe(false)
    expect(mayRecordActuals(null, measure, board).allowed).toBe(false)
  })

  it('a member named as owner (which the record rules refuse) still may not record', () => {
    expect(mayRecordActuals(member, { ownerId: member.id }, board).allowed).toBe(false)
  })
})

describe('who changed what (the audit)', () => {
  it('chairs and administrators may see it; directors, members and nobody may not, and are told why', () => {
    expect(mayViewAudit(chair).allowed).toBe(true)
    expect(mayViewAudit({ ...director, isAdmin: true }).allowed).toBe(true)
    expect(mayViewAudit(director)).toEqual({ allowed: false, reason: 'Only chairs and administrators may see who changed what. director is neither.' })
    expect(mayViewAudit(member).allowed).toBe(false)
    expect(mayViewAudit(null)).toEqual({ allowed: false, reason: 'Choose who you are acting as to see who changed what.' })
  })

  it('a board’s own changes: its chair or an administrator, not another board’s chair', () => {
    expect(mayViewBoardAudit(chair, board).allowed).toBe(true)
    expect(mayViewBoardAudit({ ...member, isAdmin: true }, board).allowed).toBe(true)
    expect(mayViewBoardAudit(otherChair, board)).toEqual({ allowed: false, reason: 'Only the chair of Improvement Board may see who changed its plans, milestones and reports.' })
  })
})

describe('actions from meetings', () => {
  const board = { name: 'Improvement Board', chairId: 'chair-1' }
  const chair = { id: 'chair-1', name: 'Chair', role: 'chair' as const }
  const owner = { id: 'officer-1', name: 'Officer', role: 'director' as const }
  const other = { id: 'officer-2', name: 'Other officer', role: 'director' as const }

  it('are recorded and changed by the board’s chair alone', () => {
    expect(mayRecordActions(chair, board).allowed).toBe(true)
    expect(mayRecordActions(owner, board)).toEqual({ allowed: false, reason: 'Only the chair of Improvement Board may record or change its actions.' })
  })

  it('are marked done by their owner or the chair, and nobody else', () => {
    expect(mayCompleteAction(owner, { ownerId: 'officer-1' }, board).allowed).toBe(true)
    expect(mayCompleteAction(chair, { ownerId: 'officer-1' }, board).allowed).toBe(true)
    expect(mayCompleteAction(other, { ownerId: 'officer-1' }, board).allowed).toBe(false)
    expect(mayCompleteAction(other, { ownerId: null }, board).allowed).toBe(false)
  })
})
