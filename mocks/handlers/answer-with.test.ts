import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { answerWith } from './answer-with'

describe('answerWith', () => {
  const answer = answerWith([http.post('*/api/boards', async ({ request }) => HttpResponse.json(await request.json(), { status: 201 }))])

  it('answers a request with the handlers, body and all, with no interception', async () => {
    const response = await answer(new Request('http://tracker.test/api/boards', { method: 'POST', body: JSON.stringify({ name: 'Board' }) }))
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ name: 'Board' })
  })

  it('answers 404 with a problem where no handler does', async () => {
    const response = await answer(new Request('http://tracker.test/api/nowhere'))
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ type: '/problems/not-found', status: 404 })
  })
})
