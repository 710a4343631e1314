import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Board } from '@/contract/boards'
import { THIS_TAB } from '@/contract/changes'
import { apiPaths } from '@/contract/paths'
import { UNREADABLE_HEADER, unreadableHeader } from '@/contract/unreadable'
import { useAppStatusStore } from '@/stores/app-status-store'
import { useActingAsStore } from '@/stores/acting-as-store'
import { loadDemoData, server } from '@/testing/mocked-api'
import { apiRequest, ApiError, LocalApiUnavailableError } from './api-client'

beforeEach(async () => {
  await loadDemoData()
  useActingAsStore.setState({ personId: null })
})

describe('apiRequest', () => {
  it('reads a list', async () => {
    const boards = await apiRequest<Board[]>(apiPaths.boards)
    expect(boards).toHaveLength(3)
  })

  it('sends the acting person, so a chair may write', async () => {
    useActingAsStore.getState().setPersonId('p-improvement-chair')
    const board = await apiRequest<Board>(apiPaths.boards, {
      method: 'POST',
      body: { name: 'Corporate Parenting Panel', kind: 'panel' },
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
    await apiRequest<Board[]>(apiPaths.boards)
    expect(tab).toBe(THIS_TAB)
  })

  it('turns a problem document into a typed ApiError', async () => {
    useActingAsStore.getState().setPersonId('p-member-ashworth')
    const error = await apiRequest<Board>(apiPaths.boards, { method: 'POST', body: { name: 'X', kind: 'panel' } }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(403)
    expect((error as ApiError).problem.title).toBe('Not allowed')
  })

  it('sends If-Match from the version, and a stale one is a 412 carrying the current record', async () => {
    useActingAsStore.getState().setPersonId('p-improvement-chair')
    await apiRequest<Board>(apiPaths.board('board-improvement'), { method: 'PATCH', body: { papersLeadDays: 6 }, ifMatch: 1 })
    const error = await apiRequest<Board>(apiPaths.board('board-improvement'), {
      method: 'PATCH',
      body: { papersLeadDays: 7 },
      ifMatch: 1,
    }).catch((caught: unknown) => caught)
    expect((error as ApiError).status).toBe(412)
    expect((error as ApiError).problem.current).toMatchObject({ papersLeadDays: 6 })
  })

  it('notices an answer that did not come from the local API', async () => {
    server.use(http.get('*/api/boards', () => HttpResponse.text('<html>Not found</html>', { status: 404 })))
    await expect(apiRequest<Board[]>(apiPaths.boards)).rejects.toBeInstanceOf(LocalApiUnavailableError)
  })

  it('notes the records a list answer names as left out, once each, for the page to say so', async () => {
    useAppStatusStore.setState({ unreadable: {} })
    const named = unreadableHeader([{ id: 'board-odd', problem: 'papersLeadDays: Too big' }, { id: null, problem: 'id: Required' }])
    server.use(http.get('*/api/boards', () => HttpResponse.json([], { headers: { 'X-Local-API': '1', [UNREADABLE_HEADER]: named } })))
    await apiRequest<Board[]>(apiPaths.boards)
    await apiRequest<Board[]>(apiPaths.boards)
    expect(Object.values(useAppStatusStore.getState().unreadable)).toEqual([
      { source: '/api/boards', id: 'board-odd', problem: 'papersLeadDays: Too big' },
      { source: '/api/boards', id: null, problem: 'id: Required' },
    ])
  })

  it('reads a problem document only when it is shaped like one', async () => {
    server.use(http.get('*/api/boards', () => HttpResponse.json({ title: 42 }, { status: 500, headers: { 'X-Local-API': '1' } })))
    const error = (await apiRequest<Board[]>(apiPaths.boards).catch((caught: unknown) => caught)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.problem).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
  })
})
