import { describe, expect, it } from 'vitest'
import type { Milestone } from '@/contract/milestones'
import { byUrgency, countStatuses, filterMilestones, filtersFromSearch } from './rules'

const milestone = (id: string, overrides: Partial<Milestone> = {}): Milestone => ({
  id,
  planId: 'p',
  themeId: 't1',
  title: `Milestone ${id}`,
  ownerId: 'o1',
  dueDate: '2027-06-01',
  rag: 'green',
  recommendationIds: [],
  partners: [],
  createdAt: '2026-01-01T10:00:00.000Z',
  lastUpdatedAt: '2026-11-01T10:00:00.000Z',
  completedOn: null,
  version: 1,
  overdue: false,
  stale: false,
  completedLate: false,
  ...overrides,
})

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
    expect(filtersFromSearch(new URLSearchParams('status=purple&sort=random&dueBefore=tomorrow'))).toMatchObject({ status: undefined, sort: 'due', dueBefore: undefined })
  })

  it('filters and sorts, off track first when sorting by status', () => {
    const list = [milestone('a', { rag: 'green' }), milestone('b', { rag: 'red', themeId: 't2' }), milestone('c', { rag: 'amber', title: 'Care leavers' })]
    expect(filterMilestones(list, { sort: 'status' }).map((item) => item.id)).toEqual(['b', 'c', 'a'])
    expect(filterMilestones(list, { sort: 'due', q: 'care' }).map((item) => item.id)).toEqual(['c'])
    expect(filterMilestones(list, { sort: 'due', theme: 't2' }).map((item) => item.id)).toEqual(['b'])
  })

  it('counts statuses, overdue and stale', () => {
    expect(countStatuses([milestone('a', { overdue: true }), milestone('b', { rag: 'red', stale: true })])).toMatchObject({ green: 1, red: 1, overdue: 1, stale: 1, total: 2 })
  })
})
