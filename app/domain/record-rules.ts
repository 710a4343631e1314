import type { FieldError } from '@/contract/problem'
import { measureThresholdsSchema } from '@/contract/measures'
import { dueChoiceCount, openReportStatuses } from '@/contract/reports'
import type {
  Dataset,
  StoredAction,
  StoredBoard,
  StoredDateChange,
  StoredInspection,
  StoredMeasure,
  StoredMeeting,
  StoredMilestone,
  StoredMilestoneUpdate,
  StoredPerson,
  StoredPersonChange,
  StoredPlan,
  StoredReport,
} from '@/contract/stored'
import { inspectionsAnsweredBy } from './inspection-links'
import { mayAuthorReports, mayChairBoards, mayOwnMilestones } from './permissions'

/**
 * What a stored record must satisfy beyond its own shape: every reference resolves, to a person
 * in a role that may hold it. The API applies these to a record as it will be stored, after a
 * create or a change alike, and a restore applies them to every record of the backup: one set of
 * rules, whichever way a record arrives.
 */
export interface Records {
  person(id: string): StoredPerson | undefined
  board(id: string): StoredBoard | undefined
  meeting(id: string): StoredMeeting | undefined
  plan(id: string): StoredPlan | undefined
  inspection(id: string): StoredInspection | undefined
  milestone(id: string): StoredMilestone | undefined
  /** Every inspection read (a milestone's recommendations may come from the visits that follow its plan's inspection up). */
  allInspections(): StoredInspection[]
}

type Problems = FieldError[]
const problem = (path: string, message: string): FieldError => ({ path, message })

export function boardProblems(board: Pick<StoredBoard, 'id' | 'chairId' | 'memberIds' | 'officerIds' | 'scrutinisesBoardId'>, records: Records): Problems {
  const found: Problems = []
  const scrutinised = board.scrutinisesBoardId
  if (scrutinised && (scrutinised === board.id || !records.board(scrutinised))) {
    found.push(problem('scrutinisesBoardId', 'Select the board whose improvement plan it scrutinises from the other boards'))
  }
  const chair = records.person(board.chairId)
  if (!chair || !mayChairBoards(chair)) found.push(problem('chairId', 'Select a chair from the people who chair boards'))
  board.memberIds.forEach((id, index) => {
    if (!records.person(id)) found.push(problem(`memberIds.${index}`, 'Select members from the people the service knows'))
  })
  board.officerIds.forEach((id, index) => {
    const officer = records.person(id)
    if (!officer || !mayOwnMilestones(officer)) found.push(problem(`officerIds.${index}`, 'Select officers from the directors and heads of service'))
  })
  return found
}

export function meetingProblems(meeting: Pick<StoredMeeting, 'boardId' | 'attendance'>, records: Records): Problems {
  const found: Problems = records.board(meeting.boardId) ? [] : [problem('boardId', 'Select a board')]
  const { present = [], apologies = [] } = meeting.attendance ?? {}
  present.forEach((id, index) => {
    if (!records.person(id)) found.push(problem(`attendance.present.${index}`, 'A person recorded as present is not known'))
  })
  apologies.forEach((id, index) => {
    if (!records.person(id)) found.push(problem(`attendance.apologies.${index}`, 'A person recorded as sending apologies is not known'))
  })
  return found
}

/** An action names its meeting (of its board), and, when it says so, a known owner, due meeting (of the same board) and the people who recorded and completed it. */
export function actionProblems(action: Pick<StoredAction, 'boardId' | 'meetingId' | 'ownerId' | 'ownerName' | 'due' | 'createdById' | 'doneById'>, records: Records): Problems {
  const found: Problems = []
  const meeting = records.meeting(action.meetingId)
  if (!meeting) found.push(problem('meetingId', 'The action’s meeting is not known'))
  else if (meeting.boardId !== action.boardId) found.push(problem('boardId', 'The action names another board than its meeting’s'))
  if (action.ownerId !== null && !records.person(action.ownerId)) found.push(problem('ownerId', 'The action’s owner is not known'))
  if (action.ownerId === null && action.ownerName === null) found.push(problem('ownerId', 'The action has no owner'))
  if (action.due.kind === 'meeting') {
    const due = records.meeting(action.due.meetingId)
    if (!due || due.boardId !== action.boardId) found.push(problem('due.meetingId', 'The meeting the action is due by is not one of its board’s'))
  }
  if (!records.person(action.createdById)) found.push(problem('createdById', 'The person who recorded the action is not known'))
  if (action.doneById !== null && !records.person(action.doneById)) found.push(problem('doneById', 'The person who marked the action done is not known'))
  return found
}

