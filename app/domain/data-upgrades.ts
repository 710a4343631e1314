import { COUNCIL_ID } from '@/contract/council'
import { todayIso } from './today'

/**
 * How data written by an older version of the app becomes today's: one function, used by the
 * browser store's upgrade (mocks/db/migrations.ts) and by a restore of an older backup alike, so a
 * backup and a store of the same age end up the same. It works on plain records, before they are
 * checked against today's schemas; each step takes the data of its version to the next.
 */
type Row = Record<string, unknown>
export type LooseDataset = Record<string, Row[]>

/** All data before schema 3 began as the Northshire demo: the only way to start then. */
export const COUNCIL_NAME_BEFORE_SETUP = 'Northshire County Council'

/** Text kept in place of a reason the old versions never asked for. */
export const AGREED_BEFORE_RECORDING = 'Agreed before the app recorded who agreed plans'

const rows = (data: LooseDataset, table: string): Row[] => (Array.isArray(data[table]) ? data[table] : [])
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** 1 → 2: people gain isAdmin. Chairs could restore and reset before; they keep that power as administrators. */
function toVersion2(data: LooseDataset): LooseDataset {
  return { ...data, people: rows(data, 'people').map((person) => ({ ...person, isAdmin: person.isAdmin ?? person.role === 'chair' })) }
}

interface DueDateChange {
  update: Row
  from: string
  to: string
}

/** Every due date change a milestone's history records, oldest first. */
function dueDateChanges(updates: Row[]): Map<string, DueDateChange[]> {
  const byMilestone = new Map<string, DueDateChange[]>()
  const sorted = [...updates].sort((a, b) => String(a.at).localeCompare(String(b.at)))
  for (const update of sorted) {
    const changes = Array.isArray(update.changes) ? (update.changes as Row[]) : []
    for (const change of changes) {
      const from = text(change.from)
      const to = text(change.to)
      if (change.field !== 'dueDate' || !from || !to) continue
      const milestoneId = String(update.milestoneId)
      byMilestone.set(milestoneId, [...(byMilestone.get(milestoneId) ?? []), { update, from, to }])
    }
  }
  return byMilestone
}

/**
 * 2 → 3: a council record; people gain email and active; boards gain officers (the directors who
 * own its milestones or write its reports); plans are agreed (when they hold milestones) and each
 * milestone's baseline is its first due date in its history; every due date change recorded so far
 * becomes an agreed date change; Complete milestones count as signed off; measures and imports begin empty.
 */
