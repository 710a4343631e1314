import { describe, expect, it } from 'vitest'
import type { Milestone } from '@/contract/milestones'
import { aMilestone } from '@/testing/builders'
import { byUrgency, countStatuses, filterMilestones, filtersFromSearch, milestoneOrderInWords, slippageInWords, urgency, urgencyReasons } from './rules'

/** On track, due 1 June 2027 (well after `today`), not overdue or stale, titled by its id. */
const milestone = (id: string, overrides: Partial<Milestone> = {}): Milestone =>
  aMilestone({ id, title: `Milestone ${id}`, themeId: 't1', dueDate: '2027-06-01', rag: 'green', ...overrides })

const today = '2026-11-23'

describe('urgency order of a director’s milestones', () => {
  it('puts overdue first, then off track, stale, due within 14 days, the rest, and complete last', () => {
    const list = [
      milestone('complete', { rag: 'blue' }),
      milestone('later'),
      milestone('soon', { dueDate: '2026-12-07' }),
      milestone('stale', { stale: true }),
      milestone('red', { rag: 'red' }),
      milestone('overdue', { overdue: true, dueDate: '2026-11-01' }),
    ]
    expect(byUrgency(list, today).map((item) => item.id)).toEqual(['overdue', 'red', 'stale', 'soon', 'later', 'complete'])
  })

  // Sorting alone cannot show the 14-day line: within a group the soonest due comes first anyway.
  it.each([
    ['2026-12-07', 'Due within 14 days'],
    ['2026-12-08', 'On course'],
  ])('a milestone due %s is "%s"', (dueDate, reason) => {
    expect(urgencyReasons[urgency(milestone('m', { dueDate }), today)]).toBe(reason)
  })
})

describe('plan filters from the URL', () => {
  it('reads every filter and ignores nonsense', () => {
    expect(filtersFromSearch(new URLSearchParams('status=red&owner=o1&theme=t1&overdue=true&stale=true&dueBefore=2027-01-01&q=%20care%20&sort=status'))).toEqual({
      status: 'red',
      owner: 'o1',
      theme: 't1',
      overdue: true,
      stale: true,
      dueBefore: '2027-01-01',
      q: 'care',
      sort: 'status',
    })
    expect(filtersFromSearch(new URLSearchParams('status=purple&sort=random&dueBefore=tomorrow'))).toMatchObject({ status: undefined, sort: 'urgent', dueBefore: undefined })
  })

  it('filters and sorts, off track first when sorting by status', () => {
    const list = [milestone('a', { rag: 'green' }), milestone('b', { rag: 'red', themeId: 't2' }), milestone('c', { rag: 'amber', title: 'Care leavers' })]
    expect(filterMilestones(list, { sort: 'status' }).map((item) => item.id)).toEqual(['b', 'c', 'a'])
    expect(filterMilestones(list, { sort: 'due', q: 'care' }).map((item) => item.id)).toEqual(['c'])
    expect(filterMilestones(list, { sort: 'due', theme: 't2' }).map((item) => item.id)).toEqual(['b'])
  })

  it('puts the most urgent first when no order is chosen, and says so', () => {
    const list = [
      milestone('later', { dueDate: '2027-01-10' }),
      milestone('closed', { rag: 'red', closedOn: '2026-10-01' }),
      milestone('red', { rag: 'red', dueDate: '2027-03-01' }),
      milestone('overdue', { overdue: true, dueDate: '2026-11-01' }),
      milestone('soon', { dueDate: '2026-12-01' }),
    ]
    const filters = filtersFromSearch(new URLSearchParams(''))
    expect(filterMilestones(list, filters, today).map((item) => item.id)).toEqual(['overdue', 'red', 'soon', 'later', 'closed'])
    expect(milestoneOrderInWords(filters.sort)).toBe(
      'Theme by theme, most urgent first: overdue, then off track, stale, due within 14 days, the rest, then complete; each by due date. Closed milestones come last.',
    )
    expect(milestoneOrderInWords('title')).toBe('By title, A to Z. Closed milestones come last.')
  })

  it('counts statuses, overdue and stale', () => {
    expect(countStatuses([milestone('a', { overdue: true }), milestone('b', { rag: 'red', stale: true })])).toMatchObject({ green: 1, red: 1, overdue: 1, stale: 1, total: 2 })
  })
})

describe('slippage, sign-off and closing on the plan', () => {
  it('says the baseline and the days slipped only when they tell something', () => {
    expect(slippageInWords(milestone('a', { dueDate: '2027-06-01', baselineDueDate: '2026-10-09', slipped: true, slippedDays: 235 }))).toBe('baseline 9 October 2026: 235 days slipped')
    expect(slippageInWords(milestone('b', { dueDate: '2026-10-09', baselineDueDate: '2026-10-09', slipped: true, slippedDays: 1 }))).toBe('baseline 9 October 2026: 1 day slipped')
    expect(slippageInWords(milestone('c', { dueDate: '2026-12-01', baselineDueDate: '2027-01-01' }))).toBe('baseline 1 January 2027')
    expect(slippageInWords(milestone('d', { dueDate: '2027-06-01', baselineDueDate: '2027-06-01' }))).toBeNull()
    expect(slippageInWords(milestone('e', { baselineDueDate: null }))).toBeNull()
  })

  it('filters slipped ones and completions awaiting sign-off, from the URL too', () => {
    const list = [milestone('slipped', { slipped: true, slippedDays: 3 }), milestone('awaiting', { rag: 'blue', signOff: 'awaiting' }), milestone('done', { rag: 'blue', signOff: 'signed-off' })]
    expect(filterMilestones(list, filtersFromSearch(new URLSearchParams('slipped=true'))).map((item) => item.id)).toEqual(['slipped'])
    expect(filterMilestones(list, filtersFromSearch(new URLSearchParams('awaitingSignOff=true'))).map((item) => item.id)).toEqual(['awaiting'])
    // "Complete" is what the chair signed off.
    expect(filterMilestones(list, { sort: 'due', status: 'blue' }).map((item) => item.id)).toEqual(['done'])
  })

  it('puts closed milestones after the open ones, whatever the order', () => {
    const list = [milestone('closed', { closedOn: '2026-11-01', rag: 'red', dueDate: '2026-01-01' }), milestone('open', { rag: 'green' })]
    expect(filterMilestones(list, { sort: 'status' }).map((item) => item.id)).toEqual(['open', 'closed'])
    expect(byUrgency(list, today).map((item) => item.id)).toEqual(['open', 'closed'])
  })

  it('counts Complete only once signed off, and closed ones in no status', () => {
    const counts = countStatuses([
      milestone('a', { rag: 'blue', signOff: 'awaiting' }),
      milestone('b', { rag: 'blue', signOff: 'signed-off' }),
      milestone('c', { rag: 'red', closedOn: '2026-11-01', overdue: false }),
    ])
    expect(counts).toMatchObject({ blue: 1, 'awaiting-sign-off': 1, red: 0, closed: 1, total: 3 })
  })
})
