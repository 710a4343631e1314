import { HttpHandler, type RequestHandler } from 'msw'
import { BACKUP_FORMAT, DATA_SCHEMA_VERSION, type Backup } from '@/contract/backup'
import type { Dataset } from '@/contract/stored'
import { checksumOf } from '~mocks/handlers/admin'

/** One route of the API as its handler declares it, e.g. `PATCH /api/milestones/:id`. */
export interface ApiRoute {
  method: string
  /** The path with its `:params`, from `/api` on. */
  template: string
}

/** `PATCH /api/milestones/:id`: how a route is named in the tables below. */
export const routeName = (route: ApiRoute): string => `${route.method} ${route.template}`

/**
 * Every route the handlers answer, read from the handlers themselves, so a route added later is
 * tested too. The guard's and the fallback's catch-alls (a predicate, a RegExp method) are left out.
 */
export function apiRoutes(handlers: RequestHandler[]): ApiRoute[] {
  const routes: ApiRoute[] = []
  for (const handler of handlers) {
    if (!(handler instanceof HttpHandler)) continue
    const { method, path } = handler.info
    if (typeof method !== 'string' || typeof path !== 'string' || path.endsWith('/*')) continue
    routes.push({ method, template: path.slice(path.indexOf('/api')) })
  }
  return routes
}

/** Ids of the Northshire demo a route's `:params` stand for, by the resource before them. */
function sampleIds(data: Dataset): Record<string, string> {
  const plan = data.plans[0]!
  const proposed = data.dateChanges.find((change) => change.status === 'proposed')!
  const actual = data.measureActuals[0]!
  return {
    people: 'p-member-ashworth',
    inspections: plan.inspectionId ?? data.inspections[0]!.id,
    boards: plan.boardId,
    meetings: data.meetings.find((meeting) => meeting.boardId === plan.boardId && meeting.status === 'scheduled')!.id,
    plans: plan.id,
    milestones: proposed.milestoneId,
    'date-changes': proposed.id,
    reports: data.reports.find((report) => report.requestedByBoardId === plan.boardId && report.status === 'in-preparation')!.id,
    measures: actual.measureId,
    actuals: actual.month,
    actions: data.actions.find((action) => action.boardId === plan.boardId && action.status === 'open')!.id,
  }
}

/** The route's path with demo ids for its `:params`: `/api/milestones/:id` → `/api/milestones/milestone-31`. */
export function samplePath(template: string, data: Dataset): string {
  const ids = sampleIds(data)
  const segments = template.split('/')
  return segments.map((segment, index) => (segment.startsWith(':') ? encodeURIComponent(ids[segments[index - 1] ?? ''] ?? 'x') : segment)).join('/')
}

/** Who, in the demo, may make a change: the administrator, or the chair of the plan's board. */
export type Author = 'admin' | 'chair'

/** A change the API takes, with a body it accepts. */
export interface WriteRequest {
  /** The route, named as `routeName` names it. */
  route: string
  path: string
  body?: unknown
  /** Who may make it: their request shows the body is valid. */
  by: Author
  /** What their request answers: a 2xx, or 409 where the demo's state refuses it to anyone. */
  answers: number
}

/** A day `days` from `today`, moved on to a Wednesday (a working day for any meeting or due date). */
function wednesdayAfter(today: Date, days: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days))
  while (date.getUTCDay() !== 3) date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/**
 * Every change of the API, with a valid body for the Northshire demo as `data` holds it on `today`:
 * the table the permission and forgery tests send, each by someone who may not make it.
 */
