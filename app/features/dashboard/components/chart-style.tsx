import { useLayoutEffect, useRef, useState } from 'react'
import { countedStatusLabels, countedStatuses, type CountedStatus } from '@/domain/milestone-status'

/** Solid GOV.UK colours for chart marks; the tags' tints are too pale to chart with. */
export const ragColours: Record<CountedStatus, string> = {
  blue: '#1d70b8',
  'awaiting-sign-off': '#5694ca',
  green: '#00703c',
  amber: '#f47738',
  red: '#d4351c',
  'not-started': '#b1b4b6',
}

/** Order statuses are stacked and listed in: done (signed off, then awaiting sign-off) first, then from good to bad. */
export const chartOrder: readonly CountedStatus[] = countedStatuses

/** Each status also has a fill pattern, so no status is told by colour alone. Rendered once per page. */
export function RagPatternDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
      <pattern id="rag-blue" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={ragColours.blue} />
      </pattern>
      <pattern id="rag-awaiting-sign-off" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="8" height="8" fill={ragColours['awaiting-sign-off']} />
        <rect width="3" height="8" fill="#ffffff" opacity="0.7" />
      </pattern>
      <pattern id="rag-green" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={ragColours.green} />
        <rect width="2" height="8" fill="#ffffff" opacity="0.55" />
      </pattern>
      <pattern id="rag-amber" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={ragColours.amber} />
        <circle cx="4" cy="4" r="1.6" fill="#0b0c0c" opacity="0.55" />
      </pattern>
      <pattern id="rag-red" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={ragColours.red} />
        <path d="M0 0 L8 8 M8 0 L0 8" stroke="#ffffff" strokeWidth="1.5" opacity="0.6" />
      </pattern>
      <pattern id="rag-not-started" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={ragColours['not-started']} />
        <rect y="3" width="8" height="2" fill="#ffffff" opacity="0.6" />
      </pattern>
      </defs>
    </svg>
  )
}

/** A marker shape per status (circle, half-filled circle, square, triangle, diamond, ring), centred on 0,0. */
export function RagSymbol({ rag, size = 6 }: { rag: CountedStatus; size?: number }) {
  const fill = ragColours[rag]
  switch (rag) {
    case 'blue':
      return <circle r={size} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
    case 'awaiting-sign-off':
      return (
        <g>
          <circle r={size} fill="#ffffff" stroke="#0b0c0c" strokeWidth="1" />
          <path d={`M0 ${-size} A${size} ${size} 0 0 0 0 ${size} Z`} fill={ragColours.blue} />
        </g>
      )
    case 'green':
      return <rect x={-size} y={-size} width={size * 2} height={size * 2} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
    case 'amber':
      return <path d={`M0 ${-size * 1.2} L${size * 1.1} ${size * 0.9} L${-size * 1.1} ${size * 0.9} Z`} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
    case 'red':
      return <path d={`M0 ${-size * 1.25} L${size * 1.25} 0 L0 ${size * 1.25} L${-size * 1.25} 0 Z`} fill={fill} stroke="#0b0c0c" strokeWidth="1" />
    case 'not-started':
      return <circle r={size - 1} fill="#ffffff" stroke="#505a5f" strokeWidth="2.5" />
  }
}

/** The key to colours, patterns and shapes, in words. */
export function ChartLegend({ statuses = chartOrder, shapes = false }: { statuses?: readonly CountedStatus[]; shapes?: boolean }) {
  return (
    <ul className="app-chart-legend" aria-label="Key">
      {statuses.map((rag) => (
        <li key={rag}>
          <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
            {shapes ? <RagSymbol rag={rag} /> : <rect x="-9" y="-9" width="18" height="18" fill={`url(#rag-${rag})`} stroke="#0b0c0c" strokeWidth="1" />}
          </svg>
          {countedStatusLabels[rag]}
        </li>
      ))}
    </ul>
  )
}

interface ChartFigureProps {
  id: string
  title: string
  /** What the chart shows, in a sentence or two: read before the picture. */
  summary: string
  /** The width of the chart's viewBox: it is drawn scaled to the page's width. */
  viewBoxWidth: number
  children: React.ReactNode
  /** The same numbers as a table. */
  table: React.ReactNode
}

/** The smallest text a chart draws, in its viewBox's units (.app-chart__tick and .app-chart__today in app.scss). */
export const CHART_SMALLEST_TEXT = 13
/** The smallest text, in pixels on the screen, a chart may show: narrower than that, the table is shown instead. */
export const CHART_TEXT_AT_LEAST = 12

/**
 * Whether a chart drawn `renderedWidth` pixels wide keeps its smallest text at least 12px on the
 * screen. An unknown width (0: not laid out yet) counts as readable, so the chart is drawn.
 */
export function chartIsReadable(renderedWidth: number, viewBoxWidth: number, smallestText = CHART_SMALLEST_TEXT): boolean {
  if (renderedWidth <= 0) return true
  return (renderedWidth / viewBoxWidth) * smallestText >= CHART_TEXT_AT_LEAST
}

/** The element's width in pixels, kept up to date as the window changes (0 before it is laid out). */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setWidth(element.getBoundingClientRect().width)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setWidth(element.getBoundingClientRect().width))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

/**
 * A titled, summarised chart with its data as a table one click away. Where the chart would be
 * drawn so small that its words are under 12px (a phone, a tablet), the table is shown instead.
 */
export function ChartFigure({ id, title, summary, viewBoxWidth, children, table }: ChartFigureProps) {
  const [ref, width] = useWidth<HTMLElement>()
  const readable = chartIsReadable(width, viewBoxWidth)
  return (
    <figure ref={ref} className="app-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h2 className="govuk-heading-m" id={`${id}-title`}>
        {title}
      </h2>
      <p className="govuk-body" id={`${id}-summary`}>
        {summary}
      </p>
      {readable ? (
        <>
          {children}
          <details className="govuk-details app-chart__table">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Show data as a table</span>
            </summary>
            <div className="govuk-details__text">{table}</div>
          </details>
        </>
      ) : (
        <div className="app-chart__table">{table}</div>
      )}
    </figure>
  )
}

/** Breaks a label into lines of at most `width` characters, at spaces, so no label is cut short. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
