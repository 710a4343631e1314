import { Link } from 'react-router'
import type { DateChange } from '@/contract/date-changes'
import type { Milestone } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import { formatDate, formatInstant } from '@/lib/dates'
import { pageUrls } from '@/lib/page-urls'

interface AwaitingDecisionsProps {
  /** New dates proposed to this chair, newest first. */
  proposals: DateChange[]
  /** Completions awaiting this chair's sign-off. */
  completions: Milestone[]
  /** Titles of the milestones the proposals are for. */
  titles: Map<string, string>
  people: Person[]
}

/** What waits for a board chair's decision: new due dates proposed, and completions to sign off. */
export function AwaitingDecisions({ proposals, completions, titles, people }: AwaitingDecisionsProps) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const count = proposals.length + completions.length
  return (
    <section aria-labelledby="awaiting-decisions" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="awaiting-decisions">
        Awaiting your decision
      </h2>
      {count === 0 ? (
        <p className="govuk-body">Nothing awaits your decision: no new due dates are proposed and no completions await sign-off.</p>
      ) : (
        <>
          <h3 className="govuk-heading-m">New due dates proposed ({proposals.length})</h3>
          {proposals.length === 0 ? (
            <p className="govuk-body">None.</p>
          ) : (
            <ul className="govuk-list app-decision-list">
              {proposals.map((change) => (
                <li key={change.id} className="app-card">
                  <Link className="govuk-link govuk-!-font-weight-bold" to={pageUrls.milestone(change.milestoneId, { hash: 'date-proposal' })}>
                    {titles.get(change.milestoneId) ?? 'A milestone'}
                  </Link>
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    From {formatDate(change.fromDate)} to {formatDate(change.toDate)}, proposed by {name(change.proposedById)} on {formatInstant(change.proposedAt)}.
                  </p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0 app-pre-wrap">Reason: {change.reason}</p>
                </li>
              ))}
            </ul>
          )}
          <h3 className="govuk-heading-m">Completions awaiting sign-off ({completions.length})</h3>
          {completions.length === 0 ? (
            <p className="govuk-body">None.</p>
          ) : (
            <ul className="govuk-list app-decision-list">
              {completions.map((milestone) => (
                <li key={milestone.id} className="app-card">
                  <Link className="govuk-link govuk-!-font-weight-bold" to={pageUrls.milestone(milestone.id, { hash: 'sign-off' })}>
                    {milestone.title}
                  </Link>
                  <p className="govuk-body govuk-!-margin-bottom-0">
                    Marked Complete by {name(milestone.ownerId)}
                    {milestone.completedOn ? ` on ${formatDate(milestone.completedOn)}` : ''}; due {formatDate(milestone.dueDate)}.
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