function toVersion3(data: LooseDataset): LooseDataset {
  const people = rows(data, 'people')
  const plans = rows(data, 'plans')
  const milestones = rows(data, 'milestones')
  const reports = rows(data, 'reports')
  const changesByMilestone = dueDateChanges(rows(data, 'milestoneUpdates'))
  const directors = new Set(people.filter((person) => person.role === 'director').map((person) => String(person.id)))

  const milestonesByPlan = new Map<string, Row[]>()
  for (const milestone of milestones) {
    const planId = String(milestone.planId)
    milestonesByPlan.set(planId, [...(milestonesByPlan.get(planId) ?? []), milestone])
  }

  const boardOfPlan = new Map(plans.map((plan) => [String(plan.id), String(plan.boardId)]))
  const officersByBoard = new Map<string, Set<string>>()
  const addOfficer = (boardId: string | undefined, personId: unknown) => {
    if (!boardId || typeof personId !== 'string' || !directors.has(personId)) return
    officersByBoard.set(boardId, (officersByBoard.get(boardId) ?? new Set()).add(personId))
  }
  milestones.forEach((milestone) => addOfficer(boardOfPlan.get(String(milestone.planId)), milestone.ownerId))
  reports.forEach((report) => addOfficer(text(report.requestedByBoardId), report.authorId))

  const agreedOnOf = (planId: string): string | null => {
    const created = (milestonesByPlan.get(planId) ?? []).map((milestone) => text(milestone.createdAt)).filter((at): at is string => !!at).sort()[0]
    return created ? todayIso(new Date(created)) : null
  }
  const upgradedPlans = plans.map((plan) => {
    if (plan.status !== undefined) return plan
    const agreedOn = agreedOnOf(String(plan.id))
    return agreedOn
      ? { ...plan, status: 'agreed', agreedBy: AGREED_BEFORE_RECORDING, agreedOn, agreedRecordedById: null }
      : { ...plan, status: 'draft', agreedBy: null, agreedOn: null, agreedRecordedById: null }
  })
  const agreedPlans = new Set(upgradedPlans.filter((plan) => plan.status === 'agreed').map((plan) => String(plan.id)))

  const dateChanges: Row[] = [...rows(data, 'dateChanges')]
  const upgradedMilestones = milestones.map((milestone) => {
    if (milestone.baselineDueDate !== undefined) return milestone
    const id = String(milestone.id)
    const changes = changesByMilestone.get(id) ?? []
    const agreed = agreedPlans.has(String(milestone.planId))
    for (const { update, from, to } of agreed ? changes : []) {
      dateChanges.push({
        id: `datechange-${String(update.id)}`,
        milestoneId: id,
        planId: milestone.planId,
        fromDate: from,
        toDate: to,
        reason: text(update.commentary)?.trim() || 'No reason was asked for when this date changed.',
        status: 'agreed',
        proposedById: update.authorId,
        proposedAt: update.at,
        decidedById: update.authorId,
        decidedAt: update.at,
        decisionNote: null,
        version: 1,
      })
    }
    const complete = milestone.rag === 'blue'
    return {
      ...milestone,
      baselineDueDate: agreed ? (changes[0]?.from ?? milestone.dueDate) : null,
      signOff: complete ? 'signed-off' : null,
      signedOffById: null,
      signedOffOn: complete ? (milestone.completedOn ?? null) : null,
      closedOn: null,
      closedReason: null,
    }
  })

  const council = rows(data, 'council')
  return {
    ...data,
    council: council.length > 0 || people.length === 0 ? council : [{ id: COUNCIL_ID, name: COUNCIL_NAME_BEFORE_SETUP, version: 1 }],
    people: people.map((person) => ({ ...person, email: person.email ?? null, active: person.active ?? true })),
    boards: rows(data, 'boards').map((board) => ({ ...board, officerIds: board.officerIds ?? [...(officersByBoard.get(String(board.id)) ?? [])].sort() })),
    // Visits name the inspection they follow up from version 3; older ones follow none up.
    inspections: rows(data, 'inspections').map((inspection) => ({ ...inspection, followsInspectionId: inspection.followsInspectionId ?? null })),
    plans: upgradedPlans,
    milestones: upgradedMilestones,
    dateChanges,
    measures: rows(data, 'measures'),
    measureActuals: rows(data, 'measureActuals'),
    planImports: rows(data, 'planImports'),
  }
}

/** 3 → 4: changes to people's roles and board seats are recorded from now on; none were before. */
function toVersion4(data: LooseDataset): LooseDataset {
  return { ...data, personChanges: rows(data, 'personChanges') }
}

/** 4 → 5: meetings' actions are kept from now on (none before); a meeting's time, agenda and attendance stay absent until set. */
function toVersion5(data: LooseDataset): LooseDataset {
  return { ...data, actions: rows(data, 'actions') }
}

/** 5 → 6: meeting packs are published (frozen) from now on; none were before. */
function toVersion6(data: LooseDataset): LooseDataset {
  return { ...data, packs: rows(data, 'packs') }
}

/** Each step, by the version it produces. */
const steps: ReadonlyArray<readonly [number, (data: LooseDataset) => LooseDataset]> = [
  [2, toVersion2],
  [3, toVersion3],
  [4, toVersion4],
  [5, toVersion5],
  [6, toVersion6],
]

/** Brings data of `fromVersion` up to the newest version, step by step. */
export function upgradeData(fromVersion: number, data: LooseDataset): LooseDataset {
  return steps.reduce((current, [version, step]) => (version > fromVersion ? step(current) : current), data)
}
