import { useEffect, useRef, useState } from 'react'
import { format, parseISO } from 'date-fns'
import type { Measure, MeasureActual } from '@/contract/measures'
import { measureStatusLabels, type MeasureStatus } from '@/contract/measure-words'
import { measureStatus } from '@/domain/measure-status'
import { formatMonth } from '@/lib/dates'
import { compactValue, valueWithUnit } from '../format'

/** Solid GOV.UK colours for marks, and the tag tints for the bands behind them. */
const markColours: Record<MeasureStatus, string> = { green: '#00703c', amber: '#f47738', red: '#d4351c' }
const bandColours: Record<MeasureStatus, string> = { green: '#cce2d8', amber: '#fcd6c3', red: '#f4cdc6' }

const HEIGHT = 320
const TOP = 24
const BOTTOM = 44
const RIGHT = 36
const FALLBACK_WIDTH = 720

/** The chart is drawn in the page's own pixels, so its 13px labels stay 13px on a phone. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(FALLBACK_WIDTH)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const found = element.getBoundingClientRect().width
      setWidth(found > 0 ? Math.max(260, Math.round(found)) : FALLBACK_WIDTH)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

function niceStep(range: number, count: number): number {
  const raw = range / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const fraction = raw / power
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * power
}

/** A value axis that holds every actual, the target and both thresholds, in round steps. */
export function valueAxis(values: number[]): { low: number; high: number; ticks: number[] } {
  let lo = Math.min(...values)
  let hi = Math.max(...values)
  if (lo === hi) {
    lo -= Math.max(1, Math.abs(lo) * 0.1)
    hi += Math.max(1, Math.abs(hi) * 0.1)
  }
  const pad = (hi - lo) * 0.1
  let low = lo - pad
  const high0 = hi + pad
  // Counts and percentages never go below nothing.
  if (lo >= 0 && low < 0) low = 0
  const step = niceStep(high0 - low, 5)
  low = Math.floor(low / step) * step
  const high = Math.ceil(high0 / step) * step
  const ticks: number[] = []
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Math.round(tick * 1e9) / 1e9)
  return { low, high, ticks }
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

/** A status's marker, centred on 0,0: square, triangle, diamond, so no status is told by colour alone. */
export function StatusMark({ status, size = 6 }: { status: MeasureStatus; size?: number }) {
  const fill = markColours[status]
  switch (status) {
    case 'green':
      return <rect x={-size} y={-size} width={size * 2} height={size * 2} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
    case 'amber':
      return <path d={`M0 ${-size * 1.25} L${size * 1.15} ${size * 0.9} L${-size * 1.15} ${size * 0.9} Z`} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
    case 'red':
      return <path d={`M0 ${-size * 1.3} L${size * 1.3} 0 L0 ${size * 1.3} L${-size * 1.3} 0 Z`} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
  }
}

interface MeasureTrendChartProps {
  id: string
  measure: Measure
  /** Oldest first. */
  actuals: MeasureActual[]
  title: string
  description: string
}

