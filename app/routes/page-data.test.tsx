import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Dataset } from '@/contract/stored'
import { pageUrls } from '@/lib/page-urls'
import { renderApp } from '@/testing/render-app'
import { server } from '@/testing/mocked-api'
import { ADMIN, CHAIR, DIRECTOR, loadDemoData } from '@/testing/mocked-api'

/**
 * A page's loader and the hook it reads are built from the same queries. If they drifted apart,
 * the page would fetch again once its loader had finished: here, every page must render from the cache.
 */
const pages: Array<[string, (data: Dataset) => string, string | null]> = [
  ['home, acting as nobody', () => pageUrls.home, null],
  ['home, acting as a director', () => pageUrls.home, DIRECTOR],
  ['boards', () => pageUrls.boards, null],
  ['new board', () => pageUrls.newBoard, CHAIR],
  ['board', (data) => pageUrls.board(data.plans[0]!.boardId), CHAIR],
  ['new meeting', (data) => pageUrls.newMeeting(data.plans[0]!.boardId), CHAIR],
  ['plan', (data) => pageUrls.plan(data.plans[0]!.id), CHAIR],
  ['plan, filtered', (data) => pageUrls.plan(data.plans[0]!.id, { status: 'red', page: 1 }), CHAIR],
  ['plan edit', (data) => pageUrls.planEdit(data.plans[0]!.id), CHAIR],
  ['plan timeline', (data) => pageUrls.planTimeline(data.plans[0]!.id), CHAIR],
  ['new milestone', (data) => pageUrls.newMilestone(data.plans[0]!.id), CHAIR],
  ['milestone', (data) => pageUrls.milestone(data.milestones[0]!.id), CHAIR],
  ['milestone edit', (data) => pageUrls.milestoneEdit(data.milestones[0]!.id), CHAIR],
  ['inspection', (data) => pageUrls.inspection(data.inspections[0]!.id), null],
  ['meetings', () => pageUrls.meetings(), null],
  ['meetings of a board', (data) => pageUrls.meetings({ boardId: data.plans[0]!.boardId }), null],
  ['meeting', (data) => pageUrls.meeting(data.meetings[0]!.id), null],
  ['reports', () => pageUrls.reports(), null],
  ['late reports', () => pageUrls.reports({ overdue: 'true' }), null],
  ['new report', (data) => pageUrls.newReport({ boardId: data.plans[0]!.boardId }), CHAIR],
  ['report', (data) => pageUrls.report(data.reports[0]!.id), null],
  ['settings', () => pageUrls.settings, null],
  ['person', () => pageUrls.person('p-admin'), null],
  ['who changed what', () => pageUrls.audit(), ADMIN],
  ['who changed what, filtered', (data) => pageUrls.audit({ boardId: data.plans[0]!.boardId, from: '2026-01-01' }), CHAIR],
  ['who changed what, refused', () => pageUrls.audit(), DIRECTOR],
]

let stopListening = () => {}
afterEach(() => stopListening())

describe('each page renders from what its loader fetched', () => {
  it.each(pages)('%s', { timeout: 30_000 }, async (_name, url, actingAs) => {
    const data = await loadDemoData()
    const byLoaders: string[] = []
    const afterLoaders: string[] = []
    let loaded = () => false
    const onRequest = ({ request }: { request: Request }) => {
      const { pathname, search } = new URL(request.url)
      ;(loaded() ? afterLoaders : byLoaders).push(`${request.method} ${pathname}${search}`)
    }
    server.events.on('request:start', onRequest)
    stopListening = () => server.events.removeListener('request:start', onRequest)

    const { router } = renderApp(url(data), { actingAs })
    loaded = () => router.state.initialized && router.state.navigation.state === 'idle'

    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 })
    expect(heading).not.toHaveTextContent(/Sorry|not found/i)
    expect(byLoaders).not.toEqual([])
    expect(afterLoaders).toEqual([])
  })
})

describe('a board reached through another record', () => {
  it('comes from the list of boards every page loads, with no request of its own', { timeout: 30_000 }, async () => {
    const data = await loadDemoData()
    const plan = data.plans[0]!
    const requests: string[] = []
    const onRequest = ({ request }: { request: Request }) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`)
    }
    server.events.on('request:start', onRequest)
    stopListening = () => server.events.removeListener('request:start', onRequest)

    const { router } = renderApp(pageUrls.boards, { actingAs: CHAIR })
    await screen.findByRole('heading', { level: 1, name: 'Boards' }, { timeout: 20_000 })
    await router.navigate(pageUrls.plan(plan.id))
    await screen.findByRole('heading', { level: 1, name: (name) => name.includes(plan.title) }, { timeout: 20_000 })

    expect(requests).toContain(`GET /api/plans/${plan.id}`)
    expect(requests).not.toContain(`GET /api/boards/${plan.boardId}`)
  })
})