export async function writeRequests(data: Dataset, today: Date): Promise<WriteRequest[]> {
  const plan = data.plans[0]!
  const ids = sampleIds(data)
  const inspection = data.inspections.find((each) => each.id === ids.inspections)!
  const awaiting = data.milestones.find((milestone) => milestone.signOff === 'awaiting')!
  const open = data.milestones.find((milestone) => milestone.planId === plan.id && milestone.rag === 'red' && !milestone.closedOn)!
  const firstMonth = data.measureActuals.filter((actual) => actual.measureId === ids.measures).map((actual) => actual.month).sort()[0]!
  const monthBefore = new Date(`${firstMonth}-15T12:00:00Z`)
  monthBefore.setUTCMonth(monthBefore.getUTCMonth() - 1)
  const backup: Backup = { format: BACKUP_FORMAT, schemaVersion: DATA_SCHEMA_VERSION, exportedAt: today.toISOString(), checksum: await checksumOf(data), data }
  const milestone = `/api/milestones/${open.id}`
  const measure = `/api/measures/${ids.measures}`

  return [
    // Only an empty server is set up; anyone signed in is told so, whoever they are.
    { route: 'POST /api/setup', path: '/api/setup', body: { start: 'demo' }, by: 'admin', answers: 409 },
    { route: 'PATCH /api/council', path: '/api/council', body: { name: 'Renamed County Council' }, by: 'admin', answers: 200 },
    {
      route: 'POST /api/people',
      path: '/api/people',
      body: { name: 'Ann Example', jobTitle: 'Head of Early Help', role: 'director', email: 'ann.example@northshire.gov.uk' },
      by: 'admin',
      answers: 201,
    },
    // The member making themself an administrator.
    { route: 'PATCH /api/people/:id', path: `/api/people/${ids.people}`, body: { isAdmin: true }, by: 'admin', answers: 200 },
    {
      route: 'POST /api/inspections',
      path: '/api/inspections',
      body: {
        framework: inspection.framework,
        kind: 'monitoring-visit',
        startDate: wednesdayAfter(today, -30),
        endDate: wednesdayAfter(today, -29),
        publishedDate: null,
        followsInspectionId: inspection.id,
        recommendations: [{ id: 'rec-security-1', number: 1, text: 'Return home interviews for children who go missing.', area: null }],
      },
      by: 'chair',
      answers: 201,
    },
    { route: 'PATCH /api/inspections/:id', path: `/api/inspections/${inspection.id}`, body: { publishedDate: inspection.publishedDate }, by: 'chair', answers: 200 },
    { route: 'POST /api/boards', path: '/api/boards', body: { name: 'Corporate Parenting Panel', kind: 'panel', memberIds: ['p-member-osei'] }, by: 'chair', answers: 201 },
    { route: 'PATCH /api/boards/:id', path: `/api/boards/${plan.boardId}`, body: { papersLeadDays: 7 }, by: 'chair', answers: 200 },
    { route: 'POST /api/meetings', path: '/api/meetings', body: { boardId: plan.boardId, date: wednesdayAfter(today, 400) }, by: 'chair', answers: 201 },
    { route: 'POST /api/meetings/:id/packs', path: `/api/meetings/${ids.meetings}/packs`, body: {}, by: 'chair', answers: 201 },
    {
      route: 'POST /api/meetings/series',
      path: '/api/meetings/series',
      body: { boardId: plan.boardId, firstDate: wednesdayAfter(today, 500), everyWeeks: 4, count: 3 },
      by: 'chair',
      answers: 201,
    },
    { route: 'PATCH /api/meetings/:id', path: `/api/meetings/${ids.meetings}`, body: { location: 'Council Chamber' }, by: 'chair', answers: 200 },
    {
      route: 'POST /api/actions',
      path: '/api/actions',
      body: { meetingId: ids.meetings, what: 'Invite the partnership’s chair to the next meeting', ownerId: 'p-dcs', due: { kind: 'none' } },
      by: 'chair',
      answers: 201,
    },
    { route: 'PATCH /api/actions/:id', path: `/api/actions/${ids.actions}`, body: { what: 'Meet the partnership’s chair' }, by: 'chair', answers: 200 },
    { route: 'POST /api/plans', path: '/api/plans', body: { boardId: plan.boardId, title: 'Early help plan', themes: [{ title: 'Early help' }] }, by: 'chair', answers: 201 },
    { route: 'PATCH /api/plans/:id', path: `/api/plans/${plan.id}`, body: { title: 'Northshire improvement plan, revised' }, by: 'chair', answers: 200 },
    // The demo's plan is agreed already.
    { route: 'POST /api/plans/:id/agree', path: `/api/plans/${plan.id}/agree`, body: { agreedBy: 'The improvement board', agreedOn: wednesdayAfter(today, -60) }, by: 'chair', answers: 409 },
    {
      route: 'POST /api/milestones',
      path: '/api/milestones',
      body: { planId: plan.id, themeId: open.themeId, title: 'Audit of return home interviews', ownerId: open.ownerId, dueDate: wednesdayAfter(today, 90) },
      by: 'chair',
      answers: 201,
    },
    { route: 'PATCH /api/milestones/:id', path: milestone, body: { title: 'Audit of case files, revised' }, by: 'chair', answers: 200 },
    // A milestone of an agreed plan, with updates, is closed, never deleted.
    { route: 'DELETE /api/milestones/:id', path: milestone, by: 'chair', answers: 409 },
    { route: 'POST /api/milestones/:id/updates', path: `${milestone}/updates`, body: { rag: 'green', commentary: 'Back on track after the clinics.' }, by: 'chair', answers: 201 },
    {
      route: 'POST /api/milestones/:id/date-changes',
      path: `${milestone}/date-changes`,
      body: { toDate: wednesdayAfter(today, 120), reason: 'The audit team starts in the spring.' },
      by: 'chair',
      answers: 201,
    },
    {
      route: 'POST /api/milestones/:id/date-changes/:changeId/decision',
      path: `/api/milestones/${ids.milestones}/date-changes/${ids['date-changes']}/decision`,
      body: { decision: 'agreed' },
      by: 'chair',
      answers: 200,
    },
    { route: 'POST /api/milestones/:id/sign-off', path: `/api/milestones/${awaiting.id}/sign-off`, body: { decision: 'signed-off' }, by: 'chair', answers: 200 },
    { route: 'POST /api/milestones/:id/close', path: `${milestone}/close`, body: { reason: 'Overtaken by the new practice model.' }, by: 'chair', answers: 200 },
    {
      route: 'POST /api/reports',
      path: '/api/reports',
      body: { title: 'Care leavers’ housing update', requestedByBoardId: plan.boardId, authorId: open.ownerId, dueNextMeeting: true },
      by: 'chair',
      answers: 201,
    },
    { route: 'PATCH /api/reports/:id', path: `/api/reports/${ids.reports}`, body: { title: 'Progress report, revised' }, by: 'chair', answers: 200 },
    { route: 'POST /api/reports/:id/transitions', path: `/api/reports/${ids.reports}/transitions`, body: { to: 'submitted' }, by: 'chair', answers: 200 },
    // Only the report's author may ask to defer it; the chair decides, once someone has asked.
    {
      route: 'POST /api/reports/:id/deferral-request',
      path: `/api/reports/${ids.reports}/deferral-request`,
      body: { meetingId: ids.meetings, reason: 'The October figures arrive after the papers deadline.' },
      by: 'chair',
      answers: 403,
    },
    { route: 'POST /api/reports/:id/deferral-decision', path: `/api/reports/${ids.reports}/deferral-decision`, body: { decision: 'accept' }, by: 'chair', answers: 409 },
    // Writes nothing, but is a POST: held to the same checks as every change.
    {
      route: 'POST /api/minutes/proposals',
      path: '/api/minutes/proposals',
      body: { boardId: plan.boardId, text: 'RESOLVED that a report on care leavers’ housing be made to the next meeting.' },
      by: 'chair',
      answers: 200,
    },
    {
      route: 'POST /api/measures',
      path: '/api/measures',
      body: {
        planId: plan.id,
        themeId: open.themeId,
        name: 'Children in care with an up-to-date health assessment',
        unit: '%',
        target: 95,
        direction: 'higher-is-better',
        greenFrom: 95,
        amberFrom: 85,
        ownerId: open.ownerId,
      },
      by: 'chair',
      answers: 201,
    },
    { route: 'PATCH /api/measures/:id', path: measure, body: { name: 'Average caseload per social worker' }, by: 'chair', answers: 200 },
    { route: 'POST /api/measures/:id/actuals', path: `${measure}/actuals`, body: { month: monthBefore.toISOString().slice(0, 7), value: 20 }, by: 'chair', answers: 201 },
    { route: 'PATCH /api/measures/:id/actuals/:month', path: `${measure}/actuals/${firstMonth}`, body: { value: 21, note: 'Corrected from the payroll figures.' }, by: 'chair', answers: 200 },
    { route: 'POST /api/import', path: '/api/import', body: backup, by: 'admin', answers: 200 },
    { route: 'POST /api/reset', path: '/api/reset', by: 'admin', answers: 204 },
    {
      route: 'POST /api/plans/:id/imports',
      path: `/api/plans/${plan.id}/imports`,
      body: { fileName: 'tracker.csv', fileHash: 'c'.repeat(64), rows: [{ sheetRow: 2, theme: 'Early help', title: 'Early help strategy', ownerId: open.ownerId, dueDate: wednesdayAfter(today, 120), rag: 'green' }] },
      by: 'chair',
      answers: 201,
    },
  ]
}
