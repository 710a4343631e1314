import { describe, expect, it } from 'vitest'
import { answerSchemas } from '@/contract/answers'
import { readUnreadableHeader, UNREADABLE_HEADER } from '@/contract/unreadable'
import { ADMIN, loadDemoData } from '../testing/api'
import { stored } from '../testing/stored'
import { answerWith } from './answer-with'
import { handlers } from './index'

const answer = answerWith(handlers)
const get = (path: string) => answer(new Request(`http://tracker.test${path}`, { headers: { 'X-Acting-As': ADMIN } }))

/** As data from an older release might hold: written straight into the store, past the API's rules. */
async function storeAReportFromTheYear10000() {
  const [first] = await stored.reports.toArray()
  await stored.reports.put({ ...first!, id: 'report-far-future', title: 'Quarterly report after 9999', dueMeetingId: null, dueNextMeeting: false, dueMonth: '10000-03', status: 'requested' })
}

describe('every GET answer is read against its contract schema before it leaves the API', () => {
  it('passes an answer that reads whole exactly as the handler wrote it', async () => {
    await loadDemoData()
    const response = await get('/api/reports')
    expect(response.status).toBe(200)
    expect(response.headers.get(UNREADABLE_HEADER)).toBeNull()
    expect(response.headers.get('X-Local-API')).toBe('1')
    const reports = (await response.json()) as unknown[]
    expect(reports.length).toBe((await stored.reports.toArray()).length)
  })

  it('leaves a record it cannot read out of a list, names it in a header, and keeps the rest', async () => {
    await loadDemoData()
    await storeAReportFromTheYear10000()
    const response = await get('/api/reports')
    expect(response.status).toBe(200)
    const reports = (await response.json()) as Array<{ id: string }>
    expect(reports.map((report) => report.id)).not.toContain('report-far-future')
    expect(reports.length).toBe((await stored.reports.toArray()).length - 1)
    const named = readUnreadableHeader(response.headers.get(UNREADABLE_HEADER) ?? '')
    expect(named).toEqual([{ id: 'report-far-future', problem: expect.stringMatching(/^dueMonth: /) }])
  })

  it('answers a document it cannot read with a 500 unreadable problem saying where, and no version', async () => {
    await loadDemoData()
    await storeAReportFromTheYear10000()
    const response = await get('/api/reports/report-far-future')
    expect(response.status).toBe(500)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json')
    expect(response.headers.get('ETag')).toBeNull()
    expect(await response.json()).toMatchObject({ type: '/problems/unreadable', status: 500, issue: expect.stringMatching(/^dueMonth: /) })
  })

  it('names every GET path the handlers answer but the export', () => {
    const handled = handlers.flatMap((handler) => {
      const { method, path } = handler.info as { method?: unknown; path?: unknown }
      return method === 'GET' && typeof path === 'string' ? [path.replace(/^\*/, '')] : []
    })
    expect(handled.length).toBeGreaterThan(20)
    expect(handled.filter((path) => path !== '/api/export').sort()).toEqual(answerSchemas.map((entry) => entry.path).sort())
  })
})
