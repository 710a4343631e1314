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
      latestUpdate: { at: '2026-11-01T10:00:00.000Z', commentary: '=Two posts vacant', recoveryAction: 'Agency cover, then recruit' },
    })
    const csv = milestonesCsv({ milestones: [milestone], plans: [plan], people: [owner] })
    const [, row] = csv.split('\r\n')
    expect(row).toBe(`Plan,Theme,"'=cmd|""/C calc""!A0",Owner,2027-06-01,2026-12-01,0,No,,Off track,,,No,Yes,,No,,,2026-11-01,'=Two posts vacant,"Agency cover, then recruit",Police; Health,"One, two"`)
  })

  it('has both dates, the days slipped, the sign-off and why a milestone was closed', () => {
    const plan = aPlan({ title: 'Plan', themes: [{ id: 't', title: 'Theme' }] })
    const slipped = aMilestone({ planId: plan.id, themeId: 't', title: 'Front door', dueDate: '2027-06-01', baselineDueDate: '2026-10-09', slipped: true, slippedDays: 235, rag: 'amber', proposedDueDate: '2027-07-01', closedOn: '2026-11-23', closedReason: '=Superseded' })
    const awaiting = aMilestone({ planId: plan.id, themeId: 't', title: 'Offer', rag: 'blue', signOff: 'awaiting', completedOn: '2026-11-14' })
    const signed = aMilestone({ planId: plan.id, themeId: 't', title: 'Strategy', rag: 'blue', signOff: 'signed-off', signedOffOn: '2026-11-20', completedOn: '2026-11-17' })
    const [header, ...rows] = milestonesCsv({ milestones: [slipped, awaiting, signed], plans: [plan], people: [] }).split('\r\n')
    const cells = (line: string | undefined) => Object.fromEntries(header!.split(',').map((name, index) => [name, line!.split(',')[index]]))
    expect(cells(rows[0])).toMatchObject({ 'Baseline date': '2026-10-09', 'Due date': '2027-06-01', 'Days slipped': '235', Slipped: 'Yes', 'New date proposed': '2027-07-01', 'Closed on': '2026-11-23', 'Why closed': "'=Superseded" })
    expect(rows[1]).toContain(',"Complete, awaiting sign-off",Awaiting sign-off,,')
    expect(cells(rows[2])).toMatchObject({ Status: 'Complete', 'Sign-off': 'Signed off', 'Signed off on': '2026-11-20' })
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
