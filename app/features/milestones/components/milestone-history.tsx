import type { ReactNode } from 'react'
import type { DateChange } from '@/contract/date-changes'
import type { MilestoneChange, MilestoneUpdate, MilestoneUpdateKind } from '@/contract/milestones'
import type { Person } from '@/contract/people'
import type { Theme } from '@/contract/plans'
import { formatDate, formatInstant } from '@/lib/dates'
import { RagChange } from './rag-tag'

interface MilestoneHistoryProps {
  updates: MilestoneUpdate[]
  people: Person[]
  themes: Theme[]
  /** The milestone's date changes, for the reason and the person behind each date entry. */
  dateChanges?: DateChange[]
}

const headings: Record<MilestoneUpdateKind, string> = {
  created: 'Added to the plan',
  edit: 'Details changed',
  status: 'Status update',
  'date-proposed': 'New due date proposed to the chair',
  'date-agreed': 'New due date agreed',
  'date-refused': 'New due date refused',
  'signed-off': 'Completion signed off',
  'sent-back': 'Completion sent back',
  closed: 'Milestone closed',
}

/** What the commentary of each kind of entry is, when it is not the update's own commentary. */
const commentaryLabels: Partial<Record<MilestoneUpdateKind, string>> = {
  edit: 'Reason',
  'date-proposed': 'Reason',
  'date-agreed': 'Reason',
  'date-refused': 'Why the chair refused it',
  'sent-back': 'Why it was sent back',
  closed: 'Why it was closed',
}

/** The append-only audit trail, newest first. */
export function MilestoneHistory({ updates, people, themes, dateChanges = [] }: MilestoneHistoryProps) {
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
      {updates.map((update) => {
        const dateChange = dateChanges.find((change) => change.id === update.dateChangeId)
        const rows = detailRows(update, dateChange, name)
        const dueChange = update.changes.find((change) => change.field === 'dueDate')
        return (
          <li key={update.id} className="app-history__item">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {headings[update.kind]}
              <span className="govuk-caption-m">
                {formatInstant(update.at)} by {name(update.authorId)}
              </span>
            </h3>
            {update.kind === 'status' || update.kind === 'sent-back' ? (
              <p className="govuk-body govuk-!-margin-bottom-2">
                <RagChange from={update.fromRag} to={update.rag} />
              </p>
            ) : null}
            {update.kind === 'signed-off' ? <p className="govuk-body govuk-!-margin-bottom-2">The board chair signed off the completion: it now counts as complete.</p> : null}
            {update.commentary ? (
              <p className="govuk-body app-pre-wrap">
                {commentaryLabel(update, dateChange) ? <span className="govuk-!-font-weight-bold">{commentaryLabel(update, dateChange)}: </span> : null}
                {update.commentary}
              </p>
            ) : null}
            {rows.length > 0 || (update.kind === 'edit' && update.changes.length > 0) || (update.kind === 'date-agreed' && dueChange) ? (
              <dl className="govuk-summary-list govuk-summary-list--no-border app-history__details">
                {update.kind === 'date-agreed' && dueChange ? (
                  <Row label="Due date">
                    {describe(dueChange, dueChange.from)} → {describe(dueChange, dueChange.to)}
                  </Row>
                ) : null}
                {rows.map(([label, value]) => (
                  <Row key={label} label={label} preWrap>
                    {value}
                  </Row>
                ))}
                {update.kind === 'edit'
                  ? update.changes.map((change) => (
                      <Row key={change.field} label={changeLabels[change.field]}>
                        {describe(change, change.from)} → {describe(change, change.to)}
                      </Row>
                    ))
                  : null}
              </dl>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}

/** What the commentary is: an agreed proposal's commentary is the chair's note, its reason is the proposer's. */
function commentaryLabel(update: MilestoneUpdate, dateChange: DateChange | undefined): string | undefined {
  if (update.kind === 'date-agreed' && dateChange && dateChange.proposedById !== update.authorId) return 'The chair’s note'
  return commentaryLabels[update.kind]
}

/** The entry's details beyond its commentary, as label and value. */
function detailRows(update: MilestoneUpdate, dateChange: DateChange | undefined, name: (id: string) => string): Array<[string, string]> {
  const rows: Array<[string, string]> = []
  if (update.recoveryAction) rows.push(['Recovery action', update.recoveryAction])
  if (update.evidence) rows.push(['Evidence', update.evidence])
  if (update.kind === 'status' && update.revisedDueDate) rows.push(['Revised due date', formatDate(update.revisedDueDate)])
  if (update.kind === 'date-proposed' && update.revisedDueDate) {
    rows.push(['Proposed due date', `${formatDate(update.revisedDueDate)}${dateChange ? `, in place of ${formatDate(dateChange.fromDate)}` : ''}`])
    if (dateChange?.status === 'proposed') rows.push(['Decision', 'Awaiting the board chair'])
  }
  if (update.kind === 'date-refused' && update.revisedDueDate) {
    rows.push(['Date refused', `${formatDate(update.revisedDueDate)}; the due date stays ${dateChange ? formatDate(dateChange.fromDate) : 'as it was'}`])
  }
  if ((update.kind === 'date-agreed' || update.kind === 'date-refused') && dateChange && dateChange.proposedById !== update.authorId) {
    rows.push(['Asked for by', name(dateChange.proposedById)])
    rows.push(['Their reason', dateChange.reason])
  }
  return rows
}

function Row({ label, children, preWrap = false }: { label: string; children: ReactNode; preWrap?: boolean }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className={`govuk-summary-list__value${preWrap ? ' app-pre-wrap' : ''}`}>{children}</dd>
    </div>
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
