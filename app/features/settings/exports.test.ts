import { describe, expect, it } from 'vitest'
import { aBoard, aMeeting, aMilestone, aPerson, aPlan } from '@/testing/builders'
import { meetingsCalendar, milestonesCsv } from './exports'

describe('milestones CSV', () => {
  it('neutralises formulas and quotes commas', () => {
    const plan = aPlan({ title: 'Plan', themes: [{ id: 't', title: 'Theme' }] })
    const owner = aPerson({ name: 'Owner' })
    const milestone = aMilestone({
      planId: plan.id,
      themeId: 't',
      ownerId: owner.id,
      title: '=cmd|"/C calc"!A0',
      description: 'One, two',
      dueDate: '2026-12-01',
      rag: 'red',
      partners: ['Police', 'Health'],
      lastUpdatedAt: '2026-11-01T10:00:00.000Z',
      completedOn: null,
      overdue: false,
      stale: true,
      completedLate: false,
    })
    const csv = milestonesCsv({ milestones: [milestone], plans: [plan], people: [owner] })
    const [, row] = csv.split('\r\n')
    expect(row).toBe(`Plan,Theme,"'=cmd|""/C calc""!A0",Owner,2026-12-01,Off track,No,Yes,,No,2026-11-01,Police; Health,"One, two"`)
  })
})

describe('meetings calendar', () => {
  it('has the meeting and its papers deadline, with the reports due', () => {
    const ics = meetingsCalendar(
      {
        meetings: [aMeeting({ boardId: 'b', date: '2026-12-10', papersDeadline: '2026-12-02' })],
        reports: [],
        boards: [aBoard({ id: 'b', name: 'Improvement Board' })],
      },
      new Date('2026-11-23T10:00:00Z'),
    )
    expect(ics).toContain('SUMMARY:Improvement Board meeting')
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210')
    expect(ics).toContain('SUMMARY:Papers deadline: Improvement Board\\, 10 December 2026')
    expect(ics).toContain('DTSTART;VALUE=DATE:20261202')
  })
})
