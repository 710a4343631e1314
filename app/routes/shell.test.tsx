import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { loadDemoData } from '@/testing/mocked-api'

/** The meta tags the shared server puts in index.html (server/index-page.ts). */
function servedByServer(identity: string) {
  document.head.insertAdjacentHTML(
    'beforeend',
    `<meta name="improvement-tracker-api" content="server" data-test-meta><meta name="improvement-tracker-identity" content="${identity}" data-test-meta>`,
  )
}

beforeEach(async () => {
  await loadDemoData()
})

afterEach(() => {
  document.head.querySelectorAll('[data-test-meta]').forEach((meta) => meta.remove())
})

describe('every page says where its data is', () => {
  it('in this browser, when the page was opened as a static site', async () => {
    renderApp('/boards')
    await screen.findByRole('heading', { level: 1, name: 'Boards' })
    expect(screen.getByText('Browser-only: a single-device mode. The data is kept in this browser on this device, and anyone using it can choose who they act as.')).toBeVisible()
    expect(screen.getByRole('combobox', { name: 'Act as' })).toBeVisible()
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Improvement Tracker keeps its data in this browser on this device.')
  })

  it('on a shared server where anyone may act as anyone, said to be not for real use', async () => {
    servedByServer('development')
    renderApp('/boards')
    await screen.findByRole('heading', { level: 1, name: 'Boards' })
    expect(screen.getByText('Shared server — development mode: anyone can choose who they act as. Not for real use.')).toBeVisible()
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Improvement Tracker keeps its data on the shared server that sent this page.')
    expect(screen.queryByText(/Browser-only/)).toBeNull()
  })

  it.each(['none', 'something else'])('on a shared server that takes no changes (identity "%s")', async (identity) => {
    servedByServer(identity)
    renderApp('/boards')
    await screen.findByRole('heading', { level: 1, name: 'Boards' })
    expect(screen.getByText('Shared server — read only: sign-in is not set up, so no changes can be made.')).toBeVisible()
    // Nobody to be: no one may choose who they act as.
    expect(screen.queryByRole('combobox', { name: 'Act as' })).toBeNull()
  })

  it('on a shared server where people sign in: who is signed in, the way out, and no choosing who to act as', async () => {
    servedByServer('sign-in')
    renderApp('/boards', { actingAs: 'p-dcs' })
    await screen.findByRole('heading', { level: 1, name: 'Boards' })
    expect(screen.getByText('Shared server: everyone signs in with their council account, and every change is recorded under their name.')).toBeVisible()
    const bar = screen.getByRole('region', { name: 'Who you are signed in as' })
    expect(bar).toHaveTextContent('Signed in as Helen Okafor (director or head of service)')
    expect(within(bar).getByRole('button', { name: 'Sign out' }).closest('form')).toHaveAttribute('action', '/auth/sign-out')
    expect(screen.queryByRole('combobox', { name: 'Act as' })).toBeNull()
  })
})