/** The monthly actuals as a line against the target line, over bands for on, near and off target. */
export function MeasureTrendChart({ id, measure, actuals, title, description }: MeasureTrendChartProps) {
  const [ref, width] = useWidth()
  const { low, high, ticks } = valueAxis([...actuals.map((actual) => actual.value), measure.target, measure.greenFrom, measure.amberFrom])
  const tickText = (value: number) => compactValue(value, measure.unit)
  const left = Math.max(...ticks.map((tick) => tickText(tick).length)) * 8 + 16
  const plotWidth = width - left - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const y = (value: number) => TOP + plotHeight - ((value - low) / (high - low)) * plotHeight
  const first = monthIndex(actuals[0]?.month ?? '2000-01')
  const span = monthIndex(actuals.at(-1)?.month ?? '2000-01') - first
  const x = (month: string) => left + (span === 0 ? plotWidth / 2 : ((monthIndex(month) - first) / span) * plotWidth)
  // Month labels at least 72px apart.
  const every = Math.max(1, Math.ceil((72 * (span + 1)) / Math.max(plotWidth, 1)))
  const higher = measure.direction === 'higher-is-better'
  const bands: Array<{ status: MeasureStatus; from: number; to: number }> = higher
    ? [
        { status: 'green', from: measure.greenFrom, to: high },
        { status: 'amber', from: measure.amberFrom, to: measure.greenFrom },
        { status: 'red', from: low, to: measure.amberFrom },
      ]
    : [
        { status: 'red', from: measure.amberFrom, to: high },
        { status: 'amber', from: measure.greenFrom, to: measure.amberFrom },
        { status: 'green', from: low, to: measure.greenFrom },
      ]
  const last = actuals.at(-1)

  return (
    <div ref={ref} className="app-measure-chart">
      <svg className="app-measure-chart__svg" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{description}</desc>
        {measure.unit === '%' ? null : (
          <text x={left} y={TOP - 9} className="app-chart__tick">
            {measure.unit.charAt(0).toUpperCase() + measure.unit.slice(1)}
          </text>
        )}
        {bands.map((band) => {
          const top = y(Math.min(high, Math.max(band.from, band.to)))
          const bottom = y(Math.max(low, Math.min(band.from, band.to)))
          if (bottom - top <= 0) return null
          return (
            <g key={band.status}>
              <rect x={left} y={top} width={plotWidth} height={bottom - top} fill={bandColours[band.status]} />
              {bottom - top >= 18 ? (
                <text x={left + 6} y={top + 15} className="app-measure-chart__band">
                  {measureStatusLabels[band.status]}
                </text>
              ) : null}
            </g>
          )
        })}
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={left + plotWidth} y1={y(tick)} y2={y(tick)} stroke="#505a5f" strokeOpacity="0.35" strokeWidth="1" />
            <text x={left - 8} y={y(tick) + 5} textAnchor="end" className="app-chart__tick">
              {tickText(tick)}
            </text>
          </g>
        ))}
        {actuals.map((actual, index) =>
          index % every === (actuals.length - 1) % every ? (
            <text key={actual.month} x={x(actual.month)} y={HEIGHT - BOTTOM + 24} textAnchor="middle" className="app-chart__tick">
              {format(parseISO(`${actual.month}-01`), 'MMM yyyy')}
            </text>
          ) : null,
        )}
        <line x1={left} x2={left + plotWidth} y1={y(measure.target)} y2={y(measure.target)} stroke="#0b0c0c" strokeWidth="2" strokeDasharray="8 5" />
        <text x={left + plotWidth} y={y(measure.target) - 7} textAnchor="end" className="app-measure-chart__target">
          Target {compactValue(measure.target, measure.unit)}
        </text>
        {actuals.length > 1 ? (
          <polyline points={actuals.map((actual) => `${x(actual.month)},${y(actual.value)}`).join(' ')} fill="none" stroke="#1d70b8" strokeWidth="3" />
        ) : null}
        {actuals.map((actual) => {
          const status = measureStatus(actual.value, measure)
          return (
            <g key={actual.month} transform={`translate(${x(actual.month)} ${y(actual.value)})`}>
              <title>{`${formatMonth(actual.month)}: ${valueWithUnit(actual.value, measure.unit)}, ${measureStatusLabels[status].toLowerCase()}`}</title>
              <StatusMark status={status} />
            </g>
          )
        })}
        {last ? (
          <text x={Math.min(x(last.month), left + plotWidth - 4)} y={y(last.value) + (y(last.value) - TOP < 30 ? 26 : -12)} textAnchor="end" className="app-measure-chart__latest">
            {compactValue(last.value, measure.unit)}
          </text>
        ) : null}
        <line x1={left} x2={left + plotWidth} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="#0b0c0c" strokeWidth="1" />
      </svg>
    </div>
  )
}