export function planProblems(plan: Pick<StoredPlan, 'boardId' | 'inspectionId' | 'themes'>, records: Records): Problems {
  const found: Problems = []
  if (!records.board(plan.boardId)) found.push(problem('boardId', 'Select a board'))
  if (plan.inspectionId && !records.inspection(plan.inspectionId)) found.push(problem('inspectionId', 'Select an inspection'))
  const seen = new Set<string>()
  plan.themes.forEach((theme, index) => {
    if (seen.has(theme.id)) found.push(problem(`themes.${index}`, 'Two themes share an id'))
    seen.add(theme.id)
  })
  return found
}

export function milestoneProblems(milestone: Pick<StoredMilestone, 'planId' | 'themeId' | 'ownerId' | 'recommendationIds'>, records: Records): Problems {
  const plan = records.plan(milestone.planId)
  if (!plan) return [problem('planId', 'Select the plan')]
  const found: Problems = []
  if (!plan.themes.some((theme) => theme.id === milestone.themeId)) found.push(problem('themeId', 'Select a theme of this plan'))
  const owner = records.person(milestone.ownerId)
  if (!owner || !mayOwnMilestones(owner)) found.push(problem('ownerId', 'Select an owner: a director or head of service'))
  if (milestone.recommendationIds.length > 0) {
    const answered = inspectionsAnsweredBy(plan.inspectionId, records.allInspections())
    const known = new Set(answered.flatMap((id) => records.inspection(id)?.recommendations.map((recommendation) => recommendation.id) ?? []))
    const unknown = milestone.recommendationIds.findIndex((id) => !known.has(id))
    if (unknown >= 0) found.push(problem(`recommendationIds.${unknown}`, 'Select recommendations of the inspection the plan answers'))
  }
  return found
}

/** A visit follows up a full inspection the service knows; no recommendation id is used by two inspections (a milestone names recommendations by id alone). */
export function inspectionProblems(inspection: Pick<StoredInspection, 'id' | 'kind' | 'recommendations'> & { followsInspectionId?: string | null | undefined }, records: Records): Problems {
  const found: Problems = []
  if (inspection.followsInspectionId) {
    const followed = records.inspection(inspection.followsInspectionId)
    if (!followed || followed.kind !== 'full-inspection' || followed.id === inspection.id) {
      found.push(problem('followsInspectionId', 'Select the full inspection this visit follows up'))
    }
  }
  const elsewhere = new Set(records.allInspections().filter((other) => other.id !== inspection.id).flatMap((other) => other.recommendations.map((rec) => rec.id)))
  inspection.recommendations.forEach((recommendation, index) => {
    if (elsewhere.has(recommendation.id)) found.push(problem(`recommendations.${index}.id`, 'Another inspection’s recommendation has this id: give each recommendation its own'))
  })
  return found
}

export function milestoneUpdateProblems(update: Pick<StoredMilestoneUpdate, 'milestoneId' | 'authorId'>, records: Records): Problems {
  const found: Problems = []
  if (!records.milestone(update.milestoneId)) found.push(problem('milestoneId', 'The update’s milestone is not known'))
  if (!records.person(update.authorId)) found.push(problem('authorId', 'The update’s author is not known'))
  return found
}

export function reportProblems(
  report: Pick<StoredReport, 'requestedByBoardId' | 'requestedAtMeetingId' | 'dueMeetingId' | 'dueMonth' | 'dueNextMeeting' | 'authorId' | 'history' | 'previousInstanceId'>,
  records: Records,
  /** A considered, withdrawn or submitted report may keep a due meeting that is past; only an open one must be due somewhere. */
  options: { open: boolean } = { open: true },
): Problems {
  const board = records.board(report.requestedByBoardId)
  if (!board) return [problem('requestedByBoardId', 'Select the board asking for the report')]
  const found: Problems = []
  const author = records.person(report.authorId)
  if (!author || !mayAuthorReports(author)) found.push(problem('authorId', 'Select the report’s author: a director or head of service'))
  for (const field of ['requestedAtMeetingId', 'dueMeetingId'] as const) {
    const id = report[field]
    if (id && records.meeting(id)?.boardId !== board.id) found.push(problem(field, `Select a meeting of ${board.name}`))
  }
  const due = dueChoiceCount(report)
  if (due > 1 || (due === 0 && options.open)) found.push(problem('due', 'Select when the report is due: a meeting, a month or the next meeting'))
  report.history.forEach((event, index) => {
    if (!records.person(event.byId)) found.push(problem(`history.${index}.byId`, 'The person who made this change is not known'))
  })
  return found
}

