import { describe, expect, it } from 'vitest'
import { businessOf, cancelledMessage, mayCancelOrMove, meetingsToMoveBusinessTo, movedMessage } from './cancel-or-move'
import { aMeeting } from '@/testing/builders'

const TODAY = '2026-11-23'

describe('cancelling or moving a meeting', () => {
  it('is for a meeting still to come, today included', () => {
    expect(mayCancelOrMove({ status: 'scheduled', date: TODAY }, TODAY)).toEqual({ allowed: true })
    expect(mayCancelOrMove({ status: 'scheduled', date: '2026-11-20' }, TODAY)).toMatchObject({ allowed: false, reason: 'This meeting has been held: it can no longer be cancelled or moved.' })
    expect(mayCancelOrMove({ status: 'held', date: '2026-12-03' }, TODAY)).toMatchObject({ allowed: false })
    expect(mayCancelOrMove({ status: 'cancelled', date: '2026-12-03' }, TODAY)).toMatchObject({ allowed: false, reason: 'This meeting is cancelled already.' })
  })

  it('offers its business the board’s other scheduled meetings to come, earliest first', () => {
    const meeting = aMeeting({ id: 'this', boardId: 'b', date: '2026-12-03' })
    const board = [
      aMeeting({ id: 'later', boardId: 'b', date: '2027-01-28' }),
      meeting,
      aMeeting({ id: 'next', boardId: 'b', date: '2026-12-31' }),
      aMeeting({ id: 'past', boardId: 'b', date: '2026-11-05' }),
      aMeeting({ id: 'off', boardId: 'b', date: '2026-12-17', status: 'cancelled' }),
      aMeeting({ id: 'elsewhere', boardId: 'other', date: '2026-12-10' }),
    ]
    expect(meetingsToMoveBusinessTo(meeting, board, TODAY).map((each) => each.id)).toEqual(['next', 'later'])
  })

  it('moves its open reports due and the open actions due by it, as the API does', () => {
    const reports = [
      { id: 'r1', dueMeetingId: 'this', status: 'requested' as const },
      { id: 'r2', dueMeetingId: 'this', status: 'considered' as const },
      { id: 'r3', dueMeetingId: 'other', status: 'requested' as const },
    ]
    const actions = [
      { id: 'a1', status: 'open' as const, due: { kind: 'meeting' as const, meetingId: 'this' } },
      { id: 'a2', status: 'done' as const, due: { kind: 'meeting' as const, meetingId: 'this' } },
      { id: 'a3', status: 'open' as const, due: { kind: 'date' as const, date: '2026-12-03' } },
    ]
    const business = businessOf('this', reports, actions)
    expect(business.reports.map((report) => report.id)).toEqual(['r1'])
    expect(business.actions.map((action) => action.id)).toEqual(['a1'])
  })

  it('says what happened, once it is saved', () => {
    const meeting = { date: '2026-12-03' }
    const two = { reports: [1, 2], actions: [1] }
    expect(cancelledMessage(meeting, two, { date: '2026-12-31' })).toBe('The meeting on 3 December 2026 is cancelled. Its 2 reports and 1 action are moved to the meeting on 31 December 2026.')
    expect(cancelledMessage(meeting, { reports: [1], actions: [] }, undefined)).toBe('The meeting on 3 December 2026 is cancelled. Its 1 report is left with it.')
    expect(cancelledMessage(meeting, { reports: [], actions: [] }, undefined)).toBe('The meeting on 3 December 2026 is cancelled.')
    expect(movedMessage({ date: '2026-12-10', papersDeadline: '2026-12-02' })).toBe(
      'The meeting is moved to Thursday 10 December 2026. Its reports and actions stay with it; papers are now due by 2 December 2026.',
    )
  })
})
