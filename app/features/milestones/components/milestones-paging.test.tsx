import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { stored } from '@/testing/mocked-api'
import { loadDemoData } from '@/testing/mocked-api'

beforeEach(async () => {
  const data = await loadDemoData()
  const template = data.milestones[0]!
  await stored.milestones.bulkAdd(
    Array.from({ length: 79 }, (_unused, index) => ({ ...template, id: `extra-${index}`, title: `Extra milestone ${String(index).padStart(2, '0')}` })),
  )
})

describe('a long plan', () => {
  it('shows 50 milestones a page, with the count and GOV.UK pagination in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/plans/plan-northshire')
    expect(await screen.findByText('120 milestones, showing 1 to 50')).toBeInTheDocument()
    // Rows of milestones only: the page's other tables (its performance measures) are not paged.
    // The page's 50 show in slices, whole a moment later (app/lib/use-growing-count.ts).
    await waitFor(() => expect(screen.getAllByRole('row').filter((row) => row.closest('tbody') && row.querySelector('a[href^="/milestones/"]')).length).toBe(50))
    await user.click(screen.getByRole('link', { name: 'Next page' }))
    expect(await screen.findByText('120 milestones, showing 51 to 100')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?page=2')
    await user.click(screen.getByRole('link', { name: 'Page 3' }))
    expect(await screen.findByText('120 milestones, showing 101 to 120')).toBeInTheDocument()
  })
})
