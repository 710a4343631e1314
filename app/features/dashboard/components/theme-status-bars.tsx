import { Link } from 'react-router'
import { CellLabel } from '@/components/stacked-table'
import type { Milestone } from '@/contract/milestones'
import type { Theme } from '@/contract/plans'
import { countedStatus, countedStatusLabels } from '@/domain/milestone-status'
import { ChartFigure, ChartLegend, chartOrder, wrapLabel } from './chart-style'
import { pageUrls } from '@/lib/page-urls'

interface ThemeStatusBarsProps {
  planId: string
  themes: Theme[]
  milestones: Milestone[]
}

const LABEL_WIDTH = 290
const BAR_WIDTH = 560
const ROW = 40

/** Per theme, one bar split by status: each bar is a link to that theme on the plan page. */
export function ThemeStatusBars({ planId, themes, milestones }: ThemeStatusBarsProps) {
  const rows = themes.map((theme) => {
    // Closed milestones are no longer delivered; a completion counts as Complete only once signed off.
    const inTheme = milestones.filter((milestone) => milestone.themeId === theme.id && !milestone.closedOn)
    const counts = chartOrder.map((rag) => ({ rag, count: inTheme.filter((milestone) => countedStatus(milestone) === rag).length }))
    return { theme, counts, total: inTheme.length }
  })
  const widest = Math.max(1, ...rows.map((row) => row.total))
  const scale = BAR_WIDTH / widest
  const describe = (row: (typeof rows)[number]) =>
    `${row.theme.title}: ${row.total} milestones. ${row.counts.filter((part) => part.count > 0).map((part) => `${part.count} ${countedStatusLabels[part.rag].toLowerCase()}`).join(', ')}.`
  const worst = [...rows].sort((a, b) => (b.counts.find((part) => part.rag === 'red')?.count ?? 0) - (a.counts.find((part) => part.rag === 'red')?.count ?? 0))[0]
  const summary = `${milestones.filter((milestone) => !milestone.closedOn).length} milestones in ${themes.length} themes. ${
    worst && (worst.counts.find((part) => part.rag === 'red')?.count ?? 0) > 0 ? `${worst.theme.title} has the most off track.` : 'None is off track.'
  }`
  const height = rows.length * ROW + 10

  return (
    <ChartFigure
      viewBoxWidth={LABEL_WIDTH + BAR_WIDTH + 40}
      id="theme-status"
      title="Status of milestones by theme"
      summary={summary}
      table={
        <table className="govuk-table app-stacked-table app-stacked-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">Milestones by theme and status</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Theme</th>
              {chartOrder.map((rag) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={rag}>
                  {countedStatusLabels[rag]}
                </th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Total</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.theme.id}>
                <th scope="row" className="govuk-table__header">{row.theme.title}</th>
                {row.counts.map((part) => (
                  <td className="govuk-table__cell govuk-table__cell--numeric" key={part.rag}><CellLabel>{countedStatusLabels[part.rag]}</CellLabel>
                    {part.count}
                  </td>
                ))}
                <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Total</CellLabel>{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ChartLegend />
      <svg className="app-chart__svg" viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${height}`} role="group" aria-label="Bars, one for each theme">
        {rows.map((row, index) => {
          const y = index * ROW + 6
          const lines = wrapLabel(row.theme.title, 34)
          let x = LABEL_WIDTH
          const segments = row.counts
            .filter((part) => part.count > 0)
            .map((part) => {
              const segment = { ...part, x, width: part.count * scale }
              x += segment.width
              return segment
            })
          return (
            <g key={row.theme.id}>
              {/* The link holds the theme's name (its visible text) and the bar's shapes; the numbers are drawn over it. */}
              <Link to={pageUrls.plan(planId, { theme: row.theme.id })} aria-label={describe(row)} className="app-chart__link">
                <rect x="0" y={y - 4} width={LABEL_WIDTH + BAR_WIDTH + 40} height={ROW - 4} className="app-chart__focus" />
                <text x={LABEL_WIDTH - 10} y={y + (lines.length > 1 ? 11 : 19)} textAnchor="end" className="app-chart__label">
                  {lines.map((line, lineIndex) => (
                    <tspan key={line} x={LABEL_WIDTH - 10} dy={lineIndex === 0 ? 0 : 15}>
                      {lineIndex < lines.length - 1 ? `${line} ` : line}
                    </tspan>
                  ))}
                </text>
                {segments.map((segment) => (
                  <rect key={segment.rag} x={segment.x} y={y} width={segment.width} height={ROW - 12} fill={`url(#rag-${segment.rag})`} stroke="#ffffff" strokeWidth="1" />
                ))}
              </Link>
              <g aria-hidden="true" className="app-chart__overlay">
                {segments.map((segment) =>
                  segment.width >= 22 ? (
                    <text key={segment.rag} x={segment.x + segment.width / 2} y={y + 19} textAnchor="middle" className="app-chart__count">
                      {segment.count}
                    </text>
                  ) : null,
                )}
                <text x={x + 8} y={y + 19} className="app-chart__label">
                  {row.total}
                </text>
              </g>
            </g>
          )
        })}
      </svg>
    </ChartFigure>
  )
}
