/**
 * Resolves in a new task of the main thread, so that the work after it does not lengthen the task
 * that is running (the app's start is cut into short tasks this way: Lighthouse's total blocking
 * time counts every long one). `scheduler.yield()` where the browser has it (it runs the rest
 * before other queued work, and is not slowed in a background tab as timers are); otherwise a
 * message to itself, which is not throttled either.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
