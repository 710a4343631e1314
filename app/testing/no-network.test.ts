import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '~mocks/node'

describe('requests in tests', () => {
  // A real server on a loopback port: the place an escaping request would land.
  let realServer: Server
  let realServerUrl: string
  let received: string[]

  beforeEach(async () => {
    received = []
    realServer = createServer((request, response) => {
      received.push(`${request.method} ${request.url}`)
      response.setHeader('Access-Control-Allow-Origin', '*')
      response.end('a real socket')
    })
    await new Promise<void>((resolve) => realServer.listen(0, '127.0.0.1', resolve))
    realServerUrl = `http://127.0.0.1:${(realServer.address() as AddressInfo).port}`
  })
  afterEach(() => new Promise<void>((resolve) => realServer.close(() => resolve())))

  it('go to an origin that cannot resolve', () => {
    expect(location.origin).toBe('http://improvement-tracker.invalid')
    expect(new URL('/api/boards', location.href).hostname).toMatch(/\.invalid$/)
  })

  it('that no handler answers fail inside the process, and are reported, reaching no server', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // Keeps the expected failures' stack traces out of the run's output.
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)

    await expect(fetch(`${realServerUrl}/not-the-api`)).rejects.toThrow()
    await expect(fetch('/not-the-api')).rejects.toThrow()

    expect(received).toEqual([])
    const messages = reported.mock.calls.map((call) => call.join(' '))
    expect(messages.some((message) => message.includes(`${realServerUrl}/not-the-api`))).toBe(true)
    // MSW names a request to the page's own origin by its path.
    expect(messages.some((message) => message.includes('GET /not-the-api'))).toBe(true)
  })

  it('would reach that server without the mocked API, so the test above can fail', async () => {
    server.close()
    try {
      const response = await fetch(`${realServerUrl}/not-the-api`)
      expect(await response.text()).toBe('a real socket')
      expect(received).toContain('GET /not-the-api')
    } finally {
      server.listen({ onUnhandledFrame: 'error' })
    }
  })

  it('to the API are answered by the mocked API', async () => {
    const response = await fetch('/api/no-such-resource')
    expect(response.status).toBe(404)
  })
})
