import { AUDIT_PAGE_SIZE, auditLink, type AuditEntry, type AuditKind, type AuditPage, type AuditQuery, type AuditSubjectType } from '@/contract/audit'
import type { MilestoneChange, MilestoneUpdateKind } from '@/contract/milestones'
import { ragLabels, type Rag } from '@/contract/rag'
import { reportStatusLabels } from '@/contract/reports'
import type { StoredPack } from '@/contract/pack'
import type {
  StoredAction,
  StoredBoard,
  StoredMeeting,
  StoredDateChange,
  StoredMeasure,
  StoredMeasureActual,
  StoredMilestone,
  StoredMilestoneUpdate,
  StoredPerson,
  StoredPersonChange,
  StoredPlan,
  StoredPlanImport,
  StoredReport,
} from '@/contract/stored'
import { formatIsoDate } from '@/domain/calendar'
import { monthInWords } from '@/domain/measure-status'
import { boardsOfPersonChange, personChangeSummary } from '@/domain/person-changes'
import { todayIso } from '@/domain/today'

/**
 * The audit ("who changed what"), built from the history the app already keeps: every record
 * that carries who made it and when. Nothing is stored for the audit itself. Actions (recorded,
 * and done or closed) and each publication of a meeting's pack have entries; a meeting's
 * details, agenda and record, boards' own settings and inspections keep no author, so they have
 * none; a board's seats do, through the changes recorded to people.
 */
export interface AuditSources {
  people: StoredPerson[]
  boards: StoredBoard[]
  plans: StoredPlan[]
  milestones: StoredMilestone[]
  milestoneUpdates: StoredMilestoneUpdate[]
  dateChanges: StoredDateChange[]
  reports: StoredReport[]
  measures: StoredMeasure[]
  measureActuals: StoredMeasureActual[]
  planImports: StoredPlanImport[]
  personChanges: StoredPersonChange[]
  actions: StoredAction[]
  meetings: StoredMeeting[]
  packs: StoredPack[]
}

/** An entry with every board it concerns: a change to a person's seats may concern several. */
export type ScopedEntry = AuditEntry & { boardIds: string[] }

const updateKinds: Record<MilestoneUpdateKind, AuditKind> = {
  created: 'milestone-added',
  status: 'status-update',
  edit: 'milestone-changed',
  'date-proposed': 'date-proposed',
  'date-agreed': 'date-agreed',
  'date-refused': 'date-refused',
  'signed-off': 'completion-signed-off',
  'sent-back': 'completion-sent-back',
  closed: 'milestone-closed',
}

