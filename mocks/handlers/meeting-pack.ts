import { http } from 'msw'
import { publishPackInputSchema, type MeetingPack, type PackChanges, type PackMeasure, type PackMilestoneChange, type PackMilestoneStatus, type StoredPack } from '@/contract/pack'
import type { Action } from '@/contract/actions'
import type { Milestone } from '@/contract/milestones'
import type { StoredBoard, StoredMeeting, StoredMilestoneUpdate, StoredPlan } from '@/contract/stored'
import { mayPublishPacks } from '@/domain/permissions'
import { todayIso } from '@/domain/today'
import { recentChange, recordedBy } from '@/domain/measure-status'
import { isAwaitingSignOff } from '@/domain/milestone-status'
import { read, write, type Tx } from '../db/store'
import { toMeasure, toMeeting, toReport } from '../rules/derive'
import { actionOrder, toAction } from './actions'
import { actingPerson, answer, boardFor, json, newId, nowInstant, problems, readBody } from './http'
import { latestUpdateEach, withFlags } from './milestone-store'
import { route } from './paths'

/** History entries the pack lists as status changes: updates, and the chair's sign-off or send-back of a completion. */
const packStatusKinds = new Set<string>(['status', 'signed-off', 'sent-back'])

/**
 * The pack of a meeting as its data stands now (the live draft): reports due, milestones due and
 * overdue, what changed since the previous meeting, measures, actions from previous meetings, and
 * every milestone's status as it stood at the end of the meeting's day.
 */
async function buildPack(tx: Tx, stored: StoredMeeting): Promise<MeetingPack> {
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
  const storedMilestones = await tx.milestones.where('planId', planIds)
  const updates = storedMilestones.length === 0 ? [] : await tx.milestoneUpdates.where('milestoneId', storedMilestones.map((milestone) => milestone.id))
  const milestones = await withFlags(tx, storedMilestones, updates)
  const since = previousMeeting?.date ?? ''
  const milestonesDue = milestones
    .filter((milestone) => milestone.dueDate > since && milestone.dueDate <= stored.date)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  const overdueMilestones = milestones.filter((milestone) => milestone.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate))

  const titles = new Map(milestones.map((milestone) => [milestone.id, milestone.title]))
  const until = `${stored.date}T23:59:59.999Z`
  const after = since ? `${since}T23:59:59.999Z` : ''
  const statusChanges = updates
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
  const themes = new Map(plans.flatMap((plan) => plan.themes.map((theme) => [theme.id, theme.title] as const)))
  const milestoneStatuses = statusesAt(milestones, updates, until, themes)

  return { meeting, board, previousMeeting, reports, milestonesDue, overdueMilestones, statusChanges, dateChanges, awaitingSignOff, measures, actions, milestoneStatuses, publication: null }
}

/**
 * Each milestone as it stood at `until`: its status from the latest status update by then (its
 * status now, when it has none), its due date now, and whether it was closed by then; its theme, and
 * whether it has slipped or is overdue as the pack is made.
 */
