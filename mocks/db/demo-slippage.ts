import type { StoredDateChange, StoredMilestone, StoredMilestoneUpdate } from '@/contract/stored'

/**
 * The demo plan's slippage, told as a real service would: dates moved only with the board chair's
 * agreement, one new date awaiting the chair, one refused. The front door redesign is the story of
 * issue 14 done right: due 9 October 2026 (on 23 November 2026, 45 days ago), moved to 1 June 2027
 * at its director's request and with the chair's agreement, so it shows 235 days slipped.
 */
interface DemoDateChange {
  title: string
  /** Days from today: the baseline agreed with the plan, and the date asked for. */
  baseline: number
  to: number
  reason: string
  /** Who asked: the owner (a proposal), or the chair (agreed at once). */
  by: 'owner' | 'chair'
  /** Days from today. */
  proposed: number
  decision?: { status: 'agreed' | 'refused'; on: number; note: string | null }
}

const CHAIR = 'p-improvement-chair'

export const demoDateChanges: DemoDateChange[] = [
  {
    title: 'Redesign of the multi-agency front door',
    baseline: -45,
    to: 190,
    reason:
      'Police and health have asked to go live together in the new multi-agency safeguarding hub building, which the police estates team now hand over in May 2027. Until then the interim front door stays in place, with daily triage meetings and a weekly audit of contact decisions.',
    by: 'owner',
    proposed: -20,
    decision: {
      status: 'agreed',
      on: -10,
      note: 'Agreed on condition that the weekly audit of contact decisions comes to every board meeting until go-live.',
    },
  },
  {
    title: 'Data quality improvement plan for case recording',
    baseline: -30,
    to: 30,
    reason:
      'The case management system supplier has moved the release that fixes the duplicate person records from September to December. The cleansing of closed cases can only finish once that release is live.',
    by: 'owner',
    proposed: -52,
    decision: { status: 'agreed', on: -46, note: null },
  },
  {
    title: 'Agency social workers below 20% of the workforce',
    baseline: 30,
    to: 90,
    reason:
      'The board agreed a new date after the regional agency pledge, which caps agency pay rates, was put back to February 2027 by the participating councils.',
    by: 'chair',
    proposed: -18,
  },
  {
    title: 'Missing children data shared weekly with the police',
    baseline: 25,
    to: 85,
    reason: 'The data-sharing agreement is still with the police legal team, who cannot review it before the new year.',
    by: 'owner',
    proposed: -15,
    decision: {
      status: 'refused',
      on: -8,
      note: 'Refused: the date stands. Send a manual weekly return of missing episodes to the police from December while the agreement is signed.',
    },
  },
  {
    title: 'Pathway plan reviewed for every care leaver aged 18 to 21',
    baseline: 15,
    to: 75,
    reason:
      'Personal advisers carry 30 young people each until the three new posts start in January. Reviewing every pathway plan by the current date would mean dropping statutory visits, which we will not do.',
    by: 'owner',
    proposed: -3,
  },
]

/** The milestone whose owner has marked it Complete and which awaits the chair's sign-off. */
export const demoAwaitingSignOff = 'Council tax exemption for care leavers up to 25'

/**
 * Applies the demo's date changes to its milestones and their history (in place), and answers the
 * date change records. `day` and `at` lay dates out relative to today, as the rest of the demo does.
 */
export function applyDemoDateChanges(
  milestones: StoredMilestone[],
  milestoneUpdates: StoredMilestoneUpdate[],
  day: (offset: number) => string,
  at: (offset: number, hour?: number) => string,
): StoredDateChange[] {
  return demoDateChanges.map((story, index) => {
    const milestone = milestones.find((candidate) => candidate.title === story.title)
    if (!milestone) throw new Error(`The demo has no milestone called ${story.title}`)
    const id = `datechange-demo-${index + 1}`
    const fromDate = day(story.baseline)
    const toDate = day(story.to)
    const byChair = story.by === 'chair'
    const decision = byChair ? { status: 'agreed' as const, on: story.proposed, note: null } : story.decision
    const proposedAt = at(story.proposed, 16)
    const decidedAt = decision ? at(decision.on, byChair ? 16 : 17) : null
    const entry = (suffix: string, fields: Partial<StoredMilestoneUpdate> & Pick<StoredMilestoneUpdate, 'kind' | 'at' | 'authorId' | 'commentary'>) =>
      milestoneUpdates.push({
        id: `${milestone.id}-${suffix}`,
        milestoneId: milestone.id,
        fromRag: milestone.rag,
        rag: milestone.rag,
        revisedDueDate: toDate,
        dateChangeId: id,
        changes: [],
        ...fields,
      })
    if (!byChair) entry('date-proposed', { kind: 'date-proposed', at: proposedAt, authorId: milestone.ownerId, commentary: story.reason })
    if (decision?.status === 'agreed') {
      entry('date-agreed', {
        kind: 'date-agreed',
        at: decidedAt!,
        authorId: CHAIR,
        commentary: byChair ? story.reason : (decision.note ?? ''),
        changes: [{ field: 'dueDate', from: fromDate, to: toDate }],
      })
    } else if (decision?.status === 'refused') {
      entry('date-refused', { kind: 'date-refused', at: decidedAt!, authorId: CHAIR, commentary: decision.note ?? '' })
    }
    milestone.baselineDueDate = fromDate
    milestone.dueDate = decision?.status === 'agreed' ? toDate : fromDate
    milestone.version += (byChair ? 0 : 1) + (decision ? 1 : 0)
    return {
      id,
      milestoneId: milestone.id,
      planId: milestone.planId,
      fromDate,
      toDate,
      reason: story.reason,
      status: decision?.status ?? 'proposed',
      proposedById: byChair ? CHAIR : milestone.ownerId,
      proposedAt: byChair ? decidedAt! : proposedAt,
      decidedById: decision ? CHAIR : null,
      decidedAt,
      decisionNote: decision?.note ?? null,
      version: decision && !byChair ? 2 : 1,
    }
  })
}
