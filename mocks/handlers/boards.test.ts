// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { boardSchema } from '@/contract/boards'
import { problemSchema } from '@/contract/problem'
import { stored } from '../testing/stored'
import { call, CHAIR, DIRECTOR, loadDemoData, MEMBER, SCRUTINY_CHAIR } from '../testing/api'

const newBoard = { name: 'Corporate Parenting Panel', kind: 'panel', memberIds: ['p-member-osei'] }

beforeEach(async () => {
  await loadDemoData()
})

describe('GET /api/boards', () => {
  it('lists the demo boards by name, each matching the contract', async () => {
    const response = await call('GET', '/api/boards')
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Local-API')).toBe('1')
    expect(response.json.map((board: { name: string }) => board.name)).toEqual([
      'Cabinet Committee on Performance Improvement',
      'Children and Young People Scrutiny Board',
      'Children’s Services Improvement Board',
    ])
    for (const board of response.json) boardSchema.parse(board)
  })

  it('answers one board with its version as a strong ETag, and 404 for an unknown one', async () => {
    const found = await call('GET', '/api/boards/board-scrutiny')
    expect(found.status).toBe(200)
    expect(found.headers.get('ETag')).toBe('"1"')
    const missing = await call('GET', '/api/boards/nope')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Content-Type')).toContain('application/problem+json')
    problemSchema.parse(missing.json)
  })
})

describe('POST /api/boards', () => {
  it('lets a chair add a board, chaired by them unless they say otherwise, with default lead times', async () => {
    const response = await call('POST', '/api/boards', { as: CHAIR, body: newBoard })
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ ...newBoard, chairId: CHAIR, papersLeadDays: 5, staleAfterDays: 30, version: 1 })
    expect(response.headers.get('Location')).toBe(`/api/boards/${response.json.id}`)
    expect(await stored.boards.get(response.json.id)).toMatchObject(newBoard)
  })

  it.each([
    ['a member', MEMBER],
    ['a director', DIRECTOR],
  ])('refuses %s with 403 and stores nothing', async (_who, personId) => {
    const response = await call('POST', '/api/boards', { as: personId, body: newBoard })
    expect(response.status).toBe(403)
    expect(await stored.boards.count()).toBe(3)
  })

  it('refuses a request with no acting person', async () => {
    expect((await call('POST', '/api/boards', { body: newBoard })).status).toBe(403)
  })

  it('answers 400 with an error for each bad field, and stores nothing', async () => {
    const response = await call('POST', '/api/boards', { as: CHAIR, body: { name: '  ', kind: 'club', papersLeadDays: -1 } })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Enter the board’s name' },
        { path: 'kind', message: 'Select what kind of board this is' },
        { path: 'papersLeadDays', message: 'Papers lead time must be 0 days or more' },
      ]),
    )
    expect(await stored.boards.count()).toBe(3)
  })

  it('refuses unknown and hostile fields and oversized text', async () => {
    const hostile = await call('POST', '/api/boards', {
      as: CHAIR,
      rawBody: '{"name":"Board","kind":"panel","__proto__":{"polluted":true},"isAdmin":true}',
    })
    expect(hostile.status).toBe(400)
    expect(hostile.json.errors.map((error: { message: string }) => error.message)).toContain('Unknown field: __proto__, isAdmin')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()

    const huge = await call('POST', '/api/boards', { as: CHAIR, body: { ...newBoard, name: 'x'.repeat(100_000) } })
    expect(huge.status).toBe(400)
    expect(await stored.boards.count()).toBe(3)
  })

  it('stores script tags as inert text', async () => {
    const name = '<script>alert(1)</script> Panel'
    const response = await call('POST', '/api/boards', { as: CHAIR, body: { ...newBoard, name } })
    expect(response.status).toBe(201)
    expect((await call('GET', `/api/boards/${response.json.id}`)).json.name).toBe(name)
  })

  it('answers 400 for malformed JSON', async () => {
    const response = await call('POST', '/api/boards', { as: CHAIR, rawBody: '{"name":' })
    expect(response.status).toBe(400)
  })

  it('needs a chair who chairs boards', async () => {
    const response = await call('POST', '/api/boards', { as: CHAIR, body: { ...newBoard, chairId: MEMBER } })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].path).toBe('chairId')
  })
})

