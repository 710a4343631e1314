import { Link, useLocation, useParams } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { SummaryList } from '@/components/summary-list'
import { formatDate, formatInstant } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { mayCompleteAction, mayRecordActions } from '@/domain/permissions'
import { actionQueryOptions } from '@/features/actions/api/get-action'
import { useUpdateAction } from '@/features/actions/api/update-action'
import { ActionStatusTag } from '@/features/actions/components/action-status-tag'
import { CompleteActionForm } from '@/features/actions/components/complete-action-form'
import { dueInWords, ownerInWords } from '@/features/actions/rules'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'

/** The action, then the board and the meeting that agreed it. */
const actionData = definePageData(
  ({ params }) => ({ action: actionQueryOptions(params.actionId ?? ''), people: peopleQueryOptions() }),
  ({ action }) => ({ board: boardQueryOptions(action.boardId), meeting: meetingQueryOptions(action.meetingId) }),
)

export const loader = actionData.loader
export { ActionPage as Component }

/** Keyed by the id, so moving to another action starts with a fresh form. */
export function ActionPage() {
  const actionId = useParams().actionId ?? ''
  return <ActionPageContent key={actionId} />
}

function ActionPageContent() {
  const { action, people, board, meeting } = actionData.usePageData()
  const person = useActingPerson()
  // The saved answer, for the banner: the form itself stays, to undo the change.
  const saved = useUpdateAction()
  const name = (id: string) => people.find((candidate) => candidate.id === id)?.name ?? 'Unknown person'
  const itemIndex = meeting.agenda.findIndex((item) => item.id === action.agendaItemId)
  const item = meeting.agenda[itemIndex]
  const mayComplete = mayCompleteAction(person, action, board)
  const flash = (useLocation().state as { flash?: string } | null)?.flash

  const change = (what: string) =>
    mayRecordActions(person, board).allowed ? (
      <Link className="govuk-link" to={pageUrls.actionEdit(action.id)}>
        Change<span className="govuk-visually-hidden"> the {what}</span>
      </Link>
    ) : undefined

  return (
    <>
      <Link to={pageUrls.meeting(meeting.id)} className="govuk-back-link">
        Back to the meeting
      </Link>
      {saved.isSuccess || flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">
            {saved.isSuccess ? (saved.data.status === 'done' ? 'The action is marked as done.' : 'The action is open again.') : flash}
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={board.name}>{`Action from the meeting on ${formatDate(meeting.date)}`}</PageHeading>
      <p className="app-status-now">
        <span className="govuk-visually-hidden">Status: </span>
        <ActionStatusTag action={action} />
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'What', value: <span className="app-pre-wrap">{action.what}</span>, action: change('wording') },
              { key: 'Owner', value: ownerInWords(action, people), action: change('owner') },
              { key: 'Due', value: dueInWords(action), action: change('due date') },
              {
                key: 'Agreed at',
                value: (
                  <Link className="govuk-link" to={pageUrls.meeting(meeting.id)}>
                    {board.name}, {formatDate(meeting.date)}
                  </Link>
                ),
              },
              { key: 'Under item', value: item ? `${itemIndex + 1}. ${item.title}` : 'Not under an item' },
              ...(action.status === 'done' && action.doneAt
                ? [{ key: 'Done', value: `${formatInstant(action.doneAt)}${action.doneById ? `, by ${name(action.doneById)}` : ''}` }]
                : []),
              ...(action.note ? [{ key: 'Note', value: <span className="app-pre-wrap">{action.note}</span> }] : []),
            ]}
          />
          {mayComplete.allowed ? (
            <CompleteActionForm key={action.status} action={action} mutation={saved} />
          ) : person ? (
            <p className="govuk-body">Its owner or the chair of {board.name} marks it done.</p>
          ) : null}
        </div>
      </div>
    </>
  )
}
