import { StrictMode, startTransition, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import type { DataRouter } from 'react-router'
import { appMode } from './lib/app-mode'
import { nextTask } from './lib/next-task'
import { AppProvider } from './provider'
import { createRouter } from './router'
import { useAppStatusStore } from './stores/app-status-store'
import { StartupFailure } from './routes/startup-failure'

/** Starts the UI over the shell that index.html painted; its first requests wait for the local API (at once on the shared server). */
export function renderApp(container: HTMLElement, localApi: Promise<void>): void {
  const root = createRoot(container)
  // The router starts its first navigation now (the page's loaders ask for its data); the first
  // render waits for the next task and runs in a transition, which React splits into short slices:
  // a first visit then never holds the main thread for one long task (Lighthouse's total blocking time).
  const router = createRouter()
  let failed = false
  void nextTask().then(() => {
    if (failed) return
    startTransition(() =>
      root.render(
        <StrictMode>
          <AppProvider>
            <AppRouter router={router} />
          </AppProvider>
        </StrictMode>,
      ),
    )
  })
  localApi.then(
    () => {
      // Ask the browser to keep the data even when space runs low; Settings shows the answer. On the shared server it keeps none.
      if (appMode() === 'local') void navigator.storage?.persist?.().catch(() => false)
    },
    (error: unknown) => {
      failed = true
      root.render(<StartupFailure reason={error instanceof Error ? error.message : String(error)} />)
    },
  )
}

/**
 * The first page renders in a transition, which React splits into short slices, so a first visit
 * does not hold the main thread for one long task while the whole page renders. After that, each
 * navigation renders at once (in a transition the plan page's filters would lag each keystroke).
 */
function AppRouter({ router }: { router: DataRouter }) {
  const [starting, setStarting] = useState(() => !router.state.initialized)
  useEffect(() => {
    if (!starting) return
    if (router.state.initialized) {
      setStarting(false)
      return
    }
    return router.subscribe((state) => {
      if (state.initialized) setStarting(false)
    })
  }, [router, starting])
  return <RouterProvider router={router} useTransitions={starting ? undefined : false} />
}

export function noticeNewerVersionElsewhere(): void {
  useAppStatusStore.getState().setNewerVersionElsewhere()
}

/** The local API's worker stopped: every page says that this tab has lost touch with the data, and offers a reload. */
export function noticeLocalApiStopped(): void {
  useAppStatusStore.getState().setLocalApiUnavailable(true)
}