export function personChangeProblems(entry: Pick<StoredPersonChange, 'personId' | 'byId' | 'changes'>, records: Records): Problems {
  const found: Problems = []
  if (!records.person(entry.personId)) found.push(problem('personId', 'The person this change is about is not known'))
  if (entry.byId !== null && !records.person(entry.byId)) found.push(problem('byId', 'The person who made this change is not known'))
  entry.changes.forEach((change, index) => {
    if (change.field === 'board' && !records.board(change.boardId)) found.push(problem(`changes.${index}.boardId`, 'The board of this change is not known'))
  })
  return found
}

export function dateChangeProblems(change: Pick<StoredDateChange, 'milestoneId' | 'planId' | 'proposedById' | 'decidedById'>, records: Records): Problems {
  const found: Problems = []
  const milestone = records.milestone(change.milestoneId)
  if (!milestone) found.push(problem('milestoneId', 'The date change’s milestone is not known'))
  else if (milestone.planId !== change.planId) found.push(problem('planId', 'The date change names another plan than its milestone’s'))
  if (!records.person(change.proposedById)) found.push(problem('proposedById', 'The person who proposed the date is not known'))
  if (change.decidedById && !records.person(change.decidedById)) found.push(problem('decidedById', 'The person who decided the date is not known'))
  return found
}

export function measureProblems(
  measure: Pick<StoredMeasure, 'planId' | 'themeId' | 'ownerId' | 'milestoneIds' | 'direction' | 'greenFrom' | 'amberFrom'>,
  records: Records,
): Problems {
  const plan = records.plan(measure.planId)
  if (!plan) return [problem('planId', 'Select the plan')]
  // Green must be the better threshold: one the API would refuse to store, a restore refuses too.
  const thresholds = measureThresholdsSchema.safeParse(measure)
  const found: Problems = thresholds.success ? [] : thresholds.error.issues.map((issue) => problem(issue.path.join('.'), issue.message))
  if (measure.themeId !== null && !plan.themes.some((theme) => theme.id === measure.themeId)) found.push(problem('themeId', 'Select a theme of this plan'))
  const owner = records.person(measure.ownerId)
  if (!owner || !mayOwnMilestones(owner)) found.push(problem('ownerId', 'Select an owner: a director or head of service'))
  measure.milestoneIds.forEach((id, index) => {
    if (records.milestone(id)?.planId !== plan.id) found.push(problem(`milestoneIds.${index}`, 'Select milestones of this plan'))
  })
  return found
}

/**
 * People newly named in a record (an owner, an author, a chair, a member, an officer) must be
 * active; those the record named before stay, as the history does.
 */
export function newlyChosenProblems(path: string, ids: readonly string[], before: readonly string[], records: Records): Problems {
  const kept = new Set(before)
  return ids.flatMap((id, index) => {
    const person = records.person(id)
    if (kept.has(id) || !person || person.active) return []
    return [problem(ids.length === 1 && !path.endsWith('Ids') ? path : `${path}.${index}`, `${person.name} has been deactivated: choose someone active`)]
  })
}

type RecordLists = {
  people?: StoredPerson[]
  boards?: StoredBoard[]
  meetings?: StoredMeeting[]
  plans?: StoredPlan[]
  inspections?: StoredInspection[]
  milestones?: StoredMilestone[]
}

/** Records to look up by id, from lists of them (a whole backup, or the few a write touches). */
export function recordsFrom(lists: RecordLists): Records {
  const index = <T extends { id: string }>(list: T[] = []) => new Map(list.map((item) => [item.id, item]))
  const people = index(lists.people)
  const boards = index(lists.boards)
  const meetings = index(lists.meetings)
  const plans = index(lists.plans)
  const inspections = index(lists.inspections)
  const milestones = index(lists.milestones)
  return {
    person: (id) => people.get(id),
    board: (id) => boards.get(id),
    meeting: (id) => meetings.get(id),
    plan: (id) => plans.get(id),
    inspection: (id) => inspections.get(id),
    milestone: (id) => milestones.get(id),
    allInspections: () => [...inspections.values()],
  }
}

