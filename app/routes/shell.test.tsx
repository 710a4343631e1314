import { screen } from '@testing-library/react'
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
    expect(screen.getByText('Browser-only: the data is kept in this browser on this device.')).toBeVisible()
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
  })
})
