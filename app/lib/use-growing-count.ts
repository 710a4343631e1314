import { startTransition, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** A list up to this long shows whole at once; a longer one shows this many first. */
export const SHOWN_AT_ONCE = 20
/** Rows added each time a list grows. */
const STEP = 80

/**
 * The lists waiting to grow, in the order they asked. One grows at a time, by one step, and the
 * next only after that step is on the page: a page of several long tables (a meeting pack) never
 * commits more than one slice in a task.
 */
const waiting: Array<() => void> = []
let timer: ReturnType<typeof setTimeout> | null = null

function growNext(): void {
  if (timer !== null || waiting.length === 0) return
  timer = setTimeout(() => {
    timer = null
    waiting.shift()?.()
  })
}

/**
 * How many of a list's `total` rows to show now. A long list (a meeting pack of 200 reports, its
 * hundreds of milestones) would take the page's main thread for seconds to render, lay out and
 * paint in one go; it shows its first rows at once, then grows a slice at a time, each slice its
 * own short task, until it is whole. Printing (the pack's print button, or the browser's own)
 * shows it whole first: a printed page is never cut short.
 */
export function useGrowingCount(total: number): number {
  const [shown, setShown] = useState(SHOWN_AT_ONCE)
  const whole = shown >= total
  useEffect(() => {
    if (whole) {
      growNext()
      return
    }
    const grow = () => startTransition(() => setShown((count) => count + STEP))
    waiting.push(grow)
    growNext()
    return () => {
      const index = waiting.indexOf(grow)
      if (index >= 0) waiting.splice(index, 1)
    }
  }, [whole, shown])
  useEffect(() => {
    if (whole) return
    const showAll = () => flushSync(() => setShown(total))
    window.addEventListener('beforeprint', showAll)
    return () => window.removeEventListener('beforeprint', showAll)
  }, [whole, total])
  return Math.min(shown, total)
}