function statusesAt(
  milestones: readonly Milestone[],
  updates: readonly StoredMilestoneUpdate[],
  until: string,
  themes: ReadonlyMap<string, string>,
): PackMilestoneStatus[] {
  const latest = latestUpdateEach(updates, (update) => update.at <= until && Boolean(update.rag))
  const day = until.slice(0, 10)
  return milestones
    .map((milestone) => ({
      id: milestone.id,
      title: milestone.title,
      rag: latest.get(milestone.id)?.rag ?? milestone.rag,
      dueDate: milestone.dueDate,
      closedOn: milestone.closedOn && milestone.closedOn <= day ? milestone.closedOn : null,
      theme: themes.get(milestone.themeId) ?? 'No theme',
      slipped: milestone.slipped,
      slippedDays: milestone.slippedDays,
      overdue: milestone.overdue,
      awaitingSignOff: isAwaitingSignOff(milestone),
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** A meeting's published packs, oldest first. */
async function packsOf(tx: Tx, meetingId: string): Promise<StoredPack[]> {
  return (await tx.packs.where('meetingId', meetingId)).sort((a, b) => a.number - b.number)
}

/** A stored pack as answered: its frozen content, with its publication. */
function frozen(pack: StoredPack): MeetingPack {
  const { content, number, publishedAt, publishedById, reason } = pack
  return { ...content, publication: { number, publishedAt, publishedById, reason } }
}

/** Freezes the meeting's pack as it stands now, as publication number `number`. */
async function publish(tx: Tx, meeting: StoredMeeting, number: number, publishedById: string | null, reason: string | null, publishedAt = nowInstant()): Promise<StoredPack> {
  const content = await buildPack(tx, meeting)
  const pack: StoredPack = { id: newId('pack'), meetingId: meeting.id, boardId: meeting.boardId, number, publishedAt, publishedById, reason, content }
  await tx.packs.add(pack)
  return pack
}

/**
 * The demo's published packs, made when the demo is set up or reset: the improvement board's
 * meeting before last, frozen by itself at its papers deadline, and its last meeting, published by
 * the chair and published again with a reason.
 */
export async function publishDemoPacks(tx: Tx): Promise<void> {
  const board = await tx.boards.get('board-improvement')
  if (!board) return
  const held = (await tx.meetings.where('boardId', board.id)).filter((meeting) => meeting.status !== 'cancelled' && meeting.date < todayIso()).sort((a, b) => a.date.localeCompare(b.date))
  const [beforeLast, last] = held.slice(-2)
  const deadline = (meeting: StoredMeeting, time: string) => `${toMeeting(meeting, board).papersDeadline}T${time}:00.000Z`
  if (beforeLast) await publish(tx, beforeLast, 1, null, null, deadline(beforeLast, '23:59'))
  if (last) {
    await publish(tx, last, 1, board.chairId, null, deadline(last, '09:30'))
    await publish(tx, last, 2, board.chairId, 'The performance report was replaced with the figures corrected after the data audit.', deadline(last, '16:00'))
  }
}

/** Whether a meeting's pack is due to freeze by itself: not cancelled, and its papers deadline has passed. */
function pastDeadline(meeting: StoredMeeting, board: StoredBoard | undefined): boolean {
  return meeting.status !== 'cancelled' && toMeeting(meeting, board).papersDeadline < todayIso()
}

/**
 * The meeting's latest published pack; if it has none and its papers deadline has passed, it is
 * frozen now (once: the write re-checks, so two readers cannot both freeze it).
 */
async function latestPack(meetingId: string): Promise<{ meeting: StoredMeeting; pack: StoredPack | undefined }> {
  const found = await read(async (tx) => {
    const meeting = await tx.meetings.get(meetingId)
    if (!meeting) throw problems.notFound('meeting')
    return { meeting, pack: (await packsOf(tx, meeting.id)).at(-1), board: await tx.boards.get(meeting.boardId) }
  })
  if (found.pack || !pastDeadline(found.meeting, found.board)) return { meeting: found.meeting, pack: found.pack }
  return write(async (tx) => {
    const meeting = await tx.meetings.get(meetingId)
    if (!meeting) throw problems.notFound('meeting')
    const pack = (await packsOf(tx, meeting.id)).at(-1) ?? (await publish(tx, meeting, 1, null, null))
    return { meeting, pack }
  })
}

export const meetingPackHandlers = [
  /** The published pack (frozen at the papers deadline, or when the chair published it); before that, the live draft. */
  http.get(route('/meetings/:id/pack'), ({ params }) =>
    answer(async () => {
      const { meeting, pack } = await latestPack(String(params.id))
      if (pack) return json(frozen(pack))
      return json(await read((tx) => buildPack(tx, meeting)))
    }),
  ),

  /** Every publication of the meeting's pack, oldest first (without their content). */
  http.get(route('/meetings/:id/packs'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const meeting = await tx.meetings.get(String(params.id))
        if (!meeting) throw problems.notFound('meeting')
        return json((await packsOf(tx, meeting.id)).map(({ number, publishedAt, publishedById, reason }) => ({ number, publishedAt, publishedById, reason })))
      }),
    ),
  ),

  /** One publication, as it was published: earlier versions stay readable. */
  http.get(route('/meetings/:id/packs/:number'), ({ params }) =>
    answer(() =>
      read(async (tx) => {
        const pack = (await packsOf(tx, String(params.id))).find((each) => String(each.number) === String(params.number))
        if (!pack) throw problems.notFound('published pack', 'This meeting has no published pack with that number.')
        return json(frozen(pack))
      }),
    ),
  ),

  /** The chair publishes the pack now; publishing it again needs a reason. */
  http.post(route('/meetings/:id/packs'), ({ request, params }) =>
    answer(async () => {
      const input = await readBody(request, publishPackInputSchema)
      return write(async (tx) => {
        const meeting = await tx.meetings.get(String(params.id))
        if (!meeting) throw problems.notFound('meeting')
        await boardFor(tx, meeting.boardId, request, mayPublishPacks)
        if (meeting.status === 'cancelled') throw problems.conflict('This meeting is cancelled: its pack cannot be published.')
        const earlier = await packsOf(tx, meeting.id)
        if (earlier.length > 0 && !input.reason) throw problems.validation([{ path: 'reason', message: 'Say why the pack is published again' }])
        const actor = await actingPerson(tx, request)
        const pack = await publish(tx, meeting, earlier.length + 1, actor.id, earlier.length > 0 ? input.reason : null)
        return json(frozen(pack), { status: 201, headers: { Location: `/api/meetings/${meeting.id}/packs/${pack.number}` } })
      })
    }),
  ),

  /**
   * Changes since the last meeting: from the previous meeting's latest published pack to this
   * meeting's (or, until it is published, its live draft: provisional), so it reads the same
   * whenever it is read once both are published.
   */
  http.get(route('/meetings/:id/changes'), ({ params }) =>
    answer(async () => {
      const { meeting, pack } = await latestPack(String(params.id))
      const to = pack ? frozen(pack) : await read((tx) => buildPack(tx, meeting))
      // The previous meeting's pack freezes too, if its deadline has passed and nobody has read it yet.
      const previous = to.previousMeeting ? (await latestPack(to.previousMeeting.id)).pack : undefined
      const changes: PackChanges = {
        from: previous ? { meetingId: previous.meetingId, number: previous.number } : null,
        to: { meetingId: meeting.id, number: pack?.number ?? null },
        provisional: !pack,
        changes: previous ? milestoneChanges(previous.content.milestoneStatuses, to.milestoneStatuses) : [],
      }
      return json(changes)
    }),
  ),
]

/** Milestones whose status, due date or closing differs between two packs, or that only one has; by title. */
export function milestoneChanges(before: readonly PackMilestoneStatus[], after: readonly PackMilestoneStatus[]): PackMilestoneChange[] {
  const earlier = new Map(before.map((each) => [each.id, each]))
  const later = new Map(after.map((each) => [each.id, each]))
  const ids = new Set([...earlier.keys(), ...later.keys()])
  return [...ids]
    .flatMap((id) => {
      const was = earlier.get(id) ?? null
      const now = later.get(id) ?? null
      const same = was && now && was.rag === now.rag && was.dueDate === now.dueDate && was.closedOn === now.closedOn
      return same ? [] : [{ id, title: (now ?? was)!.title, before: was, after: now }]
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
}

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
