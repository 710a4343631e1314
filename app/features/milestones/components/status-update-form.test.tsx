import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { server } from '@/testing/mocked-api'
import { loadDemoData } from '@/testing/mocked-api'
import { useSessionStore } from '@/stores/session-store'

beforeEach(async () => {
  await loadDemoData()
})

/** The director puts milestone 17 Off track, with commentary and a recovery action, and saves (`beforeSave` runs just before). */
async function putOffTrackAndSave(beforeSave?: () => void) {
  const user = userEvent.setup()
  renderApp('/milestones/milestone-17', { actingAs: 'p-safeguarding' })
  await user.click(await screen.findByRole('radio', { name: 'Off track' }))
  await user.type(screen.getByLabelText('Commentary'), 'Rejected by the practice board.')
  await user.type(screen.getByLabelText('Recovery action'), 'Rewrite by January.')
  beforeSave?.()
  await user.click(screen.getByRole('button', { name: 'Save update' }))
}

describe('updating a milestone’s status when the save fails', () => {
  it('says "Not saved" when storage is full, rolls the status back, and keeps what was typed', async () => {
    server.use(
      http.post('*/api/milestones/:id/updates', () =>
        HttpResponse.json(
          { type: '/problems/storage', title: 'Not saved: storage is full', status: 507, detail: 'The browser has no room left to save this. Nothing was changed.' },
          { status: 507, headers: { 'X-Local-API': '1', 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await putOffTrackAndSave()

    expect(await screen.findByText('Not saved. The browser has no room left to save this. Nothing was changed.')).toBeInTheDocument()
    expect(screen.getByLabelText('Commentary')).toHaveValue('Rejected by the practice board.')
    expect(screen.getByLabelText('Recovery action')).toHaveValue('Rewrite by January.')
    expect(document.querySelector('.app-status-now')).toHaveTextContent('On track')
  })
})

describe('updating a milestone’s status when the sign-in has ended (shared server)', () => {
  afterEach(() => {
    document.head.querySelectorAll('[data-test-meta]').forEach((meta) => meta.remove())
    useSessionStore.setState(useSessionStore.getInitialState(), true)
  })

  it('says so on the page, offers to sign in again in a new tab, and keeps what was typed', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="improvement-tracker-api" content="server" data-test-meta><meta name="improvement-tracker-identity" content="sign-in" data-test-meta>')
    // The session ends while the person types: from then on the server answers every request with a 401.
    await putOffTrackAndSave(() =>
      server.use(
        http.all('*/api/*', () =>
          HttpResponse.json(
            { type: '/problems/unidentified', title: 'Sign in needed', status: 401, detail: 'You are not signed in, or your sign-in has ended. Sign in again: nothing was changed.' },
            { status: 401, headers: { 'X-Local-API': '1', 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ),
    )

    const notice = await screen.findByRole('alert', { name: 'Your sign-in has ended' })
    const again = within(notice).getByRole('link', { name: 'Sign in again (opens in a new tab)' })
    expect(again).toHaveAttribute('href', '/auth/sign-in?return=%2Fmilestones%2Fmilestone-17')
    expect(again).toHaveAttribute('target', '_blank')
    expect(screen.getByLabelText('Commentary')).toHaveValue('Rejected by the practice board.')
    expect(screen.getByLabelText('Recovery action')).toHaveValue('Rewrite by January.')
  })
})
