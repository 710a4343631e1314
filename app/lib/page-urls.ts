import type { AuditQuery } from '@/contract/audit'
import type { MeetingsQuery } from '@/contract/meetings'
import type { Rag } from '@/contract/rag'
import type { ReportsQuery } from '@/contract/reports'

/** The app's page URLs, built in one place as contract/paths.ts builds the API's. Ids are encoded here. */

const enc = encodeURIComponent

/** Where the app is served, without its trailing slash (empty at the root): the router's basename, and what page URLs in the address bar start with. */
export const appBasePath = import.meta.env.BASE_URL.replace(/\/$/, '')

type QueryValue = string | number | boolean | undefined
type Query = Record<string, QueryValue> | URLSearchParams

/** A query string in the order given, leaving out empty values. */
function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams()
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query ?? {})
  for (const [key, value] of entries) {
    if (value !== undefined && value !== '' && value !== false) params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

/** The plan page's filters as they appear in its URL (see features/milestones/rules.ts). */
export interface PlanUrlFilters {
  theme?: string
  owner?: string
  status?: Rag
  overdue?: boolean
  stale?: boolean
  slipped?: boolean
  awaitingSignOff?: boolean
  dueBefore?: string
  q?: string
  sort?: string
  page?: number
}

export const pageUrls = {
  home: '/',
  boards: '/boards',
  newBoard: '/boards/new',
  board: (boardId: string) => `/boards/${enc(boardId)}`,
  newMeeting: (boardId: string) => `/boards/${enc(boardId)}/meetings/new`,
  /** Schedule a series of meetings: every so many weeks, off bank holidays. */
  newMeetingSeries: (boardId: string) => `/boards/${enc(boardId)}/meetings/series`,
  /** Takes the filters, or the current query to keep (pagination). */
  plan: (planId: string, filters?: PlanUrlFilters | URLSearchParams) => withQuery(`/plans/${enc(planId)}`, filters as Query),
  planEdit: (planId: string) => `/plans/${enc(planId)}/edit`,
  planTimeline: (planId: string) => `/plans/${enc(planId)}/timeline`,
  newMilestone: (planId: string) => `/plans/${enc(planId)}/milestones/new`,
  planImport: (planId: string) => `/plans/${enc(planId)}/import`,
  /** `hash` names an element of the page to go to, such as `update-status`. */
  milestone: (milestoneId: string, { hash }: { hash?: string } = {}) => `/milestones/${enc(milestoneId)}${hash ? `#${enc(hash)}` : ''}`,
  milestoneEdit: (milestoneId: string) => `/milestones/${enc(milestoneId)}/edit`,
  inspection: (inspectionId: string) => `/inspections/${enc(inspectionId)}`,
  inspections: '/inspections',
  newInspection: '/inspections/new',
  inspectionEdit: (inspectionId: string) => `/inspections/${enc(inspectionId)}/edit`,
  /** A new plan of the board; `inspectionId` pre-fills the inspection it answers. */
  newPlan: (boardId: string, from: { inspectionId?: string } = {}) => withQuery(`/boards/${enc(boardId)}/plans/new`, from),
  planAgree: (planId: string) => `/plans/${enc(planId)}/agree`,
  meetings: (filters?: MeetingsQuery) => withQuery('/meetings', filters),
  meeting: (meetingId: string) => `/meetings/${enc(meetingId)}`,
  /** Change a meeting's date, time or venue. */
  meetingEdit: (meetingId: string) => `/meetings/${enc(meetingId)}/edit`,
  /** Cancel a meeting (its business offered another meeting), or move it to a new date. */
  meetingCancelOrMove: (meetingId: string) => `/meetings/${enc(meetingId)}/cancel-or-move`,
  meetingMove: (meetingId: string) => `/meetings/${enc(meetingId)}/move`,
  meetingCancel: (meetingId: string) => `/meetings/${enc(meetingId)}/cancel`,
  /** Change the order and items of a meeting's agenda. */
  meetingAgenda: (meetingId: string) => `/meetings/${enc(meetingId)}/agenda`,
  /** Publish (freeze) the meeting's pack, or publish it again with a reason. */
  meetingPublish: (meetingId: string) => `/meetings/${enc(meetingId)}/publish`,
  /** Every published version of the meeting's pack; one of them. */
  meetingPacks: (meetingId: string) => `/meetings/${enc(meetingId)}/packs`,
  meetingPackVersion: (meetingId: string, number: number) => `/meetings/${enc(meetingId)}/packs/${number}`,
  /** Changes since the last meeting, from published pack to published pack. */
  meetingChanges: (meetingId: string) => `/meetings/${enc(meetingId)}/changes`,
  /** Record who came and what was decided. */
  meetingRecord: (meetingId: string) => `/meetings/${enc(meetingId)}/record`,
  /** Bring in the meeting's minutes; `check` is the second step, checking what they record. */
  meetingMinutes: (meetingId: string, { check }: { check?: boolean } = {}) => withQuery(`/meetings/${enc(meetingId)}/minutes`, { step: check ? 'check' : undefined }),
  /** Add an action agreed at the meeting; `item` pre-fills the agenda item it comes from. */
  newAction: (meetingId: string, { item }: { item?: string } = {}) => withQuery(`/meetings/${enc(meetingId)}/actions/new`, { item }),
  action: (actionId: string) => `/actions/${enc(actionId)}`,
  /** The chair changes an action's wording, owner or due. */
  actionEdit: (actionId: string) => `/actions/${enc(actionId)}/edit`,
  /** A board's action log; `status` filters it (open, overdue or done). */
  boardActions: (boardId: string, { status }: { status?: string } = {}) => withQuery(`/boards/${enc(boardId)}/actions`, { status }),
  reports: (filters?: ReportsQuery) => withQuery('/reports', filters),
  report: (reportId: string) => `/reports/${enc(reportId)}`,
  newReport: (from: { boardId?: string; meetingId?: string } = {}) => withQuery('/reports/new', from),
  settings: '/settings',
  welcome: '/welcome',
  people: '/people',
  newPerson: '/people/new',
  person: (personId: string) => `/people/${enc(personId)}`,
  personEdit: (personId: string) => `/people/${enc(personId)}/edit`,
  newMeasure: (planId: string) => `/plans/${enc(planId)}/measures/new`,
  /** `correct` opens the correction of that month's actual (`YYYY-MM`). */
  measure: (measureId: string, { correct }: { correct?: string } = {}) =>
    `${withQuery(`/measures/${enc(measureId)}`, { correct })}${correct ? '#correct-actual' : ''}`,
  measureEdit: (measureId: string) => `/measures/${enc(measureId)}/edit`,
  /** Who changed what, with its filters and, for older changes, the cursor of the page before. */
  audit: (query?: AuditQuery) => withQuery('/audit', query),
} as const
