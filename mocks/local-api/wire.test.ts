import { describe, expect, it } from 'vitest'
import { fromWireRequest, fromWireResponse, toWireRequest, toWireResponse, transferables } from './wire'

describe('the wire between a page and the local API worker', () => {
  it('carries a request whole: method, URL, headers and body bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255])
    const original = new Request('http://app.test/api/admin/import?x=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"3"', 'X-Acting-As': 'p-1' },
      body: bytes,
    })
    const message = await toWireRequest(original, 7, 'tab-a', 123)
    expect(message).toMatchObject({ type: 'request', id: 7, tab: 'tab-a', now: 123, method: 'POST', url: 'http://app.test/api/admin/import?x=1' })
    expect(transferables(message)).toEqual([message.body])
    const request = fromWireRequest(structuredClone(message))
    expect(request.method).toBe('POST')
    expect(request.url).toBe(original.url)
    expect(request.headers.get('if-match')).toBe('"3"')
    expect(request.headers.get('x-acting-as')).toBe('p-1')
    expect(new Uint8Array(await request.arrayBuffer())).toEqual(bytes)
  })

  it('sends no body with GET and HEAD', async () => {
    const message = await toWireRequest(new Request('http://app.test/api/boards'), 1, 't', 0)
    expect(message.body).toBeNull()
    expect(transferables(message)).toEqual([])
    expect(fromWireRequest(message).body).toBeNull()
  })

  it('gives back status, status text, every header and the body of an answer', async () => {
    const answer = new Response('{"title":"Changed by someone else"}', {
      status: 412,
      statusText: 'Precondition Failed',
      headers: { 'Content-Type': 'application/problem+json', ETag: '"4"', 'X-Local-API': '1' },
    })
    const response = fromWireResponse(structuredClone(await toWireResponse(2, answer)), 'http://app.test/api/milestones/m-1', 'PATCH')
    expect(response.status).toBe(412)
    expect(response.statusText).toBe('Precondition Failed')
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('etag')).toBe('"4"')
    expect(response.headers.get('x-local-api')).toBe('1')
    expect(response.url).toBe('http://app.test/api/milestones/m-1')
    expect(await response.json()).toEqual({ title: 'Changed by someone else' })
  })

  it('answers 204 and HEAD without a body, as the network does', async () => {
    const noContent = await toWireResponse(3, new Response(null, { status: 204 }))
    expect(noContent.body).toBeNull()
    expect(fromWireResponse(noContent, 'http://app.test/api/x', 'DELETE').status).toBe(204)
    const head = await toWireResponse(4, new Response('ignored', { status: 200 }))
    expect(fromWireResponse(head, 'http://app.test/api/x', 'HEAD').body).toBeNull()
  })
})
