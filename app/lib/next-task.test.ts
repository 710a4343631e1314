import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTask } from './next-task'

afterEach(() => vi.unstubAllGlobals())

describe('nextTask', () => {
  it('resolves after the work already queued in this task, not within it', async () => {
    const order: string[] = []
    const waited = nextTask().then(() => order.push('next task'))
    void Promise.resolve().then(() => order.push('microtask'))
    order.push('this task')
    await waited
    expect(order).toEqual(['this task', 'microtask', 'next task'])
  })

  it('uses scheduler.yield where the browser has it', async () => {
    const yieldNow = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: yieldNow })
    await nextTask()
    expect(yieldNow).toHaveBeenCalledOnce()
  })
})
