// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { auditLink } from '@/contract/audit'
import { pageUrls } from './page-urls'

describe('page URLs', () => {
  it.each([
    [pageUrls.home, '/'],
    [pageUrls.boards, '/boards'],
    [pageUrls.newBoard, '/boards/new'],
    [pageUrls.board('board-1'), '/boards/board-1'],
    [pageUrls.newMeeting('board-1'), '/boards/board-1/meetings/new'],
    [pageUrls.plan('plan-1'), '/plans/plan-1'],
    [pageUrls.planEdit('plan-1'), '/plans/plan-1/edit'],
    [pageUrls.planTimeline('plan-1'), '/plans/plan-1/timeline'],
    [pageUrls.newMilestone('plan-1'), '/plans/plan-1/milestones/new'],
    [pageUrls.milestone('m-1'), '/milestones/m-1'],
    [pageUrls.milestoneEdit('m-1'), '/milestones/m-1/edit'],
    [pageUrls.inspection('i-1'), '/inspections/i-1'],
    [pageUrls.meetings(), '/meetings'],
    [pageUrls.meeting('meeting-1'), '/meetings/meeting-1'],
    [pageUrls.reports(), '/reports'],
    [pageUrls.report('report-1'), '/reports/report-1'],
    [pageUrls.newReport(), '/reports/new'],
    [pageUrls.settings, '/settings'],
    [pageUrls.newMeasure('plan-1'), '/plans/plan-1/measures/new'],
    [pageUrls.measure('measure-1'), '/measures/measure-1'],
    [pageUrls.measure('measure-1', { correct: '2026-10' }), '/measures/measure-1?correct=2026-10#correct-actual'],
    [pageUrls.measureEdit('measure-1'), '/measures/measure-1/edit'],
    [pageUrls.audit(), '/audit'],
    [pageUrls.meetingEdit('meeting-1'), '/meetings/meeting-1/edit'],
    [pageUrls.meetingAgenda('meeting-1'), '/meetings/meeting-1/agenda'],
    [pageUrls.meetingRecord('meeting-1'), '/meetings/meeting-1/record'],
    [pageUrls.meetingMinutes('meeting-1'), '/meetings/meeting-1/minutes'],
    [pageUrls.meetingMinutes('meeting-1', { check: true }), '/meetings/meeting-1/minutes?step=check'],
    [pageUrls.newAction('meeting-1'), '/meetings/meeting-1/actions/new'],
    [pageUrls.newAction('meeting-1', { item: 'standing-progress' }), '/meetings/meeting-1/actions/new?item=standing-progress'],
    [pageUrls.action('action/1'), '/actions/action%2F1'],
    [pageUrls.boardActions('board-1'), '/boards/board-1/actions'],
    [pageUrls.boardActions('board-1', { status: 'overdue' }), '/boards/board-1/actions?status=overdue'],
    [pageUrls.audit({ boardId: 'board-1', from: '2026-11-01', cursor: undefined }), '/audit?boardId=board-1&from=2026-11-01'],
  ])('%s', (built, expected) => {
    expect(built).toBe(expected)
  })

  it('encodes ids, so an id cannot change the path', () => {
    expect(pageUrls.board('a/b c')).toBe('/boards/a%2Fb%20c')
    expect(pageUrls.milestoneEdit('x?y#z')).toBe('/milestones/x%3Fy%23z/edit')
    expect(pageUrls.newMeeting('../settings')).toBe('/boards/..%2Fsettings/meetings/new')
  })

  it('adds filters in the order given, leaving out empty ones', () => {
    expect(pageUrls.plan('plan-1', { theme: 'theme 1' })).toBe('/plans/plan-1?theme=theme+1')
    expect(pageUrls.plan('plan-1', { status: 'red', overdue: true, stale: false, q: '' })).toBe('/plans/plan-1?status=red&overdue=true')
    expect(pageUrls.meetings({ boardId: 'board&1' })).toBe('/meetings?boardId=board%261')
    expect(pageUrls.meetings({ boardId: undefined })).toBe('/meetings')
    expect(pageUrls.reports({ overdue: 'true' })).toBe('/reports?overdue=true')
    expect(pageUrls.newReport({ boardId: 'board-1' })).toBe('/reports/new?boardId=board-1')
    expect(pageUrls.newReport({ meetingId: 'meeting-1' })).toBe('/reports/new?meetingId=meeting-1')
  })

  it('keeps a query it is given, as pagination does', () => {
    expect(pageUrls.plan('plan-1', new URLSearchParams('sort=title&page=2'))).toBe('/plans/plan-1?sort=title&page=2')
  })

  it('goes to a place on the milestone page', () => {
    expect(pageUrls.milestone('m-1', { hash: 'update-status' })).toBe('/milestones/m-1#update-status')
  })
})

describe('the audit’s links, which the API builds', () => {
  it.each([
    [auditLink({ type: 'milestone', id: 'a b' }), pageUrls.milestone('a b')],
    [auditLink({ type: 'plan', id: 'a b' }), pageUrls.plan('a b')],
    [auditLink({ type: 'report', id: 'a b' }), pageUrls.report('a b')],
    [auditLink({ type: 'measure', id: 'a b' }), pageUrls.measure('a b')],
    [auditLink({ type: 'person', id: 'a b' }), pageUrls.person('a b')],
    [auditLink({ type: 'action', id: 'a b' }), pageUrls.action('a b')],
    [auditLink({ type: 'meeting', id: 'a b' }), pageUrls.meeting('a b')],
  ])('%s lead to the pages the app has', (built, page) => {
    expect(built).toBe(page)
  })
})
