import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Milestone } from '@/contract/milestones'
import type { Theme } from '@/contract/plans'
import { countedStatusLabels, countedStatuses, type CountedStatus } from '@/domain/milestone-status'
import { pageUrls, type PlanUrlFilters } from '@/lib/page-urls'
import { countStatuses } from '../rules'
import { MilestoneStatusTag } from './rag-tag'

/** Complete counts only what the chair has signed off; a completion awaiting sign-off has its own column. */
const columns = countedStatuses

/** The plan page's filter that lists the milestones of one counted status. */
const filterFor = (status: CountedStatus): PlanUrlFilters => (status === 'awaiting-sign-off' ? { awaitingSignOff: true } : { status })
const tagFor = (status: CountedStatus) =>
  status === 'awaiting-sign-off' ? { rag: 'blue' as const, signOff: 'awaiting' as const } : { rag: status, signOff: null }

interface ThemeStatusTableProps {
  planId: string
  themes: Theme[]
  milestones: Milestone[]
}

/** Per theme, how many milestones have each status, and how many are overdue, stale or closed. */
export function ThemeStatusTable({ planId, themes, milestones }: ThemeStatusTableProps) {
  const rows = themes.map((theme) => ({ theme, counts: countStatuses(milestones.filter((milestone) => milestone.themeId === theme.id)) }))
  const total = countStatuses(milestones)
  const planLink = (filters: PlanUrlFilters) => pageUrls.plan(planId, filters)
  return (
    <table className="govuk-table app-status-table app-stacked-table app-stacked-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">Milestones by theme and status</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Theme</th>
          {columns.map((rag) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={rag}>
              <MilestoneStatusTag milestone={tagFor(rag)} />
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Stale</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Closed</th>
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
              <td className="govuk-table__cell govuk-table__cell--numeric" key={rag}><CellLabel>{countedStatusLabels[rag]}</CellLabel>
                {counts[rag]}
                <span className="govuk-visually-hidden"> {countedStatusLabels[rag].toLowerCase()}</span>
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Overdue</CellLabel>{counts.overdue}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Stale</CellLabel>{counts.stale}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Closed</CellLabel>{counts.closed}</td>
          </tr>
        ))}
        <tr className="govuk-table__row app-status-table__total">
          <th scope="row" className="govuk-table__header">All themes ({total.total} milestones)</th>
          {columns.map((rag) => (
            <td className="govuk-table__cell govuk-table__cell--numeric" key={rag}><CellLabel>{countedStatusLabels[rag]}</CellLabel>
              <Link className="govuk-link" to={planLink(filterFor(rag))}>
                {total[rag]}
                <span className="govuk-visually-hidden"> {countedStatusLabels[rag].toLowerCase()}</span>
              </Link>
            </td>
          ))}
          <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Overdue</CellLabel>
            <Link className="govuk-link" to={planLink({ overdue: true })}>
              {total.overdue}
              <span className="govuk-visually-hidden"> overdue</span>
            </Link>
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Stale</CellLabel>
            <Link className="govuk-link" to={planLink({ stale: true })}>
              {total.stale}
              <span className="govuk-visually-hidden"> stale</span>
            </Link>
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Closed</CellLabel>
            {total.closed}
            <span className="govuk-visually-hidden"> closed</span>
          </td>
        </tr>
      </tbody>
    </table>
  )
}
