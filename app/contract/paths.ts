/** Paths of the API, for the client. The mocked API matches the same paths. */
export const API_BASE = '/api'

const enc = encodeURIComponent

export const apiPaths = {
  council: `${API_BASE}/council`,
  setup: `${API_BASE}/setup`,
  people: `${API_BASE}/people`,
  person: (id: string) => `${API_BASE}/people/${enc(id)}`,
  /** Changes to a person's role, flags and board seats, newest first. */
  personChanges: (id: string) => `${API_BASE}/people/${enc(id)}/changes`,
  inspections: `${API_BASE}/inspections`,
  inspection: (id: string) => `${API_BASE}/inspections/${enc(id)}`,
  boards: `${API_BASE}/boards`,
  board: (id: string) => `${API_BASE}/boards/${enc(id)}`,
  meetings: `${API_BASE}/meetings`,
  meeting: (id: string) => `${API_BASE}/meetings/${enc(id)}`,
  meetingPack: (id: string) => `${API_BASE}/meetings/${enc(id)}/pack`,
  /** The pack's publications (GET, oldest first) and publishing it now (POST). */
  meetingPacks: (id: string) => `${API_BASE}/meetings/${enc(id)}/packs`,
  /** One publication of the pack, as published. */
  meetingPackVersion: (id: string, number: number) => `${API_BASE}/meetings/${enc(id)}/packs/${number}`,
  /** Changes since the last meeting, from published pack to published pack. */
  meetingChanges: (id: string) => `${API_BASE}/meetings/${enc(id)}/changes`,
  /** POST: a series of meetings, every so many weeks, off bank holidays. */
  meetingSeries: `${API_BASE}/meetings/series`,
  /** Actions agreed at meetings (`boardId`, `meetingId`, `ownerId`, `status`: open, done or overdue), most urgent first. */
  actions: `${API_BASE}/actions`,
  action: (id: string) => `${API_BASE}/actions/${enc(id)}`,
  plans: `${API_BASE}/plans`,
  plan: (id: string) => `${API_BASE}/plans/${enc(id)}`,
  /** Every milestone update of a plan, oldest first: the plan's whole audit trail. */
  planUpdates: (id: string) => `${API_BASE}/plans/${enc(id)}/updates`,
  /** POST: the plan becomes Agreed, freezing its milestones' baseline due dates. */
  planAgree: (id: string) => `${API_BASE}/plans/${enc(id)}/agree`,
  /** Spreadsheets imported into a plan (GET), and a new import (POST). */
  planImports: (id: string) => `${API_BASE}/plans/${enc(id)}/imports`,
  milestones: `${API_BASE}/milestones`,
  milestone: (id: string) => `${API_BASE}/milestones/${enc(id)}`,
  milestoneUpdates: (id: string) => `${API_BASE}/milestones/${enc(id)}/updates`,
  milestoneDateChanges: (id: string) => `${API_BASE}/milestones/${enc(id)}/date-changes`,
  dateChangeDecision: (milestoneId: string, changeId: string) => `${API_BASE}/milestones/${enc(milestoneId)}/date-changes/${enc(changeId)}/decision`,
  milestoneSignOff: (id: string) => `${API_BASE}/milestones/${enc(id)}/sign-off`,
  milestoneClose: (id: string) => `${API_BASE}/milestones/${enc(id)}/close`,
  /** Date changes across milestones (`planId`, `status`): the chair's decisions and the meeting pack. */
  dateChanges: `${API_BASE}/date-changes`,
  reports: `${API_BASE}/reports`,
  report: (id: string) => `${API_BASE}/reports/${enc(id)}`,
  reportTransitions: (id: string) => `${API_BASE}/reports/${enc(id)}/transitions`,
  reportDeferralRequest: (id: string) => `${API_BASE}/reports/${enc(id)}/deferral-request`,
  reportDeferralDecision: (id: string) => `${API_BASE}/reports/${enc(id)}/deferral-decision`,
  /** POST a meeting's minutes; answers what they seem to record, and writes nothing. */
  minutesProposals: `${API_BASE}/minutes/proposals`,
  measures: `${API_BASE}/measures`,
  measure: (id: string) => `${API_BASE}/measures/${enc(id)}`,
  /** A measure's monthly actuals, oldest first; POST records a month. */
  measureActuals: (id: string) => `${API_BASE}/measures/${enc(id)}/actuals`,
  /** One month's actual (`YYYY-MM`), to correct it. */
  measureActual: (id: string, month: string) => `${API_BASE}/measures/${enc(id)}/actuals/${enc(month)}`,
  /** Who changed what: chairs (their boards) and administrators (everything), a page at a time. */
  audit: `${API_BASE}/audit`,
  exportData: `${API_BASE}/export`,
  importData: `${API_BASE}/import`,
  reset: `${API_BASE}/reset`,
  /** The shared server only: 200 once it can take requests, 503 while its database does not answer. */
  health: `${API_BASE}/health`,
  /** The shared server only: which identity mode it runs in (serverInfoSchema). */
  server: `${API_BASE}/server`,
  /** The shared server only: every accepted write as a server-sent event carrying a ChangeNotice. */
  events: `${API_BASE}/events`,
  /** The shared server with sign-in only: who is signed in, and this session (sessionInfoSchema). */
  session: `${API_BASE}/session`,
  /** The shared server with sign-in only: the signed-in person's live sessions (sessionSummarySchema[]). */
  sessions: `${API_BASE}/sessions`,
  /** DELETE ends one of the signed-in person's sessions (204). */
  sessionById: (id: string) => `${API_BASE}/sessions/${enc(id)}`,
} as const

/**
 * The shared server's sign-in, outside /api: pages and redirects a browser follows, not API calls.
 * `signIn` takes `?return=/path` (a path on this site) to come back to.
 */
export const authPaths = {
  signIn: '/auth/sign-in',
  callback: '/auth/callback',
  /** POST (a form): ends this session, then signs out at the identity provider when it offers that. */
  signOut: '/auth/sign-out',
  signedOut: '/auth/signed-out',
  /** Open to anyone in every mode (load balancers, monitoring): 200 once the database answers. */
  health: '/healthz',
} as const

/** Query strings from a filter object, leaving out empty values, keys sorted for stable URLs. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(query).sort()) {
    const value = query[key]
    if (value !== undefined && value !== '') params.set(key, value)
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}
