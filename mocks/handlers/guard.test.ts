// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { problemSchema } from '@/contract/problem'
import { call } from '../testing/api'

describe('every error is a problem document from the API, never a stack trace', () => {
  it.each([
    ['a 9,000-character id', 'GET', `/api/milestones/${'a'.repeat(9_000)}`, 414],
    ['an id of 5,000 bare percent signs', 'PATCH', `/api/milestones/${'%'.repeat(5_000)}`, 414],
    ['an id of 1,000 bare percent signs', 'PATCH', `/api/milestones/${'%'.repeat(1_000)}`, 400],
    ['a 10,000-character query', 'GET', `/api/boards?${'q='.repeat(5_000)}`, 414],
    ['a 3,000-character id', 'GET', `/api/milestones/${'a'.repeat(3_000)}`, 404],
    ['an unknown path', 'GET', '/api/nothing-here', 404],
  ])('%s answers a problem document', async (_name, method, path, status) => {
    const response = await call(method, path)
    expect(response.status, JSON.stringify(response.json).slice(0, 400)).toBe(status)
    expect(response.headers.get('X-Local-API')).toBe('1')
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    problemSchema.parse(response.json)
    expect(response.json.status).toBe(status)
    expect(JSON.stringify(response.json)).not.toMatch(/stack|at .*\.(js|ts|mjs):\d+/)
  })
})

describe('body limits are counted in bytes', () => {
  it('refuses a body over the limit in bytes though under it in characters', async () => {
    const { readText } = await import('./http')
    const accented = 'é'.repeat(600) // 600 characters, 1,200 bytes
    const request = (body: string) => new Request('http://localhost/api/import', { method: 'POST', body })
    await expect(readText(request(accented), 1_000, 'Too large')).rejects.toMatchObject({ problem: { status: 400, detail: 'Too large' } })
    await expect(readText(request(accented), 1_200, 'Too large')).resolves.toBe(accented)
    await expect(readText(new Request('http://localhost/api/import', { method: 'POST', body: new Uint8Array([0xff, 0xfe]) }), 100, 'Too large')).rejects.toMatchObject({
      problem: { detail: 'The request is not valid UTF-8 text.' },
    })
  })
})

describe('the null character', () => {
  it('is refused whole, in any field or key, so both stores answer alike (PostgreSQL cannot keep it)', async () => {
    const { NULL_CHARACTER_DETAIL } = await import('./http')
    const { loadDemoData, storedData } = await import('../testing/api')
    await loadDemoData()
    const before = await storedData()
    const bodies = [
      { name: 'Board\u0000', kind: 'panel' },
      { name: 'Board', kind: 'panel', ['x\u0000']: 1 },
      { name: 'Board', kind: 'panel', nested: [{ deep: 'a\u0000b' }] },
    ]
    for (const body of bodies) {
      const response = await call('POST', '/api/boards', { as: 'p-admin', body })
      expect(response.status).toBe(400)
      expect(response.json.detail).toBe(NULL_CHARACTER_DETAIL)
    }
    // Written out as an escape, a backslash and "u0000" is ordinary text.
    const escaped = await call('POST', '/api/boards', { as: 'p-admin', body: { name: 'A \\u0000 board' } })
    expect(escaped.json.detail).not.toBe(NULL_CHARACTER_DETAIL)
    expect((await storedData()).boards).toEqual(before.boards)
  })
})
