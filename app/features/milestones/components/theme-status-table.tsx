import { Link } from 'react-router'
import type { Milestone } from '@/contract/milestones'
import type { Theme } from '@/contract/plans'
import { ragLabels, type Rag } from '@/contract/rag'
import { pageUrls, type PlanUrlFilters } from '@/lib/page-urls'
import { countStatuses } from '../rules'
import { RagTag } from './rag-tag'

const columns: Rag[] = ['blue', 'green', 'amber', 'red', 'not-started']

interface ThemeStatusTableProps {
  planId: string
  themes: Theme[]
  milestones: Milestone[]
}

/** Per theme, how many milestones have each status, and how many are overdue or stale. */
export function ThemeStatusTable({ planId, themes, milestones }: ThemeStatusTableProps) {
  const rows = themes.map((theme) => ({ theme, counts: countStatuses(milestones.filter((milestone) => milestone.themeId === theme.id)) }))
  const total = countStatuses(milestones)
  const planLink = (filters: PlanUrlFilters) => pageUrls.plan(planId, filters)
  return (
    <table className="govuk-table app-status-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Milestones by theme and status</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Theme</th>
          {columns.map((rag) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={rag}>
              <RagTag rag={rag} />
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Stale</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(({ theme, counts }) => (
          <tr className="govuk-table__row" key={theme.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={planLink({ theme: theme.id })}>
                {theme.title}
              </Link>
            </th>
            {columns.map((rag) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={rag}>
                {counts[rag]}
                <span className="govuk-visually-hidden"> {ragLabels[rag].toLowerCase()}</span>
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric">{counts.overdue}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{counts.stale}</td>
          </tr>
        ))}
        <tr className="govuk-table__row app-status-table__total">
          <th scope="row" className="govuk-table__header">All themes ({total.total} milestones)</th>
          {columns.map((rag) => (
            <td className="govuk-table__cell govuk-table__cell--numeric" key={rag}>
              <Link className="govuk-link" to={planLink({ status: rag })}>
                {total[rag]}
                <span className="govuk-visually-hidden"> {ragLabels[rag].toLowerCase()}</span>
              </Link>
            </td>
          ))}
          <td className="govuk-table__cell govuk-table__cell--numeric">
            <Link className="govuk-link" to={planLink({ overdue: true })}>
              {total.overdue}
              <span className="govuk-visually-hidden"> overdue</span>
            </Link>
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric">
            <Link className="govuk-link" to={planLink({ stale: true })}>
              {total.stale}
              <span className="govuk-visually-hidden"> stale</span>
            </Link>
          </td>
        </tr>
      </tbody>
    </table>
  )
}
