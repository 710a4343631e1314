import { useNavigate } from 'react-router'
import { mayPublishPacks } from '@/domain/permissions'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { formatInstant } from '@/lib/dates'
import { boardQueryOptions } from '@/features/boards/api/get-board'
import { meetingQueryOptions } from '@/features/meetings/api/get-meeting'
import { packPublicationsQueryOptions } from '@/features/meetings/api/get-pack-versions'
import { CancelToMeeting, MeetingSubpage } from '@/features/meetings/components/meeting-subpage'
import { PublishPackForm } from '@/features/meetings/components/publish-pack-form'
import { useActingPerson } from '@/features/people/api/get-people'

/** The meeting, its board and the pack's publications so far. */
const publishData = definePageData(
  ({ params }) => ({ meeting: meetingQueryOptions(params.meetingId ?? ''), publications: packPublicationsQueryOptions(params.meetingId ?? '') }),
  ({ meeting }) => ({ board: boardQueryOptions(meeting.boardId) }),
)

export const loader = publishData.loader
export { MeetingPublishPage as Component }

export function MeetingPublishPage() {
  const { meeting, board, publications } = publishData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()
  const allowed = mayPublishPacks(person, board)
  const permission =
    allowed.allowed && meeting.status === 'cancelled' ? { allowed: false as const, reason: 'This meeting is cancelled: its pack cannot be published.' } : allowed

  return (
    <MeetingSubpage meeting={meeting} board={board} title={publications.length > 0 ? 'Publish the pack again' : 'Publish the pack'} permission={permission}>
      <PublishPackForm
        meetingId={meeting.id}
        published={publications.length}
        onPublished={(pack) =>
          navigate(pageUrls.meeting(meeting.id), {
            state: { flash: `The pack is published${pack.publication ? `, ${formatInstant(pack.publication.publishedAt)}` : ''}. Members now see it as published.` },
          })
        }
        cancel={<CancelToMeeting meeting={meeting} />}
      />
    </MeetingSubpage>
  )
}
