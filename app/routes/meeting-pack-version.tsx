import { Link, useParams } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { formatDate, formatInstant, todayIso } from '@/lib/dates'
import { definePageData } from '@/lib/page-data'
import { pageUrls } from '@/lib/page-urls'
import { usePrintedPages } from '@/lib/print-pages'
import { councilQueryOptions } from '@/features/council/api/council'
import { meetingsQueryOptions } from '@/features/meetings/api/get-meetings'
import { packPublicationsQueryOptions, packVersionQueryOptions } from '@/features/meetings/api/get-pack-versions'
import { AgendaList } from '@/features/meetings/components/agenda-list'
import { publicationInWords } from '@/features/meetings/components/pack-publication'
import { PrintPack } from '@/features/meetings/components/print-pack'
import { peopleQueryOptions } from '@/features/people/api/get-people'
import { itemParts, packItems, PackFrontSheet, PackItemParts, PackPart, PackStatusSummary, printedParts } from './pack-parts'

/** One published version of a meeting's pack, exactly as it was published: never recomputed. */
const versionData = definePageData(
  ({ params }) => ({
    pack: packVersionQueryOptions(params.meetingId ?? '', Number(params.number)),
    publications: packPublicationsQueryOptions(params.meetingId ?? ''),
    people: peopleQueryOptions(),
    council: councilQueryOptions(),
  }),
  ({ pack }) => ({ meetings: meetingsQueryOptions({ boardId: pack.board.id }) }),
)

export const loader = versionData.loader
export { MeetingPackVersionPage as Component }

export function MeetingPackVersionPage() {
  const { pack, publications, people, council, meetings } = versionData.usePageData()
  const { meeting, board, publication } = pack
  const number = Number(useParams().number)
  const latest = publications.at(-1)
  const name = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? 'Unknown person') : null)
  const items = packItems(meeting.agenda)
  const title = `${board.name}, ${formatDate(meeting.date)}`
  usePrintedPages(title, printedParts(itemParts(pack, items)))

  return (
    <article className="app-meeting-pack">
      <PackFrontSheet councilName={council?.name ?? ''} meeting={meeting} pack={pack} today={todayIso()} />
      <div className="app-no-print">
        <Link to={pageUrls.meetingPacks(meeting.id)} className="govuk-back-link">
          Back to the published versions
        </Link>
        <PageHeading title={`Pack version ${number}: ${title}`} caption={title}>
          {`Pack as published, version ${number}`}
        </PageHeading>
        {latest && latest.number !== number ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">
              This is not the current pack. Version {latest.number} was published {formatInstant(latest.publishedAt)}.{' '}
              <Link className="govuk-notification-banner__link" to={pageUrls.meeting(meeting.id)}>
                Read the current pack
              </Link>
            </p>
          </NotificationBanner>
        ) : null}
        {publication ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              <strong className="govuk-tag govuk-tag--blue">Published</strong> {publicationInWords(publication, name)}. Shown exactly as it was published, agenda included.
            </p>
            {publication.reason ? <p className="govuk-body app-pre-wrap">Published again because: {publication.reason}</p> : null}
          </div>
        ) : null}
        <PrintPack fileName={`${board.name} meeting pack, ${formatDate(meeting.date)}, version ${number}`} />
      </div>

      <PackPart partKey="agenda">
        <section className="app-pack-section" aria-labelledby="agenda">
          <h2 className="govuk-heading-m" id="agenda">
            Agenda
          </h2>
          <p className="govuk-body">As published, in the order the meeting takes the items.</p>
          <AgendaList agenda={meeting.agenda} />
        </section>
      </PackPart>
      <PackPart partKey="summary">
        <PackStatusSummary pack={pack} people={people} />
      </PackPart>
      <PackItemParts pack={pack} items={items} people={people} meetings={meetings} />
    </article>
  )
}
