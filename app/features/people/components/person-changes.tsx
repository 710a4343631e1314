import type { Board } from '@/contract/boards'
import type { Person } from '@/contract/people'
import type { PersonChange } from '@/contract/person-changes'
import { StackedTable } from '@/components/stacked-table'
import { personChangeSummary } from '@/domain/person-changes'
import { formatInstant } from '@/lib/dates'

interface PersonChangesProps {
  changes: PersonChange[]
  people: Person[]
  boards: Board[]
}

/** "Changes to role and boards": when, what changed in words, and by whom, newest first. */
export function PersonChanges({ changes, people, boards }: PersonChangesProps) {
  const boardName = (id: string) => boards.find((board) => board.id === id)?.name ?? 'a board no longer kept'
  const byWhom = (id: string | null) => (id === null ? 'The council’s set-up' : (people.find((person) => person.id === id)?.name ?? 'Unknown person'))
  return (
    <>
      <h2 className="govuk-heading-m" id="person-changes">
        Changes to role and boards
      </h2>
      {changes.length === 0 ? (
        <p className="govuk-body">No changes to their role or boards have been recorded.</p>
      ) : (
        <StackedTable
          caption={<span className="govuk-visually-hidden">Changes to role and boards, newest first</span>}
          columns={['When', 'What changed', 'By']}
          rows={changes.map((change) => ({
            key: change.id,
            cells: [formatInstant(change.at), personChangeSummary(change, boardName), byWhom(change.byId)],
          }))}
        />
      )}
    </>
  )
}
