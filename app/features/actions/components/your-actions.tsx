import type { Action } from '@/contract/actions'
import { ActionsTable } from './actions-table'
import { countOf } from '@/lib/plural'

interface YourActionsProps {
  /** The person's open actions, as the API orders them: overdue first, then by when due. */
  actions: Action[]
  people: Array<{ id: string; name: string }>
  boards: Array<{ id: string; name: string }>
  meetings: Array<{ id: string; date: string }>
}

/** The home page's list of what the person acting agreed to do at meetings, each one step from "Mark as done". */
export function YourActions({ actions, people, boards, meetings }: YourActionsProps) {
  const overdue = actions.filter((action) => action.overdue).length
  return (
    <section aria-labelledby="your-actions" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="your-actions">
        Your actions
      </h2>
      <p className="govuk-body">
        You have {countOf(actions.length, 'open action')} from board meetings
        {overdue > 0 ? `, ${overdue} overdue` : ''}.
      </p>
      <ActionsTable
        caption="Most urgent first: overdue, then by when due"
        actions={actions}
        people={people}
        agreedAt={{
          meetingDate: (id) => meetings.find((meeting) => meeting.id === id)?.date,
          boardName: (id) => boards.find((board) => board.id === id)?.name ?? 'A board',
        }}
        mayComplete={() => true}
      />
    </section>
  )
}
