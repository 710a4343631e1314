import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { startMockedApi } from '~mocks/browser'
import { AppProvider } from './provider'
import { createRouter } from './router'
import { useAppStatusStore } from './stores/app-status-store'
import { ShellLoading } from './routes/root-layout'
import { StartupFailure } from './routes/startup-failure'
import './styles/app.scss'

const root = createRoot(document.getElementById('root')!)

async function boot() {
  // Paint the shell at once; the page's content follows when the local API has started.
  root.render(<ShellLoading routed={false} />)
  try {
    await startMockedApi({ onNewerVersionElsewhere: () => useAppStatusStore.getState().setNewerVersionElsewhere() })
  } catch (error) {
    root.render(<StartupFailure reason={error instanceof Error ? error.message : String(error)} />)
    return
  }
  // Ask the browser to keep the data even when space runs low; Settings shows the answer.
  void navigator.storage?.persist?.().catch(() => false)
  root.render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={createRouter()} />
      </AppProvider>
    </StrictMode>,
  )
}

void boot()
