import { Link, useNavigate } from 'react-router'
import { PageHeading } from '@/components/page'
import { BoardForm } from '@/features/boards/components/board-form'
import { definePageData } from '@/lib/page-data'
import { boardsQueryOptions } from '@/features/boards/api/get-boards'
import { peopleQueryOptions, useActingPerson } from '@/features/people/api/get-people'
import { pageUrls } from '@/lib/page-urls'
import { mayAddBoard } from '@/domain/permissions'

const newBoardData = definePageData(() => ({ people: peopleQueryOptions(), boards: boardsQueryOptions() }))

export const loader = newBoardData.loader
export { NewBoardPage as Component }

export function NewBoardPage() {
  const { people, boards } = newBoardData.usePageData()
  const person = useActingPerson()
  const navigate = useNavigate()

  return (
    <>
      <Link to={pageUrls.boards} className="govuk-back-link">
        Back to boards
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>Add a board</PageHeading>
          {person && mayAddBoard(person).allowed ? (
            <BoardForm
              people={people}
              boards={boards}
              actingPerson={person}
              onCreated={(board) => navigate(pageUrls.board(board.id), { state: { flash: `${board.name} has been added.` } })}
            />
          ) : (
            <p className="govuk-body">
              Only board chairs can add boards. <Link className="govuk-link" to={pageUrls.settings}>Choose who you are acting as</Link> in
              Settings.
            </p>
          )}
        </div>
      </div>
    </>
  )
}
