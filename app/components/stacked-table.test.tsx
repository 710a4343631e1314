import { act, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SHOWN_AT_ONCE } from '@/lib/use-growing-count'
import { StackedTable } from './stacked-table'

const rowsOf = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `row-${index}`, cells: [`Report ${index + 1}`] }))
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').length - 1

const setViewport = (width: number) =>
  act(() => (window as unknown as { happyDOM: { setViewport: (size: { width: number; height: number }) => void } }).happyDOM.setViewport({ width, height: 768 }))

describe('on a narrow screen', () => {
  afterEach(() => setViewport(1024))

  it('puts its column’s name in each cell, and takes it out again when the screen widens', async () => {
    render(<StackedTable caption="Reports" columns={['Report', 'Due']} rows={[{ key: 'a', cells: ['Annual review', '1 May 2027'] }]} />)
    const cells = () => within(screen.getByRole('table')).getAllByRole('cell').map((cell) => cell.textContent)
    expect(cells()).toEqual(['Annual review', '1 May 2027'])
    setViewport(375)
    await waitFor(() => expect(cells()).toEqual(['ReportAnnual review', 'Due1 May 2027']))
    setViewport(1024)
    await waitFor(() => expect(cells()).toEqual(['Annual review', '1 May 2027']))
  })
})

describe('a long table', () => {
  it('shows a short table whole at once', () => {
    render(<StackedTable caption="Reports" columns={['Report']} rows={rowsOf(SHOWN_AT_ONCE)} />)
    expect(bodyRows()).toBe(SHOWN_AT_ONCE)
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy')
    expect(screen.queryByText(/Showing/)).toBeNull()
  })

  it('shows its first rows at once, says how many of how many, and grows until whole, in order', async () => {
    render(<StackedTable caption="Reports" columns={['Report']} rows={rowsOf(1000)} />)
    expect(bodyRows()).toBe(SHOWN_AT_ONCE)
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByText(`Showing ${SHOWN_AT_ONCE} of 1,000 rows…`)).toBeInTheDocument()
    await screen.findByText('Report 1000')
    expect(bodyRows()).toBe(1000)
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy')
    expect(screen.queryByText(/Showing/)).toBeNull()
    const cells = within(screen.getByRole('table')).getAllByRole('cell')
    // Wide, the header row names the column; no cell carries a label.
    expect(cells.map((cell) => cell.textContent)).toEqual(rowsOf(1000).map((row) => row.cells[0]))
  })

  it('is whole before it prints', () => {
    render(<StackedTable caption="Reports" columns={['Report']} rows={rowsOf(1000)} />)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(bodyRows()).toBe(1000)
  })
})
