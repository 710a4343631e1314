import { describe, expect, it } from 'vitest'
import type { Milestone } from '@/contract/milestones'
import { meetingsCalendar, milestonesCsv } from './exports'

describe('milestones CSV', () => {
  it('neutralises formulas and quotes commas', () => {
    const milestone = {
      id: 'm1',
      planId: 'p',
      themeId: 't',
      title: '=cmd|"/C calc"!A0',
      ownerId: 'o',
      dueDate: '2026-12-01',
      rag: 'red',
      recommendationIds: [],
      partners: ['Police', 'Health'],
      createdAt: '2026-01-01T10:00:00.000Z',
      lastUpdatedAt: '2026-11-01T10:00:00.000Z',
      completedOn: null,
      version: 1,
      overdue: false,
      stale: true,
      completedLate: false,
      description: 'One, two',
    } satisfies Milestone
    const csv = milestonesCsv({ milestones: [milestone], plans: [{ id: 'p', boardId: 'b', inspectionId: null, title: 'Plan', themes: [{ id: 't', title: 'Theme' }], version: 1 }], people: [{ id: 'o', name: 'Owner', jobTitle: 'x', role: 'director', version: 1 }] })
    const [, row] = csv.split('\r\n')
    expect(row).toBe(`Plan,Theme,"'=cmd|""/C calc""!A0",Owner,2026-12-01,Off track,No,Yes,,No,2026-11-01,Police; Health,"One, two"`)
  })
})

describe('meetings calendar', () => {
  it('has the meeting and its papers deadline, with the reports due', () => {
    const ics = meetingsCalendar(
      {
        meetings: [{ id: 'm1', boardId: 'b', date: '2026-12-10', status: 'scheduled', papersDeadline: '2026-12-02', version: 1 }],
        reports: [],
        boards: [{ id: 'b', name: 'Improvement Board', kind: 'improvement-board', chairId: 'c', memberIds: [], papersLeadDays: 5, staleAfterDays: 30, version: 1 }],
      },
      new Date('2026-11-23T10:00:00Z'),
    )
    expect(ics).toContain('SUMMARY:Improvement Board meeting')
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210')
    expect(ics).toContain('SUMMARY:Papers deadline: Improvement Board\\, 10 December 2026')
    expect(ics).toContain('DTSTART;VALUE=DATE:20261202')
  })
})
