import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { AgendaItem } from '@/contract/meetings'
import { pageUrls } from '@/lib/page-urls'

interface AgendaListProps {
  agenda: AgendaItem[]
  /** Whatever the page shows under an item: the actions raised under it. */
  under?: (item: AgendaItem, number: number) => ReactNode
}

/** The agenda as the meeting takes it: each item's number and title, a report's link, and what was decided. */
export function AgendaList({ agenda, under }: AgendaListProps) {
  if (agenda.length === 0) return <p className="govuk-body">The agenda has no items.</p>
  return (
    <ol className="app-agenda">
      {agenda.map((item, index) => (
        <li key={item.id} className="app-agenda__item" id={`item-${item.id}`}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            <span className="app-agenda__number">{index + 1}.</span>{' '}
            {item.reportId ? (
              <Link className="govuk-link" to={pageUrls.report(item.reportId)}>
                {item.title}
              </Link>
            ) : (
              item.title
            )}
          </h3>
          {item.decision ? (
            <div className="app-agenda__decision">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Decision</p>
              <p className="govuk-body govuk-!-margin-bottom-0 app-pre-wrap">{item.decision}</p>
            </div>
          ) : null}
          {under?.(item, index + 1)}
        </li>
      ))}
    </ol>
  )
}
