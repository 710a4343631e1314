import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { appMode } from './lib/app-mode'
import { AppProvider } from './provider'
import { createRouter } from './router'
import { useAppStatusStore } from './stores/app-status-store'
import { StartupFailure } from './routes/startup-failure'

/** Starts the UI over the shell that index.html painted; its first requests wait for the local API (at once on the shared server). */
export function renderApp(container: HTMLElement, localApi: Promise<void>): void {
  const root = createRoot(container)
  root.render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={createRouter()} useTransitions={false} />
      </AppProvider>
    </StrictMode>,
  )
  localApi.then(
    () => {
      // Ask the browser to keep the data even when space runs low; Settings shows the answer. On the shared server it keeps none.
      if (appMode() === 'local') void navigator.storage?.persist?.().catch(() => false)
    },
    (error: unknown) => root.render(<StartupFailure reason={error instanceof Error ? error.message : String(error)} />),
  )
}

export function noticeNewerVersionElsewhere(): void {
  useAppStatusStore.getState().setNewerVersionElsewhere()
}
