import { Link } from 'react-router'
import type { Meeting } from '@/contract/meetings'
import type { PackPublication } from '@/contract/pack'
import { formatDate, formatInstant } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'

interface PackPublicationNoticeProps {
  meeting: Pick<Meeting, 'id' | 'papersDeadline' | 'status'>
  /** The publication shown, or null for the live draft. */
  publication: PackPublication | null
  /** Every publication of the pack, oldest first. */
  publications: PackPublication[]
  publishedBy: (personId: string | null) => string | null
  mayPublish: boolean
  hasPreviousMeeting: boolean
}

/** Which pack the page shows: frozen as published (when, by whom, why again), or the draft, and what the chair may do. */
export function PackPublicationNotice({ meeting, publication, publications, publishedBy, mayPublish, hasPreviousMeeting }: PackPublicationNoticeProps) {
  const earlier = publications.length - 1
  return (
    <div className="govuk-inset-text app-pack-publication" role="region" aria-label="The pack">
      {publication ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            <strong className="govuk-tag govuk-tag--blue">Published</strong> {publicationInWords(publication, publishedBy)}
          </p>
          <p className="govuk-body">The pack below is as it was published: later updates do not change it. The agenda, attendance and actions are the meeting’s record as it stands.</p>
          {publication.reason ? <p className="govuk-body app-pre-wrap">Published again because: {publication.reason}</p> : null}
        </>
      ) : meeting.status === 'cancelled' ? (
        <p className="govuk-body">This meeting is cancelled: its pack was never published.</p>
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            <strong className="govuk-tag govuk-tag--grey">Draft</strong> Not published yet
          </p>
          <p className="govuk-body">
            The pack below is worked out afresh from the plan as it stands. It is frozen as published at the papers deadline, {formatDate(meeting.papersDeadline)}, or
            when the chair publishes it.
          </p>
        </>
      )}
      <ul className="govuk-list app-no-print">
        {mayPublish ? (
          <li>
            <Link className="govuk-link" to={pageUrls.meetingPublish(meeting.id)}>
              {publication ? 'Publish the pack again' : 'Publish the pack now'}
            </Link>
          </li>
        ) : null}
        {hasPreviousMeeting ? (
          <li>
            <Link className="govuk-link" to={pageUrls.meetingChanges(meeting.id)}>
              Changes since the last meeting
            </Link>
          </li>
        ) : null}
        {earlier > 0 ? (
          <li>
            <Link className="govuk-link" to={pageUrls.meetingPacks(meeting.id)}>
              Every published version of this pack ({publications.length})
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  )
}

/** "on 1 December 2026 at 9:30am by Alex Chair (version 2)"; "…automatically at the papers deadline". */
export function publicationInWords(publication: PackPublication, publishedBy: (personId: string | null) => string | null): string {
  const by = publishedBy(publication.publishedById)
  const who = by ? `by ${by}` : 'automatically at the papers deadline'
  return `${formatInstant(publication.publishedAt)}, ${who}${publication.number > 1 ? ` (version ${publication.number})` : ''}`
}