/** Every record of a whole dataset (a backup), checked by the rules the API applies to each write. */
export function datasetProblems(data: Dataset, limit = 20): FieldError[] {
  const records = recordsFrom(data)
  const reports = new Map(data.reports.map((report) => [report.id, report]))
  const found: FieldError[] = []
  const add = (table: string, position: number, problems: Problems) => {
    for (const each of problems) if (found.length < limit) found.push({ path: `data.${table}.${position}.${each.path}`, message: each.message })
  }
  for (const [table, list] of Object.entries(data) as Array<[string, Array<{ id: string }>]>) {
    const seen = new Set<string>()
    list.forEach((record, position) => {
      if (seen.has(record.id)) add(table, position, [problem('id', `Two records in ${table} share the id ${record.id}`)])
      seen.add(record.id)
    })
  }
  data.boards.forEach((board, position) => add('boards', position, boardProblems(board, records)))
  data.meetings.forEach((meeting, position) => add('meetings', position, meetingProblems(meeting, records)))
  data.inspections.forEach((inspection, position) => add('inspections', position, inspectionProblems(inspection, records)))
  data.plans.forEach((plan, position) => add('plans', position, planProblems(plan, records)))
  data.milestones.forEach((milestone, position) => add('milestones', position, milestoneProblems(milestone, records)))
  data.milestoneUpdates.forEach((update, position) => add('milestoneUpdates', position, milestoneUpdateProblems(update, records)))
  data.dateChanges.forEach((change, position) => add('dateChanges', position, dateChangeProblems(change, records)))
  data.personChanges.forEach((entry, position) => add('personChanges', position, personChangeProblems(entry, records)))
  data.actions.forEach((action, position) => add('actions', position, actionProblems(action, records)))
  const published = new Set<string>()
  data.packs.forEach((pack, position) => {
    const found: Problems = []
    const meeting = records.meeting(pack.meetingId)
    if (!meeting) found.push(problem('meetingId', 'The published pack’s meeting is not known'))
    else if (meeting.boardId !== pack.boardId) found.push(problem('boardId', 'The published pack names another board than its meeting’s'))
    if (pack.publishedById !== null && !records.person(pack.publishedById)) found.push(problem('publishedById', 'The person who published the pack is not known'))
    // Publications of a meeting are numbered once each: a second "1" would leave which is current to the order of the file.
    const key = JSON.stringify([pack.meetingId, pack.number])
    if (published.has(key)) found.push(problem('number', `Two publications of one meeting’s pack are number ${pack.number}`))
    published.add(key)
    add('packs', position, found)
  })
  data.measures.forEach((measure, position) => add('measures', position, measureProblems(measure, records)))
  const measures = new Set(data.measures.map((measure) => measure.id))
  const monthsRecorded = new Set<string>()
  data.measureActuals.forEach((actual, position) => {
    const found: Problems = []
    if (!measures.has(actual.measureId)) found.push(problem('measureId', 'The actual’s measure is not in the backup'))
    if (!records.person(actual.recordedById)) found.push(problem('recordedById', 'The person who recorded the actual is not known'))
    // One actual per measure and month: a second would make "the latest" depend on the order of the file.
    const key = JSON.stringify([actual.measureId, actual.month])
    if (monthsRecorded.has(key)) found.push(problem('month', `Two actuals of one measure are for ${actual.month}`))
    monthsRecorded.add(key)
    actual.corrections.forEach((correction, index) => {
      if (!records.person(correction.byId)) found.push(problem(`corrections.${index}.byId`, 'The person who corrected the actual is not known'))
    })
    add('measureActuals', position, found)
  })
  data.planImports.forEach((record, position) => {
    const found: Problems = records.plan(record.planId) ? [] : [problem('planId', 'The import’s plan is not in the backup')]
    if (!records.person(record.importedById)) found.push(problem('importedById', 'The person who imported the file is not known'))
    add('planImports', position, found)
  })
  data.reports.forEach((report, position) => {
    const problems = reportProblems(report, records, { open: openReportStatuses.includes(report.status) })
    if (report.previousInstanceId && !reports.has(report.previousInstanceId)) problems.push(problem('previousInstanceId', 'The report this one follows is not in the backup'))
    add('reports', position, problems)
  })
  return found
}
