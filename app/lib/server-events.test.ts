import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { THIS_TAB, type ChangeNotice } from '@/contract/changes'
import { connectServerEvents, type OpenEvents } from './server-events'

/** A stand-in for the browser's EventSource (there is none in Node): the test plays the server. */
class FakeEvents {
  readyState = 0
  onmessage: EventSource['onmessage'] = null
  onopen: EventSource['onopen'] = null
  onerror: EventSource['onerror'] = null
  constructor(readonly url: string) {}
  close() {
    this.readyState = 2
  }
  opened() {
    this.readyState = 1
    this.onopen?.call(this as never, new Event('open'))
  }
  notice(notice: ChangeNotice) {
    this.onmessage?.call(this as never, new MessageEvent('message', { data: JSON.stringify(notice) }))
  }
  failed(readyState: 0 | 2) {
    this.readyState = readyState
    this.onerror?.call(this as never, new Event('error'))
  }
}

const fromAnotherTab: ChangeNotice = { type: 'changed', tab: 'tab-elsewhere', method: 'POST', path: '/api/milestones/m-1/updates' }

let queryClient: QueryClient
let opened: FakeEvents[]
let stop: () => void
const open: OpenEvents = (url) => {
  const events = new FakeEvents(url)
  opened.push(events)
  return events
}
const stale = () => queryClient.getQueryState(['boards'])?.isInvalidated

beforeEach(() => {
  vi.useFakeTimers()
  queryClient = new QueryClient()
  queryClient.setQueryData(['boards'], [])
  opened = []
  stop = connectServerEvents(queryClient, open)
})

afterEach(() => {
  stop()
  vi.useRealTimers()
})

describe('connectServerEvents', () => {
  it('listens to the server’s events', () => {
    expect(opened.map((events) => events.url)).toEqual(['/api/events'])
  })

  it('refreshes the page when someone else saves, once for a burst', async () => {
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    opened[0]!.opened()
    opened[0]!.notice(fromAnotherTab)
    opened[0]!.notice({ ...fromAnotherTab, tab: 'server' })
    expect(stale()).toBe(false)
    await vi.advanceTimersByTimeAsync(300)
    expect(stale()).toBe(true)
    expect(invalidate).toHaveBeenCalledTimes(1)
  })

  it('leaves this tab’s own saves to its mutations, and ignores what is not a notice', async () => {
    opened[0]!.opened()
    opened[0]!.notice({ ...fromAnotherTab, tab: THIS_TAB })
    opened[0]!.onmessage?.call(opened[0] as never, new MessageEvent('message', { data: 'not json' }))
    await vi.advanceTimersByTimeAsync(300)
    expect(stale()).toBe(false)
  })

  it('refreshes after the stream comes back, since notices may have been missed', async () => {
    opened[0]!.opened()
    opened[0]!.failed(0)
    await vi.advanceTimersByTimeAsync(300)
    expect(stale()).toBe(false)
    opened[0]!.opened()
    await vi.advanceTimersByTimeAsync(300)
    expect(stale()).toBe(true)
    expect(opened).toHaveLength(1)
  })

  it('asks again later when the server refused the stream (EventSource gives up then)', async () => {
    opened[0]!.failed(2)
    await vi.advanceTimersByTimeAsync(9_000)
    expect(opened).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1_500)
    expect(opened).toHaveLength(2)
    opened[1]!.opened()
    await vi.advanceTimersByTimeAsync(300)
    expect(stale()).toBe(true)
  })

  it('stops listening when told', async () => {
    stop()
    expect(opened[0]!.readyState).toBe(2)
    opened[0]!.failed(2)
    await vi.advanceTimersByTimeAsync(20_000)
    expect(opened).toHaveLength(1)
  })
})
