import { Link, useLocation } from 'react-router'
import { NotificationBanner } from '@/components/notification-banner'
import { PageHeading } from '@/components/page'
import { definePageData } from '@/lib/page-data'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { BoardsTable } from '@/features/boards/components/boards-table'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'
import { mayAddBoard } from '@/domain/permissions'

const boardsData = definePageData(() => ({ boards: boardsQueryOptions(), people: peopleQueryOptions() }))

export const loader = boardsData.loader
export { BoardsPage as Component }

export function BoardsPage() {
  const { boards, people } = boardsData.usePageData()
  const person = useActingPerson()
  const location = useLocation()
  const flash = (location.state as { flash?: string } | null)?.flash

  return (
    <>
      {flash ? (
        <NotificationBanner kind="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>Boards</PageHeading>
      <p className="govuk-body">Improvement boards, scrutiny committees, cabinet committees and panels that oversee the plan.</p>
      {mayAddBoard(person).allowed ? (
        <Link to={pageUrls.newBoard} className="govuk-button" role="button" draggable={false}>
          Add a board
        </Link>
      ) : null}
      <BoardsTable boards={boards} people={people} />
    </>
  )
}
