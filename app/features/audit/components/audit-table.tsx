import { Link } from 'react-router'
import type { AuditEntry, AuditSubjectType } from '@/contract/audit'
import { StackedTable } from '@/components/stacked-table'
import { formatDate, formatInstant } from '@/lib/dates'

const subjectWords: Record<AuditSubjectType, string> = {
  milestone: 'Milestone',
  plan: 'Plan',
  report: 'Report',
  measure: 'Performance measure',
  person: 'Person',
  action: 'Action',
  meeting: 'Meeting',
}

interface AuditTableProps {
  entries: AuditEntry[]
  boards: Array<{ id: string; name: string }>
}

/** Who changed what: when, who, what in words, and the item, linked; labelled rows on a phone. */
export function AuditTable({ entries, boards }: AuditTableProps) {
  const boardName = (id: string | null) => (id ? boards.find((board) => board.id === id)?.name : undefined)
  return (
    <StackedTable
      caption="Changes, newest first"
      columns={['When', 'Who', 'What changed', 'Item']}
      rows={entries.map((entry) => {
        const board = boardName(entry.boardId)
        return {
          key: entry.id,
          cells: [
            entry.precision === 'day' ? formatDate(entry.at.slice(0, 10)) : formatInstant(entry.at),
            entry.by?.name ?? 'The council’s set-up',
            entry.summary,
            <>
              <Link className="govuk-link" to={entry.link}>
                {entry.subject.title}
              </Link>
              <span className="govuk-body-s govuk-!-margin-bottom-0 app-block">{board ? `${subjectWords[entry.subject.type]}, ${board}` : subjectWords[entry.subject.type]}</span>
            </>,
          ],
        }
      })}
    />
  )
}
