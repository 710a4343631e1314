import type { MilestoneChange, MilestoneUpdate } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Theme } from '@/contract/plans'
import { formatDate, formatInstant } from '@/lib/dates'
import { RagChange } from './rag-tag'

interface MilestoneHistoryProps {
  updates: MilestoneUpdate[]
  people: Person[]
  themes: Theme[]
}

/** The append-only audit trail, newest first. */
export function MilestoneHistory({ updates, people, themes }: MilestoneHistoryProps) {
  const name = (id: string) => people.find((person) => person.id === id)?.name ?? 'Unknown person'
  const describe = (change: MilestoneChange, value: string | null) => {
    if (value === null || value === '') return 'none'
    if (change.field === 'ownerId') return name(value)
    if (change.field === 'dueDate') return formatDate(value)
    if (change.field === 'themeId') return themes.find((theme) => theme.id === value)?.title ?? value
    return value
  }
  return (
    <ol className="app-history" reversed>
      {updates.map((update) => (
        <li key={update.id} className="app-history__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            {update.kind === 'created' ? 'Added to the plan' : update.kind === 'edit' ? 'Details changed' : 'Status update'}
            <span className="govuk-caption-m">
              {formatInstant(update.at)} by {name(update.authorId)}
            </span>
          </h3>
          {update.kind === 'status' ? (
            <p className="govuk-body govuk-!-margin-bottom-2">
              <RagChange from={update.fromRag} to={update.rag} />
            </p>
          ) : null}
          {update.commentary ? (
            <p className="govuk-body app-pre-wrap">
              {update.kind === 'edit' ? <span className="govuk-!-font-weight-bold">Reason: </span> : null}
              {update.commentary}
            </p>
          ) : null}
          {update.recoveryAction || update.evidence || update.revisedDueDate || (update.kind === 'edit' && update.changes.length > 0) ? (
            <dl className="govuk-summary-list govuk-summary-list--no-border app-history__details">
              {update.recoveryAction ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Recovery action</dt>
                  <dd className="govuk-summary-list__value app-pre-wrap">{update.recoveryAction}</dd>
                </div>
              ) : null}
              {update.evidence ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Evidence</dt>
                  <dd className="govuk-summary-list__value app-pre-wrap">{update.evidence}</dd>
                </div>
              ) : null}
              {update.revisedDueDate ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Revised due date</dt>
                  <dd className="govuk-summary-list__value">{formatDate(update.revisedDueDate)}</dd>
                </div>
              ) : null}
              {update.kind === 'edit'
                ? update.changes.map((change) => (
                    <div className="govuk-summary-list__row" key={change.field}>
                      <dt className="govuk-summary-list__key">{changeLabels[change.field]}</dt>
                      <dd className="govuk-summary-list__value">
                        {describe(change, change.from)} → {describe(change, change.to)}
                      </dd>
                    </div>
                  ))
                : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

const changeLabels: Record<MilestoneChange['field'], string> = {
  title: 'Title',
  ownerId: 'Owner',
  dueDate: 'Due date',
  themeId: 'Theme',
  description: 'Description',
  recommendationIds: 'Recommendations',
  partners: 'Partner agencies',
}