const changeNames: Record<MilestoneChange['field'], string> = {
  title: 'title',
  ownerId: 'owner',
  dueDate: 'due date',
  themeId: 'theme',
  description: 'description',
  recommendationIds: 'recommendations answered',
  partners: 'partner agencies',
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Every entry the sources hold, in no particular order. */
export function auditEntries(sources: AuditSources): ScopedEntry[] {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]))
  const people = byId(sources.people)
  const boards = byId(sources.boards)
  const plans = byId(sources.plans)
  const milestones = byId(sources.milestones)
  const dateChanges = byId(sources.dateChanges)
  const measures = byId(sources.measures)
  const personName = (id: string) => people.get(id)?.name ?? 'someone no longer known'
  const by = (id: string | null) => (id === null ? null : { id, name: people.get(id)?.name ?? 'Unknown person' })
  const boardName = (id: string) => boards.get(id)?.name ?? 'a board no longer known'

  const entry = (
    fields: { id: string; at: string; byId: string | null; kind: AuditKind; summary: string; boardIds: string[]; precision?: 'instant' | 'day' },
    subject: { type: AuditSubjectType; id: string; title: string },
  ): ScopedEntry => ({
    id: fields.id,
    at: fields.at,
    precision: fields.precision ?? 'instant',
    by: by(fields.byId),
    kind: fields.kind,
    summary: fields.summary,
    subject,
    boardId: fields.boardIds.length === 1 ? fields.boardIds[0]! : null,
    boardIds: fields.boardIds,
    link: auditLink(subject),
  })

  const changeWords = (change: MilestoneChange): string => {
    const value = (text: string | null) => {
      if (text === null || text === '') return 'nothing'
      if (change.field === 'dueDate') return formatIsoDate(text)
      if (change.field === 'ownerId') return personName(text)
      return null
    }
    const from = value(change.from)
    const to = value(change.to)
    return from !== null && to !== null ? `${changeNames[change.field]} changed from ${from} to ${to}` : `${changeNames[change.field]} changed`
  }
  const ragChange = (from: Rag | null, to: Rag) =>
    from === null ? `Status set to ${ragLabels[to]}` : from === to ? `Status confirmed as ${ragLabels[to]}` : `Status changed from ${ragLabels[from]} to ${ragLabels[to]}`
  const dates = (update: StoredMilestoneUpdate) => {
    const change = update.dateChangeId ? dateChanges.get(update.dateChangeId) : undefined
    return change ? `${formatIsoDate(change.toDate)} (was ${formatIsoDate(change.fromDate)})` : update.revisedDueDate ? formatIsoDate(update.revisedDueDate) : 'a new due date'
  }
  const updateSummary = (update: StoredMilestoneUpdate): string => {
    const changes = update.changes.map(changeWords)
    switch (update.kind) {
      case 'created':
        return 'Milestone added'
      case 'status':
        return [ragChange(update.fromRag, update.rag), ...changes].join('; ')
      case 'edit':
        return changes.length > 0 ? sentence(changes.join('; ')) : 'Milestone changed'
      case 'date-proposed':
        return `New due date proposed: ${dates(update)}`
      case 'date-agreed':
        return `New due date agreed: ${dates(update)}`
      case 'date-refused':
        return `New due date refused: ${dates(update)}`
      case 'signed-off':
        return 'Completion signed off'
      case 'sent-back':
        return `Completion sent back; status now ${ragLabels[update.rag]}`
      case 'closed':
        return 'Milestone closed'
    }
  }

  const found: ScopedEntry[] = []
  for (const update of sources.milestoneUpdates) {
    const milestone = milestones.get(update.milestoneId)
    const boardId = milestone ? plans.get(milestone.planId)?.boardId : undefined
    found.push(
      entry(
        { id: `update:${update.id}`, at: update.at, byId: update.authorId, kind: updateKinds[update.kind], summary: updateSummary(update), boardIds: boardId ? [boardId] : [] },
        { type: 'milestone', id: update.milestoneId, title: milestone?.title ?? 'A milestone no longer kept' },
      ),
    )
  }
  for (const plan of sources.plans) {
    if (plan.status !== 'agreed' || !plan.agreedOn) continue
    found.push(
      entry(
        {
          id: `plan-agreed:${plan.id}`,
          // Only the day of the agreement is kept.
          at: `${plan.agreedOn}T00:00:00.000Z`,
          precision: 'day',
          byId: plan.agreedRecordedById,
          kind: 'plan-agreed',
          summary: `Plan agreed by ${plan.agreedBy ?? 'the board'}`,
          boardIds: [plan.boardId],
        },
        { type: 'plan', id: plan.id, title: plan.title },
      ),
    )
  }
  for (const record of sources.planImports) {
    const plan = plans.get(record.planId)
    const rows = record.rowCount === 1 ? '1 milestone' : `${record.rowCount} milestones`
    found.push(
      entry(
        { id: `import:${record.id}`, at: record.importedAt, byId: record.importedById, kind: 'spreadsheet-imported', summary: `Spreadsheet “${record.fileName}” imported: ${rows}`, boardIds: plan ? [plan.boardId] : [] },
        { type: 'plan', id: record.planId, title: plan?.title ?? 'A plan no longer kept' },
      ),
    )
  }
  for (const report of sources.reports) {
    report.history.forEach((event, index) => {
      const summary = event.from === null ? 'Report requested' : `Status changed from ${reportStatusLabels[event.from]} to ${reportStatusLabels[event.to]}`
      found.push(
        entry(
          { id: `report:${report.id}:${index}`, at: event.at, byId: event.byId, kind: 'report-status', summary, boardIds: [report.requestedByBoardId] },
          { type: 'report', id: report.id, title: report.title },
        ),
      )
    })
  }
  for (const actual of sources.measureActuals) {
    const measure = measures.get(actual.measureId)
    const boardId = measure ? plans.get(measure.planId)?.boardId : undefined
    const subject = { type: 'measure' as const, id: actual.measureId, title: measure?.name ?? 'A measure no longer kept' }
    const figure = (value: number) => (!measure?.unit ? String(value) : measure.unit === '%' ? `${value}%` : `${value} ${measure.unit}`)
    const month = monthInWords(actual.month)
    const boardIds = boardId ? [boardId] : []
    // Each correction keeps the value it replaced: the first value recorded is the oldest's, or the current one.
    const values = [...actual.corrections.map((correction) => correction.value), actual.value]
    found.push(
      entry({ id: `actual:${actual.id}`, at: actual.recordedAt, byId: actual.recordedById, kind: 'actual-recorded', summary: `${month} recorded as ${figure(values[0]!)}`, boardIds }, subject),
    )
    actual.corrections.forEach((correction, index) => {
      found.push(
        entry(
          { id: `actual:${actual.id}:${index}`, at: correction.at, byId: correction.byId, kind: 'actual-corrected', summary: `${month} corrected from ${figure(correction.value)} to ${figure(values[index + 1]!)}`, boardIds },
          subject,
        ),
      )
    })
  }
  for (const change of sources.personChanges) {
    found.push(
      entry(
        { id: `person:${change.id}`, at: change.at, byId: change.byId, kind: 'person-changed', summary: personChangeSummary(change, boardName), boardIds: boardsOfPersonChange(change) },
        { type: 'person', id: change.personId, title: personName(change.personId) },
      ),
    )
  }
  const meetings = byId(sources.meetings)
  const meetingDay = (id: string) => {
    const meeting = meetings.get(id)
    return meeting ? formatIsoDate(meeting.date) : null
  }
  const meetingTitle = (id: string) => {
    const meeting = meetings.get(id)
    return meeting ? `${boardName(meeting.boardId)}, ${formatIsoDate(meeting.date)}` : 'A meeting no longer kept'
  }
  for (const action of sources.actions) {
    const subject = { type: 'action' as const, id: action.id, title: action.what }
    found.push(
      entry({ id: `action:${action.id}`, at: action.createdAt, byId: action.createdById, kind: 'action-recorded', summary: meetingDay(action.meetingId) ? `Action recorded at the meeting of ${meetingDay(action.meetingId)}` : 'Action recorded', boardIds: [action.boardId] }, subject),
    )
    if (action.status === 'done' && action.doneAt) {
      found.push(entry({ id: `action-done:${action.id}`, at: action.doneAt, byId: action.doneById, kind: 'action-done', summary: action.note ? `Action done: ${action.note}` : 'Action done', boardIds: [action.boardId] }, subject))
    }
  }
  for (const pack of sources.packs) {
    found.push(
      entry(
        {
          id: `pack:${pack.id}`,
          at: pack.publishedAt,
          byId: pack.publishedById,
          kind: 'pack-published',
          summary: pack.number === 1 ? 'Meeting pack published' : `Meeting pack published again (version ${pack.number})${pack.reason ? `: ${pack.reason}` : ''}`,
          boardIds: [pack.boardId],
        },
        { type: 'meeting', id: pack.meetingId, title: meetingTitle(pack.meetingId) },
      ),
    )
  }
  return found
}

