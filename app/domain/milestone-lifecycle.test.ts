// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Role } from '@/contract/people'
import { dateChangeRoute, milestoneDeletion, ragBeforeComplete, signOffAfterStatus } from './milestone-lifecycle'
import { countedStatus, countsAsComplete, isAwaitingSignOff, milestoneStatusLabel } from './milestone-status'
import { mayChangeDueDate, mayCloseMilestone, mayDecideDateChange, maySignOffMilestone } from './permissions'

const person = (id: string, role: Role) => ({ id, name: id, role })
const chair = person('chair', 'chair')
const otherChair = person('other-chair', 'chair')
const director = person('director', 'director')
const otherDirector = person('other-director', 'director')
const member = person('member', 'member')
const board = { name: 'Improvement Board', chairId: chair.id }

describe('dateChangeRoute', () => {
  it.each([
    ['draft', true, 'direct'],
    ['draft', false, 'direct'],
    ['agreed', true, 'agreed'],
    ['agreed', false, 'proposed'],
  ] as const)('a plan %s, by the chair: %s → %s', (status, byChair, route) => {
    expect(dateChangeRoute(status, byChair)).toBe(route)
  })
})

describe('signOffAfterStatus', () => {
  const open = { rag: 'amber' as const, signOff: null, signedOffById: null, signedOffOn: null }
  const owner = { id: director.id, isBoardChair: false }
  const theChair = { id: chair.id, isBoardChair: true }

  it('an owner’s Complete awaits the chair; the chair’s own is signed off at once', () => {
    expect(signOffAfterStatus(open, 'blue', owner, '2026-11-23')).toEqual({ signOff: 'awaiting', signedOffById: null, signedOffOn: null })
    expect(signOffAfterStatus(open, 'blue', theChair, '2026-11-23')).toEqual({ signOff: 'signed-off', signedOffById: chair.id, signedOffOn: '2026-11-23' })
  })

  it('keeps a sign-off through a further Complete; any other status clears it', () => {
    const signed = { rag: 'blue' as const, signOff: 'signed-off' as const, signedOffById: chair.id, signedOffOn: '2026-10-01' }
    expect(signOffAfterStatus(signed, 'blue', owner, '2026-11-23')).toEqual({ signOff: 'signed-off', signedOffById: chair.id, signedOffOn: '2026-10-01' })
    expect(signOffAfterStatus(signed, 'green', theChair, '2026-11-23')).toEqual({ signOff: null, signedOffById: null, signedOffOn: null })
  })

  it('an owner’s further Complete keeps it awaiting; the chair’s Complete signs it off', () => {
    const awaiting = { rag: 'blue' as const, signOff: 'awaiting' as const, signedOffById: null, signedOffOn: null }
    expect(signOffAfterStatus(awaiting, 'blue', owner, '2026-11-23').signOff).toBe('awaiting')
    expect(signOffAfterStatus(awaiting, 'blue', theChair, '2026-11-23').signOff).toBe('signed-off')
  })
})

describe('ragBeforeComplete', () => {
  const entry = (at: string, kind: 'status' | 'edit' | 'created', fromRag: 'green' | 'amber' | 'red' | 'blue' | 'not-started' | null, rag: 'green' | 'amber' | 'red' | 'blue' | 'not-started') => ({ at, kind, fromRag, rag })

  it('is the status before the update that last made it Complete, whatever order the history comes in', () => {
    const history = [
      entry('2026-11-20T10:00:00.000Z', 'status', 'blue', 'blue'),
      entry('2026-09-01T10:00:00.000Z', 'created', null, 'not-started'),
      entry('2026-11-01T10:00:00.000Z', 'status', 'red', 'blue'),
      entry('2026-10-01T10:00:00.000Z', 'status', 'green', 'red'),
      // An earlier completion, since reopened.
      entry('2026-09-15T10:00:00.000Z', 'status', 'green', 'blue'),
      entry('2026-09-20T10:00:00.000Z', 'status', 'blue', 'green'),
    ]
    expect(ragBeforeComplete(history)).toBe('red')
  })

  it('is Not started when the history does not say', () => {
    expect(ragBeforeComplete([])).toBe('not-started')
  })
})

describe('milestoneDeletion', () => {
  it('allows deleting while the plan is a draft, or with no history beyond creation; otherwise closing', () => {
    expect(milestoneDeletion('draft', [{ kind: 'created' }, { kind: 'status' }]).allowed).toBe(true)
    expect(milestoneDeletion('agreed', [{ kind: 'created' }]).allowed).toBe(true)
    expect(milestoneDeletion('agreed', [{ kind: 'created' }, { kind: 'edit' }])).toEqual({ allowed: false, reason: expect.stringContaining('Close it instead') })
  })
})

describe('counting complete only once signed off', () => {
  it.each([
    [{ rag: 'blue', signOff: 'awaiting' }, false, true, 'awaiting-sign-off', 'Complete, awaiting sign-off'],
    [{ rag: 'blue', signOff: 'signed-off' }, true, false, 'blue', 'Complete'],
    [{ rag: 'green', signOff: null }, false, false, 'green', 'On track'],
  ] as const)('%o', (milestone, complete, awaiting, counted, label) => {
    expect(countsAsComplete(milestone)).toBe(complete)
    expect(isAwaitingSignOff(milestone)).toBe(awaiting)
    expect(countedStatus(milestone)).toBe(counted)
    expect(milestoneStatusLabel(milestone)).toBe(label)
  })
})

describe('permissions', () => {
  it('the board’s chair and the owning officer may change or propose a due date; nobody else', () => {
    const milestone = { ownerId: director.id }
    expect(mayChangeDueDate(chair, milestone, board).allowed).toBe(true)
    expect(mayChangeDueDate(director, milestone, board).allowed).toBe(true)
    expect(mayChangeDueDate(otherDirector, milestone, board)).toEqual({ allowed: false, reason: 'Directors may propose new dates for the milestones they own only.' })
    for (const actor of [otherChair, member, null]) expect(mayChangeDueDate(actor, milestone, board).allowed).toBe(false)
  })

  it('only the board’s chair decides dates, signs off, sends back and closes', () => {
    for (const rule of [mayDecideDateChange, maySignOffMilestone, mayCloseMilestone]) {
      expect(rule(chair, board).allowed).toBe(true)
      expect(rule(otherChair, board)).toEqual({ allowed: false, reason: expect.stringContaining('Only the chair of Improvement Board') })
      expect(rule(director, board).allowed).toBe(false)
      expect(rule(member, board).allowed).toBe(false)
    }
  })
})
