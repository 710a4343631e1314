// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { AUDIT_PAGE_SIZE } from '@/contract/audit'
import type { MeetingPack, StoredPack } from '@/contract/pack'
import type { StoredAction, StoredMilestoneUpdate } from '@/contract/stored'
import { auditEntries, auditPage, readCursor, type AuditSources } from './audit'

const none: AuditSources = {
  people: [{ id: 'p1', name: 'Mark Ellison', jobTitle: 'Head of Service', role: 'director', email: null, isAdmin: false, active: true, version: 1 }],
  boards: [{ id: 'b1', name: 'Improvement Board', kind: 'improvement-board', chairId: 'c1', memberIds: [], officerIds: ['p1'], papersLeadDays: 5, staleAfterDays: 30, version: 1 }],
  plans: [{ id: 'plan1', boardId: 'b1', inspectionId: null, title: 'The plan', themes: [], status: 'agreed', agreedBy: 'the improvement board', agreedOn: '2026-03-02', agreedRecordedById: 'p1', version: 1 }],
  milestones: [],
  milestoneUpdates: [],
  dateChanges: [],
  reports: [],
  measures: [],
  measureActuals: [],
  planImports: [],
  personChanges: [],
  actions: [],
  meetings: [],
  packs: [],
}

const update = (fields: Partial<StoredMilestoneUpdate>): StoredMilestoneUpdate => ({
  id: 'u1',
  milestoneId: 'm1',
  kind: 'edit',
  at: '2026-11-20T10:00:00.000Z',
  authorId: 'p1',
  fromRag: 'green',
  rag: 'green',
  commentary: '',
  changes: [],
  ...fields,
})

const summaries = (sources: Partial<AuditSources>) => auditEntries({ ...none, ...sources }).map((entry) => entry.summary)

describe('audit entries in words', () => {
  it('records actions agreed and done, and each publication of a meeting’s pack', () => {
    const meeting = { id: 'mt1', boardId: 'b1', date: '2026-11-05', time: null, status: 'held' as const, version: 1 }
    const action: StoredAction = {
      id: 'a1', boardId: 'b1', meetingId: 'mt1', agendaItemId: null, what: 'Audit 20 cases', ownerId: 'p1', ownerName: null, due: { kind: 'none' },
      status: 'done', note: 'Audited 22 cases', createdAt: '2026-11-05T12:00:00.000Z', createdById: 'c1', doneAt: '2026-11-20T09:00:00.000Z', doneById: 'p1', version: 2,
    }
    const pack = (number: number, reason: string | null): StoredPack => ({
      id: `pk${number}`, meetingId: 'mt1', boardId: 'b1', number, publishedAt: `2026-10-2${number}T09:00:00.000Z`, publishedById: 'p1', reason, content: {} as MeetingPack,
    })
    const entries = auditEntries({ ...none, plans: [], meetings: [meeting], actions: [action], packs: [pack(1, null), pack(2, 'Late report added')] })
    expect(entries.map((entry) => [entry.kind, entry.summary, entry.subject.title, entry.link, entry.by?.name ?? null])).toEqual([
      ['action-recorded', 'Action recorded at the meeting of 5 November 2026', 'Audit 20 cases', '/actions/a1', 'Unknown person'],
      ['action-done', 'Action done: Audited 22 cases', 'Audit 20 cases', '/actions/a1', 'Mark Ellison'],
      ['pack-published', 'Meeting pack published', 'Improvement Board, 5 November 2026', '/meetings/mt1', 'Mark Ellison'],
      ['pack-published', 'Meeting pack published again (version 2): Late report added', 'Improvement Board, 5 November 2026', '/meetings/mt1', 'Mark Ellison'],
    ])
    expect(entries.every((entry) => entry.boardId === 'b1')).toBe(true)
  })

  it('says what an edit changed, naming dates and people', () => {
    const edit = update({
      changes: [
        { field: 'dueDate', from: '2026-12-03', to: '2027-01-29' },
        { field: 'ownerId', from: 'p1', to: 'p2' },
        { field: 'title', from: 'Old', to: 'New' },
      ],
    })
    expect(summaries({ milestoneUpdates: [edit] })).toContain('Due date changed from 3 December 2026 to 29 January 2027; owner changed from Mark Ellison to someone no longer known; title changed')
  })

  it('words status updates, date changes and a plan agreed on a day', () => {
    const entries = auditEntries({
      ...none,
      dateChanges: [{ id: 'd1', milestoneId: 'm1', planId: 'plan1', fromDate: '2026-12-03', toDate: '2027-01-29', reason: 'Late', status: 'proposed', proposedById: 'p1', proposedAt: '2026-11-20T10:00:00.000Z', decidedById: null, decidedAt: null, decisionNote: null, version: 1 }],
      milestoneUpdates: [update({ id: 'u2', kind: 'status', fromRag: 'green', rag: 'green' }), update({ id: 'u3', kind: 'date-proposed', dateChangeId: 'd1' })],
    })
    expect(entries.map((entry) => entry.summary)).toEqual([
      'Status confirmed as On track',
      'New due date proposed: 29 January 2027 (was 3 December 2026)',
      'Plan agreed by the improvement board',
    ])
    expect(entries[2]).toMatchObject({ at: '2026-03-02T00:00:00.000Z', precision: 'day', boardId: 'b1', link: '/plans/plan1' })
  })
})

describe('a page of the audit', () => {
  const many = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, index) =>
    // Pairs of updates share an instant: the order between them still holds from page to page.
    update({ id: `u${String(index).padStart(3, '0')}`, kind: 'status', at: new Date(Date.UTC(2026, 10, 1, 0, Math.floor(index / 2))).toISOString() }),
  )
  const entries = auditEntries({ ...none, plans: [], milestoneUpdates: many })

  it('goes newest first, then older from the cursor, without repeating or skipping', () => {
    const first = auditPage(entries, {}, null)
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
    const cursor = readCursor(first.nextCursor ?? '')
    expect(cursor).not.toBeNull()
    const second = auditPage(entries, { cursor: cursor! }, null)
    expect(second.nextCursor).toBeNull()
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id)
    expect(ids).toEqual([...many].reverse().map((each) => `update:${each.id}`))
  })

  it('keeps to the boards in view, and to the council’s days (London time) from and to', () => {
    expect(auditPage(entries, {}, new Set(['b2'])).entries).toEqual([])
    // 23:30 UTC on 31 May is 1 June in London.
    const late = auditEntries({ ...none, plans: [], milestoneUpdates: [update({ at: '2026-05-31T23:30:00.000Z' })] })
    expect(auditPage(late, { from: '2026-06-01', to: '2026-06-01' }, null).entries).toHaveLength(1)
    expect(auditPage(late, { to: '2026-05-31' }, null).entries).toHaveLength(0)
  })

  it('reads only the cursors it writes', () => {
    expect(readCursor('yesterday')).toBeNull()
    expect(readCursor('1764547200000.update:u1')).toEqual({ at: 1764547200000, id: 'update:u1' })
  })
})
