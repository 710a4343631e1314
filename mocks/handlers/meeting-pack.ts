import { http } from 'msw'
import type { MeetingPack, PackMeasure } from '@/contract/pack'
import type { Action } from '@/contract/actions'
import type { StoredMeeting, StoredPlan } from '@/contract/stored'
import { recentChange, recordedBy } from '@/domain/measure-status'
import { isAwaitingSignOff } from '@/domain/milestone-status'
import { read, type Tx } from '../db/store'
import { toMeasure, toMeeting, toReport } from '../rules/derive'
import { actionOrder, toAction } from './actions'
import { answer, json, problems } from './http'
import { withFlags } from './milestones'
import { route } from './paths'

/** History entries the pack lists as status changes: updates, and the chair's sign-off or send-back of a completion. */
const packStatusKinds = new Set<string>(['status', 'signed-off', 'sent-back'])

export const meetingPackHandlers = [
  http.get(route('/meetings/:id/pack'), ({ params }) =>
    answer(async () =>
      read(async (tx) => {
        const stored = await tx.meetings.get(String(params.id))
        if (!stored) throw problems.notFound('meeting')
        const board = await tx.boards.get(stored.boardId)
        if (!board) throw problems.notFound('board')
        const meeting = toMeeting(stored, board, await tx.reports.where('dueMeetingId', stored.id))
        const earlier = (await tx.meetings.where('boardId', board.id))
          .filter((candidate) => candidate.date < stored.date && candidate.status !== 'cancelled')
          .sort((a, b) => b.date.localeCompare(a.date))
        const previousMeeting = earlier[0] ? toMeeting(earlier[0], board) : null

        const reports = (await tx.reports.where('dueMeetingId', stored.id))
          .filter((report) => report.status !== 'withdrawn')
          .map((report) => {
            const deferral = [...report.history].reverse().find((event) => event.to === 'deferred' && event.meetingId === stored.id)
            const derived = toReport(report, meeting)
            return { ...derived, deferredFromMeetingId: deferral?.fromMeetingId ?? null, late: derived.overdue }
          })
          .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))

        // A board with no plan of its own (a scrutiny committee, say) scrutinises the council's plans.
        const ownPlans = await tx.plans.where('boardId', board.id)
        const plans = ownPlans.length > 0 ? ownPlans : await tx.plans.all()
        const planIds = plans.map((plan) => plan.id)
        const milestones = await withFlags(tx, await tx.milestones.where('planId', planIds))
        const since = previousMeeting?.date ?? ''
        const milestonesDue = milestones
          .filter((milestone) => milestone.dueDate > since && milestone.dueDate <= stored.date)
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        const overdueMilestones = milestones.filter((milestone) => milestone.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate))

        const titles = new Map(milestones.map((milestone) => [milestone.id, milestone.title]))
        const until = `${stored.date}T23:59:59.999Z`
        const after = since ? `${since}T23:59:59.999Z` : ''
        const statusChanges = (await tx.milestoneUpdates.where('milestoneId', [...titles.keys()]))
          .filter((update) => packStatusKinds.has(update.kind) && update.at > after && update.at <= until)
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((update) => ({ ...update, milestoneTitle: titles.get(update.milestoneId) ?? '' }))

        // Every date change proposed, agreed or refused since the previous meeting, so no slippage passes unseen.
        const inWindow = (instant: string | null) => instant !== null && instant > after && instant <= until
        const dateChanges = (await tx.dateChanges.where('planId', planIds))
          .filter((change) => titles.has(change.milestoneId) && (inWindow(change.proposedAt) || inWindow(change.decidedAt)))
          .sort((a, b) => (b.decidedAt ?? b.proposedAt).localeCompare(a.decidedAt ?? a.proposedAt))
          .map((change) => ({ ...change, milestoneTitle: titles.get(change.milestoneId) ?? '' }))
        const awaitingSignOff = milestones.filter((milestone) => isAwaitingSignOff(milestone) && !milestone.closedOn).sort((a, b) => a.dueDate.localeCompare(b.dueDate))

        const measures = await packMeasures(tx, plans, until)
        const actions = await packActions(tx, stored, after)

        const pack: MeetingPack = { meeting, board, previousMeeting, reports, milestonesDue, overdueMilestones, statusChanges, dateChanges, awaitingSignOff, measures, actions }
        return json(pack)
      }),
    ),
  ),
]

/** The board's actions agreed at meetings before this one: open, or done since the previous meeting (`after`, an instant). */
async function packActions(tx: Tx, meeting: StoredMeeting, after: string): Promise<Action[]> {
  const boardMeetings = new Map((await tx.meetings.where('boardId', meeting.boardId)).map((each) => [each.id, each]))
  const dates = new Map([...boardMeetings.values()].map((each) => [each.id, each.date]))
  return (await tx.actions.where('boardId', meeting.boardId))
    .filter((action) => (boardMeetings.get(action.meetingId)?.date ?? '') < meeting.date)
    .filter((action) => action.status === 'open' || (action.doneAt ?? '') > after)
    .map((action) => toAction(action, dates))
    .sort(actionOrder)
}

/** The plans' performance measures as known at the end of the meeting's day: latest, status and the month before (by plan, then name). */
async function packMeasures(tx: Tx, plans: StoredPlan[], until: string): Promise<PackMeasure[]> {
  const planOrder = new Map([...plans].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')).map((plan, index) => [plan.id, index]))
  const measures = await tx.measures.where('planId', [...planOrder.keys()])
  const actuals = recordedBy(await tx.measureActuals.where('measureId', measures.map((measure) => measure.id)), until)
  return measures
    .sort((a, b) => (planOrder.get(a.planId) ?? 0) - (planOrder.get(b.planId) ?? 0) || a.name.localeCompare(b.name, 'en-GB'))
    .map((measure) => {
      const known = actuals.filter((actual) => actual.measureId === measure.id)
      return { ...toMeasure(measure, known), ...recentChange(known, measure.direction) }
    })
}
