import { http } from 'msw'
import type { MeetingPack, PackMeasure } from '@/contract/pack'
import type { StoredPlan } from '@/contract/stored'
import { recentChange, recordedBy } from '@/domain/measure-status'
import { isAwaitingSignOff } from '@/domain/milestone-status'
import { db } from '../db/database'
import { toMeasure, toMeeting, toReport } from '../rules/derive'
import { answer, json, problems } from './http'
import { withFlags } from './milestones'
import { route } from './paths'

/** History entries the pack lists as status changes: updates, and the chair's sign-off or send-back of a completion. */
const packStatusKinds = new Set<string>(['status', 'signed-off', 'sent-back'])

export const meetingPackHandlers = [
  http.get(route('/meetings/:id/pack'), ({ params }) =>
    answer(async () =>
      db.transaction('r', [db.boards, db.meetings, db.plans, db.milestones, db.milestoneUpdates, db.dateChanges, db.reports, db.measures, db.measureActuals], async () => {
        const stored = await db.meetings.get(String(params.id))
        if (!stored) throw problems.notFound('meeting')
        const board = await db.boards.get(stored.boardId)
        if (!board) throw problems.notFound('board')
        const meeting = toMeeting(stored, board)
        const earlier = (await db.meetings.where('boardId').equals(board.id).toArray())
          .filter((candidate) => candidate.date < stored.date && candidate.status !== 'cancelled')
          .sort((a, b) => b.date.localeCompare(a.date))
        const previousMeeting = earlier[0] ? toMeeting(earlier[0], board) : null

        const reports = (await db.reports.where('dueMeetingId').equals(stored.id).toArray())
          .filter((report) => report.status !== 'withdrawn')
          .map((report) => {
            const deferral = [...report.history].reverse().find((event) => event.to === 'deferred' && event.meetingId === stored.id)
            const derived = toReport(report, meeting)
            return { ...derived, deferredFromMeetingId: deferral?.fromMeetingId ?? null, late: derived.overdue }
          })
          .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))

        // A board with no plan of its own (a scrutiny committee, say) scrutinises the council's plans.
        const ownPlans = await db.plans.where('boardId').equals(board.id).toArray()
        const plans = ownPlans.length > 0 ? ownPlans : await db.plans.toArray()
        const planIds = plans.map((plan) => plan.id)
        const milestones = await withFlags(await db.milestones.where('planId').anyOf(planIds).toArray())
        const since = previousMeeting?.date ?? ''
        const milestonesDue = milestones
          .filter((milestone) => milestone.dueDate > since && milestone.dueDate <= stored.date)
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        const overdueMilestones = milestones.filter((milestone) => milestone.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate))

        const titles = new Map(milestones.map((milestone) => [milestone.id, milestone.title]))
        const until = `${stored.date}T23:59:59.999Z`
        const after = since ? `${since}T23:59:59.999Z` : ''
        const statusChanges = (await db.milestoneUpdates.where('milestoneId').anyOf([...titles.keys()]).toArray())
          .filter((update) => packStatusKinds.has(update.kind) && update.at > after && update.at <= until)
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((update) => ({ ...update, milestoneTitle: titles.get(update.milestoneId) ?? '' }))

        // Every date change proposed, agreed or refused since the previous meeting, so no slippage passes unseen.
        const inWindow = (instant: string | null) => instant !== null && instant > after && instant <= until
        const dateChanges = (await db.dateChanges.where('planId').anyOf(planIds).toArray())
          .filter((change) => titles.has(change.milestoneId) && (inWindow(change.proposedAt) || inWindow(change.decidedAt)))
          .sort((a, b) => (b.decidedAt ?? b.proposedAt).localeCompare(a.decidedAt ?? a.proposedAt))
          .map((change) => ({ ...change, milestoneTitle: titles.get(change.milestoneId) ?? '' }))
        const awaitingSignOff = milestones.filter((milestone) => isAwaitingSignOff(milestone) && !milestone.closedOn).sort((a, b) => a.dueDate.localeCompare(b.dueDate))

        const measures = await packMeasures(plans, until)

        const pack: MeetingPack = { meeting, board, previousMeeting, reports, milestonesDue, overdueMilestones, statusChanges, dateChanges, awaitingSignOff, measures }
        return json(pack)
      }),
    ),
  ),
]

/** The plans' performance measures as known at the end of the meeting's day: latest, status and the month before (by plan, then name). */
async function packMeasures(plans: StoredPlan[], until: string): Promise<PackMeasure[]> {
  const planOrder = new Map([...plans].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')).map((plan, index) => [plan.id, index]))
  const measures = await db.measures.where('planId').anyOf([...planOrder.keys()]).toArray()
  const actuals = recordedBy(await db.measureActuals.where('measureId').anyOf(measures.map((measure) => measure.id)).toArray(), until)
  return measures
    .sort((a, b) => (planOrder.get(a.planId) ?? 0) - (planOrder.get(b.planId) ?? 0) || a.name.localeCompare(b.name, 'en-GB'))
    .map((measure) => {
      const known = actuals.filter((actual) => actual.measureId === measure.id)
      return { ...toMeasure(measure, known), ...recentChange(known, measure.direction) }
    })
}
