import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import { boardKindLabels, type Board } from '@/contract/boards'
import type { Person } from '@/contract/people'
import { pageUrls } from '@/lib/page-urls'
import { countOf } from '@/lib/plural'

interface BoardsTableProps {
  boards: Board[]
  people: Person[]
}

export function BoardsTable({ boards, people }: BoardsTableProps) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  return (
    <table className="govuk-table app-stacked-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {countOf(boards.length, 'board', 'boards')}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Board</th>
          <th scope="col" className="govuk-table__header">Kind</th>
          <th scope="col" className="govuk-table__header">Chair</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Members</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Papers lead time</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {boards.map((board) => (
          <tr className="govuk-table__row" key={board.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={pageUrls.board(board.id)}>
                {board.name}
              </Link>
            </th>
            <td className="govuk-table__cell">
              <CellLabel>Kind</CellLabel>
              {boardKindLabels[board.kind]}
            </td>
            <td className="govuk-table__cell">
              <CellLabel>Chair</CellLabel>
              {name(board.chairId)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <CellLabel>Members</CellLabel>
              {board.memberIds.length}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <CellLabel>Papers lead time</CellLabel>
              {countOf(board.papersLeadDays, 'clear working day', 'clear working days')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
