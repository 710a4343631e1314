let started: Promise<unknown> = Promise.resolve()

/**
 * main.tsx hands over the local API's start, so that requests the first page makes while it
 * starts wait for it instead of reaching the static host. A failed start is shown by start-ui.tsx.
 */
export function localApiStarting(start: Promise<unknown>): void {
  started = start.catch(() => undefined)
}

export function localApiStarted(): Promise<unknown> {
  return started
}
