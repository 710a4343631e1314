import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { boardSchema } from '@/contract/boards'
import { THIS_TAB } from '@/contract/changes'
import { apiPaths } from '@/contract/paths'
import { useActingAsStore } from '@/stores/acting-as-store'
import { loadDemoData, server } from '@/testing/mocked-api'
import { apiRequest, ApiError, LocalApiUnavailableError } from './api-client'

beforeEach(async () => {
  await loadDemoData()
  useActingAsStore.setState({ personId: null })
})

describe('apiRequest', () => {
  it('reads and parses a list through the contract', async () => {
    const boards = await apiRequest(apiPaths.boards, { schema: z.array(boardSchema) })
    expect(boards).toHaveLength(3)
  })

  it('sends the acting person, so a chair may write', async () => {
    useActingAsStore.getState().setPersonId('p-improvement-chair')
    const board = await apiRequest(apiPaths.boards, {
      method: 'POST',
      body: { name: 'Corporate Parenting Panel', kind: 'panel' },
      schema: boardSchema,
    })
    expect(board.chairId).toBe('p-improvement-chair')
  })

  it('names this tab, so the shared server’s notice of a write can be skipped by the tab that made it', async () => {
    let tab: string | null = null
    server.use(
      http.get('*/api/boards', ({ request }) => {
        tab = request.headers.get('X-Tab')
        return HttpResponse.json([], { headers: { 'X-Local-API': '1' } })
      }),
    )
    await apiRequest(apiPaths.boards, { schema: z.array(boardSchema) })
    expect(tab).toBe(THIS_TAB)
  })

  it('turns a problem document into a typed ApiError', async () => {
    useActingAsStore.getState().setPersonId('p-member-ashworth')
    const error = await apiRequest(apiPaths.boards, { method: 'POST', body: { name: 'X', kind: 'panel' }, schema: boardSchema }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(403)
    expect((error as ApiError).problem.title).toBe('Not allowed')
  })

  it('sends If-Match from the version, and a stale one is a 412 carrying the current record', async () => {
    useActingAsStore.getState().setPersonId('p-improvement-chair')
    await apiRequest(apiPaths.board('board-improvement'), { method: 'PATCH', body: { papersLeadDays: 6 }, ifMatch: 1, schema: boardSchema })
    const error = await apiRequest(apiPaths.board('board-improvement'), {
      method: 'PATCH',
      body: { papersLeadDays: 7 },
      ifMatch: 1,
      schema: boardSchema,
    }).catch((caught: unknown) => caught)
    expect((error as ApiError).status).toBe(412)
    expect((error as ApiError).problem.current).toMatchObject({ papersLeadDays: 6 })
  })

  it('notices an answer that did not come from the local API', async () => {
    server.use(http.get('*/api/boards', () => HttpResponse.text('<html>Not found</html>', { status: 404 })))
    await expect(apiRequest(apiPaths.boards, { schema: z.array(boardSchema) })).rejects.toBeInstanceOf(LocalApiUnavailableError)
  })
})
