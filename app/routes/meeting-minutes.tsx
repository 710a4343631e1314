import { useEffect, useRef, type ComponentProps } from 'react'
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router'
import type { MinutesProposal } from '@/contract/minutes'
import { mayBringInMinutes } from '@/domain/permissions'
import { ownerChoices } from '@/domain/people-rules'
import { formatDateWithDay, todayIso } from '@/lib/dates'
import { focusPageHeading } from '@/lib/heading-focus'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { useCreateAction } from '@/features/actions/api/create-action'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { CancelToMeeting, MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { useCreateMilestone } from '@/features/milestones/api/save-milestone'
import { keyed } from '@/features/minutes/accepting'
import { ActionProposal, type NewAction } from '@/features/minutes/components/action-proposal'
import { CommitmentProposal, type NewMilestone } from '@/features/minutes/components/commitment-proposal'
import { JudgementProposal } from '@/features/minutes/components/judgement-proposal'
import { MinutesForm } from '@/features/minutes/components/minutes-form'
import { ProposalsReview } from '@/features/minutes/components/proposals-review'
import { ReportProposal, type NewReport } from '@/features/minutes/components/report-proposal'
import type { Accept } from '@/features/minutes/components/use-proposal-form'
import { useMinutesReview } from '@/features/minutes/review-state'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { plansQueryOptions } from '@/features/plans/api/get-plans'
import { useCreateReport } from '@/features/reports/api/create-report'
import { countOf } from '@/lib/plural'

/** The meeting and the people, then its board, the board's meetings and plans (a commitment becomes a milestone in one). */
const minutesData = definePageData(
  ({ params }) => ({ meeting: meetingQueryOptions(params.meetingId ?? ''), people: peopleQueryOptions() }),
  ({ meeting }) => ({
    board: boardQueryOptions(meeting.boardId),
    meetings: meetingsQueryOptions({ boardId: meeting.boardId }),
    plans: plansQueryOptions({ boardId: meeting.boardId }),
  }),
)

export const loader = minutesData.loader
export { MeetingMinutesPage as Component }

/**
 * Bring in the minutes: paste them (step 1), then check what they record (step 2), accepting,
 * editing or rejecting each proposal. Each accepted one is saved through its own feature's request.
 */
export function MeetingMinutesPage() {
  const { meeting, board, people, meetings, plans } = minutesData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [search] = useSearchParams()
  const review = useMinutesReview(meeting.id)
  const checking = search.get('step') === 'check' && review.proposals !== null
  const permission = mayBringInMinutes(person, board)

  // The step changes in the same path: its new heading takes the focus as a new page's would.
  const shownStep = useRef(checking)
  useEffect(() => {
    if (shownStep.current !== checking) focusPageHeading(pathname)
    shownStep.current = checking
  }, [checking, pathname])

  const today = todayIso()
  const live = meetings.filter((each) => each.status !== 'cancelled')
  const laterMeetings = live.filter((each) => each.date > meeting.date)
  const dueMeetings = laterMeetings.filter((each) => each.status === 'scheduled' && each.date >= today)
  const active = people.filter((each) => each.active)
  const officers = ownerChoices(people, board)
  const inspectionId = plans.find((plan) => plan.inspectionId)?.inspectionId ?? null

  const renderProposal = ({ key, proposal }: { key: string; proposal: MinutesProposal }, number: number) => {
    const shared = { number, proposal, outcome: review.outcomes[key], meetings, decide: (outcome: Parameters<typeof review.decide>[1]) => review.decide(key, outcome) }
    switch (proposal.kind) {
      case 'report':
        return <ReportRow key={key} {...shared} itemKey={key} meeting={meeting} dueMeetings={dueMeetings} authors={officers} />
      case 'action':
        return <ActionRow key={key} {...shared} itemKey={key} meetingId={meeting.id} laterMeetings={laterMeetings} people={active} />
      case 'commitment':
        return <CommitmentRow key={key} {...shared} itemKey={key} meetingId={meeting.id} boardId={board.id} plans={plans} owners={officers} />
      case 'judgement':
        return <JudgementProposal key={key} {...shared} inspectionId={inspectionId} />
    }
  }

  const body = () => {
    if (meeting.status === 'cancelled') return <p className="govuk-body">This meeting was cancelled: it has no minutes to bring in.</p>
    if (meeting.date > today) return <p className="govuk-body">The meeting has not happened yet. You can bring its minutes in from its day, {formatDateWithDay(meeting.date)}.</p>
    if (checking && review.proposals) {
      return (
        <ProposalsReview
          items={keyed(review.proposals)}
          outcomes={review.outcomes}
          renderProposal={renderProposal}
          onChangeMinutes={() => navigate(pageUrls.meetingMinutes(meeting.id))}
          onFinish={() => {
            const decided = Object.values(review.outcomes).filter((outcome) => outcome.state === 'accepted').length
            review.forget()
            navigate(pageUrls.meeting(meeting.id), { state: { flash: `The minutes are brought in: ${countOf(decided, 'proposal', 'proposals')} accepted.` } })
          }}
        />
      )
    }
    return (
      <>
        <p className="govuk-body">
          Paste the minutes of this meeting. The service reads them and proposes the follow-up reports, actions, dated commitments and inspection judgements
          they record, each beside the sentence it came from. Nothing is saved until you accept a proposal.
        </p>
        {review.proposals ? (
          <p className="govuk-body">
            You have already read these minutes.{' '}
            <Link className="govuk-link" to={pageUrls.meetingMinutes(meeting.id, { check: true })}>
              Carry on checking what they record
            </Link>
            , or change them and read them again: what you have accepted or rejected stays.
          </p>
        ) : null}
        <MinutesForm
          boardId={board.id}
          meetingId={meeting.id}
          onFound={(proposals) => {
            review.found(proposals)
            navigate(pageUrls.meetingMinutes(meeting.id, { check: true }))
          }}
          cancel={<CancelToMeeting meeting={meeting} />}
        />
      </>
    )
  }

  return (
    <MeetingSubpage meeting={meeting} board={board} title={checking ? 'Check what the minutes record' : 'Bring in the minutes'} permission={permission}>
      {body()}
    </MeetingSubpage>
  )
}

type RowProps<P> = Omit<P, 'accept' | 'pending'>

/** Each proposal has its own request, so one saving never holds up, or speaks for, another; what it made is linked by its id and title. */
function ReportRow(props: RowProps<ComponentProps<typeof ReportProposal>>) {
  const create = useCreateReport()
  const accept: Accept<NewReport> = (input, { onSuccess, onError }) => create.mutate(input, { onSuccess: (report) => onSuccess({ id: report.id, title: report.title }), onError })
  return <ReportProposal {...props} accept={accept} pending={create.isPending} />
}

function ActionRow(props: RowProps<ComponentProps<typeof ActionProposal>>) {
  const create = useCreateAction()
  const accept: Accept<NewAction> = (input, { onSuccess, onError }) => create.mutate(input, { onSuccess: (action) => onSuccess({ id: action.id, title: action.what }), onError })
  return <ActionProposal {...props} accept={accept} pending={create.isPending} />
}

function CommitmentRow(props: RowProps<ComponentProps<typeof CommitmentProposal>>) {
  const create = useCreateMilestone()
  const accept: Accept<NewMilestone> = (input, { onSuccess, onError }) => create.mutate(input, { onSuccess: (milestone) => onSuccess({ id: milestone.id, title: milestone.title }), onError })
  return <CommitmentProposal {...props} accept={accept} pending={create.isPending} />
}
