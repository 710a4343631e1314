/**
 * Every page of the app, with the demo's ids filled in: one list for the walkthrough screenshots
 * (`npm run screenshots`) and the journeys that visit every route. `route` is the pattern in
 * app/router.tsx, so a check can find a route nobody visits. Plain TypeScript with no imports,
 * so Node runs it as it is.
 */
export interface EveryPage {
  /** The route's pattern in app/router.tsx. */
  route: string
  /** The page to open, with demo ids. */
  path: string
  /** A short name for files and reports. */
  name: string
}

const nextMeeting = '/meetings/meeting-improvement-2026-12-03'
const lastMeeting = '/meetings/meeting-improvement-2026-11-05'

export const everyPage: EveryPage[] = [
  { route: '/', path: '/', name: 'home' },
  { route: 'boards', path: '/boards', name: 'boards' },
  { route: 'boards/new', path: '/boards/new', name: 'board-new' },
  { route: 'boards/:boardId', path: '/boards/board-improvement', name: 'board-improvement' },
  { route: 'boards/:boardId', path: '/boards/board-scrutiny', name: 'board-scrutiny' },
  { route: 'boards/:boardId', path: '/boards/board-cabinet', name: 'board-cabinet' },
  { route: 'boards/:boardId/meetings/new', path: '/boards/board-improvement/meetings/new', name: 'meeting-new' },
  { route: 'boards/:boardId/meetings/series', path: '/boards/board-improvement/meetings/series', name: 'meeting-series' },
  { route: 'boards/:boardId/plans/new', path: '/boards/board-scrutiny/plans/new', name: 'plan-new' },
  { route: 'boards/:boardId/actions', path: '/boards/board-improvement/actions', name: 'board-actions' },
  { route: 'plans/:planId', path: '/plans/plan-northshire', name: 'plan' },
  { route: 'plans/:planId/edit', path: '/plans/plan-northshire/edit', name: 'plan-edit' },
  { route: 'plans/:planId/timeline', path: '/plans/plan-northshire/timeline', name: 'plan-timeline' },
  { route: 'plans/:planId/milestones/new', path: '/plans/plan-northshire/milestones/new', name: 'milestone-new' },
  { route: 'plans/:planId/import', path: '/plans/plan-northshire/import', name: 'plan-import' },
  { route: 'plans/:planId/agree', path: '/plans/plan-northshire/agree', name: 'plan-agree' },
  { route: 'plans/:planId/measures/new', path: '/plans/plan-northshire/measures/new', name: 'measure-new' },
  { route: 'milestones/:milestoneId', path: '/milestones/milestone-13', name: 'milestone' },
  { route: 'milestones/:milestoneId/edit', path: '/milestones/milestone-13/edit', name: 'milestone-edit' },
  { route: 'inspections', path: '/inspections', name: 'inspections' },
  { route: 'inspections/new', path: '/inspections/new', name: 'inspection-new' },
  { route: 'inspections/:inspectionId', path: '/inspections/inspection-ilacs', name: 'inspection' },
  { route: 'inspections/:inspectionId/edit', path: '/inspections/inspection-ilacs/edit', name: 'inspection-edit' },
  { route: 'meetings', path: '/meetings', name: 'meetings' },
  { route: 'meetings/:meetingId', path: nextMeeting, name: 'meeting-next' },
  { route: 'meetings/:meetingId', path: lastMeeting, name: 'meeting-last' },
  { route: 'meetings/:meetingId/edit', path: `${nextMeeting}/edit`, name: 'meeting-edit' },
  { route: 'meetings/:meetingId/cancel-or-move', path: `${nextMeeting}/cancel-or-move`, name: 'meeting-cancel-or-move' },
  { route: 'meetings/:meetingId/move', path: `${nextMeeting}/move`, name: 'meeting-move' },
  { route: 'meetings/:meetingId/cancel', path: `${nextMeeting}/cancel`, name: 'meeting-cancel' },
  { route: 'meetings/:meetingId/agenda', path: `${nextMeeting}/agenda`, name: 'meeting-agenda' },
  { route: 'meetings/:meetingId/record', path: `${lastMeeting}/record`, name: 'meeting-record' },
  { route: 'meetings/:meetingId/publish', path: `${nextMeeting}/publish`, name: 'meeting-publish' },
  { route: 'meetings/:meetingId/packs', path: `${lastMeeting}/packs`, name: 'meeting-packs' },
  { route: 'meetings/:meetingId/packs/:number', path: `${lastMeeting}/packs/1`, name: 'meeting-pack-1' },
  { route: 'meetings/:meetingId/changes', path: `${nextMeeting}/changes`, name: 'meeting-changes' },
  { route: 'meetings/:meetingId/minutes', path: `${lastMeeting}/minutes`, name: 'meeting-minutes' },
  { route: 'meetings/:meetingId/actions/new', path: `${nextMeeting}/actions/new`, name: 'meeting-action-new' },
  { route: 'actions/:actionId', path: '/actions/action-agency-cover', name: 'action' },
  { route: 'actions/:actionId/edit', path: '/actions/action-agency-cover/edit', name: 'action-edit' },
  { route: 'reports', path: '/reports', name: 'reports' },
  { route: 'reports/new', path: '/reports/new', name: 'report-new' },
  { route: 'reports/:reportId', path: '/reports/report-cin-review', name: 'report' },
  { route: 'settings', path: '/settings', name: 'settings' },
  { route: 'people', path: '/people', name: 'people' },
  { route: 'people/new', path: '/people/new', name: 'person-new' },
  { route: 'people/:personId', path: '/people/p-safeguarding', name: 'person' },
  { route: 'people/:personId/edit', path: '/people/p-safeguarding/edit', name: 'person-edit' },
  { route: 'measures/:measureId', path: '/measures/measure-caseloads', name: 'measure' },
  { route: 'measures/:measureId/edit', path: '/measures/measure-caseloads/edit', name: 'measure-edit' },
  { route: 'audit', path: '/audit', name: 'audit' },
  { route: 'welcome', path: '/welcome', name: 'welcome' },
  { route: '*', path: '/no-such-page', name: 'not-found' },
]

/** The people the walkthrough acts as: one of each role, and the administrator. */
export const walkthroughPeople = [
  { role: 'chair', id: 'p-improvement-chair', name: 'Dame Alison Hartley' },
  { role: 'director', id: 'p-safeguarding', name: 'Mark Ellison' },
  { role: 'member', id: 'p-member-ashworth', name: 'Cllr David Ashworth' },
  { role: 'administrator', id: 'p-admin', name: 'Grace Adeyemi' },
] as const
