import { describe, expect, it } from 'vitest'
import { seriesInWords, seriesPreview, seriesScheduledMessage, whyMoved } from './series-preview'
import { aMeeting } from '@/testing/builders'

describe('the preview of a series', () => {
  it('shows each date the API would make, which moved off a bank holiday and why', () => {
    // Every 4 weeks on Monday from 3 May 2027: both May Mondays are bank holidays.
    const preview = seriesPreview({ boardId: 'b', firstDate: '2027-05-03', everyWeeks: 4, count: 3 }, [])
    expect(preview).toEqual([
      { date: '2027-05-04', moved: { from: '2027-05-03', because: 'a bank holiday (Early May bank holiday)' }, warnings: [] },
      { date: '2027-06-01', moved: { from: '2027-05-31', because: 'a bank holiday (Spring bank holiday)' }, warnings: [] },
      { date: '2027-06-28', moved: null, warnings: [] },
    ])
    expect(seriesInWords(preview)).toBe('3 meetings, from Tuesday 4 May 2027 to Monday 28 June 2027. 2 are moved to the next working day.')
  })

  it('warns of a date the board already meets on, and says none moved when none did', () => {
    const meetings = [aMeeting({ id: 'm', boardId: 'b', date: '2027-06-10' }), aMeeting({ id: 'n', boardId: 'b', date: '2027-07-08', status: 'cancelled' })]
    const preview = seriesPreview({ boardId: 'b', firstDate: '2027-06-10', everyWeeks: 4, count: 2 }, meetings)
    expect(preview.map((each) => each.warnings.map((warning) => warning.kind))).toEqual([['same-day'], []])
    expect(seriesInWords(preview)).toBe('2 meetings, from Thursday 10 June 2027 to Thursday 8 July 2027. None falls on a bank holiday.')
  })

  it('says why a date is moved: a bank holiday by name, or the day of the weekend', () => {
    expect(whyMoved('2026-12-25')).toBe('a bank holiday (Christmas Day)')
    expect(whyMoved('2026-12-26')).toBe('a Saturday')
  })
})

describe('the message once a series is saved', () => {
  it('names how many were scheduled and each that moved', () => {
    const meetings = [aMeeting({ id: 'a' }), aMeeting({ id: 'b' }), aMeeting({ id: 'c' })]
    expect(seriesScheduledMessage({ meetings, moved: [] })).toBe('3 meetings scheduled.')
    expect(seriesScheduledMessage({ meetings, moved: [{ meetingId: 'a', from: '2027-05-03', to: '2027-05-04' }] })).toBe(
      '3 meetings scheduled. 1 was moved to the next working day: 3 May 2027 to 4 May 2027.',
    )
    expect(
      seriesScheduledMessage({
        meetings,
        moved: [
          { meetingId: 'a', from: '2027-05-03', to: '2027-05-04' },
          { meetingId: 'b', from: '2027-05-31', to: '2027-06-01' },
        ],
      }),
    ).toBe('3 meetings scheduled. 2 were moved to the next working day: 3 May 2027 to 4 May 2027 and 31 May 2027 to 1 June 2027.')
  })
})
