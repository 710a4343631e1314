import { describe, expect, it } from 'vitest'
import { aReport } from '@/testing/builders'
import { byUrgency } from './order'

const meetings = [
  { id: 'm-dec', date: '2026-12-03' },
  { id: 'm-jan', date: '2027-01-14' },
]

describe('byUrgency', () => {
  it('puts late reports first, then by when due (meeting date or month), those done with last', () => {
    const reports = [
      aReport({ id: 'a', title: 'A considered', dueMeetingId: 'm-dec', status: 'considered' }),
      aReport({ id: 'b', title: 'B in January', dueMeetingId: 'm-jan', status: 'requested' }),
      aReport({ id: 'c', title: 'C late', dueMeetingId: 'm-jan', status: 'in-preparation', overdue: true }),
      aReport({ id: 'd', title: 'D in December', dueMeetingId: 'm-dec', status: 'requested' }),
      aReport({ id: 'e', title: 'E next meeting', dueMeetingId: null, dueNextMeeting: true, status: 'requested' }),
      aReport({ id: 'f', title: 'F due in December', dueMeetingId: null, dueMonth: '2026-12', status: 'requested' }),
    ]
    expect(byUrgency(reports, meetings).map((report) => report.id)).toEqual(['c', 'f', 'd', 'b', 'e', 'a'])
  })

  it('orders reports due on one day by title', () => {
    const reports = [aReport({ id: 'x', title: 'Zebra', dueMeetingId: 'm-dec' }), aReport({ id: 'y', title: 'Apple', dueMeetingId: 'm-dec' })]
    expect(byUrgency(reports, meetings).map((report) => report.title)).toEqual(['Apple', 'Zebra'])
  })
})
