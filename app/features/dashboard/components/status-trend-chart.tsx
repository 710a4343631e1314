import { countedStatusLabels } from '@/domain/milestone-status'
import { CellLabel } from '@/components/stacked-table'
import type { TrendPoint } from '../trend'
import { ChartFigure, ChartLegend, chartOrder, ragColours, RagSymbol } from './chart-style'

const WIDTH = 880
const HEIGHT = 320
const LEFT = 44
const RIGHT = 110
const TOP = 16
const BOTTOM = 44

function shortLabel(point: TrendPoint): string {
  return point.label === 'Today' ? 'Today' : point.label.replace(/^(\w{3})\w* (\d{2})(\d{2})$/, '$1 $3')
}

/** Status counts month by month, rebuilt from the history; each month is one focusable column. */
export function StatusTrendChart({ points }: { points: TrendPoint[] }) {
  const max = Math.max(1, ...points.flatMap((point) => chartOrder.map((rag) => point.counts[rag])))
  const ceiling = Math.ceil(max / 5) * 5
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const x = (index: number) => LEFT + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1))
  const y = (value: number) => TOP + plotHeight - (value / ceiling) * plotHeight
  const first = points.find((point) => point.total > 0) ?? points[0]
  const last = points.at(-1)
  const describe = (point: TrendPoint) =>
    `${point.label}: ${chartOrder.map((rag) => `${point.counts[rag]} ${countedStatusLabels[rag].toLowerCase()}`).join(', ')}; ${point.overdue} overdue.`
  const summary =
    first && last
      ? `From ${first.label} to today, complete (signed off) milestones went from ${first.counts.blue} to ${last.counts.blue}, and off track from ${first.counts.red} to ${last.counts.red}. ${last.overdue} are overdue today.`
      : 'No history yet.'
  // End labels, nudged apart where two lines end at the same height.
  const labelY = new Map<string, number>()
  if (last) {
    let previous = -Infinity
    for (const rag of [...chartOrder].sort((a, b) => y(last.counts[a]) - y(last.counts[b]))) {
      const wanted = y(last.counts[rag]) + 5
      const placed = Math.max(wanted, previous + 15)
      labelY.set(rag, placed)
      previous = placed
    }
  }
  const ticks = Array.from({ length: 6 }, (_unused, index) => (ceiling / 5) * index)

  return (
    <ChartFigure
      viewBoxWidth={WIDTH}
      id="status-trend"
      title="Status over time"
      summary={summary}
      table={
        <table className="govuk-table app-stacked-table app-stacked-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">Milestones by status at the end of each month</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Month</th>
              {chartOrder.map((rag) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={rag}>
                  {countedStatusLabels[rag]}
                </th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {points.map((point) => (
              <tr className="govuk-table__row" key={point.date}>
                <th scope="row" className="govuk-table__header">{point.label}</th>
                {chartOrder.map((rag) => (
                  <td className="govuk-table__cell govuk-table__cell--numeric" key={rag}><CellLabel>{countedStatusLabels[rag]}</CellLabel>
                    {point.counts[rag]}
                  </td>
                ))}
                <td className="govuk-table__cell govuk-table__cell--numeric"><CellLabel>Overdue</CellLabel>{point.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ChartLegend shapes />
      <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Months, one column each">
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" strokeWidth="1" strokeDasharray={tick === 0 ? undefined : '3 3'} />
            <text x={LEFT - 8} y={y(tick) + 5} textAnchor="end" className="app-chart__tick">
              {tick}
            </text>
          </g>
        ))}
        {chartOrder.map((rag) => (
          <g key={rag} aria-hidden="true">
            <polyline
              points={points.map((point, index) => `${x(index)},${y(point.counts[rag])}`).join(' ')}
              fill="none"
              stroke={ragColours[rag]}
              strokeWidth="3"
              strokeDasharray={rag === 'not-started' ? '6 4' : rag === 'amber' ? '2 3' : undefined}
            />
            {points.map((point, index) => (
              <g key={point.date} transform={`translate(${x(index)} ${y(point.counts[rag])})`}>
                <RagSymbol rag={rag} size={5} />
              </g>
            ))}
            {last ? (
              <text x={x(points.length - 1) + 12} y={labelY.get(rag)} className="app-chart__label">
                {last.counts[rag]} {countedStatusLabels[rag].toLowerCase()}
              </text>
            ) : null}
          </g>
        ))}
        {points.map((point, index) => (
          <g key={point.date} tabIndex={0} role="img" aria-label={describe(point)} className="app-chart__column">
            <rect x={x(index) - plotWidth / (points.length * 2)} y={TOP} width={plotWidth / points.length} height={plotHeight} className="app-chart__focus" />
            <text x={x(index)} y={HEIGHT - BOTTOM + 22} textAnchor="middle" className="app-chart__tick" aria-hidden="true">
              {shortLabel(point)}
            </text>
          </g>
        ))}
      </svg>
    </ChartFigure>
  )
}
