import { addMonths, differenceInCalendarDays, format, parseISO, startOfMonth } from 'date-fns'
import { CellLabel } from '@/components/stacked-table'
import { Link } from 'react-router'
import type { Milestone } from '@/contract/milestones'
import type { Theme } from '@/contract/plans'
import { countedStatus, milestoneStatusLabel } from '@/domain/milestone-status'
import { formatDate } from '@/lib/dates'
import { ChartFigure, ChartLegend, RagSymbol, wrapLabel } from './chart-style'
import { pageUrls } from '@/lib/page-urls'

interface MilestoneTimelineProps {
  themes: Theme[]
  milestones: Milestone[]
  today: string
}

const WIDTH = 960
const LABEL = 330
const RIGHT = 20
const LINE = 16
const THEME_ROW = 34
const AXIS = 40

/** Milestones placed by due date on a time axis, grouped by theme, with a line for today. */
export function MilestoneTimeline({ themes, milestones, today }: MilestoneTimelineProps) {
  const dates = [...milestones.map((milestone) => milestone.dueDate), today].sort()
  const start = startOfMonth(parseISO(dates[0] ?? today))
  const end = addMonths(startOfMonth(parseISO(dates.at(-1) ?? today)), 1)
  const span = Math.max(1, differenceInCalendarDays(end, start))
  const plot = WIDTH - LABEL - RIGHT
  const x = (iso: string) => LABEL + (differenceInCalendarDays(parseISO(iso), start) / span) * plot
  const months: Date[] = []
  for (let month = start; month <= end; month = addMonths(month, 1)) months.push(month)
  const step = Math.max(1, Math.ceil(months.length / 12))

  const groups = themes
    .map((theme) => ({ theme, items: milestones.filter((milestone) => milestone.themeId === theme.id).sort((a, b) => a.dueDate.localeCompare(b.dueDate)) }))
    .filter((group) => group.items.length > 0)
  let cursor = AXIS
  const layout = groups.map((group) => {
    const top = cursor
    cursor += THEME_ROW
    const rows = group.items.map((milestone) => {
      const lines = wrapLabel(milestone.title, 40)
      const height = Math.max(26, lines.length * LINE + 10)
      const row = { milestone, lines, top: cursor, height }
      cursor += height
      return row
    })
    return { ...group, top, rows }
  })
  const height = cursor + 10
  const overdue = milestones.filter((milestone) => milestone.overdue).length
  const describe = (milestone: Milestone) =>
    `${milestone.title}: due ${formatDate(milestone.dueDate)}${milestone.slipped ? `, ${milestone.slippedDays} days slipped` : ''}, ${milestoneStatusLabel(milestone).toLowerCase()}${milestone.closedOn ? ', closed' : ''}${milestone.overdue ? ', overdue' : ''}${milestone.completedLate ? ', completed late' : ''}.`

  return (
    <ChartFigure
      viewBoxWidth={WIDTH}
      id="timeline"
      title="Milestones by due date"
      summary={`${milestones.length} milestones due between ${formatDate(dates[0] ?? today)} and ${formatDate(dates.at(-1) ?? today)}. ${overdue} are overdue: past the line for today and not complete.`}
      table={
        <table className="govuk-table app-stacked-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Milestones by theme and due date</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Milestone</th>
              <th scope="col" className="govuk-table__header">Theme</th>
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {groups.flatMap((group) =>
              group.items.map((milestone) => (
                <tr className="govuk-table__row" key={milestone.id}>
                  <th scope="row" className="govuk-table__header">{milestone.title}</th>
                  <td className="govuk-table__cell"><CellLabel>Theme</CellLabel>{group.theme.title}</td>
                  <td className="govuk-table__cell"><CellLabel>Due</CellLabel>{formatDate(milestone.dueDate)}</td>
                  <td className="govuk-table__cell"><CellLabel>Status</CellLabel>
                    {milestoneStatusLabel(milestone)}
                    {milestone.overdue ? ', overdue' : ''}
                    {milestone.slipped ? `, ${milestone.slippedDays} days slipped` : ''}
                    {milestone.closedOn ? ', closed' : ''}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    >
      <ChartLegend shapes />
      <p className="govuk-body-s">
        <span className="app-chart__overdue-key" aria-hidden="true">
          !
        </span>{' '}
        marks an overdue milestone.
      </p>
      <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label="Milestones, grouped by theme, in order of due date">
        <g aria-hidden="true">
          {months.map((month, index) =>
            index % step === 0 ? (
              <g key={month.toISOString()}>
                <line x1={x(format(month, 'yyyy-MM-dd'))} x2={x(format(month, 'yyyy-MM-dd'))} y1={AXIS - 6} y2={height} stroke="#e5e6e7" />
                <text x={x(format(month, 'yyyy-MM-dd'))} y={AXIS - 12} textAnchor="middle" className="app-chart__tick">
                  {format(month, 'MMM yy')}
                </text>
              </g>
            ) : null,
          )}
          <line x1={x(today)} x2={x(today)} y1={AXIS - 6} y2={height} stroke="#0b0c0c" strokeWidth="2" />
          <text x={x(today) + 4} y={AXIS + 8} className="app-chart__today">
            Today
          </text>
        </g>
        {layout.map((group) => (
          <g key={group.theme.id}>
            <text x="0" y={group.top + 22} className="app-chart__group">
              {group.theme.title}
            </text>
            {group.rows.map(({ milestone, lines, top, height: rowHeight }) => {
              const rowY = top + rowHeight / 2
              return (
                <g key={milestone.id}>
                  {/* The link's visible text is the whole title, so its name can start with it. */}
                  <Link to={pageUrls.milestone(milestone.id)} aria-label={describe(milestone)} className="app-chart__link">
                    <rect x="0" y={top} width={WIDTH} height={rowHeight} className="app-chart__focus" />
                    <text x="8" y={rowY + 5 - ((lines.length - 1) * LINE) / 2} className="app-chart__label">
                      {lines.map((line, lineIndex) => (
                        <tspan key={line} x="8" dy={lineIndex === 0 ? 0 : LINE}>
                          {lineIndex < lines.length - 1 ? `${line} ` : line}
                        </tspan>
                      ))}
                    </text>
                    <line x1={LABEL} x2={x(milestone.dueDate)} y1={rowY} y2={rowY} stroke="#dddddd" strokeWidth="1" />
                    <g transform={`translate(${x(milestone.dueDate)} ${rowY})`}>
                      <RagSymbol rag={countedStatus(milestone)} size={6} />
                    </g>
                  </Link>
                  {milestone.overdue ? (
                    <text x={x(milestone.dueDate) + 11} y={rowY + 6} className="app-chart__overdue app-chart__overlay" aria-hidden="true">
                      !
                    </text>
                  ) : null}
                </g>
              )
            })}
          </g>
        ))}
      </svg>
    </ChartFigure>
  )
}
