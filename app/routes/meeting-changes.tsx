import { Link } from 'react-router'
import type { PackMilestoneChange, PackMilestoneStatus } from '@/contract/pack'
import { ragLabels } from '@/contract/rag-status'
import { PageHeading } from '@/components/page'
import { StackedTable } from '@/components/stacked-table'
import { formatDate } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { packChangesQueryOptions } from '@/features/meetings/api/get-pack-versions'
import { RagTag } from '@/features/milestones/components/rag-tag'
import { countOf } from '@/lib/plural'

/**
 * Changes since the last meeting: every milestone whose status, due date or closing differs between
 * the last meeting's published pack and this one's. Both are frozen, so it reads the same whenever it is read.
 */
const changesData = definePageData(
  ({ params }) => ({ meeting: meetingQueryOptions(params.meetingId ?? ''), changes: packChangesQueryOptions(params.meetingId ?? '') }),
  ({ meeting }) => ({ board: boardQueryOptions(meeting.boardId), meetings: meetingsQueryOptions({ boardId: meeting.boardId }) }),
)

export const loader = changesData.loader
export { MeetingChangesPage as Component }

export function MeetingChangesPage() {
  const { meeting, changes, board, meetings } = changesData.usePageData()
  const previous = changes.from ? meetings.find((each) => each.id === changes.from?.meetingId) : undefined

  return (
    <>
      <Link to={pageUrls.meeting(meeting.id)} className="govuk-back-link">
        Back to the meeting
      </Link>
      <PageHeading caption={`${board.name}, ${formatDate(meeting.date)}`}>Changes since the last meeting</PageHeading>
      {changes.from === null ? (
        <p className="govuk-body">The last meeting has no published pack, so there is nothing to compare this meeting’s pack with.</p>
      ) : (
        <>
          <p className="govuk-body">
            From the pack of{' '}
            <Link className="govuk-link" to={pageUrls.meetingPackVersion(changes.from.meetingId, changes.from.number)}>
              {previous ? formatDate(previous.date) : 'the last meeting'} (version {changes.from.number})
            </Link>{' '}
            to{' '}
            {changes.to.number === null ? (
              'this meeting’s pack as it stands'
            ) : (
              <Link className="govuk-link" to={pageUrls.meetingPackVersion(meeting.id, changes.to.number)}>
                this meeting’s pack (version {changes.to.number})
              </Link>
            )}
            : each milestone whose status, due date or closing differs.
          </p>
          {changes.provisional ? (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Provisional: this meeting’s pack is not published yet, so these changes may still change. Once it is published they stay as they are.
              </strong>
            </div>
          ) : null}
          {changes.changes.length === 0 ? (
            <p className="govuk-body">No milestone’s status, due date or closing changed between the two packs.</p>
          ) : (
            <StackedTable
              caption={`${countOf(changes.changes.length, 'milestone', 'milestones')} changed, by title`}
              columns={['Milestone', 'At the last meeting', 'Now', 'What changed']}
              rows={changes.changes.map((change) => ({
                key: change.id,
                cells: [
                  <Link key="milestone" className="govuk-link" to={pageUrls.milestone(change.id)}>
                    {change.title}
                  </Link>,
                  <StatusThen key="before" status={change.before} missing="Not in the plan" />,
                  <StatusThen key="after" status={change.after} missing="No longer in the plan" />,
                  changeInWords(change),
                ],
              }))}
            />
          )}
        </>
      )}
    </>
  )
}

function StatusThen({ status, missing }: { status: PackMilestoneStatus | null; missing: string }) {
  if (!status) return <span className="govuk-body-s">{missing}</span>
  return (
    <>
      <RagTag rag={status.rag} />
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
        Due {formatDate(status.dueDate)}
        {status.closedOn ? `; closed ${formatDate(status.closedOn)}` : ''}
      </span>
    </>
  )
}

/** What changed, in words: "At risk to Off track; due date moved from 1 March 2027 to 1 May 2027". */
export function changeInWords({ before, after }: Pick<PackMilestoneChange, 'before' | 'after'>): string {
  if (!before) return 'Added to the plan'
  if (!after) return 'Removed from the plan'
  const words: string[] = []
  if (before.rag !== after.rag) words.push(`${ragLabels[before.rag]} to ${ragLabels[after.rag]}`)
  if (before.dueDate !== after.dueDate) words.push(`due date moved from ${formatDate(before.dueDate)} to ${formatDate(after.dueDate)}`)
  if (before.closedOn !== after.closedOn) words.push(after.closedOn ? `closed on ${formatDate(after.closedOn)}` : 'opened again')
  const text = words.join('; ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