/** Newest first; two entries of one instant in a fixed order, so paging never skips or repeats one. */
function compareNewestFirst(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/** Where the page after an entry starts: its instant (milliseconds) and id. Opaque to clients. */
function cursorOf(entry: AuditEntry): string {
  return `${Date.parse(entry.at)}.${entry.id}`
}

/** The position a cursor names, or null when it is not one this API wrote. */
export function readCursor(cursor: string): { at: number; id: string } | null {
  const match = /^(\d{1,15})\.(.+)$/.exec(cursor)
  return match ? { at: Number(match[1]), id: match[2]! } : null
}

/**
 * One page of the entries a person may see, filtered and newest first. `boardIds` is the boards
 * whose entries they see (a chair's own), or null for every entry (an administrator).
 */
export function auditPage(entries: ScopedEntry[], query: Omit<AuditQuery, 'cursor'> & { cursor?: { at: number; id: string } }, boardIds: ReadonlySet<string> | null): AuditPage {
  const matching = entries
    .filter((entry) => boardIds === null || entry.boardIds.some((id) => boardIds.has(id)))
    .filter((entry) => !query.boardId || entry.boardIds.includes(query.boardId))
    .filter((entry) => !query.personId || entry.by?.id === query.personId)
    .filter((entry) => {
      const day = entry.precision === 'day' ? entry.at.slice(0, 10) : todayIso(new Date(entry.at))
      return (!query.from || day >= query.from) && (!query.to || day <= query.to)
    })
    .map((entry) => ({ entry, at: Date.parse(entry.at), id: entry.id }))
    .filter((each) => !query.cursor || compareNewestFirst(query.cursor, each) < 0)
    .sort(compareNewestFirst)
  const page = matching.slice(0, AUDIT_PAGE_SIZE).map(({ entry: { boardIds: _boards, ...entry } }) => entry)
  const last = page.at(-1)
  return { entries: page, nextCursor: matching.length > AUDIT_PAGE_SIZE && last ? cursorOf(last) : null }
}