describe('the board whose plan a board scrutinises', () => {
  it('is kept when it names another known board, and refused (400, nothing stored) when unknown', async () => {
    const saved = await call('POST', '/api/boards', { as: CHAIR, body: { ...newBoard, scrutinisesBoardId: 'board-improvement' } })
    expect(saved.status).toBe(201)
    expect(saved.json.scrutinisesBoardId).toBe('board-improvement')
    const unknown = await call('POST', '/api/boards', { as: CHAIR, body: { ...newBoard, scrutinisesBoardId: 'board-nope' } })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors).toEqual([{ path: 'scrutinisesBoardId', message: 'Select the board whose improvement plan it scrutinises from the other boards' }])
    expect(await stored.boards.count()).toBe(4)
  })

  it('is never the board itself, and null clears it', async () => {
    const itself = await call('PATCH', '/api/boards/board-scrutiny', { as: SCRUTINY_CHAIR, ifMatch: 1, body: { scrutinisesBoardId: 'board-scrutiny' } })
    expect(itself.status).toBe(400)
    const cleared = await call('PATCH', '/api/boards/board-scrutiny', { as: SCRUTINY_CHAIR, ifMatch: 1, body: { scrutinisesBoardId: null } })
    expect(cleared.status).toBe(200)
    expect(cleared.json.scrutinisesBoardId).toBeNull()
  })

  it('may be absent: a board stored before the field was kept reads as it was', async () => {
    const { scrutinisesBoardId: _dropped, ...older } = (await stored.boards.get('board-scrutiny'))!
    await stored.boards.put(older)
    const response = await call('GET', '/api/boards/board-scrutiny')
    expect(response.status).toBe(200)
    expect(boardSchema.parse(response.json).scrutinisesBoardId).toBeUndefined()
  })
})

describe('PATCH /api/boards/:id', () => {
  it('lets the board’s chair change it with the current version, and bumps the version', async () => {
    const response = await call('PATCH', '/api/boards/board-improvement', { as: CHAIR, ifMatch: 1, body: { papersLeadDays: 7 } })
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ papersLeadDays: 7, version: 2, name: 'Children’s Services Improvement Board' })
    expect(response.headers.get('ETag')).toBe('"2"')
  })

  it('refuses the chair of another board', async () => {
    const response = await call('PATCH', '/api/boards/board-improvement', { as: SCRUTINY_CHAIR, ifMatch: 1, body: { papersLeadDays: 7 } })
    expect(response.status).toBe(403)
  })

  it('needs If-Match (428), and refuses a stale one with the current record (412), keeping the first change', async () => {
    expect((await call('PATCH', '/api/boards/board-improvement', { as: CHAIR, body: { papersLeadDays: 7 } })).status).toBe(428)
    const first = await call('PATCH', '/api/boards/board-improvement', { as: CHAIR, ifMatch: 1, body: { papersLeadDays: 7 } })
    const second = await call('PATCH', '/api/boards/board-improvement', { as: CHAIR, ifMatch: 1, body: { papersLeadDays: 9 } })
    expect(first.status).toBe(200)
    expect(second.status).toBe(412)
    expect(second.json.current).toMatchObject({ papersLeadDays: 7, version: 2 })
    expect((await stored.boards.get('board-improvement'))?.papersLeadDays).toBe(7)
  })

  it('answers 405 for a method the path does not allow, with Allow naming what that path (item or collection) takes', async () => {
    const item = await call('DELETE', '/api/boards/board-improvement', { as: CHAIR })
    expect(item.status).toBe(405)
    expect(item.headers.get('Allow')).toBe('GET, PATCH')
    const collection = await call('DELETE', '/api/milestones', { as: CHAIR })
    expect(collection.status).toBe(405)
    expect(collection.headers.get('Allow')).toBe('GET, POST')
    expect((await call('DELETE', '/api/people/p-safeguarding', { as: CHAIR })).headers.get('Allow')).toBe('GET, PATCH')
  })
})
